#!/bin/bash
# abbench.sh — the before/after measurement behind docs/perf.md's "Changes
# and their effect": two gocc builds (say, main and a branch) against Go on
# some of the reference workloads, in one run.
#
# Usage: tools/abbench.sh OLD_GOCC NEW_GOCC PROCS RUNS NAME...
#   e.g. tools/abbench.sh /work/main/build/gocc build/gocc 2 5 pingpong select
# Environment: BENCH_DIR (default ../shared/bench).
#
# Each workload is built by both gocc binaries (-O2) and by `go build`;
# every binary's output is checked against NAME.out first.  Then RUNS
# rounds run old, new and Go one after the other at GOMAXPROCS=PROCS (so a
# drift of the machine's speed hits all three alike), each timed by the
# wall clock, and one line per workload gives the medians and both ratios
# to Go.  Never part of `make test`.
set -eu
export LC_ALL=C
[ $# -ge 5 ] || { echo "usage: tools/abbench.sh OLD_GOCC NEW_GOCC PROCS RUNS NAME..." >&2; exit 2; }
OLD=$(readlink -f "$1"); NEW=$(readlink -f "$2"); P=$3; R=$4; shift 4
BENCH=${BENCH_DIR:-../shared/bench}
[ -d "$BENCH" ] || { echo "abbench: no workload directory $BENCH (set BENCH_DIR)" >&2; exit 2; }
BENCH=$(readlink -f "$BENCH")
W=$(mktemp -d "${TMPDIR:-/tmp}/gocc-ab.XXXXXX")
trap 'rm -rf "$W"' EXIT

ms() { # ms BIN: one run, wall milliseconds
    local t0 t1
    t0=$(date +%s%N)
    GOMAXPROCS=$P "$1" > /dev/null
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

for n; do
    cp "$BENCH/$n.go" "$W/$n.g"
    "$OLD" -O2 "$W/$n.g" -o "$W/$n.old"
    "$NEW" -O2 "$W/$n.g" -o "$W/$n.new"
    (cd "$BENCH" && go build -o "$W/$n.go" "$n.go")
    for c in old new go; do
        GOMAXPROCS=$P "$W/$n.$c" > "$W/out"
        cmp -s "$W/out" "$BENCH/$n.out" || { echo "abbench: $c's $n printed a wrong answer" >&2; exit 1; }
    done
    : > "$W/times"
    for r in $(seq "$R"); do
        for c in old new go; do echo "$c $(ms "$W/$n.$c")" >> "$W/times"; done
    done
    for c in old new go; do awk -v c=$c '$1 == c { print $2 }' "$W/times" | median > "$W/med.$c"; done
    o=$(cat "$W/med.old"); w=$(cat "$W/med.new"); g=$(cat "$W/med.go")
    awk -v n="$n" -v p="$P" -v r="$R" -v o="$o" -v w="$w" -v g="$g" 'BEGIN {
        printf "%-9s GOMAXPROCS=%s  medians of %s: old %5d ms  new %5d ms  Go %5d ms  old/Go %.2f  new/Go %.2f\n",
               n, p, r, o, w, g, o / g, w / g }'
done
