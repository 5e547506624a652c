/* stm_trace.c - locating the reader of a conflict (STM build, logging on).
 * See docs/runtime.md, "Conflict reports". */
#include "runtime/stmseg_internal.h"

bool stmi_reader_trace_fault(stmi_thread *t, char *addr, void *uctx)
{
    (void)t;
    (void)addr;
    (void)uctx;
    return false;
}
