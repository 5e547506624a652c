/* thread.c - threading: threads and locks.
 *
 * A Thread handle (RT_TID_THREAD) holds the argument object and the name
 * (GC references) and points to C state (thr) shared with the OS thread.
 * A Lock (RT_TID_LOCK) keeps its state in the GC object, so acquire and
 * release are transactional; waiters sleep outside the transactional zone
 * on a condition variable that every committed release signals.  The STM
 * build elides the acquire of a free lock (see "lock elision" below). */
#include "runtime/lib/rtlib-int.h"
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <math.h>

void rt_print_exception_in_thread(stm_ref exc, stm_ref name);
int rt_threads_join_all(stm_ref *frame);
static void elide_thread_exit(void);

enum { THR_NEW, THR_STARTING, THR_RUNNING, THR_DONE };

typedef struct thr {
    int state;                 /* THR_* (under thr_lock) */
    int joined;                /* pthread_join claimed (t is done) */
    int refs;                  /* handle + started OS thread */
    pthread_t pt;
    void (*entry)(stm_ref);
    stm_ref *root;             /* global root slot holding the handle */
    struct thr *next;          /* started, not yet joined */
} thr;

typedef struct rt_threadobj {
    stm_hdr hdr;
    stm_ref arg;               /* immutable after rt_thread_new */
    stm_ref name;
    void (*entry)(stm_ref);
    thr *impl;
    uint64_t pad;
} rt_threadobj;

#define THREAD(o) ((rt_threadobj RT_GC *)(o))

static pthread_mutex_t thr_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t thr_cond = PTHREAD_COND_INITIALIZER;
static thr *started;             /* list of started, unjoined threads */
static int starting;             /* started in transactions not yet committed */
static int64_t thread_counter;
static size_t stack_size_setting;   /* 0: default */

#define DEFAULT_THREAD_STACK ((size_t)8 << 20)

static void thr_release_locked(thr *t)
{
    if (--t->refs == 0)
        free(t);
}

/* Handle died: drop its reference (finalizer: touches only the object). */
void rt_thread_finalize(stm_ref o);
void rt_thread_finalize(stm_ref o)
{
    thr *t = THREAD(o)->impl;
    if (!t)
        return;
    pthread_mutex_lock(&thr_lock);
    thr_release_locked(t);
    pthread_mutex_unlock(&thr_lock);
}

stm_ref rt_thread_new(void (*entry)(stm_ref arg), stm_ref arg)
{
    return rt_thread_new_named(entry, arg, NULL);
}

/* CPython's default name: "Thread-N", then " (target's __name__)". */
static stm_ref default_name(const char *target, size_t n)
{
    int64_t k = __atomic_add_fetch(&thread_counter, 1, __ATOMIC_SEQ_CST);
    char buf[64];
    int len = snprintf(buf, sizeof buf, "Thread-%lld", (long long)k);
    rt_cbuf name = {0};
    rt_cbuf_append(&name, buf, (size_t)len);
    if (target) {
        rt_cbuf_append(&name, " (", 2);
        rt_cbuf_append(&name, target, n);
        rt_cbuf_put(&name, ')');
    }
    stm_ref r = rt_str_from_utf8(name.p, name.n);
    rt_cbuf_free(&name);
    return r;
}

stm_ref rt_thread_new_target(void (*entry)(stm_ref arg), stm_ref arg, stm_ref target_name)
{
    size_t n = 0;
    char *p = target_name ? rt_str_to_utf8(target_name, &n) : NULL;
    stm_ref o = rt_thread_new_named(entry, arg, p);
    free(p);
    return o;
}

stm_ref rt_thread_new_named(void (*entry)(stm_ref arg), stm_ref arg, const char *target_name)
{
    RT_FRAME(f, 2);
    f[0] = arg;
    f[1] = default_name(target_name, target_name ? strlen(target_name) : 0);
    stm_ref o = stm_allocate_finalizer(sizeof(rt_threadobj), RT_TID_THREAD);
    thr *t = calloc(1, sizeof *t);
    if (!t)
        stm_out_of_memory("out of memory (thread)");
    t->refs = 1;
    t->entry = entry;
    THREAD(o)->arg = f[0];
    THREAD(o)->name = f[1];
    THREAD(o)->entry = entry;
    THREAD(o)->impl = t;
    RT_POP(f);
    return o;
}

/* ------------------------------------------------------ the new thread */

static void thread_run(thr *t)
{
    RT_FRAME(fr, 2);
    if (STM_SETJMP()) { /* retry */ }
    stm_start_transaction(fr);
    rt_tl_roots_attach();
    fr[0] = *t->root;
    t->entry(THREAD(fr[0])->arg);
    RT_RESUME_TX(fr);
    if (stm_tl.exc) {
        int64_t code;
        fr[1] = stm_tl.exc;
        stm_tl.exc = 0;
        if (!rt_current_program()->exc_is_system_exit(fr[1], &code))
            rt_print_exception_in_thread(fr[1], THREAD(fr[0])->name);
        stm_tl.exc = 0;
    }
    /* Commit before clearing the roots: they are plain memory, and an
     * abort of the transaction that ran entry would re-read them. */
    stm_commit_transaction();
    if (STM_SETJMP()) { /* retry */ }
    stm_start_transaction(fr);
    *t->root = 0;
    rt_tl_roots_detach();
    stm_commit_transaction();
    elide_thread_exit();
    RT_POP(fr);
}

static void *thread_main(void *p)
{
    thr *t = p;
    stm_register_thread();
    rt_async_thread_start();
    thread_run(t);
    rt_tb_thread_exit();
    rt_tmp_thread_exit();
    rt_out_thread_exit();
    stm_unregister_thread();
    pthread_mutex_lock(&thr_lock);
    t->state = THR_DONE;
    pthread_cond_broadcast(&thr_cond);
    pthread_mutex_unlock(&thr_lock);
    return NULL;
}

/* On commit of the starting transaction: the handle is committed (and its
 * root slot up to date), so the new thread can read it. */
static void create_os_thread(void *p)
{
    thr *t = p;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, stack_size_setting ? stack_size_setting
                                                        : DEFAULT_THREAD_STACK);
    pthread_mutex_lock(&thr_lock);
    starting--;
    t->state = THR_RUNNING;
    t->next = started;
    started = t;
    sigset_t mask;
    rt_async_block_in_new_threads(&mask);   /* SIGINT is the main thread's */
    int err = pthread_create(&t->pt, &attr, thread_main, t);
    rt_async_restore_mask(&mask);
    if (err)
        t->state = THR_DONE, t->joined = 1;
    pthread_mutex_unlock(&thr_lock);
    pthread_attr_destroy(&attr);
    if (err)
        stm_fatal(3, "cannot start a thread: %s", strerror(err));
}

static void start_aborted(void *p)
{
    thr *t = p;
    pthread_mutex_lock(&thr_lock);
    starting--;
    t->state = THR_NEW;
    *t->root = 0;
    t->refs--;
    pthread_mutex_unlock(&thr_lock);
}

void rt_thread_start(stm_ref thread)
{
    thr *t = THREAD(thread)->impl;
    pthread_mutex_lock(&thr_lock);
    int state = t->state;
    if (state == THR_NEW) {
        t->state = THR_STARTING;
        t->refs++;
        starting++;
    }
    pthread_mutex_unlock(&thr_lock);
    if (state != THR_NEW) {
        rt_raise(RT_EXC_RUNTIME_ERROR, "threads can only be started once");
        return;
    }
    /* a root slot of its own keeps the handle (and arg) alive until the
     * thread has read it; released when the thread is joined */
    if (!t->root)
        t->root = rt_root_group_claim();
    *t->root = thread;
    stm_on_abort(start_aborted, t);
    stm_on_commit(create_os_thread, t);
    /* the thread is created when this transaction commits: end it at the
     * next break point (a thread alone in the zone ignores
     * rtrans.hint_commit_soon(), and would otherwise run on alone until
     * its allocation budget is used, the new threads not even created) */
    stm_hint_commit_soon();
}

/* Waits (outside the transactional zone) until t has finished, in
 * bounded waits so that a SIGINT in the main thread stops the wait;
 * returns 0 if it did. */
static int wait_done(thr *t)
{
    pthread_mutex_lock(&thr_lock);
    while (t->state != THR_DONE && !rt_async_pending) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += 20 * 1000 * 1000;
        if (until.tv_nsec >= 1000000000) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&thr_cond, &thr_lock, &until);
    }
    int done = t->state == THR_DONE;
    pthread_mutex_unlock(&thr_lock);
    return done;
}

/* pthread_join outside the transactional zone, once t is done.  Several
 * threads may join one thread (Python allows it): the first to get here
 * claims the pthread_join and takes t off the started list; the others
 * return at once, t being done already. */
static void join_os_thread(thr *t)
{
    pthread_mutex_lock(&thr_lock);
    int claimed = t->joined;
    t->joined = 1;
    for (thr **pp = &started; !claimed && *pp; pp = &(*pp)->next)
        if (*pp == t) {
            *pp = t->next;
            break;
        }
    pthread_mutex_unlock(&thr_lock);
    if (claimed)
        return;
    pthread_join(t->pt, NULL);
    pthread_mutex_lock(&thr_lock);
    stm_ref *root = t->root;
    t->root = NULL;
    thr_release_locked(t);
    pthread_mutex_unlock(&thr_lock);
    if (root)
        rt_root_group_release(root);
}

void rt_thread_join(stm_ref thread)
{
    thr *t = THREAD(thread)->impl;
    pthread_mutex_lock(&thr_lock);
    int state = t->state, joined = t->joined;
    pthread_mutex_unlock(&thr_lock);
    if (state == THR_NEW) {
        rt_raise(RT_EXC_RUNTIME_ERROR, "cannot join thread before it is started");
        return;
    }
    if (t->pt == pthread_self() && state == THR_RUNNING) {
        rt_raise(RT_EXC_RUNTIME_ERROR, "cannot join current thread");
        return;
    }
    if (joined)
        return;
    if (stm_is_atomic()) {
        rt_raise(RT_EXC_RUNTIME_ERROR, "join() would block inside rtrans.atomic");
        return;
    }
    /* leaving commits, which also creates the thread if it started in
     * this transaction */
    stm_leave_transactional_zone();
    pthread_mutex_lock(&thr_lock);
    int again = t->joined;
    pthread_mutex_unlock(&thr_lock);
    if (again)
        return;
    if (!wait_done(t)) {
        rt_async_raise_after_blocking();    /* KeyboardInterrupt */
        return;
    }
    join_os_thread(t);
}

/* End of the program: wait for every started thread (CPython does too),
 * outside the transactional zone; the caller's frame restarts afterwards.
 * Returns 1 if a SIGINT stopped the wait (threads are left running). */
int rt_threads_join_all(stm_ref *frame)
{
    (void)frame;
    pthread_mutex_lock(&thr_lock);
    int any = started != NULL || starting > 0;
    pthread_mutex_unlock(&thr_lock);
    if (!any)
        return 0;
    /* leaving commits, which creates the threads started by this
     * transaction (on-commit callbacks) */
    stm_leave_transactional_zone();
    for (;;) {
        pthread_mutex_lock(&thr_lock);
        thr *t = started;
        pthread_mutex_unlock(&thr_lock);
        if (!t)
            break;
        if (!wait_done(t))
            return 1;
        join_os_thread(t);
    }
    return 0;
}

int64_t rt_thread_get_ident(void)
{
    return (int64_t)pthread_self();
}

int64_t rt_thread_stack_size(int64_t n)
{
    if (n != 0 && n < 32768) {
        rt_raise(RT_EXC_VALUE_ERROR, "size not valid: %lld bytes", (long long)n);
        return 0;
    }
    int64_t old = (int64_t)stack_size_setting;
    stack_size_setting = (size_t)n;
    return old;
}

/* ----------------------------------------------------------------- locks */

typedef struct rt_lockobj {
    stm_hdr hdr;
    int64_t locked;
} rt_lockobj;

#define LOCK(o) ((rt_lockobj RT_GC *)(o))

/* Fired by every committed release. */
static rt_commit_signal lock_released = RT_COMMIT_SIGNAL_INIT;

stm_ref rt_lock_new(void)
{
    return stm_allocate(sizeof(rt_lockobj), RT_TID_LOCK);
}

double rt_monotonic_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

uint64_t rt_commit_signal_seq(rt_commit_signal *s)
{
    return __atomic_load_n(&s->seq, __ATOMIC_SEQ_CST);
}

/* The mutex is taken only when someone sleeps: a sleeper counts itself
 * before it compares seq, so either it sees the new seq or the firer sees
 * it counted (both sequentially consistent). */
void rt_commit_signal_fire(void *arg)
{
    rt_commit_signal *s = arg;
    __atomic_add_fetch(&s->seq, 1, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&s->sleepers, __ATOMIC_SEQ_CST) == 0)
        return;
    pthread_mutex_lock(&s->mutex);
    pthread_cond_broadcast(&s->cond);
    pthread_mutex_unlock(&s->mutex);
}

void rt_commit_signal_wait(rt_commit_signal *s, uint64_t seq, double limit)
{
    if (limit > 0.02)
        limit = 0.02;
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_nsec += (long)(limit * 1e9);
    if (until.tv_nsec >= 1000000000) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000;
    }
    stm_commit_wait_begin();
    pthread_mutex_lock(&s->mutex);
    __atomic_add_fetch(&s->sleepers, 1, __ATOMIC_SEQ_CST);
    while (__atomic_load_n(&s->seq, __ATOMIC_SEQ_CST) == seq)
        if (pthread_cond_timedwait(&s->cond, &s->mutex, &until) != 0)
            break;
    __atomic_sub_fetch(&s->sleepers, 1, __ATOMIC_SEQ_CST);
    pthread_mutex_unlock(&s->mutex);
    stm_commit_wait_end();
}

/* CPython's checks of acquire(blocking, timeout); -1 means no timeout.
 * Returns 0 after raising. */
static int lock_timeout_ok(uint8_t blocking, double timeout)
{
    if (isnan(timeout)) {
        rt_raise(RT_EXC_VALUE_ERROR, "Invalid value NaN (not a number)");
        return 0;
    }
    if (!blocking && timeout != -1.0) {
        rt_raise(RT_EXC_VALUE_ERROR,
                 "can't specify a timeout for a non-blocking call");
        return 0;
    }
    if (timeout < 0 && timeout != -1.0) {
        rt_raise(RT_EXC_VALUE_ERROR, "timeout value must be positive");
        return 0;
    }
    if (timeout > RT_LOCK_TIMEOUT_MAX) {
        rt_raise(RT_EXC_OVERFLOW_ERROR,
                 "timestamp out of range for platform time_t");
        return 0;
    }
    return 1;
}

/* ---------------------------------------------------------- lock elision
 *
 * STM build.  Every acquire of a Lock used to write its word, so any two
 * critical sections of one lock conflicted, whatever data they touched.
 * Instead, a lock this transaction reads as free is not written: it goes
 * on the thread's elided stack, and the transaction carries the section
 * to its release (stm_elision_enter: break points do not commit meanwhile
 * unless another thread needs them to), which pops it and writes nothing.
 * The lock went from free to free inside one transaction, so two threads'
 * sections conflict only if their data do; a thread that takes the lock
 * for real commits locked = 1, which aborts every elider that read it free.
 * Before the transaction ends inside a section (a break the pacer asked
 * for, a blocking call, ...), the runtime calls elide_cancel(), which
 * writes every elided lock as taken: the release then is a real one.  So
 * no commit ever shows a state the program without elision could not
 * have produced.  The elided locks live in root slots (they may be young
 * and move, and must stay alive until the commit may write them). */
#ifdef RTRANS_STM

enum {
    ELIDE_MAX = 4,               /* nested elided sections per thread */
    ELIDE_GROUPS = (ELIDE_MAX + RT_TLROOT_COUNT - 1) / RT_TLROOT_COUNT,
    ELIDE_GIVE_UP = 3            /* aborts in a row before an inevitable one */
};

static __thread stm_ref *elide_groups[ELIDE_GROUPS];
static __thread int elided_n;        /* open elided sections */
static __thread int elide_failures;  /* transactions aborted inside one */

static stm_ref *elide_slot(int i)
{
    return &elide_groups[i / RT_TLROOT_COUNT][i % RT_TLROOT_COUNT];
}

static int elided_index(stm_ref lock)
{
    for (int i = 0; i < elided_n; i++)
        if (*elide_slot(i) == lock)
            return i;
    return -1;
}

/* The runtime's cancel: take every elided lock for real, outermost first,
 * inside the transaction about to end. */
static void elide_cancel(void)
{
    for (int i = 0; i < elided_n; i++) {
        stm_ref l = *elide_slot(i);
        stm_write(l);
        LOCK(l)->locked = 1;
    }
    for (; elided_n > 0; elided_n--) {
        *elide_slot(elided_n - 1) = 0;
        stm_elision_leave();
    }
}

/* On abort (the runtime closed the sections): the slots may name young
 * objects that no longer exist. */
static void elide_forget(void *arg)
{
    (void)arg;
    if (elided_n > 0)
        elide_failures++;
    for (; elided_n > 0; elided_n--)
        *elide_slot(elided_n - 1) = 0;
}

/* A thread with ELIDE_MAX sections open takes the next ones for real.  A
 * section that kept aborting becomes inevitable (it then cannot abort)
 * rather than taking its lock for real: a real acquire would abort every
 * other thread's elided section of the lock, and the threads that then
 * wait for it would take it for real in turn (mt_btree: a third of the
 * aborts were on the lock word while the give-up took it for real).
 * Elides the acquire of lock if it is free and the transaction can carry
 * the section; returns 1 if it did. */
static int elide_acquire(stm_ref lock)
{
    if (elided_n == ELIDE_MAX)
        return 0;
    if (elide_failures >= ELIDE_GIVE_UP) {
        elide_failures = 0;
        RT_FRAME(fr, 1);
        fr[0] = lock;
        stm_become_inevitable("lock elision: aborted 3 times in a row");
        lock = fr[0];                   /* it may collect */
        RT_POP(fr);
    }
    if (!elide_groups[0])
        for (int g = 0; g < ELIDE_GROUPS; g++)
            elide_groups[g] = rt_root_group_claim();
    stm_read(lock);
    if (LOCK(lock)->locked || !stm_elision_enter(elide_cancel))
        return 0;
    if (elided_n == 0)
        stm_on_abort(elide_forget, NULL);
    *elide_slot(elided_n++) = lock;
    return 1;
}

/* Releases lock if its acquire was elided; returns 1 if it was. */
static int elide_release(stm_ref lock)
{
    int i = elided_index(lock);
    if (i < 0)
        return 0;
    for (; i + 1 < elided_n; i++)
        *elide_slot(i) = *elide_slot(i + 1);
    *elide_slot(--elided_n) = 0;
    stm_elision_leave();
    if (elided_n == 0)
        elide_failures = 0;
    return 1;
}

/* A thread's root slots go back at its end (no section is open then). */
static void elide_thread_exit(void)
{
    for (int g = 0; g < ELIDE_GROUPS && elide_groups[g]; g++) {
        rt_root_group_release(elide_groups[g]);
        elide_groups[g] = NULL;
    }
}

/* The acquire of a lock this thread holds elided: a Lock is not
 * reentrant, so acquire(False) fails; a blocking acquire takes the elided
 * locks for real first and then waits, as it would have without elision
 * (until its timeout, or forever: the same deadlock). */
static int elided_by_me(stm_ref lock, uint8_t blocking)
{
    if (elided_index(lock) < 0)
        return 0;
    if (blocking)
        elide_cancel();
    return 1;
}

#else
static int elide_acquire(stm_ref lock) { (void)lock; return 0; }
static int elide_release(stm_ref lock) { (void)lock; return 0; }
static int elided_index(stm_ref lock) { (void)lock; return -1; }
static int elided_by_me(stm_ref lock, uint8_t blocking)
{
    (void)lock, (void)blocking;
    return 0;
}
static void elide_thread_exit(void) {}
#endif

/* Lock.acquire(blocking, timeout): a waiter ends its transaction and
 * sleeps outside the transactional zone until a release commits (or its
 * deadline passes), then retries in a new transaction. */
uint8_t rt_lock_acquire(stm_ref lock, uint8_t blocking, double timeout)
{
    if (!lock_timeout_ok(blocking, timeout))
        return 0;
    if (elided_by_me(lock, blocking)) {
        if (!blocking)
            return 0;
    } else if (elide_acquire(lock)) {
        return 1;
    }
    double deadline = timeout >= 0 ? rt_monotonic_now() + timeout : 0;
    RT_FRAME(fr, 1);
    fr[0] = lock;
    uint8_t got = 0;
    for (;;) {
        uint64_t seq = rt_commit_signal_seq(&lock_released);
        stm_ref l = fr[0];
        stm_read(l);
        if (!LOCK(l)->locked) {
            stm_write(l);
            LOCK(l)->locked = 1;
            got = 1;
            break;
        }
        if (!blocking)
            break;
        double left = timeout >= 0 ? deadline - rt_monotonic_now() : 1.0;
        if (left <= 0)
            break;                      /* timed out */
        if (stm_is_atomic()) {
            rt_raise(RT_EXC_RUNTIME_ERROR,
                     "Lock.acquire() would block inside rtrans.atomic");
            break;
        }
        stm_leave_transactional_zone();
        rt_commit_signal_wait(&lock_released, seq, left);
        RT_RESUME_TX(fr);
        if (rt_async_pending && rt_async_raise())
            break;                      /* KeyboardInterrupt */
    }
    RT_END_TX_IF_ROOT();
    RT_POP(fr);
    return got;
}

void rt_lock_release(stm_ref lock)
{
    if (elide_release(lock))
        return;
    stm_read(lock);
    if (!LOCK(lock)->locked) {
        rt_raise(RT_EXC_RUNTIME_ERROR, "release unlocked lock");
        return;
    }
    stm_write(lock);
    LOCK(lock)->locked = 0;
    stm_on_commit(rt_commit_signal_fire, &lock_released);
    /* the release is real only when this transaction commits: end it at
     * the next break point if a thread waits (the pacer bounds the rest:
     * a waiter that came after this check) */
    if (stm_commit_waiting())
        stm_hint_commit_soon();
}

uint8_t rt_lock_locked(stm_ref lock)
{
    if (elided_index(lock) >= 0)
        return 1;
    stm_read(lock);
    return LOCK(lock)->locked != 0;
}
