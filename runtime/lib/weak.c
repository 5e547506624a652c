/* weak.c - weakref.ref and gc.collect: the prelude's access to the
 * runtime's weak references (stm.h, runtime/weakref.c).
 *
 * The language's weak reference carries no callback (a callable cannot be
 * optional, and CPython's callback takes the reference itself), so `data`
 * stays 0 and nothing is queued; interpreters built on the runtime use the
 * queue through stm.h directly. */
#include "runtime/lib/rtlib-int.h"

stm_ref rt_weakref_new(stm_ref target)
{
    return stm_weakref_new(target, 0);
}

stm_ref rt_weakref_get(stm_ref w)
{
    return stm_weakref_get(w);
}

/* gc.collect()'s first half: the transaction's new objects (its weak
 * references among them) become committed ones, which the collection
 * clears (a blocking call: the caller starts the next transaction).
 * Inside an atomic section the commit would not end it: nothing to do. */
void rt_gc_commit(void)
{
    if (!stm_is_atomic())
        stm_commit_transaction();
}

/* gc.collect(): a full collection; CPython returns how many unreachable
 * objects it found, this how many weak references it cleared. */
int64_t rt_gc_collect(void)
{
    size_t before = stm_weakrefs_cleared();
    stm_collect(1);
    return (int64_t)(stm_weakrefs_cleared() - before);
}
