// Literals of every kind, as Go's scanner splits and classifies them.
package literals

const (
	d  = 0 + 42 + 1_000_000 + 0600 + 0_600
	h  = 0x1F + 0XbadFace + 0x_dead_BEEF
	o  = 0o17 + 0O_7_7
	b  = 0b1010 + 0B_1_0
	f1 = 0. + 72.40 + 072.40 + 2.71828 + 1.e+0 + 6.67428e-11 + 1E6 + .25 + .12345E+5
	f2 = 1_5. + 0.15e+0_2 + 1_000.000_1 + 089.5 + 089e1
	x1 = 0x1p-2 + 0x2.p10 + 0x1.Fp+0 + 0X.8p-0 + 0X_1FFFP-16 + 0x15e-2
	i1 = 0i + 0123i + 0o123i + 0xabci + 0b101i + 2.71828i + 1.e+0i + 6.67428e-11i + 1E6i + .25i + 0x1p-2i
)

var runes = []rune{'a', 'ä', '本', 'я', '\t', '\000', '\007', '\377', '\x07', '\xff',
	'\u12e4', '\U00101234', '\'', '\a', '\b', '\f', '\n', '\r', '\v', '\\'}

var strs = []string{"", "abc", "\\n", "\n", "\"", `\n`, `"`, "Hello, world!\n",
	"日本語", "\u65e5本\U00008a9e", "\xff\u00FF", "\xe6\x97\xa5", "тест 'q'",
	`raw
string with 'quotes' and \ and
	a tab`, `ends here`}
var cr = `a
b`
