# passes layer: the IR, its analyses, lowering and the passes.
PASSES_SRCS := passes/ir.c passes/dump.c passes/verify.c passes/liveness.c \
               passes/summaries.c passes/gcbarrier.c passes/pipeline.c \
               $(wildcard passes/lower*.c) $(wildcard passes/stm_*.c)

$(B)/obj/libpasses.a: $(call objs,obj,$(PASSES_SRCS))
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^
