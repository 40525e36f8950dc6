#!/bin/bash
# testall.sh — the whole suite behind `make test`: every test script, each
# printing PASS/FAIL lines and its own "N passed, M failed" line, then the
# grand total as the last line.  Exits 1 if anything failed.
#   testall.sh 'command 1' 'command 2' ...
total_pass=0 total_fail=0 status=0
for cmd in "$@"; do
    echo "== ${cmd%% *}"
    out=$(mktemp)
    bash -c "$cmd" | tee "$out"
    [ "${PIPESTATUS[0]}" = 0 ] || status=1
    last=$(tail -1 "$out")
    rm -f "$out"
    if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        total_pass=$((total_pass + BASH_REMATCH[1]))
        total_fail=$((total_fail + BASH_REMATCH[2]))
    else
        echo "FAIL (the script above did not end with its count)"
        total_fail=$((total_fail + 1)); status=1
    fi
done
echo "$total_pass passed, $total_fail failed"
exit $status
