#!/bin/bash
# libsyms.sh LIBGORT.a compiler/lib/*.g — every bodyless function and
# method of the library preludes must be defined in the runtime under the
# name gocc.h gives it: gort_PKG_NAME, gort_PKG_TYPE_METHOD (PKG: the
# import path with '/' as '_').  One PASS/FAIL line per prelude, then
# "N passed, M failed".
lib=$1; shift
defined=$(nm -g --defined-only "$lib" 2>/dev/null | awk '$2 == "T" {print $3}' | sort -u)
pass=0 fail=0
for f in "$@"; do
    pkg=$(basename "$f" .g)
    missing=""
    # `func Name(` or `func (r *T) Name(` with no `{` on the line: bodyless.
    while read -r name; do
        grep -qx "$name" <<<"$defined" || missing="$missing $name"
    done < <(sed -nE '/^func .*\{/d; s/^func \([a-zA-Z_]+ \*?([A-Za-z_][A-Za-z0-9_]*)\) ([A-Za-z_][A-Za-z0-9_]*)\(.*/gort_'"$pkg"'_\1_\2/p; s/^func ([A-Za-z_][A-Za-z0-9_]*)\(.*/gort_'"$pkg"'_\1/p' "$f")
    if [ -z "$missing" ]; then
        echo "PASS lib $pkg"; pass=$((pass + 1))
    else
        echo "FAIL lib $pkg: not in the runtime:$missing"; fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
