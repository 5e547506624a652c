/* major.c - mark-sweep of the old generation.
 *
 * Runs with the world stopped and every nursery empty (the caller did a
 * minor collection in every segment first), so only old objects exist.
 * Mark bits live in a side bitmap; how an object is traced (one view, or
 * the union of every view that may still read it in the STM build) is the
 * build's stmi_major_trace_object().  Objects never move, so nothing but the
 * allocator's tables changes. */
#include "runtime/stm_internal.h"

static size_t next_major_at;            /* bytes of old pages */
static stmi_vec old_finalizers;           /* old objects with a finalizer */
static pthread_mutex_t finalizers_lock = PTHREAD_MUTEX_INITIALIZER;

#define MAJOR_MIN_BYTES ((size_t)8 << 20)

bool stmi_major_wanted(void)
{
    if (!next_major_at)
        stmi_major_threshold_update();
    return stmi_heap_used() > next_major_at;
}

void stmi_major_threshold_update(void)
{
    size_t live = stmi_heap_used();
    size_t next = live + live / 2 + live / 4;
    if (next < MAJOR_MIN_BYTES)
        next = MAJOR_MIN_BYTES;
    /* near the limit, collect before failing */
    size_t limit = stmi_heap_limit();
    if (next > limit - limit / 16)
        next = limit - limit / 16;
    next_major_at = next;
}

void stmi_finalizer_register_old(uintptr_t ref)
{
    pthread_mutex_lock(&finalizers_lock);
    stmi_vec_push(&old_finalizers, ref);
    pthread_mutex_unlock(&finalizers_lock);
}

typedef struct mark_ctx {
    stmi_vec stack;
    size_t marked;
} mark_ctx;

static void mark_visit(uintptr_t *slot, void *vctx)
{
    mark_ctx *m = vctx;
    uintptr_t ref = *slot;
    if (!ref_is_old(ref)) {
        STMI_ASSERT(!ref_in_nurseries(ref));
        return;
    }
    if (mark_test(ref))
        return;
    mark_set(ref);
    m->marked++;
    stmi_vec_push(&m->stack, ref);
}

void stmi_mark_ref(uintptr_t ref, void *ctx)
{
    uintptr_t r = ref;
    if (r)
        mark_visit(&r, ctx);
}

/* Finalizers of dead objects run before the sweep, while their memory is
 * intact; stmi_finalize_dead (build) picks the view that holds the image. */
static void run_dead_finalizers(void)
{
    size_t keep = 0;
    for (size_t i = 0; i < old_finalizers.len; i++) {
        uintptr_t ref = old_finalizers.items[i];
        if (mark_test(ref))
            old_finalizers.items[keep++] = ref;
        else
            stmi_finalize_dead(ref);
    }
    old_finalizers.len = keep;
}

void stmi_major_collect(stmi_thread *t)
{
    uint64_t t0 = stmi_now_ns();
    stmi_event(t, STMLOG_MAJOR_START, stmi_heap_used(), 0, NULL);
    pthread_mutex_lock(&stmi_threads_lock);
    for (stmi_thread *u = stmi_threads; u; u = u->next)
        stmi_cache_release(&u->cache);
    pthread_mutex_unlock(&stmi_threads_lock);
    stmi_hashtable_before_mark();
    stmi_mark_clear_all();
    mark_ctx m = {0};
    stmi_major_roots(mark_visit, &m);
    while (m.stack.len)
        stmi_major_trace_object(stmi_vec_pop(&m.stack), mark_visit, &m);
    stmi_vec_free(&m.stack);
    run_dead_finalizers();
    stmi_major_before_sweep();
    size_t before = stmi_heap_used();
    stmi_heap_lock();
    stmi_heap_sweep();
    stmi_heap_unlock();
    stmi_heap_trim();
    stmi_major_after_sweep();
    stmi_major_threshold_update();
    if (t) {
        t->stats.major_collections++;
        t->gc_ns += stmi_now_ns() - t0;
    }
    stmi_event(t, STMLOG_MAJOR_END, before, stmi_heap_used(), NULL);
}

/* At teardown every object dies: finalizers still pending run now, so
 * that files are flushed and closed. */
void stmi_run_all_finalizers(void)
{
    for (size_t i = 0; i < old_finalizers.len; i++)
        stmi_finalize_dead(old_finalizers.items[i]);
    old_finalizers.len = 0;
}

size_t stmi_old_finalizer_count(void)
{
    return old_finalizers.len;
}

void stmi_major_fini(void)
{
    stmi_vec_free(&old_finalizers);
    next_major_at = 0;
}
