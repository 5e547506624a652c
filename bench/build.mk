# bench layer: sources and targets (see the top Makefile)
#
# Nothing is built ahead of time: bench/*/run.sh translate the benchmark
# programs with $(B)/bin/rtrans and compile their C twins themselves, so
# that translation time is measured in the same run.  `./build.sh bench`
# (or bench/run-all.sh) runs them.
