/* tcontainers.c - rtrans.TDict and rtrans.TQueue: the prelude's access to
 * the runtime's transactional hash table and queue (stm.h).
 *
 * The prelude's TDict keeps, under each key's 64-bit hash, a chain of
 * entries (a prelude object) in one hash-table entry, so transactions on
 * keys of different hashes touch different objects.  TQueue puts boxes
 * (prelude objects) so that any item type travels as a reference.  These
 * wrappers only convert: hashes are int64 in the language, uint64 here. */
#include "runtime/lib/rtlib-int.h"
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

stm_ref rt_thashtable_new(void)
{
    return stm_hashtable_create();
}

stm_ref rt_thashtable_get(stm_ref table, int64_t hash)
{
    return stm_hashtable_get(table, (uint64_t)hash);
}

void rt_thashtable_set(stm_ref table, int64_t hash, stm_ref chain)
{
    stm_hashtable_set(table, (uint64_t)hash, chain);
}

int64_t rt_thashtable_len(stm_ref table)
{
    return stm_hashtable_len(table);
}

/* Fills out (an Array[int]) with up to its length present hashes and
 * returns how many there are (the caller retries with a larger array). */
int64_t rt_thashtable_hashes(stm_ref table, stm_ref out)
{
    stm_read(out);
    int64_t cap = ((rt_int_array RT_GC *)out)->length;
    uint64_t *buf = rt_xmalloc((size_t)cap * sizeof *buf);
    int64_t n = stm_hashtable_keys(table, buf, cap);
    stm_write(out);
    for (int64_t i = 0; i < n && i < cap; i++)
        ((rt_int_array RT_GC *)out)->items[i] = (int64_t)buf[i];
    free(buf);
    return n;
}

stm_ref rt_tqueue_new(void)
{
    return stm_queue_create();
}

/* Blocking gets sleep until some put commits: every committed put fires
 * this signal (one for all queues: a wake-up for another queue only costs
 * the waiter a retry). */
static rt_commit_signal put_committed = RT_COMMIT_SIGNAL_INIT;

void rt_tqueue_put(stm_ref queue, stm_ref box)
{
    stm_queue_put(queue, box);
    stm_on_commit(rt_commit_signal_fire, &put_committed);
}

/* The wait of TQueue.get(True, timeout): returns once the queue has an
 * item for this transaction (len > 0) or timeout seconds (negative: no
 * limit) have passed; the result is the timeout left (-1.0: unlimited,
 * 0.0: it expired).  While the queue is empty the transaction ends and
 * the thread sleeps outside the transactional zone until a put commits,
 * then looks again in a new transaction, as Lock.acquire does.  The
 * caller then takes the item with a plain get(), and waits again if
 * another thread was faster. */
double rt_tqueue_wait(stm_ref queue, double timeout)
{
    /* volatile: read after a restart at RT_RESUME_TX's setjmp */
    volatile double deadline = timeout >= 0 ? rt_monotonic_now() + timeout : 0;
    volatile double left = timeout;
    RT_FRAME(fr, 1);
    fr[0] = queue;
    for (;;) {
        uint64_t seq = rt_commit_signal_seq(&put_committed);
        if (stm_queue_len(fr[0]) > 0)
            break;
        left = timeout >= 0 ? deadline - rt_monotonic_now() : -1.0;
        if (timeout >= 0 && left <= 0) {
            left = 0.0;                 /* timed out */
            break;
        }
        if (stm_is_atomic()) {
            rt_raise(RT_EXC_RUNTIME_ERROR,
                     "TQueue.get() would block inside rtrans.atomic");
            break;
        }
        stm_leave_transactional_zone();
        rt_commit_signal_wait(&put_committed, seq, timeout >= 0 ? left : 1.0);
        RT_RESUME_TX(fr);
        if (rt_async_pending && rt_async_raise())
            break;                      /* KeyboardInterrupt */
    }
    if (timeout >= 0 && left != 0.0) {
        left = deadline - rt_monotonic_now();
        if (left <= 0)
            left = 1e-9;                /* an item came: one more get */
    }
    RT_END_TX_IF_ROOT();
    RT_POP(fr);
    return left;
}

stm_ref rt_tqueue_get(stm_ref queue)
{
    return stm_queue_get(queue);
}

int64_t rt_tqueue_len(stm_ref queue)
{
    return stm_queue_len(queue);
}
