/* pipeline.c - the passes after lowering, in the order they run. */
#include "passes/passes.h"

const PassDef pass_pipeline[] = {
    { "summaries", pass_summaries, 0 },
    { "gcbarrier", pass_gc_barriers, -1 },
    { "stm_inevitable", pass_stm_inevitable, 1 },
    { "stm_write", pass_stm_write, 1 },
    { "stm_read", pass_stm_read, 1 },
    { NULL, NULL, 0 },
};
