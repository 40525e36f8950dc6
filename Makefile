# gocc — top-level Makefile.
#
#   make demo         install missing Debian packages, build, run a lecture example
#   (build/gocc FILE.g -o PROG compiles a G program; see README.md)
#   (build/gocc run FILE.g: compile in memory with libgccjit and run at once)
#   make test         build and run every test; ends with "N passed, M failed"
#   make goldens      rewrite testdata/run's goldens by running each program with Go
#   make test-tsan    runtime stress tests under ThreadSanitizer
#   make test-asan    runtime stress tests under AddressSanitizer
#   make bench-runtime  C micro-benchmarks of the runtime (never part of `test`)
#   make bench        gocc vs Go vs gccgo on ../shared/bench, table in docs/perf.md
#   make install [PREFIX=/usr/local] [DESTDIR=]   gocc, its runtime, the man page
#
# Everything generated goes to $(B) (default build/), never into the tree.

B       ?= build
CC      ?= cc
ifeq ($(origin CC),default)
CC      := cc
endif
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
RT_CFLAGS = $(CFLAGS) -std=gnu11 -Wall -Wextra -Werror -DGC_THREADS \
            -fno-omit-frame-pointer -fno-stack-protector -D_GNU_SOURCE
# -z now: every PLT slot is bound at start-up.  A lazily bound first call
# would run the dynamic linker's resolver on whatever stack is current,
# and it saves the full vector state (~2.5 KB with AVX-512): more than a
# goroutine segment's reserve.  Programs linked against libgort need it.
LIBS    = -Wl,-z,now -lgc -lpthread -lm

RT_C    = $(wildcard runtime/*.c)
RT_S    = runtime/switch_x86_64.S
RT_OBJ  = $(patsubst runtime/%.c,$(B)/rt/%.o,$(RT_C)) $(B)/rt/switch_x86_64.o
RT_HDR  = runtime/gort.h runtime/internal.h

RT_TESTS = $(patsubst runtime/test/%.c,%,$(wildcard runtime/test/*.c))
RT_TEST_BINS = $(addprefix $(B)/rt-test/,$(RT_TESTS))

.PHONY: all deps demo test check goldens goldens-check test-tsan test-asan bench-runtime bench clean \
        install uninstall

all: $(B)/libgort.a $(B)/gocc

# ---------------------------------------------------------------------
# Debian packages: installed when missing (as root), otherwise explained.
deps:
	@tools/deps.sh

# ---------------------------------------------------------------------
# The runtime library.
$(B)/rt/%.o: runtime/%.c $(RT_HDR) | $(B)/rt
	$(CC) $(RT_CFLAGS) -c $< -o $@
$(B)/rt/switch_x86_64.o: $(RT_S) | $(B)/rt
	$(CC) -c $< -o $@
$(B)/libgort.a: $(RT_OBJ)
	rm -f $@ && ar rcs $@ $^

$(B)/rt $(B)/rt-test $(B)/tsan $(B)/asan $(B)/bench:
	mkdir -p $@

# ---------------------------------------------------------------------
# The compiler.  re2c and lemon write into $(B)/gen; nothing generated is
# committed.  Lemon's parser template comes from Debian's lemon package.
GEN      = $(B)/gen
CC_CFLAGS = $(CFLAGS) -std=gnu11 -Wall -Wextra -Werror -D_GNU_SOURCE -Icompiler -I$(GEN)
GOCC_C   = $(wildcard compiler/*.c)
GOCC_OBJ = $(patsubst compiler/%.c,$(B)/cc/%.o,$(GOCC_C)) $(B)/cc/lex.o $(B)/cc/gocc_parse.o \
           $(B)/cc/prelude.o $(B)/cc/timeline_html.o
# The library packages' preludes (compiler/lib/*.g), embedded as C arrays.
PRELUDES = $(sort $(wildcard compiler/lib/*.g))
$(GEN) $(B)/cc:
	mkdir -p $@
$(GEN)/gocc_parse.c $(GEN)/gocc_parse.h: grammar/gocc.y | $(GEN)
	cp grammar/gocc.y $(GEN)/gocc_parse.y
	cd $(GEN) && lemon -q -T/usr/share/lemon/lempar.c gocc_parse.y
$(GEN)/lex.c: grammar/lex.re $(GEN)/gocc_parse.h | $(GEN)
	re2c -W --no-generation-date -o $@ $<
$(B)/cc/%.o: compiler/%.c compiler/gocc.h $(GEN)/gocc_parse.h | $(B)/cc
	$(CC) $(CC_CFLAGS) -c $< -o $@
$(B)/cc/check.o $(B)/cc/check_expr.o $(B)/cc/check_stmt.o: compiler/check.h
$(B)/cc/lex.o: $(GEN)/lex.c compiler/gocc.h | $(B)/cc
	$(CC) $(CC_CFLAGS) -Wno-unused-const-variable -c $< -o $@
$(B)/cc/gocc_parse.o: $(GEN)/gocc_parse.c compiler/gocc.h | $(B)/cc
	$(CC) $(CC_CFLAGS) -Wno-unused-parameter -Wno-unused-variable -Wno-unused-but-set-variable -c $< -o $@
$(GEN)/prelude.c: tools/embed.sh $(PRELUDES) | $(GEN)
	tools/embed.sh $@ $(PRELUDES)
$(B)/cc/prelude.o: $(GEN)/prelude.c compiler/gocc.h | $(B)/cc
	$(CC) $(CC_CFLAGS) -c $< -o $@
# The goroutine timeline's page (`gocc trace`), embedded the same way.
$(GEN)/timeline_html.c: tools/embedfile.sh compiler/timeline.html | $(GEN)
	tools/embedfile.sh $@ timeline_html compiler/timeline.html
$(B)/cc/timeline_html.o: $(GEN)/timeline_html.c | $(B)/cc
	$(CC) $(CC_CFLAGS) -c $< -o $@
# gocc carries the whole runtime, exported (-rdynamic): `gocc run` loads
# the program's JIT-compiled code into gocc itself, and that code calls
# gort_* and reads the initial-exec thread-local gort_tls, which must be
# in the executable's static TLS block (a dlopen'ed libgort.so could not
# promise that).  -z now, as for every program: see LIBS.
$(B)/gocc: $(GOCC_OBJ) $(B)/libgort.a
	$(CC) $(CFLAGS) -rdynamic $(GOCC_OBJ) -Wl,--whole-archive $(B)/libgort.a -Wl,--no-whole-archive \
	  -lgccjit $(LIBS) -o $@

# Runtime tests: each runtime/test/NAME.c is a program written the way the
# compiler will write code (same macros, same entry points).
TEST_CFLAGS = $(CFLAGS) -std=gnu11 -Wall -Wextra -Werror -Iruntime -D_GNU_SOURCE
RT_TEST_HDR = $(wildcard runtime/test/*.h)
$(B)/rt-test/%: runtime/test/%.c $(RT_TEST_HDR) $(B)/libgort.a | $(B)/rt-test
	$(CC) $(TEST_CFLAGS) $< -o $@ $(B)/libgort.a $(LIBS)

# Everything: the runtime's C tests, the lexer's and the parser's golden
# tests; testdata/run twice, through the C back end (run/NAME) and through
# `gocc run`, the JIT back end (jit/NAME); the goroutine timeline (traces
# of real runs, and the page in headless Chromium); the deadlock
# explainer; the last line is the total.
test: deps all $(RT_TEST_BINS)
	@tools/testall.sh "tools/runtests.sh $(B)/rt-test runtime/test $(RT_TESTS)" \
	  "tools/lextests.sh $(B)/gocc testdata/lex" "tools/parsetests.sh $(B)/gocc" \
	  "tools/consttests.sh $(B)/gocc" "tools/libsyms.sh $(B)/libgort.a $(PRELUDES)" \
	  "tools/gotests.sh $(B)/gocc testdata/run" "tools/gotests.sh --jit $(B)/gocc testdata/run" \
	  "tools/errtests.sh $(B)/gocc testdata/errors" \
	  "tools/checktests.sh $(B)/gocc" "tools/drivertests.sh $(B)/gocc" \
	  "tools/emittests.sh $(B)/gocc testdata/emit" \
	  "tools/tracetests.sh $(B)/gocc" "tools/explaintests.sh $(B)/gocc testdata/explain"
check: test

# The goldens of testdata/run (NAME.out, .code, .err) from real Go: needs
# `go` (Go 1.19); `make test` itself never runs Go.  `make goldens-check`
# checks testdata/errors' ERROR annotations against Go.
goldens:
	tools/goldens.sh testdata/run
goldens-check:
	tools/errtests.sh --go $(B)/gocc testdata/errors

# ---------------------------------------------------------------------
# Sanitizer builds: the whole runtime and the stress tests, instrumented.
# ASan: every runtime test but the ones whose depth or volume the
# sanitizer's bigger frames and slower allocator turn into minutes.
# TSan: the concurrency tests (the collector is off under TSan, see gc.c).
# panic_nil dereferences NULL on purpose, which UBSan stops first.
# Tests whose output depends on sleeps stay out of TSan (its start-up
# alone takes about a second).
ASAN_TESTS = $(filter-out stack_deeprec stack_overflow gc_rss panic_nil,$(RT_TESTS))
TSAN_TESTS = $(filter stress_% sync_% chan_closewake pingpong select_% sched_api \
                      sched_syscall lecture_waitgroup lecture_done map_iter iface_itab,$(RT_TESTS))
define sanbuild
$(B)/$(1)/libgort.a: $(RT_C) $(RT_S) $(RT_HDR) | $(B)/$(1)
	rm -rf $(B)/$(1)/obj && mkdir -p $(B)/$(1)/obj
	for f in $(RT_C); do $(CC) $(RT_CFLAGS) $(2) -c $$$$f -o $(B)/$(1)/obj/$$$$(basename $$$$f .c).o || exit 1; done
	$(CC) $(2) -c $(RT_S) -o $(B)/$(1)/obj/switch_x86_64.o
	rm -f $$@ && ar rcs $$@ $(B)/$(1)/obj/*.o
$(B)/$(1)/%: runtime/test/%.c $(RT_TEST_HDR) $(B)/$(1)/libgort.a
	$(CC) $(TEST_CFLAGS) $(2) $$< -o $$@ $(B)/$(1)/libgort.a $(LIBS)
endef
SAN_STACK = -DGORT_STACK_RESERVE=16384 -DGORT_STACK_MIN=65536
TSAN_FLAGS = -O1 -fsanitize=thread -DGORT_TSAN $(SAN_STACK)
ASAN_FLAGS = -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined -DGORT_ASAN $(SAN_STACK)
$(eval $(call sanbuild,tsan,$(TSAN_FLAGS)))
$(eval $(call sanbuild,asan,$(ASAN_FLAGS)))

test-tsan: deps $(addprefix $(B)/tsan/,$(TSAN_TESTS))
	@TSAN_OPTIONS="halt_on_error=1 exitcode=66 suppressions=$(CURDIR)/runtime/test/tsan.supp" \
	  tools/runtests.sh $(B)/tsan runtime/test $(TSAN_TESTS)
test-asan: deps $(addprefix $(B)/asan/,$(ASAN_TESTS))
	@ASAN_OPTIONS="detect_leaks=0" tools/runtests.sh $(B)/asan runtime/test $(ASAN_TESTS)

# ---------------------------------------------------------------------
# Micro-benchmarks of the runtime in C.
$(B)/bench/micro: runtime/bench/micro.c $(B)/libgort.a | $(B)/bench
	$(CC) $(TEST_CFLAGS) $< -o $@ $(B)/libgort.a $(LIBS)
bench-runtime: deps $(B)/bench/micro
	$(B)/bench/micro

# gocc against Go and gccgo on ../shared/bench's workloads, in one run;
# the table goes to docs/perf.md (tools/bench.sh says how it measures).
BENCH_DIR ?= ../shared/bench
bench: deps all $(B)/bench/micro
	@tools/deps.sh golang-go gccgo-12
	MICRO=$(B)/bench/micro PERF_MD=docs/perf.md tools/bench.sh $(B)/gocc $(BENCH_DIR)

# ---------------------------------------------------------------------
# The demo: the lecture's first example (go say("world"); say("hello")),
# compiled from G with the gocc just built, then run.  deps comes first,
# alone: it may install the C compiler the build needs.
demo: deps
	@$(MAKE) --no-print-directory all
	@mkdir -p $(B)/demo
	@echo '--- lecture 1: go say("world"); say("hello")  (testdata/run/lecture_say.g)'
	$(B)/gocc testdata/run/lecture_say.g -o $(B)/demo/lecture_say
	$(B)/demo/lecture_say

# ---------------------------------------------------------------------
# Installation.  gocc finds its runtime relative to its own executable
# (compiler/main.c): PREFIX/bin/gocc uses PREFIX/lib/gocc/libgort.a and
# PREFIX/lib/gocc/include/gort.h.  DESTDIR is prepended to every path (for
# packaging); the layout under it is what gocc expects at run time.
PREFIX  ?= /usr/local
INSTDIR  = $(DESTDIR)$(PREFIX)
install: all
	install -d "$(INSTDIR)/bin" "$(INSTDIR)/lib/gocc/include" "$(INSTDIR)/share/man/man1"
	install -m 755 $(B)/gocc "$(INSTDIR)/bin/gocc"
	install -m 644 $(B)/libgort.a "$(INSTDIR)/lib/gocc/libgort.a"
	install -m 644 runtime/gort.h "$(INSTDIR)/lib/gocc/include/gort.h"
	install -m 644 docs/gocc.1 "$(INSTDIR)/share/man/man1/gocc.1"
uninstall:
	rm -f "$(INSTDIR)/bin/gocc" "$(INSTDIR)/lib/gocc/libgort.a" \
	  "$(INSTDIR)/lib/gocc/include/gort.h" "$(INSTDIR)/share/man/man1/gocc.1"
	-rmdir "$(INSTDIR)/lib/gocc/include" "$(INSTDIR)/lib/gocc"

clean:
	rm -rf $(B)
