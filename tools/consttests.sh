#!/bin/bash
# consttests.sh [--go] [GOCC] — exact constant arithmetic (compiler/const.c),
# through `GOCC -eval-const EXPR` (default GOCC: build/gocc).
#
#   testdata/const/cases.txt   one case a line: EXPR<TAB>EXPECTED, where
#                              EXPECTED is gocc's whole output (stdout and
#                              stderr), e.g. `1267650600228229401496703205376
#                              (untyped int)` or `gocc: invalid operation:
#                              division by zero`; `#` lines are comments.
#
# --go also checks the goldens against real Go (needs `go`): a small Go
# program evaluates `const _ = EXPR` with go/types and prints the value as
# gocc does (integers exactly, floats as strconv.FormatFloat(f, 'g', -1,
# 64), strings strconv.Quote'd).  Values must be equal; where gocc reports
# an error Go must report one too (go/types words it with the operands
# spelled out); "not a constant expression" cases are not Go's concern.
# Ends with "N passed, M failed"; exits 1 if anything failed.
withgo=0
[ "$1" = --go ] && { withgo=1; shift; }
gocc=$(realpath "${1:-build/gocc}")
root=$(cd "$(dirname "$0")/.." && pwd)
cases=$root/testdata/const/cases.txt
pass=0 fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

if [ "$withgo" = 1 ]; then
    mkdir -p "$tmp/goeval"
    cat > "$tmp/goeval/main.go" <<'EOF'
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fmt.Println(eval(strings.SplitN(line, "\t", 2)[0]))
	}
}

func eval(expr string) string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", "package p; const _ = "+expr+"\n", 0)
	if err != nil {
		return "gocc: " + err.Error()
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	var first error
	conf := types.Config{Error: func(e error) {
		if first == nil {
			first = e
		}
	}}
	conf.Check("p", fset, []*ast.File{f}, info)
	if first != nil {
		return "gocc: " + first.(types.Error).Msg
	}
	tv := info.Types[f.Decls[0].(*ast.GenDecl).Specs[0].(*ast.ValueSpec).Values[0]]
	v, s := tv.Value, ""
	switch v.Kind() {
	case constant.Bool:
		s = v.String()
	case constant.String:
		s = strconv.Quote(constant.StringVal(v))
	case constant.Int:
		s = v.ExactString()
	case constant.Float:
		x, _ := constant.Float64Val(v)
		s = strconv.FormatFloat(x, 'g', -1, 64)
	}
	return s + " (" + tv.Type.String() + ")"
}
EOF
    (cd "$tmp/goeval" && go mod init goeval >/dev/null 2>&1 && go run . < "$cases") > "$tmp/go.txt" 2>&1 \
        || { echo "FAIL const/--go  cannot run go"; sed 's/^/    /' "$tmp/go.txt" | head; fail=$((fail + 1)); }
fi

n=0 gl=0
while IFS= read -r line; do
    case "$line" in ''|'#'*) continue ;; esac
    n=$((n + 1)) gl=$((gl + 1))
    expr=${line%%$'\t'*} want=${line#*$'\t'} why=""
    got=$(timeout -k 5 30 "$gocc" -eval-const "$expr" 2>&1)
    if [ "$got" != "$want" ]; then
        why="got: $got"
    elif [ "$withgo" = 1 ] && [ "$want" != "gocc: not a constant expression" ]; then
        gov=$(sed -n "${gl}p" "$tmp/go.txt")
        if [[ $want == gocc:* ]]; then
            [[ $gov == gocc:* ]] || why="Go accepts it: $gov"
        elif [ "$gov" != "$want" ]; then
            why="Go says: $gov"
        fi
    fi
    if [ -z "$why" ]; then
        pass=$((pass + 1)); printf 'PASS const/%d  %s\n' "$n" "$expr"
    else
        fail=$((fail + 1)); printf 'FAIL const/%d  %s\n    want: %s\n    %s\n' "$n" "$expr" "$want" "$why"
    fi
done < "$cases"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
