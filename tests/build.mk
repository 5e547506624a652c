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
