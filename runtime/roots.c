/* roots.c - what a collection and a transaction read of every thread:
 * the thread-local state and the list of registered threads,
 * shadow-stack and global roots, the restart snapshot, commit/abort
 * callbacks and the transaction length budget.  Middle layer: called by
 * the collectors and both builds; calls base.c and the build only.
 * Shared by both builds. */
#include "runtime/stm_internal.h"

#include <stdlib.h>

__thread stm_thread_local stm_tl;

/* Registered threads (core.c links and unlinks them). */
stmi_thread *stmi_threads;
pthread_mutex_t stmi_threads_lock = PTHREAD_MUTEX_INITIALIZER;
int stmi_nthreads;

typedef struct root_range {
    stm_ref *roots;
    size_t n;
    stmi_thread *owner;          /* constant roots: the registering thread */
    _Atomic bool settled;        /* constant roots, once it committed (STM) */
} root_range;

/* Registrations are rare and every minor collection reads the list, so
 * readers take no lock: a registration publishes a new copy (the old
 * copies are kept until teardown, as a reader may still walk them); the
 * ranges themselves are shared by the copies. */
typedef struct roots_list {
    size_t n;
    struct roots_list *older;
    root_range *r[];
} roots_list;

static roots_list *_Atomic global_roots;
static pthread_mutex_t global_roots_lock = PTHREAD_MUTEX_INITIALIZER;

/* ----------------------------------------------------------------- roots */

static void visit_slots(stm_ref *lo, stm_ref *hi, stmi_visit_fn visit, void *ctx)
{
    for (stm_ref *s = lo; s < hi; s++) {
        uintptr_t v = (uintptr_t)*s;
        if (v && !(v & 1))
            visit((uintptr_t *)s, ctx);
    }
}

/* Where a minor collection starts scanning the shadow stack: young
 * references can only be in slots written since the nursery was last
 * empty (see stmi_thread.scan_from). */
stm_ref *stmi_minor_scan_start(const stmi_thread *t)
{
    const stm_thread_local *tl = t->tl;
    stm_ref *lo = t->scan_from;
    if (!lo || lo < tl->ss_base)
        return tl->ss_base;
    return lo > tl->ss_top ? tl->ss_top : lo;
}

void stmi_thread_roots(stmi_thread *t, stmi_visit_fn visit, void *ctx, bool minor)
{
    stm_thread_local *tl = t->tl;
    stm_ref *lo = minor ? stmi_minor_scan_start(t) : tl->ss_base;
    visit_slots(lo, tl->ss_top, visit, ctx);
    if (minor)
        t->stats.stack_slots_scanned += (uint64_t)(tl->ss_top - lo);
    /* snapshot slots of frames that are currently popped are roots too:
       an abort puts them back */
    for (size_t i = 0; i < t->snapshot.len; i++) {
        uintptr_t *slot = &t->snapshot.items[i];
        if (*slot && !(*slot & 1))
            visit(slot, ctx);
    }
    if (t->snap_exc)
        visit((uintptr_t *)&t->snap_exc, ctx);
    if (t->snap_exc_value)
        visit((uintptr_t *)&t->snap_exc_value, ctx);
    if (tl->exc)
        visit((uintptr_t *)&tl->exc, ctx);
    if (tl->exc_value)
        visit((uintptr_t *)&tl->exc_value, ctx);
}

static void register_roots(stm_ref *roots, size_t n, stmi_thread *owner)
{
    root_range *r = stmi_xcalloc(1, sizeof *r);
    r->roots = roots;
    r->n = n;
    r->owner = owner;
    pthread_mutex_lock(&global_roots_lock);
    roots_list *old = atomic_load(&global_roots);
    size_t count = old ? old->n : 0;
    roots_list *l = stmi_xmalloc(sizeof *l + (count + 1) * sizeof(root_range *));
    if (count)
        memcpy(l->r, old->r, count * sizeof(root_range *));
    l->r[count] = r;
    l->n = count + 1;
    l->older = old;
    atomic_store_explicit(&global_roots, l, memory_order_release);
    pthread_mutex_unlock(&global_roots_lock);
}

void stm_register_global_roots(stm_ref *roots, size_t n)
{
    register_roots(roots, n, NULL);
}

void stm_register_constant_roots(stm_ref *roots, size_t n)
{
    stmi_thread *t = stmi_me();
    if (!t)
        stm_fatal(70, "stm_register_constant_roots from an unregistered thread");
    t->unsettled_roots++;
    register_roots(roots, n, t);
}

void stmi_global_roots(stmi_visit_fn visit, void *ctx)
{
    roots_list *l = atomic_load_explicit(&global_roots, memory_order_acquire);
    for (size_t i = 0; l && i < l->n; i++)
        visit_slots(l->r[i]->roots, l->r[i]->roots + l->r[i]->n, visit, ctx);
}

/* The slots of [s, end) that point into [lo, lo + span) (the nursery). */
static void visit_young_slots(stm_ref *s, stm_ref *end, uintptr_t lo, uintptr_t span,
                              stmi_visit_fn visit, void *ctx)
{
    for (; s < end; s++)
        if (STM_UNLIKELY((uintptr_t)*s - lo < span))
            visit((uintptr_t *)s, ctx);
}

/* A minor collection's global roots: the slots that point into [lo, hi)
 * (the nursery) or to one of young_large.  Settled constant ranges cannot;
 * the others are filtered in one tight loop (a Duhton interpreter has
 * thousands of constants, and commits collect the nursery each time).
 * Without young large objects the loop is a subtraction and a compare per
 * slot: testing young_large in it as well, whose length the compiler
 * reloaded after every slot, cost 13 instructions a slot, 10% of a Duhton
 * run of small transactions on 2 threads. */
void stmi_global_roots_young(uintptr_t lo, uintptr_t hi, const stmi_vec *young_large,
                             stmi_visit_fn visit, void *ctx)
{
    roots_list *l = atomic_load_explicit(&global_roots, memory_order_acquire);
    bool large = young_large->len != 0;
    for (size_t i = 0; l && i < l->n; i++) {
        root_range *r = l->r[i];
        if (atomic_load_explicit(&r->settled, memory_order_relaxed))
            continue;
        stm_ref *end = r->roots + r->n;
        if (!large) {
            visit_young_slots(r->roots, end, lo, hi - lo, visit, ctx);
            continue;
        }
        for (stm_ref *s = r->roots; s < end; s++) {
            uintptr_t v = (uintptr_t)*s;
            if (v - lo < hi - lo || (v && stmi_vec_contains(young_large, v)))
                visit((uintptr_t *)s, ctx);
        }
    }
}

/* t committed: the constant roots it registered hold committed objects
 * and will not change any more. */
void stmi_settle_constant_roots(stmi_thread *t)
{
    roots_list *l = atomic_load_explicit(&global_roots, memory_order_acquire);
    for (size_t i = 0; l && i < l->n; i++)
        if (l->r[i]->owner == t)
            atomic_store_explicit(&l->r[i]->settled, true, memory_order_relaxed);
    t->unsettled_roots = 0;
}

/* Teardown: no thread walks the lists any more. */
void stmi_roots_fini(void)
{
    roots_list *l = atomic_exchange(&global_roots, NULL);
    for (size_t i = 0; l && i < l->n; i++)
        free(l->r[i]);
    while (l) {
        roots_list *older = l->older;
        free(l);
        l = older;
    }
}

/* ---------------------------------------------------- transaction common */

void stmi_tx_snapshot(stmi_thread *t, stm_ref *frame_slots)
{
    stm_thread_local *tl = t->tl;
    if (frame_slots < tl->ss_base || frame_slots > tl->ss_top)
        stm_fatal(70, "stm_start_transaction: frame_slots outside the shadow stack");
    t->snapshot.len = 0;
    for (stm_ref *s = frame_slots; s < tl->ss_top; s++)
        stmi_vec_push(&t->snapshot, (uintptr_t)*s);
    t->snap_first = frame_slots;
    t->scan_from = frame_slots;
    t->snap_exc = tl->exc;
    t->snap_exc_value = tl->exc_value;
    t->snap_atomic = tl->atomic_depth;
    t->snap_depth = tl->depth;
    tl->tx_root_ss = tl->ss_top;
}

void stmi_tx_restore_snapshot(stmi_thread *t)
{
    stm_thread_local *tl = t->tl;
    for (size_t i = 0; i < t->snapshot.len; i++)
        t->snap_first[i] = (stm_ref)t->snapshot.items[i];
    tl->ss_top = tl->tx_root_ss;
    tl->exc = t->snap_exc;
    tl->exc_value = t->snap_exc_value;
    tl->atomic_depth = t->snap_atomic;
    tl->depth = t->snap_depth;
}

void stmi_run_callbacks(stmi_vec *v)
{
    /* callbacks may register more callbacks only in a new transaction, so
       the vector is detached first */
    stmi_vec run = *v;
    memset(v, 0, sizeof *v);
    for (size_t i = 0; i + 1 < run.len; i += 2) {
        void (*cb)(void *) = (void (*)(void *))run.items[i];
        cb((void *)run.items[i + 1]);
    }
    run.len = 0;
    if (!v->items)
        *v = run;
    else
        stmi_vec_free(&run);
}

void stm_on_commit(void (*cb)(void *), void *arg)
{
    stmi_thread *t = stmi_me();
    if (!t || !stm_tl.in_tx) {
        cb(arg);
        return;
    }
    stmi_vec_push(&t->on_commit, (uintptr_t)cb);
    stmi_vec_push(&t->on_commit, (uintptr_t)arg);
}

void stm_on_publish(void (*cb)(void *), void *arg)
{
#ifdef RTRANS_STM
    stmi_thread *t = stmi_me();
    if (t && stm_tl.in_tx) {
        stmi_vec_push(&t->on_publish, (uintptr_t)cb);
        stmi_vec_push(&t->on_publish, (uintptr_t)arg);
        return;
    }
#endif
    cb(arg);
}

int stm_thread_count(void)
{
    return __atomic_load_n(&stmi_nthreads, __ATOMIC_RELAXED);
}

void stm_on_abort(void (*cb)(void *), void *arg)
{
    stmi_thread *t = stmi_me();
    if (!t || !stm_tl.in_tx)
        return;
    stmi_vec_push(&t->on_abort, (uintptr_t)cb);
    stmi_vec_push(&t->on_abort, (uintptr_t)arg);
}

/* ------------------------------------------------------ transaction length */

#define BUDGET_MIN   ((size_t)16 * 1024)
#define BUDGET_START ((size_t)256 * 1024)
/* An elided lock section may make its transaction this many times longer
 * than the budget before a break point ends the elision (it rarely needs
 * to: a critical section is usually short; the bound keeps a lock held
 * for a thread's whole life from making one endless transaction). */
#define ELIDED_BUDGET_SHIFT 4

static void set_break_mark(stmi_thread *t)
{
    stm_thread_local *tl = t->tl;
    size_t budget = t->elide_depth ? t->budget << ELIDED_BUDGET_SHIFT : t->budget;
    /* a request inside an elided section waits for its release, up to
       a bound (stmi_break_asked_now) */
    if (t->tx_allocated >= budget || stmi_break_asked_now(t)) {
        tl->break_mark = 0;
        return;
    }
    uintptr_t start = t->nursery ? t->nursery->start : tl->nursery_current;
    uintptr_t base = tl->nursery_current > start ? tl->nursery_current : start;
    size_t done = t->tx_allocated + (base - start);
    tl->break_mark = done >= budget ? 0 : start + (budget - t->tx_allocated);
}

void stmi_budget_reset(stmi_thread *t)
{
    if (!t->budget)
        t->budget = BUDGET_START;
    t->tx_allocated = 0;
    set_break_mark(t);
}

/* The elision depth changed: the break mark follows its budget (commit
 * hints and the pacer's requests still end the transaction soon). */
void stmi_budget_refresh(stmi_thread *t)
{
    set_break_mark(t);
}

/* The transaction ends at the next break point outside an elided section:
 * its budget is spent, but not a section's longer one, so a section that
 * opens before that break point still runs to its release. */
void stmi_budget_spend(stmi_thread *t)
{
    if (t->tx_allocated < t->budget)
        t->tx_allocated = t->budget;
    set_break_mark(t);
}

void stmi_budget_after_minor(stmi_thread *t, size_t used)
{
    t->tx_allocated += used;
    set_break_mark(t);
#ifdef RTRANS_STM
    if (t->detached)
        stmi_detached_after_minor(t);
#endif
}

/* Transactions grow while they commit, shrink after aborts (stmgc's rule
 * of thumb: 90% after an abort). */
void stmi_budget_commit(stmi_thread *t)
{
    size_t max = stmi_cfg.nursery_size * 4;
    if (t->budget < max)
        t->budget += t->budget / 8 + 1;
    stmi_budget_reset(t);
}

void stmi_budget_abort(stmi_thread *t)
{
    t->budget = t->budget / 10 * 9;
    if (t->budget < BUDGET_MIN)
        t->budget = BUDGET_MIN;
    stmi_budget_reset(t);
}

/* Sticky until the transaction ends: a minor collection recomputes the
 * break mark from the budget, which this uses up. */
void stm_hint_commit_soon(void)
{
    stmi_thread *t = stm_tl.priv;
    size_t full = t ? t->budget << ELIDED_BUDGET_SHIFT : 0;
    if (t && full > t->tx_allocated)
        t->tx_allocated = full;     /* used up, even inside an elided section */
    stm_tl.break_mark = 0;
}

/* Inside an elided lock section the hint is a request like another
 * thread's (stmi_ask_break): the first waits for the outermost release,
 * the second in the same transaction ends the section anyway, so an
 * allocation-free loop that waits inside a section still ends.  rtpython
 * hints every 4096 back-edges, wherever the count runs out: in mt_btree
 * that was mostly inside `with lock:`, and the commit there took the lock
 * for real, which aborted the other thread's sections that had read it
 * free (~60% of the aborts, rtrans-stmlog). */
void stm_hint_commit_soon_if_others(void)
{
#ifdef RTRANS_STM
    stmi_thread *t = stm_tl.priv;
    if (stmi_alone_in_zone(t))
        return;
    if (t && t->elide_depth) {
        atomic_fetch_add_explicit(&t->break_asked, 1, memory_order_relaxed);
        set_break_mark(t);
        return;
    }
#endif
    stm_hint_commit_soon();
}
