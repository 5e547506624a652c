/* gil.c - the GIL twin: one global lock, transactions are holds of it.
 *
 * The lock is a word (HELD bit + 2 * number of queued waiters) taken with
 * one compare-and-swap.  Waiters queue FIFO under a mutex, each on its
 * own condition variable: only the queue's head is ever woken (a
 * broadcast to every waiter made each hand-off cost O(waiters) wake-ups;
 * 1000 threads took minutes), and only the head sleeps with a time-out,
 * 5 ms.  A transaction break (commit, then start) only clears the bit,
 * so the breaking thread normally takes the lock straight back: switching
 * threads at every break would cost a futex hand-off per transaction.
 * When the head has waited its 5 ms slice it sets
 * stm_gil_yield_requested and the holder's poll word; from then on the
 * holder's next break or safe-point poll hands the lock directly to the
 * head (HELD stays set, so nobody overtakes it), and nobody barges in.
 * Leaving the transactional zone around a blocking call, and a thread's
 * last commit, hand the lock over at once.
 *
 * There is one nursery, owned by whoever holds the lock: the holder's
 * stm_tl.nursery_current/end are saved and cleared at release, so an
 * allocation without the lock reaches the slow path and fails loudly.
 * Minor collections therefore see every thread's shadow stack: any of
 * them may hold young references. */
#include "runtime/stm_internal.h"

#include <errno.h>
#include <time.h>

#define GIL_HELD   ((uint64_t)1)
#define GIL_WAITER ((uint64_t)2)
#define GIL_SLICE_NS (5 * 1000 * 1000)

volatile int stm_gil_yield_requested;

static _Atomic uint64_t gil_state;
static pthread_mutex_t gil_mutex = PTHREAD_MUTEX_INITIALIZER;
static stmi_thread *queue_head, *queue_tail;   /* under gil_mutex */
static bool handoff;             /* HELD is kept for the queue's head */
static stm_thread_local *volatile gil_holder;

static stmi_nursery the_nursery;
static uintptr_t saved_nursery_current;
static unsigned stress_count;

/* ------------------------------------------------------------------ lock */

static void request_yield(void)
{
    stm_thread_local *h = gil_holder;
    stm_gil_yield_requested = 1;
    if (h)
        h->poll = 1;
}

static void wake_head(void)
{
    if (queue_head)
        pthread_cond_signal(&queue_head->wait_cond);
}

/* The head alone watches the lock (with a time-out, to ask the holder to
 * yield); the others sleep until they become the head. */
static void head_wait(stmi_thread *t)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_nsec += GIL_SLICE_NS;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    if (pthread_cond_timedwait(&t->wait_cond, &gil_mutex, &ts) == ETIMEDOUT)
        request_yield();
}

static bool head_takes(void)
{
    if (handoff) {
        handoff = false;
        return true;
    }
    uint64_t s = atomic_load(&gil_state);
    return !(s & GIL_HELD)
        && atomic_compare_exchange_strong(&gil_state, &s, s | GIL_HELD);
}

static void gil_wait_slow(stmi_thread *t)
{
    uint64_t t0 = stmi_now_ns();
    stmi_event(t, STMLOG_WAIT_START, 0, 0, "GIL");
    pthread_mutex_lock(&gil_mutex);
    atomic_fetch_add(&gil_state, GIL_WAITER);
    t->wait_next = NULL;
    if (queue_tail)
        queue_tail->wait_next = t;
    else
        queue_head = t;
    queue_tail = t;
    for (;;) {
        if (queue_head != t)
            pthread_cond_wait(&t->wait_cond, &gil_mutex);
        else if (head_takes())
            break;
        else
            head_wait(t);
    }
    queue_head = t->wait_next;
    if (!queue_head)
        queue_tail = NULL;
    wake_head();                 /* the next head starts watching */
    atomic_fetch_sub(&gil_state, GIL_WAITER);
    pthread_mutex_unlock(&gil_mutex);
    t->wait_ns += stmi_now_ns() - t0;
    stmi_event(t, STMLOG_WAIT_END, 0, 0, "GIL");
}

static void gil_acquire(stmi_thread *t)
{
    uint64_t s = atomic_load_explicit(&gil_state, memory_order_relaxed);
    if ((s & GIL_HELD) || stm_gil_yield_requested
        || !atomic_compare_exchange_strong(&gil_state, &s, s | GIL_HELD))
        gil_wait_slow(t);
    gil_holder = t->tl;
    t->tl->nursery_current = saved_nursery_current;
    t->tl->nursery_end = the_nursery.end;
    stmi_nursery_window(t);
    t->tl->in_tx = 1;
}

/* handoff: a waiter had its slice or the holder is about to block. */
static void gil_release(stmi_thread *t, bool handoff_wanted)
{
    stm_thread_local *tl = t->tl;
    saved_nursery_current = tl->nursery_current;
    tl->nursery_current = tl->nursery_end = 0;
    tl->in_tx = 0;
    tl->poll = 0;
    gil_holder = NULL;
    if (!handoff_wanted && !stm_gil_yield_requested) {
        atomic_fetch_and(&gil_state, ~GIL_HELD);
        return;
    }
    stm_gil_yield_requested = 0;
    uint64_t expect = GIL_HELD;
    if (atomic_compare_exchange_strong(&gil_state, &expect, 0))
        return;
    pthread_mutex_lock(&gil_mutex);
    if (queue_head) {
        handoff = true;
        wake_head();
    } else {
        atomic_fetch_and(&gil_state, ~GIL_HELD);
    }
    pthread_mutex_unlock(&gil_mutex);
}

/* --------------------------------------------------------- build hooks */

void stmi_build_setup(void)
{
    stmi_nursery_init(&the_nursery, off_ref(stmi_lay.nursery_start),
                    stmi_lay.nursery_size);
    saved_nursery_current = the_nursery.start;
}

/* Young objects with finalizers die with the program too. */
void stmi_build_teardown(void)
{
    stmi_vec *v = &the_nursery.young_finalizers;
    for (size_t i = 0; i < v->len; i++)
        stmi_finalize_dead(v->items[i]);
    v->len = 0;
}

void stmi_build_fini(void)
{
    stmi_vec_free(&the_nursery.young_finalizers);
    stmi_vec_free(&the_nursery.young_large);
    stmi_vec_free(&the_nursery.remembered);
    stmi_vec_free(&the_nursery.card_objs);
    stmi_vec_free(&the_nursery.gray);
    stmi_map_free(&the_nursery.hashed);
}

void stmi_finalize_dead(uintptr_t ref)
{
    stm_hdr *h = obj_at(ref);
    stmi_tinfo_of(h->tid)->finalizer((stm_ref)ref);
}

bool stmi_fault_hook(stmi_thread *t, char *addr, void *uctx)
{
    (void)t;
    (void)addr;
    (void)uctx;
    return false;
}

void stmi_build_thread_init(stmi_thread *t)
{
    t->nursery = &the_nursery;
    t->tl->nursery_current = t->tl->nursery_end = 0;
}

void stmi_build_thread_fini(stmi_thread *t)
{
    (void)t;
    /* the GIL is free (unregistering is outside any transaction); wake a
       waiter now rather than at its next time-out */
    pthread_mutex_lock(&gil_mutex);
    wake_head();
    pthread_mutex_unlock(&gil_mutex);
}

void stmi_require_tx(const char *what)
{
    if (STM_UNLIKELY(!stm_tl.in_tx))
        stm_fatal(70, "%s outside a transaction (this thread does not hold"
                  " the GIL)", what);
}

uint32_t stmi_promoted_flags(void)
{
    return STM_GCFLAG_WRITE_BARRIER;
}

void stmi_promoted(stmi_thread *t, uintptr_t ref)
{
    (void)t;
    (void)ref;
}

void stmi_finalizer_promoted(stmi_thread *t, uintptr_t ref)
{
    (void)t;
    stmi_finalizer_register_old(ref);
}

static void all_thread_roots(stmi_visit_fn visit, void *ctx, bool minor)
{
    pthread_mutex_lock(&stmi_threads_lock);
    for (stmi_thread *u = stmi_threads; u; u = u->next) {
        stmi_thread_roots(u, visit, ctx, minor);
        stmi_queue_thread_roots(u, visit, ctx);
    }
    pthread_mutex_unlock(&stmi_threads_lock);
    stmi_global_roots(visit, ctx);
}

/* Any thread may hold young references (they all share the nursery). */
void stmi_minor_roots(stmi_thread *t, stmi_visit_fn visit, void *ctx, bool collecting)
{
    (void)t;
    all_thread_roots(visit, ctx, collecting);
    stmi_queue_minor_roots(visit, ctx);
}

void stmi_major_roots(stmi_visit_fn visit, void *ctx)
{
    all_thread_roots(visit, ctx, false);
}

void stmi_publish_bytes(uintptr_t ref, const void *image, size_t size)
{
    memcpy(obj_at(ref), image, size);
}

bool stmi_prune_ok(uintptr_t ref, size_t value_off)
{
    return *(uintptr_t *)((char *)obj_at(ref) + value_off) == 0;
}

void stmi_queue_see(stmi_thread *t, uint64_t seq)
{
    (void)t;
    (void)seq;
}

void stmi_major_trace_object(uintptr_t ref, stmi_visit_fn visit, void *ctx)
{
    stmi_trace_image(obj_at(ref), visit, ctx);
}

void stmi_major_before_sweep(void)
{
}

/* The threads waiting for the lock run no code until they have it. */
int stmi_major_wake_helpers(bool count_only)
{
    (void)count_only;
    return 0;
}

void stmi_major_after_sweep(void)
{
}

/* One thread allocates at a time: the one-thread threshold holds. */
size_t stmi_major_headroom(size_t per_thread)
{
    (void)per_thread;
    return 0;
}

static void collect(stmi_thread *t, bool major)
{
    stmi_minor_collect(t, &the_nursery);
    if (stmi_cfg.gc_stress && ++stress_count % 64 == 0)
        major = true;
    if (major || stmi_major_wanted())
        stmi_major_collect(t);
    if (stmi_heap_used() > stmi_heap_limit())
        stmi_heap_exceeded(0);      /* returns with the MemoryError reserve */
    stmi_check_after_collection();
}

void stmi_collect_for_allocation(stmi_thread *t, size_t size)
{
    (void)size;
    collect(t, false);
}

void stmi_collect_now(stmi_thread *t, bool major)
{
    collect(t, major);
}

void stmi_stop_the_world(stmi_thread *t)
{
    (void)t;                     /* holding the GIL is enough */
}

void stmi_resume_the_world(stmi_thread *t)
{
    (void)t;
}

/* ------------------------------------------------------------- barriers */

void stm_write_slowpath(stm_ref o)
{
    stm_hdr *h = obj_at((uintptr_t)o);
    if (!(h->flags & STM_GCFLAG_WRITE_BARRIER))
        return;
    /* G2/G3: the flag is on old objects only, never on young large ones */
    STMI_CHECK(ref_is_old((uintptr_t)o) && !(h->flags & GCFLAG_YOUNG_LARGE));
    h->flags &= ~STM_GCFLAG_WRITE_BARRIER;
    stmi_vec_push(&the_nursery.remembered, (uintptr_t)o);
}

void stm_write_card_slowpath(stm_ref o, int64_t index)
{
    stm_hdr *h = obj_at((uintptr_t)o);
    if (!(h->flags & STM_GCFLAG_CARDS)) {
        stm_write_slowpath(o);
        return;
    }
    if (!(h->flags & STM_GCFLAG_WRITE_BARRIER))
        return;                  /* the whole object is remembered */
    stmi_large *lg = stmi_large_of((uintptr_t)o);
    STMI_ASSERT(lg != NULL);
    STMI_ASSERT(index >= 0 && index < stmi_image_length(h));
    if (!lg->cards) {
        lg->ncards = (size_t)(stmi_image_length(h) + STM_CARD_ITEMS - 1) / STM_CARD_ITEMS;
        lg->cards = stmi_xcalloc(lg->ncards, 1);
    }
    size_t c = (size_t)index / STM_CARD_ITEMS;
    if (lg->cards[c])
        return;
    lg->cards[c] = 1;
    if (!lg->in_card_list) {
        lg->in_card_list = true;
        stmi_vec_push(&the_nursery.card_objs, (uintptr_t)lg);
    }
}

/* G2 for the checker: is this old object allowed to lack the flag? */
bool stmi_check_unbarriered_ok(uintptr_t ref)
{
    for (size_t i = 0; i < the_nursery.remembered.len; i++)
        if (the_nursery.remembered.items[i] == ref)
            return true;
    return false;
}

/* May this old object point into the nursery?  Only if remembered or
 * carded (the checker passes the item index, or -1 for the fixed part). */
bool stmi_check_old_to_young_ok(uintptr_t ref, int64_t item)
{
    stm_hdr *h = obj_at(ref);
    if (!(h->flags & STM_GCFLAG_WRITE_BARRIER))
        return true;
    if (item < 0 || !(h->flags & STM_GCFLAG_CARDS))
        return false;
    stmi_large *lg = stmi_large_of(ref);
    return lg && lg->cards && lg->cards[item / STM_CARD_ITEMS];
}

stmi_nursery *stmi_check_nursery(stmi_thread *t)
{
    (void)t;
    return &the_nursery;
}

void stmi_check_build_extra(stmi_thread *t, const stmi_map *seen)
{
    (void)t;
    (void)seen;
}

/* --------------------------------------------------------- transactions */

void stm_start_transaction_at(stm_ref *frame_slots, void *root_frame)
{
    stmi_thread *t = stmi_me();
    if (!t)
        stm_fatal(70, "stm_start_transaction from an unregistered thread");
    if (stm_tl.in_tx)
        return;                  /* an atomic section kept the GIL */
    (void)frame_slots;
    stm_tl.tx_root_frame = root_frame;
    gil_acquire(t);
    stmi_event(t, STMLOG_TX_START, 0, 0, NULL);
}

static void commit(bool hand_over)
{
    stmi_thread *t = stmi_me();
    stmi_require_tx("stm_commit_transaction");
    if (stm_tl.atomic_depth)
        return;                  /* breaks are ignored inside atomic */
    t->stats.commits++;
    stmi_queue_commit(t, 0);
    stmi_event(t, STMLOG_TX_COMMIT, 0, 0, NULL);
    gil_release(t, hand_over);
    t->on_abort.len = 0;
    stmi_run_callbacks(&t->on_commit);
}

void stm_commit_transaction(void)
{
    commit(false);
}

void stm_leave_transactional_zone(void)
{
    commit(true);
}

void stm_become_inevitable(const char *reason)
{
    (void)reason;
    stmi_require_tx("stm_become_inevitable");
}

int stm_is_inevitable(void)
{
    return stm_tl.in_tx;
}

void stm_resume_inevitable(stm_ref *floor)
{
    (void)floor;
    if (!stm_tl.in_tx)
        stm_start_transaction_at(stm_tl.ss_top, NULL);
}

void stm_fragment_floor(stm_ref *floor)
{
    (void)floor;
}

int stm_restart_needed(stm_ref *live_from)
{
    (void)live_from;
    return !stm_tl.in_tx;
}

void stm_commit_wait_begin(void) {}
void stm_commit_wait_end(void) {}
int stm_commit_waiting(void) { return 0; }

void stm_enter_atomic(void)
{
    stmi_require_tx("stm_enter_atomic");
    stm_tl.atomic_depth++;
}

void stm_leave_atomic(void)
{
    if (stm_tl.atomic_depth == 0)
        stm_fatal(70, "stm_leave_atomic without stm_enter_atomic");
    stm_tl.atomic_depth--;
}

/* One thread runs at a time: nothing to gain from eliding a lock. */
int stm_elision_enter(void (*cancel)(void))
{
    (void)cancel;
    return 0;
}

void stm_elision_leave(void)
{
    stm_fatal(70, "stm_elision_leave without stm_elision_enter");
}

void stm_abort_transaction(void)
{
    stm_fatal(70, "stm_abort_transaction: the GIL build cannot abort");
}

void stm_safepoint(void)
{
    stmi_thread *t = stmi_me();
    if (!t || !stm_tl.in_tx)
        return;
    stm_tl.poll = 0;
    if (stm_gil_yield_requested && !stm_tl.atomic_depth) {
        /* Handing the GIL over is a transaction boundary, as the STM
         * build's yield at a poll is: publish this thread's queue puts
         * and run its commit callbacks first, or another thread sees the
         * writes that followed a put before the put itself (a pypystm
         * queue's join() returned with results still pending). */
        void *root = stm_tl.tx_root_frame;
        commit(true);
        stm_start_transaction_at(stm_tl.ss_top, root);
    }
}

/* Inside one step the GIL stays: the request waits for the next break
 * point, which reads stm_gil_yield_requested itself. */
void stm_safepoint_in_step(void)
{
    stm_tl.poll = 0;
}
