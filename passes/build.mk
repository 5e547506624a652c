# passes layer: the IR, its analyses, lowering and the passes.
PASSES_SRCS := passes/ir.c passes/dump.c passes/verify.c passes/liveness.c \
               passes/summaries.c passes/gcbarrier.c passes/pipeline.c \
               passes/lower.c passes/lower_util.c passes/lower_expr.c passes/lower_call.c \
               passes/lower_iter.c passes/lower_stmt.c
# The STM passes (their owner lists them here).
PASSES_SRCS += passes/stm_flow.c passes/stm_check.c passes/stm_inevitable.c \
               passes/stm_write.c passes/stm_read.c passes/stm_hoist.c

$(B)/obj/libpasses.a: $(call objs,obj,$(PASSES_SRCS))
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^
