#!/bin/bash
# bench.sh — gocc against Go and gccgo on the reference workloads, in one
# run on one machine (`make bench`; never part of `make test`).
#
# Usage: tools/bench.sh GOCC BENCHDIR [NAME ...]
#   GOCC      the gocc binary (build/gocc)
#   BENCHDIR  the reference workloads: NAME.go and its expected NAME.out
#             (../shared/bench); a workload is compiled by gocc as NAME.g
# Environment:
#   RUNS=5    timed runs per program and setting (3 when a run takes > 5 s)
#   PERF_MD   if set, the markdown file whose "make bench" section is
#             replaced by this run's table (docs/perf.md)
#   MICRO     the runtime micro-benchmark binary, for the hot-split row
#
# Method.  Each workload is built three ways: `gocc -O2`, `go build` and
# `gccgo-12 -O2` (gccgo only when installed).  Every binary runs once and
# its output is compared with NAME.out: a wrong answer is reported and that
# binary is never timed.  Then, for GOMAXPROCS=2 and then 1: one warm-up
# run of each binary, and RUNS rounds in which the binaries run one after
# the other (gocc, Go, gccgo, gocc, Go, gccgo, ...), so that a drift in the
# machine's speed hits all three alike.  A workload where some binary's
# check run took over 5 s gets 3 rounds, and that binary no warm-up of its
# own (its check run just warmed it); the report says which.  Each run is timed by the wall
# clock (date +%s%N around it) and its peak RSS taken from GNU time's %M.
# The table gives the medians and the ratio of the medians gocc/Go.
#
# Derived rows:
#   parked  memory per parked goroutine: (median peak RSS of parked.go
#           with n = 100000) − (the same with n = 0), divided by 100000.
#   fib     the 1 → 2 core speedup: 10 alternating pairs (GOMAXPROCS=1,
#           then 2) per compiler, the median of the per-pair ratios.
#   split   the hot-split micro-benchmark (C, runtime/bench/micro.c): a
#           call exactly at a segment boundary against the same call away
#           from it.
set -eu
export LC_ALL=C
[ $# -ge 2 ] || { echo "usage: tools/bench.sh GOCC BENCHDIR [NAME ...]" >&2; exit 2; }
[ -x "$1" ] || { echo "bench: no gocc at $1" >&2; exit 2; }
[ -d "$2" ] || { echo "bench: no workload directory $2 (make bench BENCH_DIR=...)" >&2; exit 2; }
GOCC=$(readlink -f "$1"); BENCH=$(readlink -f "$2"); shift 2
RUNS=${RUNS:-5}
W=$(mktemp -d "${TMPDIR:-/tmp}/gocc-bench.XXXXXX")
START=$(date +%s)
trap 'rm -rf "$W"' EXIT
[ $# -gt 0 ] || set -- $(cd "$BENCH" && ls *.go | sed 's/\.go$//')

COMPILERS="gocc go"
command -v gccgo-12 >/dev/null 2>&1 && COMPILERS="$COMPILERS gccgo"

build() { # build COMPILER SRC.go BIN
    case $1 in
    gocc) cp "$2" "${3}.g" && "$GOCC" -O2 "${3}.g" -o "$3" ;;
    go) (cd "$(dirname "$2")" && go build -o "$3" "$2") ;;
    gccgo) gccgo-12 -O2 -o "$3" "$2" ;;
    esac
}
# run BIN PROCS: one run; prints "SECONDS RSS_KB"; output in $W/got
run() {
    local t0 t1
    t0=$(date +%s%N)
    GOMAXPROCS=$2 /usr/bin/time -f %M -o "$W/rss" "$1" > "$W/got" 2> "$W/err" || true
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000 ))e-6 $(tail -n 1 "$W/rss")"
}
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)]; else print "" }'; }

echo "# gocc bench: $(date -u '+%Y-%m-%d %H:%M UTC'), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $("$GOCC" --version 2>/dev/null | head -n 1); $(go version); $(gccgo-12 --version 2>/dev/null | head -n 1 || echo 'no gccgo')"

: > "$W/results"        # lines: NAME PROCS COMPILER SECONDS RSS
: > "$W/status"         # lines: NAME COMPILER ok|WRONG|BUILD-FAILED
for n; do
    for c in $COMPILERS; do
        bin="$W/$n.$c"
        if ! build "$c" "$BENCH/$n.go" "$bin" > "$W/build.log" 2>&1; then
            echo "$n $c BUILD-FAILED" >> "$W/status"
            echo "bench: $c failed to build $n:" >&2; head -n 5 "$W/build.log" >&2
            continue
        fi
        first=$(run "$bin" 2)
        if cmp -s "$W/got" "$BENCH/$n.out"; then
            echo "$n $c ok $first" >> "$W/status"
        else
            echo "$n $c WRONG" >> "$W/status"
            echo "bench: $c's $n printed a wrong answer (not timed):" >&2
            head -n 3 "$W/got" "$W/err" >&2
        fi
    done
done
ok() { grep -q "^$1 $2 ok" "$W/status"; }

for p in 2 1; do
    for n; do
        runs=$RUNS
        for c in $COMPILERS; do
            ok "$n" "$c" || continue
            secs=$(grep "^$n $c ok" "$W/status" | cut -d' ' -f4)
            if awk "BEGIN { exit !($secs > 5) }"; then
                runs=3      # a binary this slow (gccgo's parked: 10-20 s) is
                continue    # warm from its check run: no separate warm-up
            fi
            run "$W/$n.$c" $p > /dev/null                       # warm-up
        done
        for r in $(seq "$runs"); do
            for c in $COMPILERS; do
                ok "$n" "$c" || continue
                echo "$n $p $c $(run "$W/$n.$c" $p)" >> "$W/results"
            done
        done
        [ "$runs" = "$RUNS" ] || echo "$n $p runs=$runs" >> "$W/notes"
    done
done

med() { # med NAME PROCS COMPILER FIELD(4 = seconds, 5 = RSS)
    awk -v n="$1" -v p="$2" -v c="$3" -v f="$4" '$1 == n && $2 == p && $3 == c { print $f }' \
        "$W/results" | median
}
fmt3() { [ -n "$1" ] && printf '%.3f' "$1" || printf '—'; }
mb() { [ -n "$1" ] && awk "BEGIN { printf \"%.1f\", $1 / 1024 }" || printf '—'; }
ratio() { [ -n "$1" ] && [ -n "$2" ] && awk "BEGIN { printf \"%.2f\", $1 / $2 }" || printf '—'; }

table() {
    echo "| workload | GOMAXPROCS | gocc s | Go s | gccgo s | gocc/Go | RSS gocc MB | RSS Go MB | RSS gccgo MB |"
    echo "|---|---|---|---|---|---|---|---|---|"
    for n; do
        for p in 2 1; do
            a=$(med "$n" $p gocc 4); b=$(med "$n" $p go 4); g=$(med "$n" $p gccgo 4)
            echo "| $n | $p | $(fmt3 "$a") | $(fmt3 "$b") | $(fmt3 "$g") | $(ratio "$a" "$b") |" \
                 "$(mb "$(med "$n" $p gocc 5)") | $(mb "$(med "$n" $p go 5)") | $(mb "$(med "$n" $p gccgo 5)") |"
        done
    done
    for n; do
        for c in $COMPILERS; do
            st=$(grep "^$n $c " "$W/status" | cut -d' ' -f3)
            [ "$st" = ok ] || echo "- $n, $c: $st (not timed)"
        done
    done
}

derived() {
    # Memory per parked goroutine.
    if printf '%s\n' "$@" | grep -qx parked; then
        sed 's/^const n = 100000$/const n = 0/' "$BENCH/parked.go" > "$W/parked0.go"
        for c in $COMPILERS; do
            ok parked "$c" || continue
            build "$c" "$W/parked0.go" "$W/parked0.$c" > /dev/null 2>&1 || continue
            : > "$W/rss0"
            for r in 1 2 3; do run "$W/parked0.$c" 2 | cut -d' ' -f2 >> "$W/rss0"; done
            r0=$(median < "$W/rss0"); r1=$(med parked 2 "$c" 5)
            echo "- memory per parked goroutine, $c: ($r1 − $r0 KB) / 100000 =" \
                 "$(( (r1 - r0) * 1024 / 100000 )) bytes"
            echo "$c $(( (r1 - r0) * 1024 / 100000 ))" >> "$W/parkedmem"
        done
        if [ -f "$W/parkedmem" ] && grep -q '^gocc ' "$W/parkedmem" && grep -q '^go ' "$W/parkedmem"; then
            echo "- parked memory ratio gocc/Go: $(ratio "$(grep '^gocc ' "$W/parkedmem" | cut -d' ' -f2)" \
                 "$(grep '^go ' "$W/parkedmem" | cut -d' ' -f2)")"
        fi
    fi
    # fib's 1 -> 2 core speedup, from alternating pairs.
    if printf '%s\n' "$@" | grep -qx fib; then
        for c in $COMPILERS; do
            ok fib "$c" || continue
            : > "$W/pairs"
            for r in $(seq 10); do
                a=$(run "$W/fib.$c" 1 | cut -d' ' -f1); b=$(run "$W/fib.$c" 2 | cut -d' ' -f1)
                awk "BEGIN { print $a / $b }" >> "$W/pairs"
            done
            echo "- fib speedup GOMAXPROCS 1 → 2, $c: $(median < "$W/pairs" | xargs printf '%.2f')× (median of 10 paired ratios)"
        done
    fi
    # The hot split.
    if [ -n "${MICRO:-}" ] && [ -x "$MICRO" ]; then
        "$MICRO" split > "$W/split" 2>&1 || true
        hot=$(awk '$1 == "split.hot.64" { print $3 }' "$W/split")
        away=$(awk '$1 == "split.away.64" { print $3 }' "$W/split")
        echo "- hot-split call: $hot ns against $away ns away from the boundary:" \
             "$(ratio "$hot" "$away")× (\`$(basename "$MICRO") split\`)"
    fi
    [ ! -f "$W/notes" ] || sed 's/^/- fewer runs (a run over 5 s; no separate warm-up for such a binary): /' "$W/notes"
    echo "- the measurements took $(( ($(date +%s) - START + 30) / 60 )) minutes (builds included)"
}

{
    echo "Command: \`make bench\` ($(date -u '+%Y-%m-%d %H:%M UTC'); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; load average at the start $(cut -d' ' -f1-3 /proc/loadavg))."
    echo "Medians of $RUNS alternating runs after one warm-up, wall time of the whole process; peak RSS from GNU time."
    echo
    table "$@"
    echo
    derived "$@"
} > "$W/report.md"
cat "$W/report.md"

if [ -n "${PERF_MD:-}" ]; then
    awk -v rep="$W/report.md" '
        /^<!-- bench:begin -->$/ { print; while ((getline l < rep) > 0) print l; skip = 1; next }
        /^<!-- bench:end -->$/ { skip = 0 }
        !skip' "$PERF_MD" > "$W/perf.md"
    if grep -q '^<!-- bench:begin -->$' "$PERF_MD"; then
        cp "$W/perf.md" "$PERF_MD"
        echo "bench: table written to $PERF_MD"
    else
        echo "bench: $PERF_MD has no <!-- bench:begin --> marker; not written" >&2
    fi
fi
