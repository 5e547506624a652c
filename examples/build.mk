# examples layer: sources and targets (see the top Makefile)
#
# examples/duhton: the Duhton interpreter, written in the rtrans language.
# Placeholder: once the translator works, rules here translate
# examples/duhton/duhton.py (and the modules beside it) into
# $(B)/bin/duhton-gil and, with --stm, $(B)/bin/duhton-stm.

# The Duhton check suite.  It is built outside $(B)/tests until a
# translated interpreter exists (tests/run-all.sh runs everything there);
# `make duhton-test-cpython` runs it against CPython.
DUHTON_TEST_BIN = $(B)/duhton-tests/test_duhton
RTRANS_PRELUDE ?= runtime/prelude

$(DUHTON_TEST_BIN): $(call objs,obj,tests/duhton/test_duhton.c)
	@mkdir -p $(dir $@)
	$(CC) -o $@ $^ $(CHECK_LIBS) $(LDLIBS_BASE)

duhton-test-cpython: $(DUHTON_TEST_BIN)
	DUHTON="python3 examples/duhton/duhton.py" \
	  PYTHONPATH=$(RTRANS_PRELUDE) $(DUHTON_TEST_BIN)

.PHONY: duhton-test-cpython
