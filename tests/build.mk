# tests layer: sources and targets (see the top Makefile)

# The corpus suite ($(B)/tests/programs): translates and runs every
# tests/programs/*.py and tests/programs/*/main.py, under CPython too, and
# translates every tests/errors/*.py (see tests/README.md).  It finds the
# source tree and the translator through absolute paths fixed at build time.
HARNESS_SRCS = tests/harness/buf.c tests/harness/spec.c tests/harness/proc.c \
               tests/harness/check.c tests/harness/main.c
HARNESS_OBJS = $(call objs,obj,$(HARNESS_SRCS))

$(HARNESS_OBJS): CFLAGS_EXTRA = -DHS_SRCDIR='"$(CURDIR)"' -DHS_BUILDDIR='"$(abspath $(B))"'

$(B)/tests/programs: $(HARNESS_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) $^ -o $@ $(CHECK_LIBS) $(LDLIBS_BASE)

tests: $(B)/tests/programs

# The same corpus under the Python interpreter (rtpython-gil), against the
# `# expect:` lines: the typed Python of tests/programs must run as CPython
# runs it (programs importing rtrans, or marked `# rtpython: skip REASON`,
# are left out).  Only the GIL build: the corpus under both builds would
# double the suite's time for what tests/python already checks under both.
HARNESS_RTPY_MAIN = $(call objs,obj,tests/harness/main_rtpython.c)
$(HARNESS_RTPY_MAIN): tests/harness/main.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -DHS_SRCDIR='"$(CURDIR)"' -DHS_BUILDDIR='"$(abspath $(B))"' \
	    -DHS_CORPUS_INTERP='"$(abspath $(B))/bin/rtpython-gil"' -c $< -o $@

$(B)/tests/python-corpus: $(filter-out %/main.o,$(HARNESS_OBJS)) $(HARNESS_RTPY_MAIN) \
                          $(B)/bin/rtpython-gil
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) $(filter %.o,$^) -o $@ $(CHECK_LIBS) $(LDLIBS_BASE)

tests: $(B)/tests/python-corpus

# Seeded differential fuzzing of the support library (a translated program
# against CPython) and of the translated Duhton (mutants against duhton.py
# under CPython): tests/fuzz/test_seeded.c, FUZZ_SEED/FUZZ_LINES/FUZZ_MUTANTS.
$(B)/tests/fuzz-seeded: tests/fuzz/test_seeded.c $(B)/bin/duhton-gil
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -DFS_SRCDIR='"$(CURDIR)"' -DFS_BUILDDIR='"$(abspath $(B))"' $< -o $@ \
	    $(CHECK_LIBS) $(LDLIBS_BASE)

tests: $(B)/tests/fuzz-seeded

# The rtpython library in our own words (tests/lint/own_words.py): the
# modules written in Python for rtpython may not repeat CPython's library
# text beyond the budget of tests/lint/own_words.budget.  A script suite.
$(B)/tests/own-words: tests/lint/own_words.py tests/lint/own_words.budget
	@mkdir -p $(dir $@)
	printf '#!/bin/sh\nexec python3 "%s" "$$@"\n' "$(abspath tests/lint/own_words.py)" > $@
	chmod +x $@

tests: $(B)/tests/own-words
