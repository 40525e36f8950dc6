#!/bin/bash
# gotests.sh [--jit] [GOCC [DIR]] — whole-program tests: compile each G
# program with gocc, run it, compare what it does with what `go run` does
# (defaults: build/gocc, testdata/run).
#
# With --jit the same programs and goldens go through the libgccjit back
# end instead: each is run as `GOCC run NAME.g` (compiled in memory, run
# in gocc's process), from inside DIR, and reported as `PASS jit/NAME`.
#
# For a test DIR/NAME.g the files beside it say what must happen; they are
# written by tools/goldens.sh from real Go 1.19 (or, for the few programs
# that need Go 1.21/1.22 features, by hand: those say so in a comment at
# their top and goldens.sh leaves them alone):
#   NAME.out     stdout, exactly (always present; may be empty)
#   NAME.code    exit status, when it is not 0
#   NAME.err     stderr's first line, exactly (absent: stderr must be
#                empty, unless NAME.errre exists)
#   NAME.errre   grep -E patterns, one a line; stderr's first lines must
#                match them in order (panics: goroutine numbers, addresses)
#   NAME.env     extra environment for the run, one VAR=value a line
#   NAME.stdin   the program's standard input (absent: /dev/null)
# Each program is compiled as `GOCC -fcc-werror NAME.g -o TMP/NAME` (the
# generated C must compile with -Wall -Wextra -Werror) from inside DIR (so
# that positions name NAME.g), then run with `timeout 10`, stdin from
# NAME.stdin or /dev/null.  Two tests run at a time.  Prints `PASS run/NAME` or
# `FAIL run/NAME  reason` (plus the first lines of the difference) and ends
# with "N passed, M failed"; exits 1 if anything failed.
kind=run
if [ "$1" = --jit ]; then kind=jit; shift; fi
gocc=$(realpath "${1:-build/gocc}")
dir=$(realpath "${2:-testdata/run}")
jobs=${GOTESTS_JOBS:-2}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# errmatch PATTERNS FILE: line i of FILE matches pattern i, for every pattern.
errmatch() {
    local i=0 pat line n
    n=$(wc -l < "$2")
    while IFS= read -r pat; do
        i=$((i + 1))
        [ "$n" -ge "$i" ] || return 1
        line=$(sed -n "${i}p" "$2")
        printf '%s\n' "$line" | grep -qE -- "^($pat)\$" || return 1
    done < "$1"
    return 0
}

# runone NAME: compile and run one test; writes its verdict to $tmp/NAME.res
# (first line PASS/FAIL, then indented details).  Its stderr goes nowhere:
# bash's own "Segmentation fault" notices would otherwise interleave with
# the results; a crash is reported in the FAIL line instead.
runone() {
    local t=$1 w=$tmp/$1 src=$dir/$1 why="" rc want_code env=()
    mkdir -p "$w"
    if [ "$kind" = jit ]; then
        rc=0    # compiled and run in one step, below
    else
        (cd "$dir" && exec timeout -k 5 30 "$gocc" -fcc-werror "$t.g" -o "$w/prog") >"$w/cout" 2>&1
        rc=$?
    fi
    if [ "$kind" = run ] && { [ "$rc" != 0 ] || [ ! -x "$w/prog" ]; }; then
        why="does not compile (gocc exit status $rc)"
        [ "$rc" = 124 ] && why="does not compile (gocc timed out after 30s)"
        [ "$rc" -gt 128 ] && [ "$rc" != 124 ] && why="does not compile (gocc killed by signal $((rc - 128)))"
        head -10 "$w/cout" > "$w/diff"
    else
        [ -f "$src.env" ] && mapfile -t env < "$src.env"
        want_code=0; [ -f "$src.code" ] && want_code=$(cat "$src.code")
        in=/dev/null; [ -f "$src.stdin" ] && in=$src.stdin
        if [ "$kind" = jit ]; then
            (cd "$dir" && exec env "${env[@]}" timeout -k 5 10 "$gocc" run "$t.g") <"$in" >"$w/out" 2>"$w/err"
        else
            (cd "$w" && exec env "${env[@]}" timeout -k 5 10 ./prog) <"$in" >"$w/out" 2>"$w/err"
        fi
        rc=$?
        head -1 "$w/err" > "$w/first"
        if grep -q '^gocc: internal error\|^libgccjit.so: error' "$w/err"; then
            why="does not compile (JIT)"; head -3 "$w/err" > "$w/diff"
        elif [ "$rc" = 124 ] && [ "$want_code" != 124 ]; then
            why="timed out after 10s"; head -5 "$w/out" > "$w/diff"
        elif [ ! -f "$src.out" ]; then
            why="no $t.out"
        elif ! cmp -s "$src.out" "$w/out"; then
            why="stdout differs"; diff "$src.out" "$w/out" | head -10 > "$w/diff"
        elif [ "$rc" != "$want_code" ]; then
            why="exit status $rc, want $want_code"; head -5 "$w/err" > "$w/diff"
        elif [ -f "$src.err" ]; then
            cmp -s "$src.err" "$w/first" \
                || { why="stderr's first line differs"; diff "$src.err" "$w/first" > "$w/diff"; }
        elif [ -f "$src.errre" ]; then
            errmatch "$src.errre" "$w/err" \
                || { why="stderr does not match $t.errre"; head -5 "$w/err" > "$w/diff"; }
        elif [ -s "$w/err" ]; then
            why="unexpected stderr"; head -5 "$w/err" > "$w/diff"
        fi
    fi
    if [ -z "$why" ]; then
        echo "PASS $kind/$t" > "$tmp/$t.res"
    else
        printf 'FAIL %s/%-28s %s\n' "$kind" "$t" "$why" > "$tmp/$t.res"
        [ -s "$w/diff" ] && sed 's/^/    /' "$w/diff" >> "$tmp/$t.res"
    fi
    rm -rf "$w"
}
export -f runone errmatch
export gocc dir tmp kind

ls "$dir"/*.g | xargs -n1 basename | sed 's/\.g$//' \
    | xargs -P "$jobs" -I{} bash -c 'runone {} 2>/dev/null'

pass=0 fail=0
for src in "$dir"/*.g; do
    t=$(basename "$src" .g)
    cat "$tmp/$t.res"
    if head -1 "$tmp/$t.res" | grep -q '^PASS'; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
