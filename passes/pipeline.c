/* pipeline.c - the passes after lowering, in the order they run, each
 * with the check of its guarantees that runs after it. */
#include "passes/passes.h"
#include "passes/stm_flow.h"

const PassDef pass_pipeline[] = {
    { "ranges", pass_ranges, 0, NULL },
    { "initflags", pass_init_flags, 0, NULL },
    { "summaries", pass_summaries, 0, NULL },
    { "quiet_loops", pass_quiet_loops, 0, NULL },
    { "gcbarrier", pass_gc_barriers, -1, NULL },
    { "frozen", pass_frozen, 1, NULL },
    { "stm_inevitable", pass_stm_inevitable, 1, stm_check_module },
    { "stm_write", pass_stm_write, 1, stm_check_module },
    { "stm_read", pass_stm_read, 1, stm_check_module },
    { NULL, NULL, 0, NULL },
};

int pass_verify(const PassDef *p, const IrModule *m, FILE *err)
{
    int errors = ir_verify(m, p->name, err);
    if (errors == 0 && p->check)
        errors = p->check(m, p->name, err);
    return errors;
}
