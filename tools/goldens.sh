#!/bin/bash
# goldens.sh [DIR [NAME...]] — write the goldens of testdata/run from real Go
# (`make goldens`; needs Go 1.19 as `go`).  For each DIR/NAME.g (default: all
# of them) the file is copied as NAME.go into a fresh module in a temporary
# directory, built with `go build`, and run there exactly as gotests.sh runs
# gocc's executable (timeout 10, stdin from NAME.stdin or /dev/null, env
# from NAME.env); then
#   NAME.out   gets its stdout,
#   NAME.code  its exit status when not 0 (removed otherwise),
#   NAME.err   stderr's first line when stderr is not empty (removed
#              otherwise), unless a hand-written NAME.errre exists (then
#              Go's stderr is checked against it).
# Programs that need Go 1.21/1.22 (range over int, min/max/clear, per-
# iteration loop variables seen through closures) carry the line
# `// golden: by hand` near their top: Go 1.19 cannot run them (or would
# give the old answer), so their goldens are written by reasoning and this
# script leaves them alone.  Building with Go itself failing is reported.
dir=$(realpath "${1:-testdata/run}"); shift
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if [ $# = 0 ]; then set -- $(ls "$dir"/*.g | xargs -n1 basename | sed 's/\.g$//'); fi
status=0

# errmatch PATTERNS FILE: line i of FILE matches pattern i, for every pattern.
errmatch() {
    local i=0 pat n
    n=$(wc -l < "$2")
    while IFS= read -r pat; do
        i=$((i + 1))
        [ "$n" -ge "$i" ] || return 1
        sed -n "${i}p" "$2" | grep -qE -- "^($pat)\$" || return 1
    done < "$1"
}
for t in "$@"; do
    src=$dir/$t.g
    if head -5 "$src" | grep -q '^// golden: by hand'; then
        echo "skip   $t (golden by hand)"; continue
    fi
    w=$tmp/$t; mkdir -p "$w"; cp "$src" "$w/$t.go"
    if ! (cd "$w" && go mod init "$t" >/dev/null 2>&1 && go build -o prog . ) >"$w/build" 2>&1; then
        echo "ERROR  $t: go build fails:"; sed 's/^/    /' "$w/build" | head -10; status=1; continue
    fi
    env=(); [ -f "$dir/$t.env" ] && mapfile -t env < "$dir/$t.env"
    in=/dev/null; [ -f "$dir/$t.stdin" ] && in=$dir/$t.stdin
    (cd "$w" && env "${env[@]}" timeout -k 5 10 ./prog) <"$in" >"$dir/$t.out" 2>"$w/err"
    rc=$?
    if [ "$rc" != 0 ]; then echo "$rc" > "$dir/$t.code"; else rm -f "$dir/$t.code"; fi
    if [ -s "$w/err" ] && [ ! -f "$dir/$t.errre" ]; then head -1 "$w/err" > "$dir/$t.err"
    else rm -f "$dir/$t.err"; fi
    if [ -f "$dir/$t.errre" ] && ! errmatch "$dir/$t.errre" "$w/err"; then
        echo "ERROR  $t: Go's stderr does not match $t.errre:"; head -5 "$w/err" | sed 's/^/    /'; status=1
    fi
    echo "golden $t (exit $rc)"
    rm -rf "$w"
done
exit $status
