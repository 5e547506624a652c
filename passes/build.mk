# passes layer: the IR, its analyses, lowering and the passes.
PASSES_SRCS := passes/ir.c passes/dump.c passes/verify.c passes/liveness.c \
               passes/loops.c passes/ranges.c passes/quiet_loops.c passes/initflags.c passes/summaries.c passes/callgraph.c passes/gcbarrier.c \
               passes/pipeline.c \
               passes/lower.c passes/lower_util.c passes/lower_expr.c passes/lower_call.c \
               passes/lower_iter.c passes/lower_stmt.c passes/lower_special.c \
               passes/lower_dunder.c passes/lower_gen.c passes/lower_union.c
# The STM passes (their owner lists them here).
PASSES_SRCS += passes/frozen.c passes/stm_flow.c passes/stm_check.c passes/stm_inevitable.c \
               passes/stm_write.c passes/stm_read.c passes/stm_hoist.c passes/stm_rejoin.c \
               passes/report.c passes/report_html.c

$(B)/obj/libpasses.a: $(call objs,obj,$(PASSES_SRCS))
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

# ---- the STM passes' check suite (tests/passes/tp.h) ----
STM_TEST_SRCS := tests/passes/tp_util.c tests/passes/test_stm.c tests/passes/test_report.c tests/passes/test_frozen.c \
                 tests/passes/main.c
STM_TEST_OBJS := $(call objs,obj,$(STM_TEST_SRCS))
$(STM_TEST_OBJS): CFLAGS_EXTRA = -DTP_SRCDIR='"$(CURDIR)"'

$(B)/tests/passes: $(STM_TEST_OBJS) $(B)/obj/libpasses.a $(B)/obj/libfrontend.a
	@mkdir -p $(dir $@)
	$(CC) $(OPTFLAGS) -o $@ $(STM_TEST_OBJS) $(B)/obj/libpasses.a $(B)/obj/libfrontend.a \
	    $(CLANG_LIB) $(CHECK_LIBS) $(LDLIBS_BASE)

tests: $(B)/tests/passes

# Golden IR dumps of the lowering and the passes (tests/ir/).
$(B)/tests/ir: tests/ir/test_ir.c $(B)/bin/rtrans
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) -DIR_SRCDIR='"$(CURDIR)"' -DIR_RTRANS='"$(abspath $(B))/bin/rtrans"' \
	    $< -o $@ $(CHECK_LIBS) $(LDLIBS_BASE)

tests: $(B)/tests/ir
