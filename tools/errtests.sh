#!/bin/bash
# errtests.sh [--go] [GOCC [DIR]] — compile-error tests (defaults: build/gocc,
# testdata/errors).  Each DIR/NAME.g is a program with errors, annotated the
# way Go's own test/ directory does it: every line on which an error must
# be reported carries a comment
#
#     // ERROR COL "regexp"        or        // ERROR "regexp"
#
# COL is the error's column (as Go reports it: bytes, 1-based; a tab counts
# one); it may be left out, and then any column is accepted.  The regexp
# (grep -E, taken literally between the quotes, no escapes are processed)
# must match the message, i.e. the text after `NAME.g:LINE:COL: `.  One
# error per line.  The run is `GOCC -fcheck-only NAME.g` from inside DIR, and
# the test passes when
#   - the exit status is 1,
#   - every line of stderr is `NAME.g:L:C: message` or a continuation line
#     starting with a tab (Go's multi-line "have (...)\n\twant (...)", or
#     "...:\n\tX does not implement Y (...)"): continuation lines are joined
#     to their message, each tab replaced by a space, before matching;
#   - on line L there is an ERROR comment whose column (if any) is C and
#     whose regexp matches the (joined) message,
#   - every ERROR comment is matched by some reported error.
#
# --go checks the annotations against real Go 1.19 instead (needs `go`):
# the file is copied as NAME.go and `go tool compile -e` must report
# exactly the annotated errors by the same rules.  Files whose first lines
# contain `// gocc-only` are about features G rejects but Go accepts
# (generics, goto, complex numbers, unsafe): --go only checks that Go
# compiles them.
# Ends with "N passed, M failed"; exits 1 if anything failed.
withgo=0
[ "$1" = --go ] && { withgo=1; shift; }
gocc=$(realpath "${1:-build/gocc}")
dir=$(realpath "${2:-testdata/errors}")
pass=0 fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# check SRC NAME ERRFILE: compare the reported errors (ERRFILE, with the file
# named NAME) with SRC's ERROR comments; prints the reasons of a mismatch.
check() {
    local src=$1 name=$2 errs=$3
    local -a eline ecol ere used
    local n=0 ln rest col re
    while IFS= read -r ln; do
        rest=${ln#*// ERROR }
        ln=${ln%%:*}
        col=""
        if [[ $rest =~ ^([0-9]+)\ (.*)$ ]]; then col=${BASH_REMATCH[1]}; rest=${BASH_REMATCH[2]}; fi
        re=${rest#\"}; re=${re%\"*}
        eline[n]=$ln ecol[n]=$col ere[n]=$re used[n]=0
        n=$((n + 1))
    done < <(grep -n '// ERROR ' "$src")
    local bad=0 line l c msg i ok
    while IFS= read -r line; do
        if [[ $line =~ ^$name:([0-9]+):([0-9]+):\ (.*)$ ]]; then
            l=${BASH_REMATCH[1]} c=${BASH_REMATCH[2]} msg=${BASH_REMATCH[3]} ok=0
            for ((i = 0; i < n; i++)); do
                [ "${eline[i]}" = "$l" ] || continue
                [ -z "${ecol[i]}" ] || [ "${ecol[i]}" = "$c" ] || continue
                printf '%s\n' "$msg" | grep -qE -- "${ere[i]}" || continue
                ok=1 used[i]=1
            done
            [ "$ok" = 1 ] || { echo "unexpected: $line"; bad=1; }
        else
            echo "not an error line: $line"; bad=1
        fi
    done < <(awk '/^\t/ { sub(/^\t/, ""); buf = buf " " $0; next }
                  { if (buf != "") print buf; buf = $0 }
                  END { if (buf != "") print buf }' "$errs")
    for ((i = 0; i < n; i++)); do
        [ "${used[i]}" = 1 ] || { echo "missing: $name:${eline[i]}:${ecol[i]:-*}: \"${ere[i]}\""; bad=1; }
    done
    [ "$n" -gt 0 ] || { echo "no // ERROR comment"; bad=1; }
    return $bad
}

for src in "$dir"/*.g; do
    t=$(basename "$src" .g) why=""
    rm -f "$tmp/diff"
    if [ "$withgo" = 1 ]; then
        cp "$src" "$tmp/$t.go"
        (cd "$tmp" && timeout -k 5 60 go tool compile -e -o "$tmp/$t.o" "$t.go") >"$tmp/err" 2>&1
        rc=$?
        if head -5 "$src" | grep -q '^// gocc-only'; then
            [ "$rc" = 0 ] || { why="Go rejects it"; head -5 "$tmp/err" > "$tmp/diff"; }
        elif [ "$rc" = 0 ]; then
            why="Go accepts it"
        else
            check "$src" "$t.go" "$tmp/err" > "$tmp/diff" || why="Go reports otherwise"
        fi
        rm -f "$tmp/$t.go" "$tmp/$t.o"
    else
        (cd "$dir" && timeout -k 5 30 "$gocc" -fcheck-only "$t.g") >"$tmp/out" 2>"$tmp/err"
        rc=$?
        if [ "$rc" != 1 ]; then
            why="exit status $rc, want 1"; head -5 "$tmp/err" > "$tmp/diff"
        elif [ -s "$tmp/out" ]; then
            why="unexpected stdout"; head -5 "$tmp/out" > "$tmp/diff"
        else
            check "$src" "$t.g" "$tmp/err" > "$tmp/diff" || why="errors differ"
        fi
    fi
    if [ -z "$why" ]; then
        pass=$((pass + 1)); printf 'PASS errors/%s\n' "$t"
    else
        fail=$((fail + 1)); printf 'FAIL errors/%-28s %s\n' "$t" "$why"
        [ -s "$tmp/diff" ] && sed 's/^/    /' "$tmp/diff" | head -10
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
