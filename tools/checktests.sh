#!/bin/bash
# checktests.sh [GOCC] — the type checker's tests.  Every valid program
# (testdata/run/*.g, testdata/check/*.g, testdata/parse/*.g except the
# syntax-only ones marked "go-check: syntax") must pass
# `GOCC_VERIFY=1 GOCC -fcheck-only` with no output: no error, and every
# expression annotated as gocc.h's Checker banner promises (GOCC_VERIFY).
# A few parse tests are G programs that must be rejected by name; their
# expected message is listed below.
# Ends with "N passed, M failed"; exits 1 if anything failed.
gocc=${1:-build/gocc}
pass=0 fail=0
declare -A reject=(
    [testdata/parse/generic_syntax.g]="generics are not supported"
    [testdata/parse/stmts.g]="goto is not supported"
)
for f in testdata/run/*.g testdata/check/*.g testdata/parse/*.g; do
    grep -q 'go-check: syntax' "$f" && continue
    out=$(GOCC_VERIFY=1 "$gocc" -fcheck-only "$f" 2>&1)
    rc=$?
    if [ -n "${reject[$f]}" ]; then
        if [ $rc = 1 ] && grep -q "^$f:[0-9]*:[0-9]*: ${reject[$f]}" <<<"$out"; then
            pass=$((pass + 1))
        else
            echo "FAIL check/$f: want \"${reject[$f]}\", got (exit $rc):"
            sed 's/^/    /' <<<"$out" | head -5
            fail=$((fail + 1))
        fi
    elif [ $rc = 0 ] && [ -z "$out" ]; then
        pass=$((pass + 1))
    else
        echo "FAIL check/$f (exit $rc):"
        sed 's/^/    /' <<<"$out" | head -5
        fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
