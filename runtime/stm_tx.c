/* stm_tx.c - transactions (STM build): start, commit, abort, inevitable,
 * atomic sections, safe points.
 *
 * Commit: a minor collection (nursery survivors become this transaction's
 * new objects; after earlier ones, those no longer reachable are dropped:
 * stmi_prune_unreached_new); a read-only transaction is then done (its reads were one
 * snapshot, the state at its last validation), unless it has publish
 * callbacks (stm_on_publish: buffered output).  Otherwise it waits while
 * another transaction is inevitable (S4), builds its log entry from its
 * view, validates under the commit lock (S2), appends, and releases its
 * write locks.
 *
 * Abort: restore the backups, release the write locks, drop the nursery
 * and the new objects, put the shadow-stack snapshot and exception state
 * back, run abort callbacks, and longjmp to the root frame's STM_SETJMP,
 * whose code calls stm_start_transaction() again.  The start ticket of the
 * first attempt is kept, and after STM_MAX_ABORTS aborts in a row the
 * transaction becomes inevitable at its start, so none starves. */
#include "runtime/stmseg_internal.h"

#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>

_Atomic int stmi_inevitable_seg = -1;
static pthread_mutex_t inev_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t inev_cond;
/* Start tickets order transactions by age for the contention manager.
 * The invariant TSC gives that order without a shared counter (whose cache
 * line every start would pull across cores); equal tickets are broken by
 * segment number.  Without an invariant TSC a counter is used. */
static _Atomic uint64_t next_ticket;
static bool tsc_ok;

static uint64_t new_ticket(void)
{
    if (tsc_ok)
        return __builtin_ia32_rdtsc();
    return atomic_fetch_add(&next_ticket, 1) + 1;
}

/* Per-thread retry state (a retry may run in another segment). */
static __thread uint64_t retry_ticket;
static __thread int retry_count;

/* Committers waiting for an inevitable transaction to end (publish), so
 * that one that yields at a loop's poll lets them go first. */
static _Atomic int committers_blocked;
static __thread bool counted_blocked;

static void blocked_begin(void)
{
    if (!counted_blocked) {
        counted_blocked = true;
        atomic_fetch_add(&committers_blocked, 1);
    }
}

static void blocked_end(void)
{
    if (counted_blocked) {
        counted_blocked = false;
        atomic_fetch_sub(&committers_blocked, 1);
    }
}

void stmi_tx_init(void)
{
    unsigned eax, ebx, ecx, edx;
    __asm__ volatile("cpuid" : "=a"(eax), "=b"(ebx), "=c"(ecx), "=d"(edx)
                     : "a"(0x80000000u), "c"(0));
    tsc_ok = false;
    if (eax >= 0x80000007u) {
        __asm__ volatile("cpuid" : "=a"(eax), "=b"(ebx), "=c"(ecx), "=d"(edx)
                         : "a"(0x80000007u), "c"(0));
        tsc_ok = (edx >> 8) & 1;     /* invariant TSC */
    }
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&inev_cond, &ca);
    pthread_condattr_destroy(&ca);
}

stmi_thread *stmi_me_in_tx(const char *what)
{
    stmi_thread *t = stm_tl.priv;
    if (STM_UNLIKELY(!t || !stm_tl.in_tx))
        stm_fatal(70, "%s outside a transaction", what);
    return t;
}

void stmi_require_tx(const char *what)
{
    (void)stmi_me_in_tx(what);
}

void stmi_wake_waiters(void)
{
    pthread_mutex_lock(&inev_mutex);
    pthread_cond_broadcast(&inev_cond);
    pthread_mutex_unlock(&inev_mutex);
}

uint64_t stmi_innermost_marker(stm_thread_local *tl)
{
    for (stm_ref *p = tl->ss_top; p-- > tl->ss_base;)
        if (STM_IS_MARKER(*p))
            return STM_MARKER_VALUE(*p);
    return 0;
}

/* ----------------------------------------------------------------- abort */

static void drop_nursery(stmi_thread *t, stmi_segment *s)
{
    stmi_nursery *n = &s->nursery;
    for (size_t i = 0; i < n->young_finalizers.len; i++)
        stmi_finalize_dead(n->young_finalizers.items[i]);
    n->young_finalizers.len = 0;
    for (size_t i = 0; i < n->young_large.len; i++) {
        uintptr_t ref = n->young_large.items[i];
        stmi_large *lg = stmi_large_of(ref);
        if (lg) {
            stmi_heap_lock();
            stmi_large_free(lg);
            stmi_heap_unlock();
        } else {
            obj_at(ref)->tid = 0;
        }
    }
    n->young_large.len = 0;
    n->young_large_bytes = 0;
    n->remembered.len = 0;
    stmi_map_clear(&n->hashed);
    size_t used = t->tl->nursery_current - n->start;
    memset(obj_at(n->start), 0, used);
    t->tl->nursery_current = n->start;
    t->tl->nursery_end = n->end;
}

static void forget_tx(stmi_segment *s)
{
    if (s->ndropped)
        stmi_free_dropped(s);
    if (!s->nws && !s->tx_new.len && !s->tx_new_finalizers.len) {
        s->in_tx = false;
        atomic_store_explicit(&s->abort_requested, 0, memory_order_relaxed);
        return;
    }
    s->nws = 0;
    for (size_t i = 0; i <= s->cards.mask && s->cards.keys; i++)
        if (s->cards.keys[i])
            free((void *)s->cards.vals[i]);
    stmi_map_clear(&s->cards);
    stmi_map_clear(&s->ws_index);
    s->ws_indexed = 0;
    stmi_arena_reset(&s->backups);
    s->tx_new.len = 0;
    s->tx_new_finalizers.len = 0;
    s->in_tx = false;
    atomic_store_explicit(&s->abort_requested, 0, memory_order_relaxed);
}

/* A transaction that lost a write lock would lose again if it restarted
 * at once: let the winner finish first (bounded, and only after our own
 * locks are released, so nobody waits for us meanwhile).  A short spin
 * covers a winner about to commit; then the loser asks the winner to end
 * at its next break point (stmi_pace_ask_segment) and sleeps on the
 * winner segment's futex, which the release of its locks fires (it used
 * to sched_yield in a loop: while the winner was descheduled on a busy
 * machine, the loser burnt the CPU the winner needed, up to the 20 ms
 * bound). */
static void wait_for_winner(stmi_thread *t, stmi_segment *s)
{
    _Atomic uint8_t *lk = s->lost_lock;
    if (!lk)
        return;
    s->lost_lock = NULL;
    stmi_segment *w = &stmi_segs[s->lost_to - 1];
    uint64_t t0 = stmi_now_ns(), limit = 20u * 1000 * 1000;
    for (unsigned i = 0; i < 32 && atomic_load(lk) == s->lost_to; i++)
        __builtin_ia32_pause();
    if (atomic_load(lk) == s->lost_to)
        stmi_pace_ask_segment(w);
    atomic_fetch_add(&w->lock_sleepers, 1);
    for (;;) {
        uint32_t seq = atomic_load(&w->unlocks);
        uint64_t waited = stmi_now_ns() - t0;
        if (atomic_load(lk) != s->lost_to || waited >= limit)
            break;
        stmi_futex_wait(&w->unlocks, seq, limit - waited);
    }
    atomic_fetch_sub(&w->lock_sleepers, 1);
    t->wait_ns += stmi_now_ns() - t0;
}

static void log_abort(stmi_thread *t, stmi_segment *s, int reason, uint64_t lost)
{
    if (!stmi_log_on)
        return;
    stmi_trace_end(t);
    stmi_event(t, STMLOG_TX_ABORT, (uint64_t)reason, lost, NULL);
    stmi_trace_after_abort(t, s, lost);
}

void stmi_abort(stmi_thread *t, int reason)
{
    stmi_segment *s = t->seg;
    if (s->inevitable)
        STMI_DIE("an inevitable transaction cannot abort");
    uint64_t lost = stmi_tx_clock() - s->start_ns;
    __atomic_store_n(&t->elide_depth, 0, __ATOMIC_RELAXED);
    blocked_end();
    log_abort(t, s, reason, lost);
    stmi_restore_backups(s);
    stmi_release_write_locks(s);
    wait_for_winner(t, s);
    drop_nursery(t, s);
    for (size_t i = 0; i < s->tx_new_finalizers.len; i++)
        stmi_finalize_dead(s->tx_new_finalizers.items[i]);
    forget_tx(s);
    stmi_queue_abort(t);
    memset(s->conflict, 0, sizeof s->conflict);
    stmi_tx_restore_snapshot(t);
    t->snapshot.len = 0;
    t->on_commit.len = 0;
    t->on_publish.len = 0;
    t->tl->in_tx = 0;
    t->detached = false;
    t->stats.aborts++;
    __atomic_store_n(&t->contended, STMI_CONTENDED_COMMITS, __ATOMIC_RELAXED);
    t->abort_ns += lost;
    retry_count++;
    stmi_budget_abort(t);
    stmi_segment_release(t, false);
    stmi_run_callbacks(&t->on_abort);
    _longjmp(stm_tl.tx_jmpbuf, 1);
}

/* RTRANS_STM_ABORT_STRESS=N: every Nth commit or first write to an old
 * object aborts its transaction, once (never in a retry, so the program
 * still finishes).  A single-threaded program then takes every restart
 * path deterministically, and its output must not change. */
void stmi_stress_abort(stmi_thread *t)
{
    static __thread unsigned n;
    if (retry_count || t->seg->inevitable || ++n < stmi_cfg.abort_stress)
        return;
    n = 0;
    stmi_abort(t, STMLOG_ABORT_STRESS);
}

void stmi_check_abort_request(stmi_thread *t)
{
    stmi_segment *s = t->seg;
    int r = atomic_load(&s->abort_requested);
    if (STM_LIKELY(!r))
        return;
    if (s->inevitable) {
        atomic_store(&s->abort_requested, 0);
        return;
    }
    if (!s->conflict[STMLOG_CW_OBJECT]) {
        s->conflict[STMLOG_CW_KIND] = (uint64_t)(r - 1);
        s->conflict[STMLOG_CW_OTHER_THREAD] = (uint64_t)atomic_load(&s->abort_by);
    }
    stmi_abort(t, r - 1);
}

void stmi_validate_or_abort(stmi_thread *t)
{
    stmi_trace_pause(t);
    bool ok = stmi_log_catch_up(t->seg, true);
    stmi_trace_resume(t);
    if (!ok)
        stmi_abort(t, STMLOG_ABORT_WRITE_READ);
}

/* ----------------------------------------------------------------- start */

/* Only markers of old objects are ever checked, and only up to the
 * allocator's high-water mark; a small range is cheaper to zero by hand
 * than through the kernel. */
static void clear_markers(stmi_segment *s)
{
    uintptr_t lo = (stmi_lay.old_start / 8) & ~(uintptr_t)(STMI_PAGE - 1);
    uintptr_t hi = stmi_align((stmi_lay.old_start + stmi_heap_high_water_bytes()) / 8,
                              STMI_PAGE);
    if (hi - lo <= 256 * 1024)
        memset(s->base + lo, 0, hi - lo);
    else
        madvise(s->base + lo, hi - lo, MADV_DONTNEED);
}

static void next_read_version(stmi_segment *s)
{
    if (++s->read_version > stmi_cfg.read_versions || s->read_version == 0) {
        clear_markers(s);        /* wrapped: forget every old marker */
        s->read_version = 1;
    }
}

void stm_start_transaction_at(stm_ref *frame_slots, void *root_frame)
{
    stmi_thread *t = stm_tl.priv;
    if (!t)
        stm_fatal(70, "stm_start_transaction from an unregistered thread");
    if (stm_tl.in_tx) {
        if (stm_tl.atomic_depth)
            return;              /* the atomic section kept the transaction */
        stm_fatal(70, "stm_start_transaction inside a transaction");
    }
    if (STM_UNLIKELY(!t->in_zone))
        stmi_zone_enter(t);
    stmi_segment_acquire(t);
    stmi_segment *s = t->seg;
    atomic_store_explicit(&s->tx_serial,
                          atomic_load_explicit(&s->tx_serial, memory_order_relaxed) + 1,
                          memory_order_relaxed);
    atomic_store_explicit(&t->break_asked, 0, memory_order_relaxed);
    atomic_store_explicit(&s->invalidated, false, memory_order_relaxed);
    stmi_tx_snapshot(t, frame_slots);
    next_read_version(s);
    stm_tl.read_version = s->read_version;
    if (retry_count == 0)
        retry_ticket = new_ticket();
    s->start_ticket = retry_ticket;
    s->start_ns = stmi_tx_clock();
    s->in_tx = true;
    stm_tl.in_tx = STM_TX_RUNNING;
    stm_tl.tx_root_frame = root_frame;
    stmi_budget_reset(t);
    stmi_event(t, STMLOG_TX_START, 0, 0, NULL);
    stmi_maybe_park(t);
    stmi_log_catch_up(s, false);
    if (STM_UNLIKELY(stmi_log_on))
        stmi_trace_start(t, s);
    if (retry_count >= STM_MAX_ABORTS)
        stm_become_inevitable("too many aborts in a row");
    /* Transactions that commit before their nursery fills never reach the
       allocation slow path, where major collections are decided: without
       this check a program of small transactions grew its old generation
       up to the heap limit (4 GiB) before collecting it. */
    if (STM_UNLIKELY(stmi_major_wanted()))
        stmi_collect_now(t, false);
}

/* ---------------------------------------------------------------- commit */

static uint32_t published_flags(uint32_t f)
{
    return (f & ~GCFLAG_PRIVATE_MASK) | STM_GCFLAG_WRITE_BARRIER;
}

static void add_object(log_entry *e, stmi_segment *s, uintptr_t ref,
                       uintptr_t start, size_t size, uint64_t marker,
                       uint64_t code)
{
    stmi_entry_add(e, ref, start, size, (char *)obj_in(s->base, start),
                   marker, code);
    if (start == ref) {
        stm_hdr *copy = (stm_hdr *)(e->data + e->objs[e->nobjs - 1].data_off);
        copy->flags = published_flags(copy->flags);
    }
}

/* A whole write of an array whose type has STM_TYPE_CARDS is published
 * as the runs of 16-byte item granules that differ from its backup (the
 * committed bytes, S3), not whole.  Its items have read markers per
 * granule (stm_read_card), and validation of a piece looks at the
 * object's marker and its granules' only, so a store into one attribute
 * of an rtpython instance (its slots array is small, hence written
 * whole) no longer aborts the readers of its other attributes
 * (mt_btree's `self.size += 1` against `node = self.root`).  The bytes
 * left out are the backup's, which every other view already holds: it
 * imported every entry before this one, and none after the lock was
 * taken touched the object.  The header granule is left out too (type
 * and length never change; the flags are the committer's own). */
static bool publish_by_granule(const ws_item *w, const stm_hdr *h)
{
    if (w->kind != WS_WHOLE || !w->backup)
        return false;
    const stmi_tinfo *ti = stmi_tinfo_of(h->tid);
    return ti && (ti->flags & STM_TYPE_CARDS);
}

/* Pushes (start, size) of each run of changed granules of w onto runs;
 * returns the bytes they cover. */
static size_t changed_runs(stmi_segment *s, const ws_item *w, stmi_vec *runs)
{
    const char *now = (const char *)obj_in(s->base, w->ref);
    size_t bytes = 0, run = 0;
    for (size_t off = STM_CARD_ITEMS_OFFSET; off < w->size; off += 16) {
        size_t n = w->size - off < 16 ? w->size - off : 16;
        if (memcmp(now + off, w->backup + off, n) != 0) {
            run += n;
            continue;
        }
        if (run) {
            stmi_vec_push(runs, w->ref + off - run);
            stmi_vec_push(runs, run);
            bytes += run;
            run = 0;
        }
    }
    if (run) {
        stmi_vec_push(runs, w->ref + w->size - run);
        stmi_vec_push(runs, run);
        bytes += run;
    }
    return bytes;
}

/* First pass: the pieces and bytes of the written objects; the runs of
 * the ones published by granule go to s->diff_runs. */
static size_t written_size(stmi_segment *s, size_t *npieces)
{
    stmi_vec *runs = &s->diff_runs;
    runs->len = 0;
    size_t bytes = 0;
    *npieces = 0;
    for (size_t i = 0; i < s->nws; i++) {
        ws_item *w = &s->ws[i];
        if (!publish_by_granule(w, obj_in(s->base, w->ref))) {
            bytes += w->size;            /* whole objects: their size too */
            (*npieces)++;
            continue;
        }
        size_t before = runs->len;
        bytes += changed_runs(s, w, runs);
        *npieces += (runs->len - before) / 2;
    }
    return bytes;
}

static void add_written(log_entry *e, stmi_segment *s)
{
    const uintptr_t *run = s->diff_runs.items;
    for (size_t i = 0; i < s->nws; i++) {
        ws_item *w = &s->ws[i];
        if (!publish_by_granule(w, obj_in(s->base, w->ref))) {
            add_object(e, s, w->ref, w->start, w->size, w->marker, w->code);
            continue;
        }
        /* w's runs, in the order changed_runs pushed them */
        const uintptr_t *end = s->diff_runs.items + s->diff_runs.len;
        for (; run < end && run[0] > w->ref && run[0] < w->ref + w->size; run += 2)
            add_object(e, s, w->ref, run[0], run[1], w->marker, w->code);
    }
}

/* The sizes of the new objects are kept from the first pass to the
 * second (a type-table lookup each: a tenth of the commit of a program's
 * initialisation, which publishes thousands of constants). */
static log_entry *build_entry(stmi_segment *s)
{
    size_t nwritten;
    size_t bytes = written_size(s, &nwritten);
    stmi_vec *sizes = &s->new_sizes;
    sizes->len = 0;
    for (size_t i = 0; i < s->tx_new.len; i++) {
        size_t size = stmi_image_size(obj_in(s->base, s->tx_new.items[i]));
        stmi_vec_push(sizes, size);
        bytes += size;
    }
    log_entry *e = stmi_entry_new(s, nwritten + s->tx_new.len, bytes);
    add_written(e, s);
    e->nwritten = e->nobjs;
    for (size_t i = 0; i < s->tx_new.len; i++) {
        uintptr_t ref = s->tx_new.items[i];
        add_object(e, s, ref, ref, sizes->items[i], 0, 0);
    }
    return e;
}

static void wait_inevitable_done(stmi_thread *t)
{
    stmi_segment *s = t->seg;
    uint64_t t0 = 0;
    int v;
    while ((v = atomic_load(&stmi_inevitable_seg)) != -1 && v != s->num) {
        if (!t0) {
            t0 = stmi_now_ns();
            stmi_event(t, STMLOG_WAIT_START, 0, 0, "inevitable");
        }
        stmi_check_abort_request(t);
        stmi_maybe_park(t);
        pthread_mutex_lock(&inev_mutex);
        if (atomic_load(&stmi_inevitable_seg) == v) {
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            ts.tv_nsec += 1000 * 1000;
            if (ts.tv_nsec >= 1000000000L) {
                ts.tv_sec++;
                ts.tv_nsec -= 1000000000L;
            }
            pthread_cond_timedwait(&inev_cond, &inev_mutex, &ts);
        }
        pthread_mutex_unlock(&inev_mutex);
    }
    if (t0) {
        t->wait_ns += stmi_now_ns() - t0;
        stmi_event(t, STMLOG_WAIT_END, 0, 0, "inevitable");
    }
}

/* The transaction's changes become everyone's: appends the entry. */
/* The transaction's queue puts go into their queues before its entry is
 * in the log (commit lock held, so the entry's seq is the tail's + 1):
 * whoever sees the entry's writes sees its items too (a task_done()
 * counter must never be visible before the put that preceded it).  A
 * taker that finds an item whose entry is not appended yet waits for it
 * (stmi_queue_see). */
static void queue_items_before_entry(stmi_thread *t)
{
    if (t->q_pending.len)
        stmi_queue_commit(t, stmi_log_tail()->seq + 1);
}

/* Returns the appended entry (alive until s imports past it, S6). */
static log_entry *publish(stmi_thread *t)
{
    stmi_segment *s = t->seg;
    if (s->inevitable) {
        log_entry *e = build_entry(s);
        stmi_commit_lock_take();
        queue_items_before_entry(t);
        stmi_log_append(s, e);
        stmi_run_callbacks(&t->on_publish);
        atomic_store(&stmi_inevitable_seg, -1);
        stmi_commit_lock_drop();
        s->inevitable = false;
        stmi_wake_waiters();
        return e;
    }
    for (;;) {
        int v = atomic_load(&stmi_inevitable_seg);
        if (v != -1 && v != s->num)
            blocked_begin();
        wait_inevitable_done(t);
        log_entry *e = build_entry(s);
        stmi_commit_lock_take();
        if (atomic_load(&stmi_inevitable_seg) != -1) {
            stmi_commit_lock_drop();
            stmi_entry_free(e);
            continue;
        }
        if (atomic_load(&s->abort_requested) || !stmi_log_catch_up(s, true)) {
            stmi_commit_lock_drop();
            stmi_entry_free(e);
            stmi_check_abort_request(t);
            stmi_abort(t, STMLOG_ABORT_WRITE_READ);
        }
        queue_items_before_entry(t);
        stmi_log_append(s, e);
        stmi_run_callbacks(&t->on_publish);   /* in commit order */
        stmi_commit_lock_drop();
        blocked_end();
        return e;
    }
}

/* After the entry is in the log: our objects look like committed ones. */
static void after_publish(stmi_segment *s)
{
    stmi_release_write_locks(s);
    for (size_t i = 0; i < s->nws; i++) {
        ws_item *w = &s->ws[i];
        if (w->kind == WS_WHOLE) {
            stm_hdr *h = obj_in(s->base, w->ref);
            h->flags = published_flags(h->flags);
        }
    }
    for (size_t i = 0; i < s->tx_new.len; i++) {
        stm_hdr *h = obj_in(s->base, s->tx_new.items[i]);
        h->flags = published_flags(h->flags);
    }
    for (size_t i = 0; i < s->tx_new_finalizers.len; i++)
        stmi_finalizer_register_old(s->tx_new_finalizers.items[i]);
    s->nursery.remembered.len = 0;
}

static bool nursery_in_use(stmi_thread *t, stmi_segment *s)
{
    return t->tl->nursery_current != s->nursery.start
        || s->nursery.young_large.len || s->nursery.young_finalizers.len;
}

/* No transaction commits with an elided lock: the locks are written as
 * taken first, in this transaction, so every committed state is one that
 * the program without elision could produce (others then wait for the
 * real release).  A lock that another thread took for real meanwhile
 * fails the validation below: this transaction read it free. */
static void cancel_elision(stmi_thread *t)
{
    t->elide_cancel();
    if (t->elide_depth)
        stm_fatal(70, "lock elision: the cancel function left %u sections open",
                  t->elide_depth);
}

void stm_commit_transaction(void)
{
    stmi_thread *t = stmi_me_in_tx("stm_commit_transaction");
    if (stm_tl.atomic_depth) {
        /* no break inside atomic; the root frame may be returning, so the
           transaction must not abort any more, and the frames below it may
           be written in it */
        stm_become_inevitable("commit inside an atomic section");
        t->scan_from = NULL;
        return;
    }
    if (STM_UNLIKELY(t->elide_depth))
        cancel_elision(t);
    if (STM_UNLIKELY(stmi_cfg.abort_stress))
        stmi_stress_abort(t);
    stmi_segment *s = t->seg;
    if (STM_UNLIKELY(stmi_log_on))
        stmi_trace_end(t);
    /* warned by a committer (stmi_log_warn_readers): a transaction that
       would publish validates before it collects and builds its entry;
       a read-only one may still commit (it read one snapshot) */
    if (STM_UNLIKELY(atomic_load_explicit(&s->invalidated, memory_order_relaxed))
        && !s->inevitable && (s->nws || s->tx_new.len))
        stmi_validate_or_abort(t);
    size_t promoted_before = s->tx_new.len;
    if (nursery_in_use(t, s))
        stmi_minor_collect(t, &s->nursery);
    if (promoted_before >= STMI_PRUNE_MIN_NEW)
        stmi_prune_unreached_new(t);
    bool writes = s->nws || s->tx_new.len;
    log_entry *e = NULL;
    if (writes || s->inevitable || t->on_publish.len)
        e = publish(t);
    if (s->nws && stmi_log_warn_readers(s, e))
        __atomic_store_n(&t->contended, STMI_CONTENDED_COMMITS, __ATOMIC_RELAXED);
    if (writes)
        after_publish(s);
    /* a transaction that published has put its items already; one that
       did not (no write, not inevitable) puts them under its snapshot */
    stmi_queue_commit(t, atomic_load(&s->seen)->seq);
    uint64_t dur = stmi_tx_clock() - s->start_ns;
    forget_tx(s);
    t->run_ns += dur;
    t->stats.commits++;
    unsigned contended = __atomic_load_n(&t->contended, __ATOMIC_RELAXED);
    if (contended)   /* a loser's ask racing with this is lost: a hint */
        __atomic_store_n(&t->contended, contended - 1, __ATOMIC_RELAXED);
    retry_count = 0;
    t->snapshot.len = 0;
    t->on_abort.len = 0;
    stm_tl.in_tx = 0;
    t->detached = false;
    stmi_event(t, STMLOG_TX_COMMIT, 0, 0, NULL);
    if (STM_UNLIKELY(t->unsettled_roots))
        stmi_settle_constant_roots(t);
    stmi_budget_commit(t);
    if (writes) {
        stmi_log_trim(false);
        if (atomic_load_explicit(&t->to_free, memory_order_relaxed))
            stmi_entries_reclaim(t);
    }
    stmi_segment_release(t, false);
    stmi_run_callbacks(&t->on_commit);
}

/* ------------------------------------------------------------ inevitable */

void stm_become_inevitable(const char *reason)
{
    stmi_thread *t = stmi_me_in_tx("stm_become_inevitable");
    stmi_segment *s = t->seg;
    if (s->inevitable)
        return;
    for (;;) {
        stmi_check_abort_request(t);
        stmi_commit_lock_take();
        int none = -1;
        if (atomic_load(&stmi_inevitable_seg) == -1) {
            stmi_trace_pause(t);
            bool ok = stmi_log_catch_up(s, true);
            stmi_trace_resume(t);
            if (!ok) {
                stmi_commit_lock_drop();
                stmi_abort(t, STMLOG_ABORT_WRITE_READ);
            }
            atomic_compare_exchange_strong(&stmi_inevitable_seg, &none, s->num);
            s->inevitable = true;
            stmi_commit_lock_drop();
            break;
        }
        stmi_commit_lock_drop();
        wait_inevitable_done(t);
    }
    atomic_store(&s->abort_requested, 0);
    t->stats.inevitable++;
    stmi_event(t, STMLOG_INEVITABLE, 0, 0, reason ? reason : "?");
}

int stm_is_inevitable(void)
{
    stmi_thread *t = stm_tl.priv;
    return t && stm_tl.in_tx && t->seg && t->seg->inevitable;
}

/* Detached: an inevitable transaction whose root frame is gone (a
 * fragment) runs as STM_TX_RUNNING, so that the frames it returns into
 * take their fast paths instead of resuming after every call.  It may
 * only do so while no other thread runs a transaction (an inevitable
 * transaction makes their commits wait), and it ends like any other
 * transaction at the next break point once its budget is used up.
 * Without a root nobody commits it when frames return, so a program
 * without break points would keep it until its next blocking call: the
 * first minor collection after its budget ran out, or after another
 * thread started a transaction, turns it back into a fragment, which
 * the next frame with restart points ends.  The frames it returns into
 * do not lower the scan floor, so minor collections scan the whole
 * shadow stack meanwhile.  Without this, a recursive Duhton function
 * that built a tree of 131071 nodes did so in 105000 transactions: each
 * transaction rooted in a short-lived frame committed when the frame
 * returned, and the fragment after it ended in the next one. */
static void detach(stmi_thread *t)
{
    t->detached = true;
    t->scan_from = NULL;
    stm_tl.in_tx = STM_TX_RUNNING;
}

void stmi_detached_after_minor(stmi_thread *t)
{
    /* an elided section goes on detached to its release (a fragment
       would end, taking its locks, in the next frame with restart points) */
    if (t != stm_tl.priv || stm_tl.atomic_depth || t->elide_depth)
        return;
    if (t->tx_allocated >= t->budget || stmi_others_active(t)) {
        t->detached = false;
        stm_tl.in_tx = STM_TX_FRAGMENT;
        stm_tl.break_mark = 0;
    }
}

/* The restart point below serves only until the transaction is
 * inevitable (an abort request may come while it waits for the token);
 * from then on it never aborts, so this frame may return. */
static void resume_inevitable(stm_ref *floor, const char *reason)
{
    if (STM_SETJMP()) { /* aborted before it became inevitable: retry */ }
    stm_start_transaction(stm_tl.ss_top);
    stm_become_inevitable(reason);
    stm_tl.tx_root_frame = NULL;
    if (!stmi_others_active(stm_tl.priv)) {
        detach(stm_tl.priv);
        return;
    }
    stm_tl.in_tx = STM_TX_FRAGMENT;
    /* young references can be in the slots of the frames the fragment
       returns into: each lowers the floor (stm_fragment_floor) */
    stm_tl.priv->scan_from = floor;
    stm_hint_commit_soon();
}

void stm_resume_inevitable(stm_ref *floor)
{
    if (stm_tl.in_tx == STM_TX_FRAGMENT) {
        stm_fragment_floor(floor);
        return;
    }
    resume_inevitable(floor, "resumed after a callee's transaction break, "
                             "in a frame without a restart point");
}

void stm_fragment_floor(stm_ref *floor)
{
    stmi_thread *t = stm_tl.priv;
    if (t->scan_from && floor < t->scan_from)
        t->scan_from = floor;
}

/* A fragment nobody can be waiting for, with budget left, detaches
 * instead of ending in the frame a call returned to (see detach). */
static bool fragment_goes_on(void)
{
    return !stm_should_break_transaction() && !stmi_others_active(stm_tl.priv);
}

int stm_restart_needed(stm_ref *live_from)
{
    if (stm_tl.in_tx == STM_TX_NONE)
        return 1;
    if (stm_tl.atomic_depth) {
        /* the calling frame goes on in the fragment and may store young
           references in its own slots, below live_from */
        stm_tl.priv->scan_from = NULL;
        return 0;
    }
    if (fragment_goes_on()) {
        detach(stm_tl.priv);
        return 0;
    }
    stm_fragment_floor(live_from);
    stm_commit_transaction();
    return 1;
}

/* --------------------------------------------------------- other entries */

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

int stm_elision_enter(void (*cancel)(void))
{
    stmi_thread *t = stm_tl.priv;
    if (!t || stm_tl.in_tx != STM_TX_RUNNING || stm_tl.atomic_depth)
        return 0;
    t->elide_cancel = cancel;
    __atomic_store_n(&t->elide_depth, t->elide_depth + 1, __ATOMIC_RELAXED);
    if (t->elide_depth == 1)
        stmi_budget_refresh(t);
    return 1;
}

void stm_elision_leave(void)
{
    stmi_thread *t = stm_tl.priv;
    if (!t || t->elide_depth == 0)
        stm_fatal(70, "stm_elision_leave without stm_elision_enter");
    __atomic_store_n(&t->elide_depth, t->elide_depth - 1, __ATOMIC_RELAXED);
    if (t->elide_depth > 0)
        return;
    /* the requests that came during the section take effect now; and a
       section that another thread's transaction may have overlapped, in a
       thread that met a conflict lately (contended), ends its transaction
       at the next break point, so that a conflict on its data costs that
       section, not the many sections (and the code between them) that the
       transaction would otherwise carry: in mt_btree every insert writes
       the tree's size, which every section reads (through the tree's
       root), and one conflict threw away ~150 sections.  Sections without
       conflicts (disjoint data) keep their long transactions. */
    if (!__atomic_load_n(&t->contended, __ATOMIC_RELAXED) || stmi_alone_in_zone(t))
        stmi_budget_refresh(t);
    else
        stmi_budget_spend(t);
    if (t->detached)
        stmi_detached_after_minor(t);
}

void stm_leave_transactional_zone(void)
{
    if (stm_tl.atomic_depth) {
        stm_become_inevitable("blocking call inside an atomic section");
        return;
    }
    stm_commit_transaction();
    stmi_zone_leave(stm_tl.priv);
}

void stm_abort_transaction(void)
{
    stmi_thread *t = stmi_me_in_tx("stm_abort_transaction");
    if (t->seg->inevitable)
        stm_fatal(70, "stm_abort_transaction in an inevitable transaction");
    stmi_abort(t, STMLOG_ABORT_EXPLICIT);
}

/* ---------------------------------------------------- answering the pacer */

/* Let the committers that an inevitable transaction held up append
 * before this thread can become inevitable again (bounded: a tick). */
static void let_blocked_committers_go(void)
{
    uint64_t t0 = stmi_now_ns();
    while (atomic_load(&committers_blocked) > 0
           && stmi_now_ns() - t0 < 1000 * 1000) {
        struct timespec ts = {0, 20 * 1000};
        nanosleep(&ts, NULL);
    }
}

/* A loop without a break point ignored the pacer for a whole tick while a
 * thread waits for this segment or for the inevitable token: end the
 * transaction here, at the loop's poll.  The poll put the live references
 * on the shadow stack; the code around it has no restart point, so what
 * follows runs as an inevitable fragment (as after a callee's break),
 * which the next break point or frame with restart points ends.  The
 * commit hands the segment to the first waiter (the fragment then queues
 * for one); an inevitable transaction first lets the committers it held
 * up append, or a spinning loop would take the token straight back. */
static void yield_at_poll(stmi_thread *t)
{
    bool was_inevitable = t->seg->inevitable;
    t->stats.yields++;
    stm_commit_transaction();
    if (was_inevitable)
        let_blocked_committers_go();
    /* the frames below may hold young references from now on */
    resume_inevitable(stm_tl.ss_base, "resumed after yielding at a loop's poll");
}

/* At a loop's poll (stm_safepoint), the pacer asked this transaction to
 * end (stm_pace.c).  The next break point will; a detached transaction,
 * which is inevitable and would hold every committer up, becomes a
 * fragment; a loop that has no break point yields here, unless the loop
 * runs inside one step of the program (may_end false: see
 * stm_safepoint_in_step). */
static void answer_break_request(stmi_thread *t, bool may_end)
{
    bool others = stmi_others_active(t);
    if (stmi_break_asked_now(t)) {  /* else at the release: stmi_ask_break */
        stm_tl.break_mark = 0;
        if (t->detached && others) {
            t->detached = false;
            stm_tl.in_tx = STM_TX_FRAGMENT;
        }
    }
    if (may_end && atomic_load_explicit(&t->break_asked, memory_order_relaxed) >= 2
        && (stmi_segment_waiters() > 0 || (t->seg->inevitable && others)))
        yield_at_poll(t);
}

static void safepoint(bool may_end)
{
    stmi_thread *t = stm_tl.priv;
    if (!t || !stm_tl.in_tx)
        return;
    stm_tl.poll = 0;
    stmi_check_abort_request(t);
    stmi_maybe_park(t);
    stmi_validate_or_abort(t);
    if (STM_UNLIKELY(atomic_load_explicit(&t->break_asked, memory_order_relaxed))
        && !stm_tl.atomic_depth)
        answer_break_request(t, may_end);
}

void stm_safepoint(void)
{
    safepoint(true);
}

void stm_safepoint_in_step(void)
{
    safepoint(false);
}

void stmi_tx_fini_thread(stmi_thread *t)
{
    (void)t;
    retry_count = 0;
    retry_ticket = 0;
}
