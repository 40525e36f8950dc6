// Automatic semicolons: after a line's last token when it is an identifier,
// a literal, break/continue/fallthrough/return, or ++ -- ) ] }; never after
// an operator or another keyword; a multi-line /* */ comment acts like a
// newline; a line comment does not hide its newline; also at EOF.
package semi

func f(a []int, c chan int) (int, error) {
	x := a[0] +
		a[1] *
		2
	x++
	x--
	a = append(a,
		x)
	for i := range a {
		if i > 0 {
			continue
		}
		switch i {
		case 0:
			fallthrough
		default:
			break
		}
	}
	y := 'y'
	s := "s" // trailing comment
	z := 1.5 /* one-line comment */
	w := 2 /* comment
	spanning lines */ + 3
	v := x /* another
	*/
	u := []int{1,
		2,
	}
	<-c
	c <- 1
	_, _, _, _, _, _ = y, s, z, w, v, u
	return x, nil
}

func g() { return }
func h() int { return 1 }
var last = struct{}{}
var noNewlineAtEOF = last