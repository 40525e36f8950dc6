# gocc — top-level Makefile.
#
#   make demo         install missing Debian packages, build, run a lecture example
#   make test         build and run every test; ends with "N passed, M failed"
#   make test-tsan    runtime stress tests under ThreadSanitizer
#   make test-asan    runtime stress tests under AddressSanitizer
#   make bench-runtime  C micro-benchmarks of the runtime (never part of `test`)
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

.PHONY: all deps demo test check test-tsan test-asan bench-runtime clean

all: $(B)/libgort.a

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

# Runtime tests: each runtime/test/NAME.c is a program written the way the
# compiler will write code (same macros, same entry points).
TEST_CFLAGS = $(CFLAGS) -std=gnu11 -Wall -Wextra -Werror -Iruntime -D_GNU_SOURCE
RT_TEST_HDR = $(wildcard runtime/test/*.h)
$(B)/rt-test/%: runtime/test/%.c $(RT_TEST_HDR) $(B)/libgort.a | $(B)/rt-test
	$(CC) $(TEST_CFLAGS) $< -o $@ $(B)/libgort.a $(LIBS)

test: deps all $(RT_TEST_BINS)
	@tools/runtests.sh $(B)/rt-test runtime/test $(RT_TESTS)
check: test

# ---------------------------------------------------------------------
# Sanitizer builds: the whole runtime and the stress tests, instrumented.
# ASan: every runtime test but the ones whose depth or volume the
# sanitizer's bigger frames and slower allocator turn into minutes.
# TSan: the concurrency tests (the collector is off under TSan, see gc.c).
ASAN_TESTS = $(filter-out stack_deeprec stack_overflow gc_rss,$(RT_TESTS))
TSAN_TESTS = $(filter stress_% sync_% chan_closewake pingpong select_% sched_api \
                      sched_syscall lecture_%,$(RT_TESTS))
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

# ---------------------------------------------------------------------
# The demo: the lecture's first example (say "hello"/"world"), written in C
# against the runtime until the compiler lands.
demo: deps all $(B)/rt-test/lecture_say
	@echo '--- lecture 1: go say("world"); say("hello")  (runtime/test/lecture_say.c)'
	@$(B)/rt-test/lecture_say

clean:
	rm -rf $(B)
