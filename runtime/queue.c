/* queue.c - the unordered transactional queue (both builds).
 *
 * The committed items live outside the GC heap, in a mutex-protected
 * array owned by the queue object.  put() only records the item in the
 * running transaction's pending list; the commit moves the items into
 * their queues, tagged with the commit's log sequence number, just before
 * its log entry is appended (so a thread that sees the transaction's
 * writes sees its puts too), and puts never conflict.  get() takes an item the transaction put itself, or
 * removes a committed one from the array (outside transactional control)
 * and remembers it: an abort puts it back.  A transaction that takes an
 * item committed after its snapshot first catches up with the log (it may
 * abort doing so), so it never sees the item's contents half-published.
 *
 * The array's references are roots through the queue object; pending
 * puts and taken items are roots of their thread.  In the GIL build a
 * commit can leave young items in the array: such queues are listed and
 * their items visited by the next minor collection. */
#include "runtime/stm_internal.h"

#include <stdlib.h>

typedef struct q_item {
    uintptr_t ref;
    uint64_t seq;                /* commit that published it */
} q_item;

typedef struct q_state {
    pthread_mutex_t lock;
    q_item *items;
    size_t len, cap;
    bool dirty;                  /* GIL: holds young items */
} q_state;

typedef struct q_object {
    stm_hdr hdr;
    uint64_t state;              /* q_state *, immutable */
} q_object;

#define QOBJ(o) ((q_object RT_GC *)(o))

static stmi_vec dirty_queues;    /* GIL: q_state * with young items */

static void q_trace(stm_hdr *img, stmi_visit_fn visit, void *ctx)
{
    q_state *q = (q_state *)(uintptr_t)((q_object *)img)->state;
    if (!q)
        return;
    pthread_mutex_lock(&q->lock);
    for (size_t i = 0; i < q->len; i++)
        visit(&q->items[i].ref, ctx);
    pthread_mutex_unlock(&q->lock);
}

static void q_finalize(stm_ref o)
{
    q_state *q = (q_state *)(uintptr_t)QOBJ(o)->state;
    if (!q)
        return;
    for (size_t i = 0; i < dirty_queues.len; i++)
        if (dirty_queues.items[i] == (uintptr_t)q)
            dirty_queues.items[i] = dirty_queues.items[--dirty_queues.len];
    pthread_mutex_destroy(&q->lock);
    free(q->items);
    free(q);
}

void stmi_queue_init(void)
{
    static const stm_type queue = {
        .name = "queue", .fixed_size = sizeof(q_object),
        .flags = STM_TYPE_FINALIZER, .finalizer = q_finalize};
    stmi_register_runtime_type(STMI_TID_QUEUE, &queue, q_trace);
    dirty_queues.len = 0;
}

static q_state *state_of(stm_ref queue)
{
    if (!queue || QOBJ(queue)->hdr.tid != STMI_TID(STMI_TID_QUEUE))
        stm_fatal(70, "stm_queue_*: not a queue");
    return (q_state *)(uintptr_t)QOBJ(queue)->state;
}

static void q_push(q_state *q, uintptr_t ref, uint64_t seq)
{
    if (q->len == q->cap) {
        q->cap = q->cap ? q->cap * 2 : 16;
        q->items = stmi_xrealloc(q->items, q->cap * sizeof *q->items);
    }
    q->items[q->len++] = (q_item){ref, seq};
}

stm_ref stm_queue_create(void)
{
    stmi_require_tx("stm_queue_create");
    stm_ref o = stm_allocate_finalizer(sizeof(q_object), STMI_TID(STMI_TID_QUEUE));
    q_state *q = stmi_xcalloc(1, sizeof *q);
    pthread_mutex_init(&q->lock, NULL);
    QOBJ(o)->state = (uint64_t)(uintptr_t)q;
    return o;
}

void stm_queue_put(stm_ref queue, stm_ref item)
{
    stmi_thread *t = stm_tl.priv;
    stmi_require_tx("stm_queue_put");
    (void)state_of(queue);
    if (!item)
        stm_fatal(70, "stm_queue_put: the item is 0");
    stmi_vec_push(&t->q_pending, (uintptr_t)queue);
    stmi_vec_push(&t->q_pending, (uintptr_t)item);
}

/* The newest item this transaction put into queue, removed. */
static stm_ref take_own(stmi_thread *t, stm_ref queue)
{
    stmi_vec *p = &t->q_pending;
    for (size_t i = p->len; i >= 2; i -= 2) {
        if (p->items[i - 2] != (uintptr_t)queue)
            continue;
        stm_ref item = (stm_ref)p->items[i - 1];
        memmove(&p->items[i - 2], &p->items[i], (p->len - i) * sizeof *p->items);
        p->len -= 2;
        return item;
    }
    return 0;
}

stm_ref stm_queue_get(stm_ref queue)
{
    stmi_thread *t = stm_tl.priv;
    stmi_require_tx("stm_queue_get");
    q_state *q = state_of(queue);
    stm_ref own = take_own(t, queue);
    if (own)
        return own;
    pthread_mutex_lock(&q->lock);
    if (!q->len) {
        pthread_mutex_unlock(&q->lock);
        return 0;
    }
    q_item it = q->items[--q->len];
    pthread_mutex_unlock(&q->lock);
    stmi_vec_push(&t->q_taken, (uintptr_t)q);
    stmi_vec_push(&t->q_taken, it.ref);
    stmi_vec_push(&t->q_taken, it.seq);
    stmi_queue_see(t, it.seq);
    return (stm_ref)it.ref;
}

int64_t stm_queue_len(stm_ref queue)
{
    stmi_thread *t = stm_tl.priv;
    stmi_require_tx("stm_queue_len");
    q_state *q = state_of(queue);
    pthread_mutex_lock(&q->lock);
    int64_t n = (int64_t)q->len;
    pthread_mutex_unlock(&q->lock);
    for (size_t i = 0; i < t->q_pending.len; i += 2)
        n += t->q_pending.items[i] == (uintptr_t)queue;
    return n;
}

/* ------------------------------------------------- transaction outcome */

/* The transaction committed as log entry seq: its puts become items. */
void stmi_queue_commit(stmi_thread *t, uint64_t seq)
{
    stmi_vec *p = &t->q_pending;
    for (size_t i = 0; i + 1 < p->len; i += 2) {
        q_state *q = (q_state *)(uintptr_t)QOBJ(p->items[i])->state;
        uintptr_t item = p->items[i + 1];
        pthread_mutex_lock(&q->lock);
        q_push(q, item, seq);
        if (stmi_ref_is_young(t, item) && !q->dirty) {
            q->dirty = true;
            stmi_vec_push(&dirty_queues, (uintptr_t)q);
        }
        pthread_mutex_unlock(&q->lock);
    }
    p->len = 0;
    t->q_taken.len = 0;
}

void stmi_queue_abort(stmi_thread *t)
{
    t->q_pending.len = 0;
    stmi_vec *k = &t->q_taken;
    for (size_t i = 0; i + 2 < k->len; i += 3) {
        q_state *q = (q_state *)k->items[i];
        pthread_mutex_lock(&q->lock);
        q_push(q, k->items[i + 1], k->items[i + 2]);
        pthread_mutex_unlock(&q->lock);
    }
    k->len = 0;
}

/* ---------------------------------------------------------------- roots */

void stmi_queue_thread_roots(stmi_thread *t, stmi_visit_fn visit, void *ctx)
{
    for (size_t i = 0; i < t->q_pending.len; i++)
        visit(&t->q_pending.items[i], ctx);
    for (size_t i = 1; i < t->q_taken.len; i += 3)
        visit(&t->q_taken.items[i], ctx);
}

/* GIL: young items committed into queues since the last minor. */
void stmi_queue_minor_roots(stmi_visit_fn visit, void *ctx)
{
    for (size_t i = 0; i < dirty_queues.len; i++) {
        q_state *q = (q_state *)dirty_queues.items[i];
        for (size_t k = 0; k < q->len; k++)
            visit(&q->items[k].ref, ctx);
        q->dirty = false;
    }
    dirty_queues.len = 0;
}

void stmi_queue_fini(void)
{
    stmi_vec_free(&dirty_queues);
}
