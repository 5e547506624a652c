/* tcontainers.c - rtrans.TDict and rtrans.TQueue: the prelude's access to
 * the runtime's transactional hash table and queue (stm.h).
 *
 * The prelude's TDict keeps, under each key's 64-bit hash, a chain of
 * entries (a prelude object) in one hash-table entry, so transactions on
 * keys of different hashes touch different objects.  TQueue puts boxes
 * (prelude objects) so that any item type travels as a reference.  These
 * wrappers only convert: hashes are int64 in the language, uint64 here. */
#include "runtime/lib/rtlib-int.h"
#include <stdlib.h>

/* the layout of the prelude's Array[int] (backend/emit_types.c) */
typedef struct rt_int_array {
    stm_hdr hdr;
    int64_t length;
    int64_t items[];
} rt_int_array;

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

void rt_tqueue_put(stm_ref queue, stm_ref box)
{
    stm_queue_put(queue, box);
}

stm_ref rt_tqueue_get(stm_ref queue)
{
    return stm_queue_get(queue);
}

int64_t rt_tqueue_len(stm_ref queue)
{
    return stm_queue_len(queue);
}
