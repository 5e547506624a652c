/* stm_pace.c - liveness (STM build): the pacer asks a transaction that
 * other threads need to end, once it has run for a time slice.
 *
 * A transaction ends at a break point when it has allocated its budget.
 * A loop that allocates nothing would never end its transaction: a thread
 * waiting for a segment would wait forever, and a thread spinning on a
 * flag would never see another thread's commit (its view changes only
 * when it validates).  So the length of a transaction is also measured in
 * time, but only when that matters, and without touching the fast paths:
 *
 * - A pacer thread, started when a second thread registers, looks at the
 *   segments once per tick (STMI_PACE_TICK_NS).  A transaction that was
 *   already running at the previous tick (same start serial) has run for
 *   at least a tick; the pacer asks it to end if someone needs it to: a
 *   thread waits for a segment, or for a commit that it may publish
 *   (stm_commit_wait_begin: a thread blocked on a lock that a transaction
 *   released, or a queue it put into), or it lags
 *   behind the commit log (another thread committed since it last
 *   validated), or it is inevitable while another transaction runs (which
 *   cannot commit meanwhile).
 * - Asking (stmi_pace_ask) sets the thread's break_asked count, lowers
 *   its break mark to 0 (its next break point commits) and sets its poll
 *   word (its next loop back-edge validates, so a reader that never
 *   reaches a break point still sees the commit, by aborting if it read
 *   the old value).  A loop that ignores the request for a whole tick has
 *   no break point: at its next poll it ends its transaction in place
 *   (stm_tx.c, yield_at_poll) if a thread waits for its segment or for the
 *   inevitable token.
 * - The pacer sleeps while fewer than two threads are in the transactional
 *   zone (between a thread's first transaction and a blocking call),
 *   nobody waits for a commit and nothing lags; it ticks every
 *   STMI_PACE_TICK_NS while a thread waits (for a segment, a commit, or
 *   an old inevitable transaction), and every STMI_PACE_SLOW_NS after a
 *   while without (a lagging reader of a commit is warned by the
 *   committer at once, and a wake-up costs 15-30 us of CPU on a virtual
 *   machine and a context switch).
 *
 * So a transaction that another thread needs ends within one to two ticks
 * of running (plus a slow period when the pacer was ticking slowly), at
 * its next break point or loop back-edge. */
#include "runtime/stmseg_internal.h"

#include <stdlib.h>
#include <time.h>

#define STMI_PACE_TICK_NS  (1000 * 1000)        /* 1 ms */
#define STMI_PACE_SLOW_NS  (8 * 1000 * 1000)
#define STMI_PACE_QUIET    16                   /* ticks before slowing */

_Atomic int stmi_zone_threads;
static _Atomic int commit_waiters;   /* threads in stm_commit_wait_begin */

static pthread_mutex_t pace_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pace_cond;
static pthread_t pace_thread;
static bool pace_started, pace_stop, pace_sleeping;
static uint32_t *last_serial;        /* per segment, as seen at the last tick */
static stmi_thread **last_owner;     /* busy owner at the last tick, or NULL */
static unsigned quiet_ticks;
static uint64_t ticks, asks;         /* for the statistics */
static _Atomic uint64_t lock_asks;   /* stmi_pace_ask_segment's asks */

/* Asks u's transaction to end at its next break point: break_asked keeps
 * its break mark at 0 across its minor collections.  Inside an elided lock
 * section the request waits for the section's release (set_break_mark,
 * stm_elision_leave), where the commit writes no lock: a commit inside the
 * section takes the section's locks for real, the other threads' elided
 * sections of them abort or wait, and a thread that waited takes the lock
 * for real in turn, and so on (mt_btree: 14 of 19 such commits were of an
 * inevitable transaction that the pacer asked to end, and each real hold
 * made the other thread wait).  The second request ends the section
 * anyway (stmi_break_asked_now), as do the budget (16 times longer in a
 * section) and stm_hint_commit_soon().  The read of elide_depth races with the
 * section's end: an ask missed that way is seen at the next poll. */
void stmi_ask_break(stmi_thread *u)
{
    int n = atomic_fetch_add_explicit(&u->break_asked, 1, memory_order_relaxed) + 1;
    if (n >= STMI_ELIDED_ASKS || !__atomic_load_n(&u->elide_depth, __ATOMIC_RELAXED))
        __atomic_store_n(&u->tl->break_mark, 0, __ATOMIC_RELAXED);
}

static void ask(stmi_thread *u)
{
    stmi_ask_break(u);
    u->tl->poll = 1;
}

/* Asks u's transaction to end soon (u is alive: stmi_threads_lock held). */
void stmi_pace_ask(stmi_thread *u)
{
    asks++;
    ask(u);
}

/* A loser of a write-write conflict waits for the transaction running in
 * s to release its locks: someone waits for it, so ask it at once, as the
 * pacer would a tick later (a thread that merges many small transactions
 * into one, as the Duhton scheduler's workers do, would otherwise hold
 * the lock until its budget is used). */
void stmi_pace_ask_segment(stmi_segment *s)
{
    pthread_mutex_lock(&stmi_threads_lock);
    stmi_thread *u = stmi_seg_busy_owner(s);
    if (u) {
        ask(u);
        /* the winner of a conflict: its next sections end their
           transactions at their release (stm_elision_leave) */
        __atomic_store_n(&u->contended, STMI_CONTENDED_COMMITS, __ATOMIC_RELAXED);
        lock_asks++;
    }
    pthread_mutex_unlock(&stmi_threads_lock);
}

static bool lags(stmi_segment *s)
{
    return atomic_load_explicit(&s->seen, memory_order_relaxed) != stmi_log_tail();
}

/* One look at the segments.  Returns true if a thread waits: for a
 * segment, for a commit, or for an old inevitable transaction to end (it
 * holds up every other commit).  Only then does the next tick come at
 * the fast rate.  Two threads that just run long transactions, or lag
 * the log, need no hurry: a committer warns the readers of what it wrote
 * at once (stmi_log_warn_readers), and a slow tick asks the rest.  Fast
 * ticks for every transaction older than a tick cost par_trees' 2-thread
 * run ~1000 wake-ups of the pacer a second, and as many context switches
 * on a machine whose two cores its workers use. */
/* A thread blocked in stm_commit_wait_begin waits for a lock release or
 * a queue put, which its thread's transaction publishes through an
 * on-commit callback (rt_commit_signal_fire): only a transaction holding
 * such a callback can end that wait by committing.  Asking every old
 * transaction made mt_quicksort's partitioning worker commit every tick
 * while the other waited for the partition's halves, which it puts only
 * at its end.  The read is racy on purpose: a callback registered just
 * after it is seen at the next tick. */
static bool may_end_a_commit_wait(const stmi_thread *u)
{
    return __atomic_load_n(&u->on_commit.len, __ATOMIC_RELAXED) > 0;
}

/* u's CPU time in ns (0 if unknown: asks then go as before). */
static uint64_t thread_cpu_ns(const stmi_thread *u)
{
    struct timespec ts;
    if (!u->cpu_clock || clock_gettime(u->cpu_clock, &ts) != 0)
        return 0;
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Whether the pacer asks u's transaction (number serial) again.  Inside an
 * elided section the second request ends the section, its locks taken
 * for real (stmi_ask_break), which aborts every other thread's section
 * that read them free; so a second ask of the same transaction inside a
 * section waits until its thread has run a tick of CPU time since the
 * first.  A section still open only because its thread did not run (a
 * loaded machine: mt_btree's two workers got a tenth of a core each,
 * and the pacer's ticks ended ~1 section in 1000) is left to its
 * release; a section that spins waiting for another thread runs, so it
 * still ends within two ticks of its own time. */
static bool ran_since_asked(stmi_thread *u, uint32_t serial)
{
    uint64_t now = thread_cpu_ns(u);
    if (__atomic_load_n(&u->elide_depth, __ATOMIC_RELAXED) && now
        && u->pace_serial == serial && now - u->pace_cpu_ns < STMI_PACE_TICK_NS)
        return false;
    u->pace_serial = serial;
    u->pace_cpu_ns = now;
    return true;
}

static bool tick(void)
{
    int n = stmi_lay.nsegs, busy = 0;
    bool seg_waiters = stmi_segment_waiters() > 0;
    bool commit_wait = stm_commit_waiting();
    bool urgent = seg_waiters || commit_wait;
    pthread_mutex_lock(&stmi_threads_lock);
    for (int i = 0; i < n; i++)
        busy += stmi_seg_busy_owner(&stmi_segs[i]) != NULL;
    for (int i = 0; i < n; i++) {
        stmi_segment *s = &stmi_segs[i];
        stmi_thread *u = stmi_seg_busy_owner(s);
        uint32_t serial = atomic_load_explicit(&s->tx_serial, memory_order_relaxed);
        bool old = u && u == last_owner[i] && serial == last_serial[i];
        last_owner[i] = u;
        last_serial[i] = serial;
        if (!old)
            continue;
        bool holds_up = s->inevitable && busy > 1;
        urgent = urgent || holds_up;
        if ((seg_waiters || (commit_wait && may_end_a_commit_wait(u))
             || lags(s) || holds_up) && ran_since_asked(u, serial))
            stmi_pace_ask(u);
    }
    pthread_mutex_unlock(&stmi_threads_lock);
    return urgent;
}

static bool anything_lags(void)
{
    for (int i = 0; i < stmi_lay.nsegs; i++)
        if (stmi_seg_busy_owner(&stmi_segs[i]) && lags(&stmi_segs[i]))
            return true;
    return false;
}

static void wait_ns(long ns)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_nsec += ns;
    while (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    pthread_cond_timedwait(&pace_cond, &pace_mutex, &ts);
}

static void *pace_main(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&pace_mutex);
    while (!pace_stop) {
        if (atomic_load(&stmi_zone_threads) < 2 && stmi_segment_waiters() == 0
            && !stm_commit_waiting() && !anything_lags()) {
            pace_sleeping = true;
            pthread_cond_wait(&pace_cond, &pace_mutex);
            pace_sleeping = false;
            continue;
        }
        pthread_mutex_unlock(&pace_mutex);
        ticks++;
        bool urgent = tick();
        pthread_mutex_lock(&pace_mutex);
        quiet_ticks = urgent ? 0 : quiet_ticks + 1;
        if (!pace_stop)
            wait_ns(quiet_ticks < STMI_PACE_QUIET ? STMI_PACE_TICK_NS
                                                  : STMI_PACE_SLOW_NS);
    }
    pthread_mutex_unlock(&pace_mutex);
    return NULL;
}

/* Something may need pacing now.  hurry: a thread waits (for a segment
 * or a commit): tick at the fast rate; otherwise (a second thread entered
 * the zone) start ticking, slowly, if the pacer sleeps. */
static void pace_wake(bool hurry)
{
    pthread_mutex_lock(&pace_mutex);
    if (pace_started && (pace_sleeping || (hurry && quiet_ticks >= STMI_PACE_QUIET))) {
        quiet_ticks = hurry ? 0 : STMI_PACE_QUIET;
        pthread_cond_signal(&pace_cond);
    }
    pthread_mutex_unlock(&pace_mutex);
}

void stmi_pace_wake(void)
{
    pace_wake(true);
}

void stm_commit_wait_begin(void)
{
    if (atomic_fetch_add(&commit_waiters, 1) == 0)
        stmi_pace_wake();
}

void stm_commit_wait_end(void)
{
    atomic_fetch_sub(&commit_waiters, 1);
}

int stm_commit_waiting(void)
{
    return atomic_load_explicit(&commit_waiters, memory_order_relaxed) > 0;
}

/* A second thread registered: the pacer may be needed from now on. */
void stmi_pace_start(void)
{
    pthread_mutex_lock(&pace_mutex);
    if (!pace_started) {
        int n = stmi_lay.nsegs;
        last_serial = stmi_xcalloc((size_t)n, sizeof *last_serial);
        last_owner = stmi_xcalloc((size_t)n, sizeof *last_owner);
        pthread_condattr_t ca;
        pthread_condattr_init(&ca);
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
        pthread_cond_init(&pace_cond, &ca);
        pthread_condattr_destroy(&ca);
        pace_stop = false;
        quiet_ticks = 0;
        ticks = asks = 0;
        atomic_store(&lock_asks, 0);
        if (pthread_create(&pace_thread, NULL, pace_main, NULL) != 0)
            STMI_DIE("cannot start the pacer thread");
        pace_started = true;
    }
    pthread_mutex_unlock(&pace_mutex);
}

void stmi_pace_fini(void)
{
    pthread_mutex_lock(&pace_mutex);
    bool started = pace_started;
    pace_stop = true;
    if (started)
        pthread_cond_signal(&pace_cond);
    pthread_mutex_unlock(&pace_mutex);
    if (!started)
        return;
    pthread_join(pace_thread, NULL);
    pthread_cond_destroy(&pace_cond);
    free(last_serial);
    free(last_owner);
    last_serial = NULL;
    last_owner = NULL;
    pace_started = false;
    atomic_store(&stmi_zone_threads, 0);
}

void stmi_pace_summary(FILE *f, uint64_t yields)
{
    fprintf(f, "pacer: %llu ticks, %llu requests to end a transaction"
            " (and %llu for losers of a write lock);"
            " %llu transactions yielded at a loop's poll\n",
            (unsigned long long)ticks, (unsigned long long)asks,
            (unsigned long long)atomic_load(&lock_asks),
            (unsigned long long)yields);
}

/* Zone accounting: a thread is in the transactional zone from its first
 * transaction until a blocking call (or its end). */
void stmi_zone_enter(stmi_thread *t)
{
    t->in_zone = true;
    if (atomic_fetch_add(&stmi_zone_threads, 1) == 1)
        pace_wake(false);
}

bool stmi_alone_in_zone(stmi_thread *t)
{
    int others = atomic_load_explicit(&stmi_zone_threads, memory_order_relaxed)
                 - (t && t->in_zone);
    return others <= 0 && stmi_segment_waiters() == 0 && !stm_commit_waiting();
}

void stmi_zone_leave(stmi_thread *t)
{
    if (!t->in_zone)
        return;
    t->in_zone = false;
    atomic_fetch_sub(&stmi_zone_threads, 1);
}
