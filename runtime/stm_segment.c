/* stm_segment.c - owning segments and stopping the world (STM build).
 *
 * A segment's state word is SEG_* in the low two bits and the owning
 * thread above them.  A thread keeps its segment between transactions
 * (SEG_IDLE) and takes it back with one compare-and-swap; a thread that
 * finds no free segment may steal an idle one; when none is left it
 * queues (by ticket, so the wait is FIFO).  The log trimmer and the major
 * collector bring an idle segment's view forward by holding it SEG_LOCKED.
 *
 * Stopping the world: the collector sets stmi_gc_requested and the poll
 * word of every busy thread, then waits until every busy segment is
 * parked at a safe point.  A parked thread has an empty nursery and has
 * validated; until the world is declared stopped it may still leave the
 * park to abort when a stronger transaction asks it to (so nobody waits on
 * a write lock held by a parked thread forever).  A collector that is
 * itself asked to abort gives the collection up. */
#include "runtime/stmseg_internal.h"

#include <asm/prctl.h>
#include <immintrin.h>
#include <sched.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

stmi_segment *stmi_segs;
uint8_t *stmi_wlocks;
uint8_t *stmi_txnew_owners;
_Atomic int stmi_gc_requested;

static bool have_fsgsbase;

/* Threads waiting for a segment, FIFO; each sleeps on its own condition
 * variable, and a release wakes only the first. */
static pthread_mutex_t seg_mutex = PTHREAD_MUTEX_INITIALIZER;
static stmi_thread *queue_head, *queue_tail;
static _Atomic int seg_waiters;

static pthread_mutex_t gc_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gc_parked_cond;
static pthread_cond_t gc_resume_cond = PTHREAD_COND_INITIALIZER;
static stmi_thread *gc_owner;
static bool world_stopped;
static stmi_vec gc_locked;       /* segments the collector holds LOCKED */

static uintptr_t state_of(int kind, stmi_thread *t)
{
    return (uintptr_t)t | (uintptr_t)kind;
}

static int state_kind(uintptr_t st) { return (int)(st & 3); }
static stmi_thread *state_owner(uintptr_t st) { return (stmi_thread *)(st & ~(uintptr_t)3); }

stmi_thread *stmi_seg_owner(stmi_segment *s)
{
    return state_owner(atomic_load(&s->state));
}

stmi_thread *stmi_seg_busy_owner(stmi_segment *s)
{
    uintptr_t cur = atomic_load_explicit(&s->state, memory_order_relaxed);
    return state_kind(cur) == SEG_BUSY ? state_owner(cur) : NULL;
}

int stmi_segment_waiters(void)
{
    return atomic_load_explicit(&seg_waiters, memory_order_relaxed);
}

void stmi_segments_init(void)
{
    have_fsgsbase = (getauxval(AT_HWCAP2) & 2) != 0;
    int n = stmi_lay.nsegs;
    stmi_segs = stmi_xcalloc((size_t)n, sizeof *stmi_segs);
    for (int i = 0; i < n; i++) {
        stmi_segment *s = &stmi_segs[i];
        s->num = i;
        s->base = seg_view(i);
        atomic_store(&s->state, state_of(SEG_FREE, NULL));
        stmi_nursery_init(&s->nursery, off_ref(stmi_lay.nursery_start
                                               + (size_t)i * stmi_lay.nursery_size),
                          stmi_lay.nursery_size);
    }
    stmi_wlocks = stmi_mmap((stmi_lay.old_end - stmi_lay.old_start) / 16,
                            "the write-lock table");
    stmi_txnew_owners = stmi_mmap((stmi_lay.old_end - stmi_lay.old_start) / 16,
                                  "the new-object owner table");
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&gc_parked_cond, &ca);
    pthread_condattr_destroy(&ca);
}

void stmi_segments_fini(void)
{
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        stmi_segment *s = &stmi_segs[i];
        stmi_nursery *n = &s->nursery;
        stmi_vec_free(&n->young_large);
        stmi_vec_free(&n->remembered);
        stmi_vec_free(&n->card_objs);
        stmi_vec_free(&n->gray);
        stmi_vec_free(&n->young_finalizers);
        stmi_map_free(&n->hashed);
        free(s->ws);
        stmi_map_free(&s->cards);
        stmi_map_free(&s->ws_index);
        stmi_arena_free(&s->backups);
        stmi_vec_free(&s->tx_new);
        stmi_vec_free(&s->tx_new_finalizers);
        stmi_vec_free(&s->new_sizes);
        stmi_vec_free(&s->diff_runs);
    }
    stmi_unmap(stmi_wlocks, (stmi_lay.old_end - stmi_lay.old_start) / 16);
    stmi_unmap(stmi_txnew_owners, (stmi_lay.old_end - stmi_lay.old_start) / 16);
    free(stmi_segs);
    stmi_segs = NULL;
    stmi_vec_free(&gc_locked);
}

static void set_gs_base(char *base)
{
    if (have_fsgsbase)
        _writegsbase_u64((unsigned long long)(uintptr_t)base);
    else if (syscall(SYS_arch_prctl, ARCH_SET_GS, (unsigned long)(uintptr_t)base) != 0)
        STMI_DIE("arch_prctl(ARCH_SET_GS) failed");
}

void stmi_set_view(char *base)
{
    set_gs_base(base);
    stm_tl.view = base;
}

/* The %gs base stays as it was between transactions: a thread taking its
 * own segment back changes nothing (without FSGSBASE, as on this virtual
 * machine, a change is an arch_prctl system call that traps to the
 * hypervisor: 6 of them per Duhton transaction made it cost tens of
 * microseconds of wall time). */
static void attach(stmi_thread *t, stmi_segment *s)
{
    t->seg = s;
    if (stm_tl.view != s->base)
        stmi_set_view(s->base);
    t->nursery = &s->nursery;
    t->tl->nursery_current = s->nursery.start;
    t->tl->nursery_end = s->nursery.end;
    stmi_nursery_window(t);
}

/* A free segment, else an idle one (stolen).  seg_mutex held. */
static stmi_segment *find_segment(stmi_thread *t)
{
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < stmi_lay.nsegs; i++) {
            stmi_segment *s = &stmi_segs[i];
            uintptr_t cur = atomic_load(&s->state);
            int kind = state_kind(cur);
            if (kind == (pass == 0 ? SEG_FREE : SEG_IDLE)
                && atomic_compare_exchange_strong(&s->state, &cur,
                                                  state_of(SEG_BUSY, t)))
                return s;
        }
    }
    return NULL;
}

static void wake_first_waiter(void)
{
    if (queue_head)
        pthread_cond_signal(&queue_head->wait_cond);
}

static stmi_segment *acquire_slow(stmi_thread *t)
{
    uint64_t t0 = 0;
    pthread_mutex_lock(&seg_mutex);
    t->wait_next = NULL;
    if (queue_tail)
        queue_tail->wait_next = t;
    else
        queue_head = t;
    queue_tail = t;
    atomic_fetch_add(&seg_waiters, 1);
    stmi_pace_wake();            /* holders must hand their segments over */
    stmi_segment *s;
    while (queue_head != t || !(s = find_segment(t))) {
        if (!t0) {
            t0 = stmi_now_ns();
            stmi_event(t, STMLOG_WAIT_START, 0, 0, "segment");
        }
        pthread_cond_wait(&t->wait_cond, &seg_mutex);
    }
    queue_head = t->wait_next;
    if (!queue_head)
        queue_tail = NULL;
    atomic_fetch_sub(&seg_waiters, 1);
    wake_first_waiter();         /* another segment may be free too */
    pthread_mutex_unlock(&seg_mutex);
    if (t0) {
        t->wait_ns += stmi_now_ns() - t0;
        stmi_event(t, STMLOG_WAIT_END, 0, 0, "segment");
    }
    return s;
}

void stmi_segment_acquire(stmi_thread *t)
{
    stmi_segment *s = t->seg;
    if (s && atomic_load(&seg_waiters) == 0) {
        for (;;) {
            uintptr_t cur = state_of(SEG_IDLE, t);
            if (atomic_compare_exchange_strong(&s->state, &cur,
                                               state_of(SEG_BUSY, t))) {
                attach(t, s);
                return;
            }
            if (cur != state_of(SEG_LOCKED, t))
                break;                   /* stolen */
            sched_yield();               /* being brought forward */
        }
    }
    if (s) {
        /* give it up properly so the queue sees it */
        stmi_segment_release(t, true);
    }
    attach(t, acquire_slow(t));
}

void stmi_segment_release(stmi_thread *t, bool to_free)
{
    stmi_segment *s = t->seg;
    if (!s)
        return;
    bool wake = to_free || atomic_load(&seg_waiters) > 0;
    for (;;) {
        uintptr_t cur = atomic_load(&s->state);
        if (state_owner(cur) != t)
            break;                       /* stolen while idle */
        if (state_kind(cur) == SEG_LOCKED) {
            sched_yield();
            continue;
        }
        uintptr_t next = wake ? state_of(SEG_FREE, NULL) : state_of(SEG_IDLE, t);
        if (atomic_compare_exchange_strong(&s->state, &cur, next))
            break;
    }
    t->tl->nursery_current = t->tl->nursery_end = 0;
    if (wake) {
        t->seg = NULL;
        pthread_mutex_lock(&seg_mutex);
        wake_first_waiter();
        pthread_mutex_unlock(&seg_mutex);
    }
}

bool stmi_segment_lock_idle(stmi_segment *s)
{
    uintptr_t cur = atomic_load(&s->state);
    int kind = state_kind(cur);
    if (kind != SEG_FREE && kind != SEG_IDLE)
        return false;
    return atomic_compare_exchange_strong(
        &s->state, &cur, state_of(SEG_LOCKED, state_owner(cur)));
}

void stmi_segment_unlock_idle(stmi_segment *s)
{
    uintptr_t cur = atomic_load(&s->state);
    STMI_ASSERT(state_kind(cur) == SEG_LOCKED);
    stmi_thread *owner = state_owner(cur);
    atomic_store(&s->state, owner ? state_of(SEG_IDLE, owner)
                                  : state_of(SEG_FREE, NULL));
    if (!owner || atomic_load(&seg_waiters)) {
        pthread_mutex_lock(&seg_mutex);
        wake_first_waiter();
        pthread_mutex_unlock(&seg_mutex);
    }
}

/* True when another thread runs a transaction (or waits for a segment),
 * so that an inevitable transaction of t's may delay it. */
bool stmi_others_active(stmi_thread *t)
{
    if (atomic_load(&seg_waiters))
        return true;
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        uintptr_t cur = atomic_load_explicit(&stmi_segs[i].state, memory_order_relaxed);
        if (state_owner(cur) != t && state_kind(cur) != SEG_FREE
            && state_kind(cur) != SEG_IDLE)
            return true;
    }
    return false;
}

/* ------------------------------------------------------- stop the world */

/* gc_mutex held.  The poll word reaches a thread at its next loop poll;
 * a nursery end lowered to 0 reaches it at its next allocation, whose slow
 * path collects its nursery and parks (the park sets the end back).  Code
 * without loops, such as a recursion that builds a tree, otherwise ran on
 * until its nursery was full while the collector and every parked thread
 * waited: in par_trees 2 18 10, up to a nursery (4 MB) of allocation, a
 * quarter of a round. */
void stmi_set_poll_all(void)
{
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        uintptr_t cur = atomic_load(&stmi_segs[i].state);
        stmi_thread *u = state_owner(cur);
        if (state_kind(cur) != SEG_BUSY || !u)
            continue;
        u->tl->poll = 1;
        if (u != stm_tl.priv && !stmi_segs[i].parked)
            u->tl->nursery_end = 0;
    }
}

/* Wakes parked threads so that they notice an abort request. */
void stmi_wake_parked(void)
{
    pthread_mutex_lock(&gc_mutex);
    pthread_cond_broadcast(&gc_resume_cond);
    pthread_mutex_unlock(&gc_mutex);
}

void stmi_park(stmi_thread *t)
{
    stmi_segment *s = t->seg;
    if (!s || !t->tl->in_tx || gc_owner == t)
        return;
    stmi_trace_pause(t);
    if (t->tl->nursery_current != s->nursery.start || s->nursery.young_large.len)
        stmi_minor_collect(t, &s->nursery);
    stmi_trace_resume(t);
    stmi_validate_or_abort(t);
    uint64_t t0 = stmi_now_ns();
    stmi_event(t, STMLOG_WAIT_START, 0, 0, "major collection");
    pthread_mutex_lock(&gc_mutex);
    s->parked = true;
    pthread_cond_broadcast(&gc_parked_cond);
    while (atomic_load(&stmi_gc_requested)) {
        if (!world_stopped && atomic_load(&s->abort_requested) && !s->inevitable) {
            s->parked = false;
            pthread_mutex_unlock(&gc_mutex);
            stmi_check_abort_request(t);
            pthread_mutex_lock(&gc_mutex);
            s->parked = true;
            continue;
        }
        if (stmi_major_help_wanted()) {
            pthread_mutex_unlock(&gc_mutex);
            stmi_major_help(t);
            pthread_mutex_lock(&gc_mutex);
            continue;
        }
        pthread_cond_wait(&gc_resume_cond, &gc_mutex);
    }
    s->parked = false;
    pthread_mutex_unlock(&gc_mutex);
    t->tl->nursery_end = s->nursery.end;    /* lowered by stmi_set_poll_all */
    stmi_nursery_window(t);
    t->wait_ns += stmi_now_ns() - t0;
    stmi_event(t, STMLOG_WAIT_END, 0, 0, "major collection");
    stmi_check_abort_request(t);     /* the collector may have found a conflict */
}

/* With the world stopped: the parked threads mark with the collector
 * (major.c).  They wait on gc_resume_cond, so they are woken there. */
int stmi_major_wake_helpers(bool count_only)
{
    int parked = 0;
    for (int i = 0; i < stmi_lay.nsegs; i++)
        parked += stmi_segs[i].parked;
    if (!count_only && parked)
        stmi_wake_parked();
    return parked;
}

/* The world is stopped when every segment is the collector's own, busy
 * with a parked owner, or held LOCKED by the collector (so that nobody
 * can start a transaction in it).  Locks what it can on the way. */
static bool all_stopped(stmi_thread *me)
{
    bool stopped = true;
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        stmi_segment *s = &stmi_segs[i];
        if (s == me->seg || stmi_vec_contains(&gc_locked, (uintptr_t)s))
            continue;
        uintptr_t cur = atomic_load(&s->state);
        int kind = state_kind(cur);
        if (kind == SEG_BUSY) {
            if (!s->parked)
                stopped = false;
        } else if (stmi_segment_lock_idle(s)) {
            stmi_vec_push(&gc_locked, (uintptr_t)s);
        } else {
            stopped = false;             /* changing state, or a trimmer */
        }
    }
    return stopped;
}

static void unlock_collected_segments(void)
{
    for (size_t i = 0; i < gc_locked.len; i++)
        stmi_segment_unlock_idle((stmi_segment *)gc_locked.items[i]);
    gc_locked.len = 0;
}

static void cancel_request(void)
{
    atomic_store(&stmi_gc_requested, 0);
    gc_owner = NULL;
    pthread_cond_broadcast(&gc_resume_cond);
}

/* The collector reads every view: bring them all up to the log's tail.
 * A parked transaction may have fallen behind (someone committed after it
 * validated and before it parked); if what it missed conflicts with its
 * reads, it is asked to abort, which it does as soon as it resumes, so
 * the new bytes never reach it as a live transaction (S1, S2). */
static void bring_everyone_forward(stmi_thread *t)
{
    for (size_t i = 0; i < gc_locked.len; i++)
        stmi_log_catch_up((stmi_segment *)gc_locked.items[i], false);
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        stmi_segment *s = &stmi_segs[i];
        if (s == t->seg || !s->parked)
            continue;
        if (!stmi_log_catch_up(s, true)) {
            int expect = 0;
            atomic_compare_exchange_strong(&s->abort_requested, &expect,
                                           STMLOG_ABORT_WRITE_READ + 1);
            stmi_log_catch_up(s, false);
        }
    }
}

/* Returns false when another thread collected (or we had to give up). */
bool stmi_stop_the_world_try(stmi_thread *t)
{
    pthread_mutex_lock(&gc_mutex);
    if (gc_owner) {
        pthread_mutex_unlock(&gc_mutex);
        stmi_park(t);
        return false;
    }
    gc_owner = t;
    atomic_store(&stmi_gc_requested, 1);
    uint64_t t0 = stmi_now_ns();
    for (;;) {
        stmi_set_poll_all();
        if (all_stopped(t))
            break;
        if (t->seg && atomic_load(&t->seg->abort_requested) && !t->seg->inevitable) {
            unlock_collected_segments();
            cancel_request();
            pthread_mutex_unlock(&gc_mutex);
            stmi_check_abort_request(t);
            return false;
        }
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        ts.tv_nsec += 200 * 1000;
        if (ts.tv_nsec >= 1000000000L) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&gc_parked_cond, &gc_mutex, &ts);
    }
    world_stopped = true;
    pthread_mutex_unlock(&gc_mutex);
    t->wait_ns += stmi_now_ns() - t0;
    bring_everyone_forward(t);
    return true;
}

void stmi_stop_the_world(stmi_thread *t)
{
    while (!stmi_stop_the_world_try(t)) {
        /* someone else collected; for the checker we still need our own
           stop, so try again */
    }
}

void stmi_resume_the_world(stmi_thread *t)
{
    (void)t;
    unlock_collected_segments();
    pthread_mutex_lock(&gc_mutex);
    world_stopped = false;
    cancel_request();
    pthread_mutex_unlock(&gc_mutex);
}

bool stmi_world_is_stopped(void)
{
    return world_stopped;
}
