# bench layer: sources and targets (see the top Makefile)
#
# Nothing is built ahead of time: bench/*/run.sh translate the benchmark
# programs with $(B)/bin/rtrans and compile their C twins themselves, so
# that translation time is measured in the same run.  `./build.sh bench`
# (or bench/run-all.sh) runs them.

# The Python benchmarks' smoke test, a suite of `./build.sh test`: every
# program of bench/python at its quick size under CPython alone, checked
# against its `# expect-quick:` line (a few seconds of CPU).  A script, not
# a check binary: bench/python/run.sh is the thing tested.
$(B)/tests/bench-python: bench/build.mk
	@mkdir -p $(dir $@)
	printf '#!/bin/sh\n# Written by bench/build.mk.\nexec "%s/bench/python/run.sh" --cpython-only --quick "$$@"\n' \
	    "$(CURDIR)" > $@
	chmod +x $@

tests: $(B)/tests/bench-python
