/* major.c - mark-sweep of the old generation.
 *
 * Runs with the world stopped and every nursery empty (the caller did a
 * minor collection in every segment first), so only old objects exist.
 * Mark bits live in a side bitmap; how an object is traced (one view, or
 * the union of every view that may still read it in the STM build) is the
 * build's stmi_major_trace_object().  Objects never move, so nothing but the
 * allocator's tables changes.  In the STM build the threads parked for the
 * collection mark with the collector and then share its later work
 * (stmi_major_parallel), so they are in the pool from the mark to the end. */
#include "runtime/stm_internal.h"

static size_t next_major_at;            /* bytes of old pages, one thread */
static size_t major_cap;                /* collect before the heap limit */
static stmi_vec old_finalizers;           /* old objects with a finalizer */
static pthread_mutex_t finalizers_lock = PTHREAD_MUTEX_INITIALIZER;

#define MAJOR_MIN_BYTES ((size_t)8 << 20)

static __attribute__((noinline)) bool past_headroom(size_t used)
{
    return used > major_cap || used - next_major_at > stmi_major_headroom(MAJOR_MIN_BYTES);
}

/* Every STM transaction start asks: the common answer (below the
 * one-thread threshold) is one compare, with no register to save. */
bool stmi_major_wanted(void)
{
    if (!next_major_at)
        stmi_major_threshold_update();
    size_t used = stmi_heap_used();
    return used > next_major_at && past_headroom(used);
}

/* The heap may grow by 75% of what survived, and to at least 8 MB, plus
 * the build's headroom for threads allocating side by side.  Not inlined
 * into stmi_major_wanted, whose fast path would save a register for it. */
__attribute__((noinline)) void stmi_major_threshold_update(void)
{
    size_t live = stmi_heap_used();
    size_t next = live + live / 2 + live / 4;
    if (next < MAJOR_MIN_BYTES)
        next = MAJOR_MIN_BYTES;
    /* near the limit, collect before failing */
    size_t limit = stmi_heap_limit();
    major_cap = limit - limit / 16;
    if (next > major_cap)
        next = major_cap;
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

/* Parallel marking (STM).  While the world is stopped the other threads
 * sit parked, and with one collector marking everything a second thread
 * added nothing to the collection but its wait (par_trees 2 17 6: the
 * major collections were 11% of the instructions, all on one thread).
 * So the parked threads help: the collector marks the roots, then every
 * marker traces from its own stack and, when another marker waits for
 * work, hands it the older half of its stack (nearest the roots: the
 * biggest subgraphs).  Marking is over when no marker holds work and the
 * pool is empty.  Mark bits are then set with an atomic OR (two markers
 * may reach one object, or neighbours in one bitmap word); tracing only
 * reads the views and the collector's tables, which stay fixed until the
 * sweep (stmi_major_roots prepares them). */
static struct {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    stmi_vec work;
    int busy;                    /* markers holding work */
    int joined;                  /* helpers that joined this marking */
    int left;                    /* ... and left the pool */
    bool released;               /* the collection is over: helpers leave */
    _Atomic int waiting;         /* markers waiting for work */
    _Atomic bool open;           /* helpers may join */
} pool = {.lock = PTHREAD_MUTEX_INITIALIZER, .cond = PTHREAD_COND_INITIALIZER};

/* Shared jobs after the mark (STM).  The helpers stay in the pool until
 * the collection is over, and the collector hands them the serial work
 * that used to follow the mark while they waited (par_trees 2 18 10: 44M
 * of the collector's 88M instructions, pruning each running transaction's
 * new objects and sweeping 16 MB of live trees): a job is n independent
 * items, each run by whoever claims it first.  A helper announces itself
 * (active) under the lock before it claims, so the collector, which
 * waits for every item done and nobody active, never posts the next job
 * while a helper may still claim with the last one's function. */
static struct {
    stmi_major_item_fn fn;       /* NULL: no job open */
    void *ctx;
    size_t n;
    _Atomic size_t next;         /* the next item to claim */
    size_t done;                 /* items finished (pool lock) */
    int active;                  /* helpers claiming (pool lock) */
    uint64_t gen;                /* bumped per job */
} job;

static bool mark_atomic;         /* parallel marking in progress */

static bool mark_claim(uintptr_t ref)
{
    if (mark_test(ref))
        return false;
    if (!mark_atomic) {
        mark_set(ref);
        return true;
    }
    size_t i = mark_index(ref);
    uint64_t bit = (uint64_t)1 << (i & 63);
    return !(atomic_fetch_or_explicit((_Atomic uint64_t *)&stmi_mark_bits[i >> 6], bit,
                                      memory_order_relaxed) & bit);
}

static void mark_visit(uintptr_t *slot, void *vctx)
{
    mark_ctx *m = vctx;
    uintptr_t ref = *slot;
    if (!ref_is_old(ref)) {
        STMI_ASSERT(!ref_in_nurseries(ref));
        return;
    }
    if (!mark_claim(ref))
        return;
    m->marked++;
    stmi_vec_push(&m->stack, ref);
}

/* Another marker waits: the older half of our stack goes to the pool. */
static void mark_share(mark_ctx *m)
{
    size_t half = m->stack.len / 2;
    pthread_mutex_lock(&pool.lock);
    for (size_t i = 0; i < half; i++)
        stmi_vec_push(&pool.work, m->stack.items[i]);
    pthread_cond_broadcast(&pool.cond);
    pthread_mutex_unlock(&pool.lock);
    memmove(m->stack.items, m->stack.items + half,
            (m->stack.len - half) * sizeof *m->stack.items);
    m->stack.len -= half;
}

/* Pool lock held, counted as waiting: wait for work, or for the end of
 * marking (nobody holds work and the pool is empty).  Unlocks; false at
 * the end. */
static bool mark_wait(mark_ctx *m)
{
    while (!pool.work.len && pool.busy > 0)
        pthread_cond_wait(&pool.cond, &pool.lock);
    atomic_fetch_sub(&pool.waiting, 1);
    bool more = pool.work.len > 0;
    if (more) {
        pool.busy++;
        size_t take = (pool.work.len + 1) / 2;
        for (size_t i = pool.work.len - take; i < pool.work.len; i++)
            stmi_vec_push(&m->stack, pool.work.items[i]);
        pool.work.len -= take;
    } else {
        atomic_store(&pool.open, false);
        pthread_cond_broadcast(&pool.cond);
    }
    pthread_mutex_unlock(&pool.lock);
    return more;
}

/* Our stack is empty: take work from the pool. */
static bool mark_refill(mark_ctx *m)
{
    pthread_mutex_lock(&pool.lock);
    pool.busy--;
    atomic_fetch_add(&pool.waiting, 1);
    return mark_wait(m);
}

static void mark_drain(mark_ctx *m)
{
    do {
        while (m->stack.len) {
            if (STM_UNLIKELY(m->stack.len > 1
                             && atomic_load_explicit(&pool.waiting, memory_order_relaxed)))
                mark_share(m);
            stmi_major_trace_object(stmi_vec_pop(&m->stack), mark_visit, m);
        }
    } while (mark_refill(m));
}

/* Claims and runs items of the open job until none is left; returns how
 * many it ran.  Pool lock not held. */
static size_t job_run_items(void)
{
    size_t ran = 0;
    for (size_t i; (i = atomic_fetch_add(&job.next, 1)) < job.n; ran++)
        job.fn(i, job.ctx);
    pthread_mutex_lock(&pool.lock);
    job.done += ran;
    if (job.done == job.n)
        pthread_cond_broadcast(&pool.cond);
    pthread_mutex_unlock(&pool.lock);
    return ran;
}

/* A helper after the mark: takes part in each job the collector posts
 * after `seen` (the generation when it joined: no job opens before the
 * mark is over, but a helper slow to wake from the mark may find the
 * first one posted already), then leaves when the collection is over
 * (major_release). */
static uint64_t jobs_help(uint64_t seen)
{
    uint64_t ran = 0;
    pthread_mutex_lock(&pool.lock);
    for (;;) {
        if (job.fn && job.gen != seen) {
            seen = job.gen;
            job.active++;
            pthread_mutex_unlock(&pool.lock);
            ran += job_run_items();
            pthread_mutex_lock(&pool.lock);
            job.active--;
            pthread_cond_broadcast(&pool.cond);
        } else if (pool.released) {
            break;
        } else {
            pthread_cond_wait(&pool.cond, &pool.lock);
        }
    }
    pool.left++;
    pthread_cond_broadcast(&pool.cond);
    pthread_mutex_unlock(&pool.lock);
    return ran;
}

/* The collector: fn(0..n-1, ctx), shared with the helpers of this
 * collection if there are some; returns when every item is done (the
 * pool's lock orders their writes before what follows). */
void stmi_major_parallel(size_t n, stmi_major_item_fn fn, void *ctx)
{
    if (!pool.joined || n < 2) {
        for (size_t i = 0; i < n; i++)
            fn(i, ctx);
        return;
    }
    pthread_mutex_lock(&pool.lock);
    job.fn = fn;
    job.ctx = ctx;
    job.n = n;
    job.done = 0;
    atomic_store(&job.next, 0);
    job.gen++;
    pthread_cond_broadcast(&pool.cond);
    pthread_mutex_unlock(&pool.lock);
    job_run_items();
    pthread_mutex_lock(&pool.lock);
    while (job.done < n || job.active)
        pthread_cond_wait(&pool.cond, &pool.lock);
    job.fn = NULL;
    pthread_mutex_unlock(&pool.lock);
}

/* The collection is over: the helpers leave the pool, and the collector
 * waits until every one has (one still asleep in it would wake in the next
 * collection's pool, busy set again, as a marker that never joined it, and
 * that collection would wait for it to join forever: RTRANS_GC_STRESS
 * par_trees hung so). */
static void major_release(void)
{
    pthread_mutex_lock(&pool.lock);
    pool.released = true;
    pthread_cond_broadcast(&pool.cond);
    while (pool.left < pool.joined)
        pthread_cond_wait(&pool.cond, &pool.lock);
    stmi_vec_free(&pool.work);   /* empty since the mark: its room */
    pthread_mutex_unlock(&pool.lock);
}

bool stmi_major_help_wanted(void)
{
    return atomic_load(&pool.open);
}

/* A parked thread helps the collector mark (stmi_park).  It joins as a
 * waiting marker, so that the collector, which waits for it to join,
 * hands it work at its first step. */
void stmi_major_help(stmi_thread *t)
{
    pthread_mutex_lock(&pool.lock);
    if (!atomic_load(&pool.open)) {
        pthread_mutex_unlock(&pool.lock);
        return;
    }
    pool.joined++;
    uint64_t gen = job.gen;
    atomic_fetch_add(&pool.waiting, 1);
    pthread_cond_broadcast(&pool.cond);
    mark_ctx m = {0};
    if (mark_wait(&m))
        mark_drain(&m);
    stmi_vec_free(&m.stack);
    t->stats.marked_helping += m.marked;
    t->stats.items_helping += jobs_help(gen);
}

/* The collector's marking, from its stack of marked roots: shared with
 * the parked threads when there are some.  It waits for every one of
 * them to join before it starts: they were asleep, and a thread that
 * woke after the collector had traced the top of the graph got nothing
 * to do (a waking thread takes microseconds; marking 16 MB of objects
 * takes milliseconds). */
static void mark_all(mark_ctx *m)
{
    pool.busy = 1;
    pool.joined = pool.left = 0;
    pool.released = false;
    int helpers = stmi_major_wake_helpers(true);
    mark_atomic = helpers > 0;
    if (helpers) {
        atomic_store(&pool.open, true);
        stmi_major_wake_helpers(false);
        pthread_mutex_lock(&pool.lock);
        while (pool.joined < helpers)
            pthread_cond_wait(&pool.cond, &pool.lock);
        pthread_mutex_unlock(&pool.lock);
    }
    /* Over when nobody holds work: each helper gave its busy count back
       under the pool's lock after its last mark, which orders its mark
       bits before the sweep.  The helpers stay for the jobs that follow
       (stmi_major_parallel) until major_release. */
    mark_drain(m);
    mark_atomic = false;
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
    stmi_weakref_mark_begin();
    mark_ctx m = {0};
    stmi_major_roots(mark_visit, &m);
    stmi_weakref_roots(mark_visit, &m);
    mark_all(&m);
    stmi_vec_free(&m.stack);
    stmi_weakref_mark_end();
    run_dead_finalizers();
    stmi_major_before_sweep();
    size_t before = stmi_heap_used();
    stmi_heap_lock();
    stmi_major_parallel(stmi_heap_sweep_pieces(), stmi_heap_sweep_piece, NULL);
    stmi_heap_sweep();
    stmi_heap_unlock();
    stmi_heap_trim();
    stmi_major_after_sweep();
    major_release();
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
    next_major_at = major_cap = 0;
}
