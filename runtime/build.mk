# runtime layer: sources and targets (see the top Makefile)
#
# One set of sources, compiled twice: $(B)/obj/ for the GIL twin
# (librtgil.a) and $(B)/obj-stm/ with -DRTRANS_STM (librtstm.a).

RT_COMMON_SRCS = runtime/base.c runtime/roots.c runtime/core.c runtime/heap.c runtime/nursery.c \
                 runtime/hashtable.c runtime/queue.c runtime/weakref.c \
                 runtime/major.c runtime/check.c runtime/limits.c \
                 runtime/events.c
RT_GIL_SRCS = $(RT_COMMON_SRCS) runtime/gil.c
RT_STM_SRCS = $(RT_COMMON_SRCS) runtime/stm_segment.c runtime/stm_log.c \
              runtime/stm_barrier.c runtime/stm_tx.c runtime/stm_gc.c \
              runtime/stm_trace.c runtime/stm_pace.c

RT_GIL_OBJS = $(call objs,obj,$(RT_GIL_SRCS))
RT_STM_OBJS = $(call objs,obj-stm,$(RT_STM_SRCS))

$(LIBDIR)/librtgil.a: $(RT_GIL_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(LIBDIR)/librtstm.a: $(RT_STM_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(LIBDIR)/include/stm.h: runtime/stm.h
	@mkdir -p $(dir $@)
	cp $< $@

STMLOG_SRCS = runtime/tools/stmlog.c runtime/tools/stmlog_where.c runtime/tools/stmlog_html.c \
              runtime/tools/stmlog_read.c

$(B)/bin/rtrans-stmlog: $(call objs,obj,$(STMLOG_SRCS))
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) $^ -o $@ $(LDSAN)

all: $(LIBDIR)/librtgil.a $(LIBDIR)/librtstm.a $(LIBDIR)/include/stm.h \
     $(B)/bin/rtrans-stmlog

# ------------------------------------------------------------------ tests

RT_TEST_COMMON = tests/runtime/rtt_util.c tests/runtime/test_gc.c \
                 tests/runtime/test_containers.c tests/runtime/test_liveness.c \
                 tests/runtime/test_weakref.c
RT_TEST_GIL_SRCS = $(RT_TEST_COMMON) tests/runtime/test_gil.c \
                   tests/runtime/main_gil.c

$(B)/tests/runtime-gil: $(call objs,obj,$(RT_TEST_GIL_SRCS)) $(LIBDIR)/librtgil.a
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) $^ -o $@ $(CHECK_LIBS) $(LDLIBS_BASE)

RT_TEST_STM_SRCS = $(RT_TEST_COMMON) tests/runtime/test_stm.c tests/runtime/test_stress.c \
                   tests/runtime/main_stm.c runtime/tools/stmlog_read.c

$(B)/tests/runtime-stm: $(call objs,obj-stm,$(RT_TEST_STM_SRCS)) $(LIBDIR)/librtstm.a
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) $^ -o $@ $(CHECK_LIBS) $(LDLIBS_BASE)

# The layering of runtime/ (docs/runtime.md): a script reading the objects.
$(B)/tests/runtime-layers: runtime/tools/layers.sh $(LIBDIR)/librtgil.a $(LIBDIR)/librtstm.a
	@mkdir -p $(dir $@)
	printf '#!/bin/sh\nexec runtime/tools/layers.sh $(B)/obj/runtime $(B)/obj-stm/runtime\n' > $@
	chmod +x $@

tests: $(B)/tests/runtime-gil $(B)/tests/runtime-stm $(B)/tests/runtime-layers

# ------------------------------------------------------------- benchmarks
# Not part of `all`: bench/runtime/run.sh builds and runs them.

$(B)/bench/runtime-bench-gil: $(call objs,obj,bench/runtime/bench.c) $(LIBDIR)/librtgil.a
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) $^ -o $@ $(LDLIBS_BASE)

$(B)/bench/runtime-bench-stm: $(call objs,obj-stm,bench/runtime/bench.c) $(LIBDIR)/librtstm.a
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) $^ -o $@ $(LDLIBS_BASE)

bench-runtime: $(B)/bench/runtime-bench-gil $(B)/bench/runtime-bench-stm
.PHONY: bench-runtime
