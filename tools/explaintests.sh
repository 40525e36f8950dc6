#!/bin/bash
# explaintests.sh GOCC — the deadlock explainer (runtime/explain.c).
#
# Each testdata/explain/NAME.g deadlocks or leaks goroutines.  It is built
# by the C back end and run, and run again through `gocc run` (the JIT back
# end), with the environment NAME.env if there is one (GOCCDEBUG=leaks=1);
# each time the exit status must be NAME.code (default 2), the first line
# of stderr, if NAME.err exists, Go's (made by real Go:
#     fatal error: all goroutines are asleep - deadlock!
# ), and the explanation, from the first line starting "gocc: " to the
# end, NAME.explain.
# Prints PASS/FAIL per check and ends with "N passed, M failed".
gocc=$(realpath "${1:-build/gocc}")
dir=$(realpath "${2:-testdata/explain}")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

check() { # check NAME: stderr in $tmp/err, status in $st
    local name=$1 src=$2
    local t=${src%.g}
    local want=2
    [ -f "$t.code" ] && want=$(cat "$t.code")
    if [ "$st" != "$want" ]; then
        fail=$((fail + 1)); echo "FAIL $name: exit status $st, want $want"; return
    fi
    if [ -f "$t.err" ] && ! head -1 "$tmp/err" | cmp -s - "$t.err"; then
        fail=$((fail + 1)); echo "FAIL $name: first line of stderr is not Go's"; head -3 "$tmp/err" | sed 's/^/    /'; return
    fi
    sed -n '/^gocc: /,$p' "$tmp/err" > "$tmp/explain"
    if ! cmp -s "$tmp/explain" "$t.explain"; then
        fail=$((fail + 1)); echo "FAIL $name: explanation differs"
        diff "$t.explain" "$tmp/explain" | head -20 | sed 's/^/    /'; return
    fi
    pass=$((pass + 1)); echo "PASS $name"
}

for src in "$dir"/*.g; do
    n=$(basename "$src" .g)
    envs=()
    [ -f "${src%.g}.env" ] && read -r -a envs < "${src%.g}.env"
    if "$gocc" "$src" -o "$tmp/prog" 2>"$tmp/err"; then
        env "${envs[@]}" timeout -k 5 30 "$tmp/prog" >/dev/null 2>"$tmp/err" </dev/null; st=$?
    else
        st=compile-error
    fi
    check "explain/$n" "$src"
    env "${envs[@]}" timeout -k 5 60 "$gocc" run "$src" >/dev/null 2>"$tmp/err" </dev/null; st=$?
    check "explain/$n.jit" "$src"
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
