#!/bin/bash
# drivertests.sh GOCC — the `gocc` command's own tests: output names, -S,
# -g, -v, exit statuses, nothing left behind on errors, `make install`
# into a temporary prefix, and hostile names and strings through the C
# emitter (testdata/driver/).  Each check prints PASS/FAIL NAME; the last
# line is "N passed, M failed"; exit 1 if anything failed.
#
# The goldens in testdata/driver were produced by Go 1.19: NAME.out by
# `go run NAME.go`, NAME.err by `go build NAME.go` (the file renamed .g,
# gc's "./" prefix dropped: gocc names the file as it was given).
# Programs are compiled with -fcc-werror: the generated C must be clean
# under -Wall -Wextra -Werror.
gocc=$(realpath "$1")
bdir=$(dirname "$1")   # the build directory, for make install
src=$(realpath testdata/driver)
root=$(pwd)
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { echo "PASS $1"; pass=$((pass + 1)); }
ko() { echo "FAIL $1${2:+: $2}"; fail=$((fail + 1)); }
# check NAME 'SHELL CONDITION': PASS if the condition holds.
check() { if eval "$2"; then ok "$1"; else ko "$1"; fi; }

# A fresh working directory with the test sources, and a fresh TMPDIR in
# which nothing may be left.
fresh() {
    rm -rf "$tmp/w" "$tmp/t" && mkdir -p "$tmp/w" "$tmp/t" && cp "$src"/*.g "$tmp/w/" &&
        cd "$tmp/w" || exit 1
}
# The directory holds exactly the sources plus the named files.
only() {
    local want have
    want=$( (cd "$src" && ls ./*.g | sed 's|^\./||'; [ $# = 0 ] || printf '%s\n' "$@") | sort)
    have=$(ls -A | sort)
    [ "$want" = "$have" ] && [ -z "$(ls -A "$tmp/t")" ]
}
export TMPDIR="$tmp/t"

# --- usage ----------------------------------------------------------------
fresh
"$gocc" --help > out 2>&1; st=$?
check help '[ $st = 0 ] && grep -q "^usage: gocc" out'
v=$("$gocc" --version); st=$?
check version '[ $st = 0 ] && [[ $v =~ ^gocc\ [0-9]+\.[0-9]+$ ]]'
"$gocc" > /dev/null 2>&1; st=$?
check no-file-exit-2 '[ $st = 2 ]'
"$gocc" -frobnicate hello.g > /dev/null 2> err; st=$?
check unknown-option-exit-2 '[ $st = 2 ] && grep -q "unknown option -frobnicate" err'
"$gocc" hello.g -o > /dev/null 2>&1; st=$?
check missing-o-arg-exit-2 '[ $st = 2 ]'
"$gocc" hello.g -o - > /dev/null 2>&1; st=$?
check o-dash-needs-S '[ $st = 2 ]'
mkdir dir && "$gocc" hello.g -o dir 2> err; st=$?
check o-directory-exit-2 '[ $st = 2 ] && grep -q "is a directory" err && [ -z "$(ls -A dir)" ]'
rmdir dir
"$gocc" hello.g -o hello.g 2> err; st=$?
check o-source-exit-2 '[ $st = 2 ] && cmp -s hello.g "$src/hello.g"'
"$gocc" nosuch.g 2> err; st=$?
check missing-file-exit-1 '[ $st = 1 ] && grep -q "cannot read nosuch.g" err'
rm -f out err

# --- compile and link -----------------------------------------------------
fresh
"$gocc" -fcc-werror hello.g 2> err; st=$?
if [ $st = 0 ] && [ -x hello ] && [ "$(./hello)" = "$(cat "$src/hello.out")" ]; then
    ok default-name
else
    ko default-name "exit $st; $(head -5 err)"
fi
rm -f err
check default-name-nothing-else 'only hello'
mode=$(stat -c %a hello 2> /dev/null)
check program-mode '[ "$mode" = "$(printf %o $((0777 & ~$(umask))))" ]'
mkdir sub && "$gocc" -fcc-werror ../w/hello.g -o sub/prog 2> /dev/null; st=$?
check dash-o '[ $st = 0 ] && [ "$(sub/prog)" = "hello, world" ]'
rm -rf sub hello
(mkdir d && cd d && "$gocc" ../hello.g) 2> /dev/null
check name-in-cwd '[ -x d/hello ]'
rm -rf d
cp hello.g notdotg && "$gocc" notdotg 2> /dev/null
check not-dot-g-a.out '[ -x a.out ] && [ -f notdotg ] && cmp -s notdotg hello.g'
rm -f notdotg a.out

# -v prints the C compiler's command; -O and -g reach it.
"$gocc" -v -O0 -g hello.g -o h 2> err; st=$?
check verbose '[ $st = 0 ] && grep -q -- "-x c - " err && grep -q -- " -O0 " err &&
    grep -q -- " -g " err && grep -q -- "-Wl,-z,now" err && grep -q -- "libgort\.a" err'
rm -f err h
check after-verbose-clean 'only'

# --- -S -------------------------------------------------------------------
fresh
"$gocc" -S hello.g 2> /dev/null; st=$?
check S-writes-file-c '[ $st = 0 ] && [ -s hello.c ] && grep -q "#include \"gort.h\"" hello.c'
check S-nothing-else 'only hello.c'
"$gocc" -S hello.g -o - > stdout.c 2> /dev/null; st=$?
check S-to-stdout '[ $st = 0 ] && cmp -s hello.c stdout.c'
"$gocc" -S hello.g -o other.c 2> /dev/null
check S-dash-o 'cmp -s hello.c other.c'
check S-banner 'grep -q "hello\.g" hello.c'
check S-c-compiles 'cc -std=gnu11 -Wall -Wextra -Werror -fsyntax-only -I"$root/runtime" hello.c'
check S-no-line-without-g '! grep -q "^#line" hello.c'
"$gocc" -S -g hello.g -o g.c 2> /dev/null
check S-g-line-directives 'grep -qE "^#line [0-9]+ \"hello\.g\"" g.c'
check S-g-c-compiles 'cc -std=gnu11 -Wall -Wextra -Werror -fsyntax-only -I"$root/runtime" g.c'
# An output that is not a regular file is written in place, never
# replaced by a file (as -o /dev/null must stay a device): a FIFO here.
mkfifo fifo && { cat fifo > fromfifo & }
"$gocc" -S hello.g -o fifo 2> /dev/null; st=$?
wait
check S-fifo-in-place '[ $st = 0 ] && [ -p fifo ] && cmp -s hello.c fromfifo'
rm -f hello.c stdout.c other.c g.c fifo fromfifo
check S-after-clean 'only'

# --- errors leave nothing behind -------------------------------------------
for t in typeerr syntaxerr; do
    fresh
    "$gocc" $t.g > out 2> err; st=$?
    check $t-exit-1 '[ $st = 1 ]'
    check $t-message 'cmp -s err "$src/$t.err"'
    check $t-no-output '[ ! -s out ]'
    rm -f out err
    check $t-nothing-left 'only'
    "$gocc" -S $t.g 2> /dev/null
    check $t-S-nothing-left 'only'
done
# An existing program survives a failed compilation untouched.
fresh
echo old > typeerr
"$gocc" typeerr.g 2> /dev/null
check failed-build-keeps-old '[ "$(cat typeerr)" = old ]'
rm -f typeerr
# A C compiler failure is an internal error: exit 1, nothing left.
CC=false "$gocc" hello.g 2> err; st=$?
check cc-failure-exit-1 '[ $st = 1 ] && grep -q "internal error" err'
rm -f err
check cc-failure-nothing-left 'only'
CC=/nonexistent/cc "$gocc" hello.g 2> err; st=$?
check cc-missing-exit-1 '[ $st = 1 ] && grep -q "cannot run the C compiler" err'
rm -f err
check cc-missing-nothing-left 'only'
# The runtime can be named explicitly; a wrong one is an error.
GOCC_RUNTIME=/nonexistent "$gocc" hello.g 2> /dev/null; st=$?
check bad-gocc-runtime '[ $st = 1 ] && only'

# --- the C emitter alone: a lowered program built by hand (tools/emitcheck.c)
# printed as C, compiled with -Wall -Wextra -Werror, with and without #line
# directives; its output is worked out in emitcheck.c's comments.
fresh
if cc -std=gnu11 -Wall -Wextra -Werror -D_GNU_SOURCE -I"$root/compiler" -I"$root/$bdir/gen" \
      "$root/tools/emitcheck.c" "$root/$bdir/cc/emit_c.o" "$root/$bdir/cc/diag.o" -o emitcheck 2> err; then
    for g in "" -g; do
        ./emitcheck $g > ec$g.c
        if cc -std=gnu11 -Wall -Wextra -Werror -g -I"$root/runtime" ec$g.c "$root/$bdir/libgort.a" \
              -Wl,-z,now -lgc -lpthread -lm -o ec$g 2> err && ./ec$g > out 2>&1 &&
           cmp -s out "$src/emitcheck.out"; then
            ok "emitcheck$g"
        else
            ko "emitcheck$g" "$(head -3 err)"
        fi
    done
    check emitcheck-line-directives 'grep -qxF "#line 5 \"emit \\\"unit\\\" ?\\?/ */ test.g\"" ec-g.c'
    check emitcheck-no-line '! grep -q "^#line" ec.c'
else
    ko emitcheck "$(head -3 err)"
fi
rm -f emitcheck ec.c ec-g.c ec ec-g out err

# --- hostile names and strings ----------------------------------------------
fresh
"$gocc" -fcc-werror hostile.g 2> err; st=$?
if [ $st = 0 ] && ./hostile > out 2>&1 && cmp -s out "$src/hostile.out"; then
    ok hostile
else
    ko hostile "exit $st; $(head -3 err)"
    [ -f out ] && diff "$src/hostile.out" out | head -10
fi
"$gocc" -fcc-werror -O0 -g hostile.g -o hostile-g 2> /dev/null
check hostile-g '[ -x hostile-g ] && ./hostile-g 2>&1 | cmp -s - "$src/hostile.out"'
rm -f err out hostile hostile-g

# --- the JIT back end: gocc run, --backend -----------------------------------
fresh
"$gocc" run hello.g > out 2> err; st=$?
check run-hello '[ $st = 0 ] && [ "$(cat out)" = "hello, world" ] && [ ! -s err ]'
rm -f out err
check run-nothing-left 'only'
"$gocc" run args.g > out; st=$?
check run-os-args '[ $st = 0 ] && [ "$(cat out)" = "1 [args.g]" ]'
"$gocc" run -O0 args.g -x 'two words' -O1 > out; st=$?
check run-args-exit-status '[ $st = 4 ] && [ "$(cat out)" = "4 [args.g -x two words -O1]" ]'
rm -f out
"$gocc" run typeerr.g 2> err; st=$?
check run-compile-error '[ $st = 1 ] && cmp -s err "$src/typeerr.err"'
rm -f err
"$gocc" run -o x hello.g 2> /dev/null; st=$?
check run-no-o '[ $st = 2 ]'
"$gocc" run --backend=c hello.g 2> /dev/null; st=$?
check run-needs-jit '[ $st = 2 ]'
"$gocc" --backend=llvm hello.g 2> /dev/null; st=$?
check backend-unknown '[ $st = 2 ] && only'
chmod a-w . "$tmp/t"
"$gocc" run hello.g > "$tmp/out" 2>&1; st=$?
chmod u+w . "$tmp/t"
check run-read-only-dirs '[ $st = 0 ] && [ "$(cat "$tmp/out")" = "hello, world" ] && only'
rm -f "$tmp/out"
"$gocc" --backend=jit hello.g -o hj; st=$?
check backend-jit '[ $st = 0 ] && [ "$(./hj)" = "hello, world" ] && only hj'
rm -f hj
"$gocc" --backend=jit -S hello.g 2> /dev/null; st=$?
check backend-jit-no-S '[ $st = 2 ] && only'
"$gocc" --backend=jit syntaxerr.g -o se 2> err; st=$?
check backend-jit-error-nothing-left '[ $st = 1 ] && cmp -s err "$src/syntaxerr.err" && rm -f err && only'
"$gocc" --backend=jit -g -O0 hello.g -o hg; st=$?
check backend-jit-g '[ $st = 0 ] && [ "$(./hg)" = "hello, world" ] &&
    readelf --debug-dump=line hg 2> /dev/null | grep -q "hello\.g"'
rm -f hg

# --- make install into a temporary prefix -------------------------------------
prefix="$tmp/prefix dir"
if make -s -C "$root" install B="$bdir" PREFIX="$prefix" > "$tmp/install.log" 2>&1; then
    ok install
else
    ko install "$(tail -3 "$tmp/install.log")"
fi
check install-files 'test -x "$prefix/bin/gocc" -a -f "$prefix/lib/gocc/libgort.a" \
    -a -f "$prefix/lib/gocc/include/gort.h" -a -f "$prefix/share/man/man1/gocc.1"'
fresh
"$prefix/bin/gocc" -v -fcc-werror hello.g 2> err; st=$?
check installed-compiles '[ $st = 0 ] && [ "$(./hello)" = "hello, world" ]'
check installed-uses-its-runtime 'grep -q "lib/gocc/include" err'
rm -f err hello
check man-page 'man -l "$prefix/share/man/man1/gocc.1" 2> /dev/null | grep -q GOCC_RUNTIME'
make -s -C "$root" uninstall B="$bdir" PREFIX="$prefix" > /dev/null 2>&1
check uninstall 'test ! -e "$prefix/bin/gocc" -a ! -e "$prefix/lib/gocc"'

cd "$root"
echo "$pass passed, $fail failed"
[ $fail = 0 ]
