// Type switches: single types, lists, nil, default, the bound variable's
// type in each clause.
package main

import (
	"errors"
	"fmt"
)

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string, []byte:
		return fmt.Sprintf("text %v", x)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprint("func ", x())
	case []int:
		return fmt.Sprint("ints ", len(x))
	case *int:
		return fmt.Sprint("ptr ", *x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	n := 5
	for _, v := range []interface{}{nil, 1, "s", []byte("b"), errors.New("e"), MyInt(7),
		func() int { return 9 }, []int{1, 2}, &n, 2.5, map[string]int{}} {
		fmt.Println(classify(v))
	}
	switch v := interface{}(3).(type) {
	case int, int64:
		fmt.Printf("%T\n", v)
	}
}
