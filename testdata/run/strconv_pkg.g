// strconv: Itoa, Atoi with its errors, FormatInt, ParseInt, Quote,
// ParseFloat, FormatFloat, ParseBool.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45) + "!")
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺"))
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f*2, err)
	_, err = strconv.ParseFloat("x1", 64)
	fmt.Println(err)
	fmt.Println(strconv.FormatFloat(1.5, 'f', 3, 64), strconv.FormatFloat(1234.5678, 'e', 2, 64), strconv.FormatFloat(0.1, 'g', -1, 64))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatBool(false), strconv.Quote(""), len(strconv.Itoa(1000000)))
}
