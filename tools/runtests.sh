#!/bin/bash
# runtests.sh BINDIR SRCDIR NAME... — run test programs, compare with goldens.
#
# For a test NAME the files beside its source say what must happen:
#   NAME.out     expected stdout, exactly (absent: stdout is not checked)
#   NAME.err     expected stderr, exactly (absent: must be empty, unless
#                NAME.errre exists: grep -E patterns, one per line; stderr's
#                first lines must match them in order, and any further
#                lines are allowed: goroutine traces vary)
#   NAME.exit    expected exit status (absent: 0)
#   NAME.env     extra environment, one VAR=value per line
#   NAME.stdin   fed to stdin (absent: /dev/null)
# Each test has a time limit (TEST_TIMEOUT, default 120 s).
# Ends with the line "N passed, M failed"; exits 1 if anything failed.
bindir=$1 srcdir=$2; shift 2
pass=0 fail=0

# errmatch PATTERNS FILE: line i of FILE matches pattern i, for every pattern.
errmatch() {
    local i=0 pat line
    while IFS= read -r pat; do
        i=$((i + 1))
        line=$(sed -n "${i}p" "$2")
        [ "$(wc -l < "$2")" -ge "$i" ] || return 1
        printf '%s\n' "$line" | grep -qE -- "^($pat)\$" || return 1
    done < "$1"
    return 0
}
timeout=${TEST_TIMEOUT:-120}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for t in "$@"; do
    exe=$bindir/$t src=$srcdir/$t
    env=()
    [ -f "$src.env" ] && mapfile -t env < "$src.env"
    in=/dev/null; [ -f "$src.stdin" ] && in=$src.stdin
    want_exit=0; [ -f "$src.exit" ] && want_exit=$(cat "$src.exit")
    start=$(date +%s%N)
    env "${env[@]}" timeout -k 5 "$timeout" "$exe" <"$in" >"$tmp/out" 2>"$tmp/err"
    got_exit=$?
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    secs=$(printf "%d.%02d" $((ms / 1000)) $((ms % 1000 / 10)))
    why=""
    if [ "$got_exit" != "$want_exit" ]; then
        why="exit status $got_exit, want $want_exit"
        [ "$got_exit" = 124 ] && why="timed out after ${timeout}s"
    elif [ -f "$src.out" ] && ! cmp -s "$src.out" "$tmp/out"; then
        why="stdout differs"; diff "$src.out" "$tmp/out" | head -20 > "$tmp/diff"
    elif [ -f "$src.err" ] && ! cmp -s "$src.err" "$tmp/err"; then
        why="stderr differs"; diff "$src.err" "$tmp/err" | head -20 > "$tmp/diff"
    elif [ ! -f "$src.err" ] && [ -f "$src.errre" ] && ! errmatch "$src.errre" "$tmp/err"; then
        why="stderr does not match $t.errre"; cp "$tmp/err" "$tmp/diff"
    elif [ ! -f "$src.err" ] && [ ! -f "$src.errre" ] && [ -s "$tmp/err" ]; then
        why="unexpected stderr"; head -20 "$tmp/err" > "$tmp/diff"
    fi
    if [ -z "$why" ]; then
        pass=$((pass + 1)); printf 'PASS %-28s %6ss\n' "$t" "$secs"
    else
        fail=$((fail + 1)); printf 'FAIL %-28s %6ss  %s\n' "$t" "$secs" "$why"
        if [ -f "$tmp/diff" ]; then sed 's/^/    /' "$tmp/diff"; rm -f "$tmp/diff"
        else head -10 "$tmp/err" | sed 's/^/    /'; fi
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
