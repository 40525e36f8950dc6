// UTF-8 identifiers (Unicode letters, then letters or Nd digits), byte
// columns, and keywords next to non-ASCII names.
package лекция

type Точка struct{ X, Y float64 }

func (т Точка) Длина() float64 { return т.X*т.X + т.Y*т.Y }

var (
	переменная1 = "строка"
	π           = 3.14159
	x٣          = 1 // Arabic-Indic digit three after a letter
	日本語         = 'я'
	_ф          = []rune("ёж")
	αβγ, Ωmega  = 1, 2
)

func main() { _ = Точка{1, 2}.Длина() }
