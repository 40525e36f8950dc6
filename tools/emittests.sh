#!/bin/bash
# emittests.sh [--update] [GOCC [DIR]] — golden tests of the C that gocc
# writes (defaults: build/gocc, testdata/emit).  Each DIR/NAME.g is a lecture
# example; `GOCC -S NAME.g -o -`, run from inside DIR, must exit 0 with empty
# stderr and print exactly DIR/NAME.c.  The goldens are gocc's own output,
# read and judged by hand when written: these tests catch unintended changes
# in code generation (the run tests judge behaviour).  When a change is
# intended, `--update` rewrites every NAME.c (then review `git diff`).
# Ends with "N passed, M failed"; exits 1 if anything failed.
update=0
[ "$1" = --update ] && { update=1; shift; }
gocc=$(realpath "${1:-build/gocc}")
dir=$(realpath "${2:-testdata/emit}")
pass=0 fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
shopt -s nullglob
for src in "$dir"/*.g; do
    t=$(basename "$src" .g) why=""
    (cd "$dir" && timeout -k 5 30 "$gocc" -S "$t.g" -o -) >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ "$rc" != 0 ]; then
        why="exit status $rc, want 0"; head -5 "$tmp/err" > "$tmp/diff"
    elif [ -s "$tmp/err" ]; then
        why="unexpected stderr"; head -5 "$tmp/err" > "$tmp/diff"
    elif [ "$update" = 1 ]; then
        cp "$tmp/out" "$dir/$t.c"
    elif [ ! -f "$dir/$t.c" ]; then
        why="no $t.c"
    elif ! cmp -s "$dir/$t.c" "$tmp/out"; then
        why="C differs"; diff "$dir/$t.c" "$tmp/out" | head -20 > "$tmp/diff"
    fi
    if [ -z "$why" ]; then
        pass=$((pass + 1)); printf 'PASS emit/%s\n' "$t"
    else
        fail=$((fail + 1)); printf 'FAIL emit/%-28s %s\n' "$t" "$why"
        [ -s "$tmp/diff" ] && sed 's/^/    /' "$tmp/diff"
    fi
    rm -f "$tmp/diff"
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
