#!/bin/bash
# explaintests.sh GOCC — the deadlock explainer (runtime/explain.c).
#
# Each testdata/explain/NAME.g deadlocks.  It is built by the C back end
# and run, and run again through `gocc run` (the JIT back end); each time
# the exit status must be 2, the first line of stderr Go's
#     fatal error: all goroutines are asleep - deadlock!
# (NAME.err, made by real Go: tools/goldens.sh), and the explanation, from
# the line "gocc: why no goroutine can go on:" to the end, NAME.explain.
# Prints PASS/FAIL per check and ends with "N passed, M failed".
gocc=$(realpath "${1:-build/gocc}")
dir=$(realpath "${2:-testdata/explain}")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

check() { # check NAME: stderr in $tmp/err, status in $st
    local name=$1 src=$2
    local t=${src%.g}
    if [ "$st" != 2 ]; then
        fail=$((fail + 1)); echo "FAIL $name: exit status $st, want 2"; return
    fi
    if ! head -1 "$tmp/err" | cmp -s - "$t.err"; then
        fail=$((fail + 1)); echo "FAIL $name: first line of stderr is not Go's"; head -3 "$tmp/err" | sed 's/^/    /'; return
    fi
    sed -n '/^gocc: why no goroutine can go on:$/,$p' "$tmp/err" > "$tmp/explain"
    if ! cmp -s "$tmp/explain" "$t.explain"; then
        fail=$((fail + 1)); echo "FAIL $name: explanation differs"
        diff "$t.explain" "$tmp/explain" | head -20 | sed 's/^/    /'; return
    fi
    pass=$((pass + 1)); echo "PASS $name"
}

for src in "$dir"/*.g; do
    n=$(basename "$src" .g)
    if "$gocc" "$src" -o "$tmp/prog" 2>"$tmp/err"; then
        timeout -k 5 30 "$tmp/prog" >/dev/null 2>"$tmp/err" </dev/null; st=$?
    else
        st=compile-error
    fi
    check "explain/$n" "$src"
    timeout -k 5 60 "$gocc" run "$src" >/dev/null 2>"$tmp/err" </dev/null; st=$?
    check "explain/$n.jit" "$src"
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
