# examples layer: the interpreters written in the rtrans language,
# translated by the rtrans built here.
#
# examples/duhton: $(B)/bin/duhton-gil (plain build) and $(B)/bin/duhton-stm
# (--stm: transactions run in parallel).

DUHTON_SRCS := $(wildcard examples/duhton/*.py)
DUHTON_DEPS := $(DUHTON_SRCS) $(B)/bin/rtrans runtime/prelude/builtins.py $(GEN_HEADERS)

$(B)/bin/duhton-gil: $(DUHTON_DEPS) $(LIBDIR)/librtgil.a $(LIBDIR)/librtlib-gil.a $(LIBDIR)/cc-flags
	@mkdir -p $(dir $@)
	$(B)/bin/rtrans -O2 examples/duhton/duhton.py -o $@

$(B)/bin/duhton-stm: $(DUHTON_DEPS) $(LIBDIR)/librtstm.a $(LIBDIR)/librtlib-stm.a $(LIBDIR)/cc-flags
	@mkdir -p $(dir $@)
	$(B)/bin/rtrans --stm -O2 examples/duhton/duhton.py -o $@

all: $(B)/bin/duhton-gil $(B)/bin/duhton-stm

# The Duhton check suites: the same conformance cases and programs against
# each translated interpreter (tests/duhton/test_duhton.c reads DUHTON).
DUHTON_TEST_OBJ = $(call objs,obj,tests/duhton/test_duhton.c)

$(B)/tests/duhton-gil: tests/duhton/test_duhton.c $(B)/bin/duhton-gil
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -DDUHTON_DEFAULT='"$(abspath $(B))/bin/duhton-gil"' $< -o $@ \
	    $(CHECK_LIBS) $(LDLIBS_BASE)

$(B)/tests/duhton-stm: tests/duhton/test_duhton.c $(B)/bin/duhton-stm
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -DDUHTON_DEFAULT='"$(abspath $(B))/bin/duhton-stm"' $< -o $@ \
	    $(CHECK_LIBS) $(LDLIBS_BASE)

# rtrans-stmlog on a Duhton program's conflicts (tests/duhton/test_stmlog.c).
$(B)/tests/duhton-stmlog: tests/duhton/test_stmlog.c $(B)/bin/duhton-stm $(B)/bin/rtrans-stmlog
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -DSTMLOG_BIN='"$(abspath $(B))/bin"' $< -o $@ \
	    $(CHECK_LIBS) $(LDLIBS_BASE)

tests: $(B)/tests/duhton-gil $(B)/tests/duhton-stm $(B)/tests/duhton-stmlog

# Against CPython (slow; for working on the interpreter).
DUHTON_TEST_BIN = $(B)/duhton-tests/test_duhton
RTRANS_PRELUDE ?= runtime/prelude

$(DUHTON_TEST_BIN): $(DUHTON_TEST_OBJ)
	@mkdir -p $(dir $@)
	$(CC) -o $@ $^ $(CHECK_LIBS) $(LDLIBS_BASE)

duhton-test-cpython: $(DUHTON_TEST_BIN)
	DUHTON="python3 examples/duhton/duhton.py" \
	  PYTHONPATH=$(RTRANS_PRELUDE) $(DUHTON_TEST_BIN)

.PHONY: duhton-test-cpython

# examples/python: the Python 3 interpreter, $(B)/bin/rtpython-gil and
# $(B)/bin/rtpython-stm (--stm), and its conformance suite (tests/python:
# every program against CPython, see tests/python/test_python.c).
PYTHON_SRCS := $(wildcard examples/python/*.py)
PYTHON_DEPS := $(PYTHON_SRCS) $(B)/bin/rtrans runtime/prelude/builtins.py $(GEN_HEADERS)

$(B)/bin/rtpython-gil: $(PYTHON_DEPS) $(LIBDIR)/librtgil.a $(LIBDIR)/librtlib-gil.a $(LIBDIR)/cc-flags
	@mkdir -p $(dir $@)
	$(B)/bin/rtrans -O2 examples/python/main.py -o $@

$(B)/bin/rtpython-stm: $(PYTHON_DEPS) $(LIBDIR)/librtstm.a $(LIBDIR)/librtlib-stm.a $(LIBDIR)/cc-flags
	@mkdir -p $(dir $@)
	$(B)/bin/rtrans --stm -O2 examples/python/main.py -o $@

all: $(B)/bin/rtpython-gil $(B)/bin/rtpython-stm

$(B)/tests/python: tests/python/test_python.c $(B)/bin/rtpython-gil $(B)/bin/rtpython-stm $(B)/bin/rtrans-stmlog
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -DRTPY_SRCDIR='"$(CURDIR)"' \
	    -DRTPY_STMLOG='"$(abspath $(B))/bin/rtrans-stmlog"' \
	    -DRTPY_BINS_DEFAULT='"$(abspath $(B))/bin/rtpython-gil;$(abspath $(B))/bin/rtpython-stm"' \
	    $< -o $@ $(CHECK_LIBS) $(LDLIBS_BASE)

tests: $(B)/tests/python
