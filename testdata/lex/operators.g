// Every operator and punctuation token, longest match first.
package ops

var _ = func() {
	a + b - c * d / e % f & g | h ^ i << j >> k &^ l
	a += 1; a -= 1; a *= 1; a /= 1; a %= 1; a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1; a &^= 1
	a && b || !c; a == b; a != b; a < b; a <= b; a > b; a >= b
	a := <-ch; ch <- a; a++; a--; f(a...); x.y; m[k]; ~T; a = b; l: goto l
	&^=&^&&^&<<=<<<-<=<--->>=>>>=>...
	a..b.1..2
	/=//=
	x/*c*/y/ *z
}
