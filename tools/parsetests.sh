#!/bin/bash
# parsetests.sh [--go] [GOCC] — the parser's tests (default GOCC: build/gocc).
#
#   testdata/parse/NAME.g    a valid program: `GOCC -fsyntax-only NAME.g` must
#                            exit 0 with empty stderr; if NAME.ast exists,
#                            `GOCC -dump-ast NAME.g` must print it exactly.
#                            (lecture_*.g: the lecture notes' programs;
#                            bench_*.g: ../shared/bench/*.go.)
#   testdata/syntax/NAME.g   a syntax error: exit 1, stderr's first line equal
#                            to NAME.err (what Go 1.19 prints for the same
#                            file, .go renamed .g), and on the line carrying
#                            `// ERROR "regexp"` (Go's test/ convention), with
#                            a message matching the regexp.
# Each file runs from inside its directory so that messages name it as Go
# would.  --go also checks the goldens against real Go (needs `go`): each
# parse test must pass `go vet` (gofmt -e for those marked
# "// go-check: syntax": Go 1.21+ features, or not type-correct), and each .err must be Go's
# first line.  Ends with "N passed, M failed"; exits 1 if anything failed.
withgo=0
[ "$1" = --go ] && { withgo=1; shift; }
gocc=$(realpath "${1:-build/gocc}")
root=$(cd "$(dirname "$0")/.." && pwd)
pass=0 fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

report() {  # NAME WHY
    if [ -z "$2" ]; then
        pass=$((pass + 1)); printf 'PASS %s\n' "$1"
    else
        fail=$((fail + 1)); printf 'FAIL %-36s %s\n' "$1" "$2"
        [ -s "$tmp/diff" ] && sed 's/^/    /' "$tmp/diff" | head -20
    fi
    rm -f "$tmp/diff"
}

dir=$root/testdata/parse
for src in "$dir"/*.g; do
    t=$(basename "$src" .g) why=""
    (cd "$dir" && timeout -k 5 30 "$gocc" -fsyntax-only "$t.g") >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ "$rc" != 0 ]; then
        why="exit status $rc, want 0"; head -5 "$tmp/err" > "$tmp/diff"
    elif [ -s "$tmp/err" ]; then
        why="unexpected stderr"; head -5 "$tmp/err" > "$tmp/diff"
    elif [ -f "$dir/$t.ast" ]; then
        (cd "$dir" && timeout -k 5 30 "$gocc" -dump-ast "$t.g") >"$tmp/ast" 2>&1
        cmp -s "$dir/$t.ast" "$tmp/ast" || { why="AST differs"; diff "$dir/$t.ast" "$tmp/ast" > "$tmp/diff"; }
    fi
    if [ -z "$why" ] && [ "$withgo" = 1 ]; then
        if grep -q '^// go-check: syntax' "$src"; then
            gofmt -e -l "$src" >/dev/null 2>"$tmp/diff" || why="gofmt rejects it"
        else
            mkdir -p "$tmp/mod" && cp "$src" "$tmp/mod/main.go"
            (cd "$tmp/mod" && [ -f go.mod ] || go mod init x >/dev/null 2>&1
             cd "$tmp/mod" && GOFLAGS=-mod=mod go vet . ) >"$tmp/diff" 2>&1 || why="go vet rejects it"
            rm -rf "$tmp/mod"
        fi
    fi
    report "parse/$t" "$why"
done

dir=$root/testdata/syntax
for src in "$dir"/*.g; do
    t=$(basename "$src" .g) why=""
    (cd "$dir" && timeout -k 5 30 "$gocc" -fsyntax-only "$t.g") >"$tmp/out" 2>"$tmp/err"
    rc=$?
    head -1 "$tmp/err" > "$tmp/first"
    eline=$(grep -n '// ERROR "' "$src" | head -1 | cut -d: -f1)
    ere=$(grep -o '// ERROR ".*"' "$src" | head -1 | sed 's|^// ERROR "||; s|"$||')
    gline=$(cut -d: -f2 "$tmp/first")
    if [ "$rc" != 1 ]; then
        why="exit status $rc, want 1"; head -5 "$tmp/err" > "$tmp/diff"
    elif [ ! -f "$dir/$t.err" ]; then
        why="no $t.err"
    elif ! cmp -s "$dir/$t.err" "$tmp/first"; then
        why="first error differs"; diff "$dir/$t.err" "$tmp/first" > "$tmp/diff"
    elif [ -z "$eline" ]; then
        why="no // ERROR comment"
    elif [ "$gline" != "$eline" ]; then
        why="error on line $gline, // ERROR on line $eline"
    elif ! grep -qE -- "$ere" "$tmp/first"; then
        why="message does not match \"$ere\""; cp "$tmp/first" "$tmp/diff"
    fi
    if [ -z "$why" ] && [ "$withgo" = 1 ]; then
        cp "$src" "$tmp/$t.go"
        (cd "$tmp" && go tool compile -o /dev/null "$t.go" 2>&1 | head -1 | sed "s/^$t\.go:/$t.g:/") > "$tmp/goerr"
        cmp -s "$dir/$t.err" "$tmp/goerr" || { why="Go prints otherwise"; diff "$dir/$t.err" "$tmp/goerr" > "$tmp/diff"; }
    fi
    report "syntax/$t" "$why"
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
