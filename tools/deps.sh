#!/bin/sh
# deps.sh — install the Debian packages gocc needs, if any are missing.
# Run by `make demo` and `make test`; `make bench` adds its own packages
# as arguments (tools/deps.sh golang-go gccgo-12 hyperfine).  Installing
# needs root; otherwise we say exactly what to run.
# python3 and chromium are for the tests of the goroutine timeline
# (tools/tracetests.sh: facts of recorded traces; the page in headless
# Chromium).
set -e
need="build-essential re2c lemon libgccjit-12-dev libgc-dev time python3 chromium $*"
missing=""
for p in $need; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "gocc: installing missing Debian packages:$missing"
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO=sudo
    else
        echo "gocc: not root; please run:  sudo apt-get install -y$missing" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
${SUDO:-} apt-get update -q >/dev/null 2>&1 || true
${SUDO:-} apt-get install -y -q $missing
