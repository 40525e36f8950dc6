#!/bin/bash
# tracetests.sh GOCC — the goroutine timeline, the statistics and
# schedtrace, checked on what real programs record.
#
# Each case builds a program (testdata/trace/*.g, or a lecture program
# of testdata/run), runs it with GOCCTRACE=T.json (and GOCCDEBUG /
# GODEBUG where it says), and checks facts of the trace with python3
# (tools/tracecheck.py CASE T.json SRC): that it parses, that every
# goroutine has its `go` statement's line, the wait reasons and lines a
# student would expect, wake-up flows, steals, hand-offs, stack sizes,
# the exit reason.  Cases marked jit run the same program through
# `gocc run --trace=` as well.  Then the pages of some of the traces are
# opened in headless Chromium (tools/timelinetests.sh).
# Prints PASS/FAIL per check and ends with "N passed, M failed".
gocc=$(realpath "${1:-build/gocc}")
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

ok()  { pass=$((pass + 1)); echo "PASS trace/$1"; }
bad() { fail=$((fail + 1)); echo "FAIL trace/$1: $2"; [ -s "$tmp/why" ] && sed 's/^/    /' "$tmp/why" | head -20; }

# run NAME SRC BACKEND ENV... -- the program's stdin comes from $input
# (a shell command, default none); leaves $tmp/NAME.json, .out, .err, .rc
run() {
    local name=$1 src=$2 backend=$3; shift 3
    local json=$tmp/$name.json
    rm -f "$json"
    if [ "$backend" = jit ]; then
        (cd "$tmp" && eval "${input:-true}" | env "$@" timeout -k 5 60 "$gocc" run --trace="$json" "$src") \
            >"$tmp/$name.out" 2>"$tmp/$name.err"
    else
        if ! "$gocc" "$src" -o "$tmp/$name.bin" 2>"$tmp/why"; then
            echo 99 >"$tmp/$name.rc"; return
        fi
        (cd "$tmp" && eval "${input:-true}" | env GOCCTRACE="$json" "$@" timeout -k 5 60 "$tmp/$name.bin") \
            >"$tmp/$name.out" 2>"$tmp/$name.err"
    fi
    echo $? >"$tmp/$name.rc"
}

# check NAME CASE SRC [RC]: the program's status is RC (default 0), then
# tracecheck.py's facts for CASE.
check() {
    local name=$1 case=$2 src=$3 want=${4:-0}
    local rc; rc=$(cat "$tmp/$name.rc")
    if [ "$rc" != "$want" ]; then
        cp "$tmp/$name.err" "$tmp/why" 2>/dev/null
        bad "$name" "exit status $rc, want $want"; return
    fi
    if python3 "$here/tracecheck.py" "$case" "$tmp/$name.json" "$src" "$tmp/$name.err" >"$tmp/why" 2>&1; then
        ok "$name"
    else
        bad "$name" "$(head -1 "$tmp/why")"
    fi
    rm -f "$tmp/why"
}

T=$root/testdata/trace
R=$root/testdata/run
for be in c jit; do
    sfx=; [ $be = jit ] && sfx=.jit
    run say$sfx "$R/lecture_say.g" $be GOMAXPROCS=2
    check say$sfx say "$R/lecture_say.g"
    run pingpong$sfx "$T/pingpong.g" $be GOMAXPROCS=1
    check pingpong$sfx pingpong "$T/pingpong.g"
done
run steal "$T/steal.g" c GOMAXPROCS=2
check steal steal "$T/steal.g"
input='(sleep 0.3; echo hi)' run handoff "$T/handoff.g" c GOMAXPROCS=1
check handoff handoff "$T/handoff.g"
run many "$T/many.g" c GOCCDEBUG=stats=1
check many many "$T/many.g"
run osexit "$T/osexit.g" c
check osexit osexit "$T/osexit.g" 3
run panic "$T/panic.g" c
check panic panic "$T/panic.g" 2
run deadlock "$T/deadlock.g" c
check deadlock deadlock "$T/deadlock.g" 2
run dropped "$T/steal.g" c GOCCDEBUG=tracebuf=64 GOMAXPROCS=2
check dropped dropped "$T/steal.g"
run schedtrace "$R/lecture_say.g" c GODEBUG=schedtrace=50 GOMAXPROCS=2
check schedtrace schedtrace "$R/lecture_say.g"
run scheddetail "$R/lecture_say.g" c GODEBUG=schedtrace=100,scheddetail=1 GOMAXPROCS=2
check scheddetail scheddetail "$R/lecture_say.g"
# Every lecture program records a trace whose goroutines match its `go`
# statements, through both back ends.
for src in "$R"/lecture_*.g; do
    t=$(basename "$src" .g)
    for be in c jit; do
        sfx=; [ $be = jit ] && sfx=.jit
        run $t$sfx "$src" $be
        check $t$sfx lecture "$src"
    done
done

# The driver: gocc run --timeline (the program in a child, its status
# passed on, the page written after it), --stats, and gocc trace's errors.
(cd "$tmp" && timeout -k 5 60 "$gocc" run --timeline="$tmp/osexit.html" --stats "$T/osexit.g") \
    >"$tmp/tl.out" 2>"$tmp/tl.err"
rc=$?
if [ $rc = 3 ] && grep -q '"exit":"os.Exit(3)"' "$tmp/osexit.html" && grep -q '^gocc stats: ' "$tmp/tl.err" &&
    ! grep -qxF '/*@GOCC_TRACE_JSON@*/' "$tmp/osexit.html"; then
    ok run-timeline
else
    cp "$tmp/tl.err" "$tmp/why"; bad run-timeline "status $rc, or no page with the trace, or no stats line"
fi
echo '{"a":1}' >"$tmp/notrace.json"
"$gocc" trace "$tmp/notrace.json" -o "$tmp/x.html" 2>"$tmp/e1"; r1=$?
"$gocc" trace "$tmp/missing.json" -o "$tmp/x.html" 2>"$tmp/e2"; r2=$?
"$gocc" trace 2>"$tmp/e3"; r3=$?
if [ $r1 = 1 ] && grep -q 'is not a trace written by a gocc program' "$tmp/e1" && [ $r2 = 1 ] &&
    grep -q 'missing.json: No such file' "$tmp/e2" && [ $r3 = 2 ] && grep -q 'usage: gocc trace' "$tmp/e3"; then
    ok trace-errors
else
    cat "$tmp/e1" "$tmp/e2" "$tmp/e3" >"$tmp/why"; bad trace-errors "statuses $r1 $r2 $r3"
fi
rm -f "$tmp/why"

# The pages, in a real browser.
pages=()
for t in say pingpong handoff dropped deadlock; do
    [ -s "$tmp/$t.json" ] && pages+=("$tmp/$t.json")
done
out=$("$here/timelinetests.sh" "$gocc" ${TRACE_PNG:+--png "$TRACE_PNG"} "$T/sample.json" "${pages[@]}")
echo "$out" | sed '$d'
last=$(echo "$out" | tail -1)
if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    pass=$((pass + BASH_REMATCH[1])); fail=$((fail + BASH_REMATCH[2]))
else
    fail=$((fail + 1)); echo "FAIL timeline: no count from timelinetests.sh"
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
