/* async.c - exceptions that arrive between two operations: SIGINT becomes
 * KeyboardInterrupt in the main thread, as in CPython, and an exhausted
 * heap MemoryError in the thread that exhausted it.
 *
 * Recording.  Only the thread that runs the program's main module leaves
 * SIGINT unblocked, so the handler runs there.  It records the signal in
 * that thread's rt_async_pending (stm_tl.async, beside the runtime's poll
 * word, so that a loop's poll tests both with one load) and moves the
 * thread's C-stack limit above
 * the stack top, so that the next prologue of a recursive function takes
 * its slow path (rtg_stack_check compares its frame with the limit).
 *
 * Raising (rt_async_raise), at the next point where an exception is
 * expected anyway:
 *   - a loop's back-edge poll in user code (IR_POLL_INTR), which has an
 *     exception edge like any raising operation;
 *   - the prologue of a function on a cycle of the call graph;
 *   - a blocking call: time.sleep, Lock.acquire, Thread.join and reading
 *     stdin wake up (EINTR, or the end of a bounded wait) and raise once
 *     they are back in a transaction; a write interrupted while it blocks
 *     raises too.
 * These are the points where CPython checks: its eval loop's back edges
 * and calls, and its blocking calls.  Loops of the prelude, like CPython's
 * C builtins, do not check.
 *
 * STM: raising consumes the signal, so the transaction becomes inevitable
 * first.  An abort before that leaves the signal pending for the retry;
 * after it the transaction cannot abort, so the exception is raised once
 * and its handlers and finally blocks run once.
 *
 * An uncaught KeyboardInterrupt ends the program as CPython's does: the
 * traceback, the flush at exit, then SIGINT raised again with its default
 * action, so that the parent sees a death by SIGINT (a shell shows 130).
 * A program started with SIGINT ignored keeps ignoring it, as CPython.
 *
 * MemoryError: when the heap is exhausted the runtime calls
 * rt_memory_error_hook in the allocating thread, which records it the same
 * way (without a signal) and lets the runtime lend the heap's reserve, in
 * which the program builds the exception and unwinds.  It is raised at the
 * same kinds of points, in any thread; an allocation cannot raise it at
 * once, since generated code expects every allocation to succeed.
 */
#include "runtime/lib/rtlib-int.h"
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

enum { RT_ASYNC_SIGINT = 1, RT_ASYNC_MEMORY = 2 };

static __thread int tl_is_main;
static __thread char *tl_stack_hi;      /* above every frame of the thread */
static __thread char *tl_saved_limit;
static __thread volatile int tl_hijacked;

/* The next prologue of a recursive function takes its slow path.  Also
 * called from the signal handler (it interrupts only this thread, and the
 * other callers block SIGINT around their updates). */
static void hijack_stack_limit(void)
{
    if (!tl_hijacked && tl_stack_hi) {
        tl_saved_limit = stm_tl.c_stack_limit;
        tl_hijacked = 1;
        stm_tl.c_stack_limit = tl_stack_hi;
    }
}

/* Async-signal context: one atomic or, then this thread's own variables. */
static void on_sigint(int sig)
{
    (void)sig;
    if (!tl_is_main)
        return;
    __atomic_fetch_or(&rt_async_pending, RT_ASYNC_SIGINT, __ATOMIC_RELAXED);
    hijack_stack_limit();
}

static void block_sigint(int how, sigset_t *old)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGINT);
    pthread_sigmask(how, &s, old);
}

void rt_async_init(void)
{
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_DFL) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_sigint;      /* no SA_RESTART: blocking calls wake up */
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, NULL);
    }
    /* threads started from here on inherit the block */
    block_sigint(SIG_BLOCK, NULL);
}

void rt_async_thread_start(void)
{
    pthread_attr_t attr;
    void *lo = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &lo, &size);
        pthread_attr_destroy(&attr);
    }
    tl_stack_hi = lo ? (char *)lo + size : NULL;
}

void rt_async_main_thread(void)
{
    rt_async_thread_start();
    tl_is_main = 1;
    block_sigint(SIG_UNBLOCK, NULL);
}

/* stm_set_memory_error_hook: the runtime lends its reserve (does not
 * allocate). */
int rt_memory_error_hook(void)
{
    sigset_t old;
    block_sigint(SIG_BLOCK, &old);
    __atomic_fetch_or(&rt_async_pending, RT_ASYNC_MEMORY, __ATOMIC_RELAXED);
    hijack_stack_limit();
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return 1;
}

/* Worker threads are created with SIGINT blocked (the creator blocks it
 * around pthread_create). */
void rt_async_block_in_new_threads(sigset_t *old)
{
    block_sigint(SIG_BLOCK, old);
}

void rt_async_restore_mask(const sigset_t *old)
{
    pthread_sigmask(SIG_SETMASK, old, NULL);
}

/* Blocking waits of the main thread: SIGINT is blocked while the flag is
 * tested and unblocked atomically by ppoll, so that a signal arriving just
 * before the wait still ends it.  Both return 1 when interrupted. */
static int wait_unblocked(struct pollfd *fds, nfds_t n, const struct timespec *timeout)
{
    sigset_t old;
    block_sigint(SIG_BLOCK, &old);
    int interrupted = rt_async_pending;
    if (!interrupted) {
        sigset_t during = old;
        sigdelset(&during, SIGINT);
        if (ppoll(fds, n, timeout, &during) < 0 && errno == EINTR)
            interrupted = rt_async_pending;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return interrupted;
}

int rt_async_sleep(double seconds)
{
    struct timespec now, end;
    clock_gettime(CLOCK_MONOTONIC, &end);
    end.tv_sec += (time_t)seconds;
    end.tv_nsec += (long)((seconds - (double)(time_t)seconds) * 1e9);
    if (end.tv_nsec >= 1000000000) {
        end.tv_sec++;
        end.tv_nsec -= 1000000000;
    }
    for (;;) {
        if (!tl_is_main) {
            if (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &end, NULL) == 0)
                return 0;
            continue;
        }
        clock_gettime(CLOCK_MONOTONIC, &now);
        struct timespec left = { end.tv_sec - now.tv_sec, end.tv_nsec - now.tv_nsec };
        if (left.tv_nsec < 0) {
            left.tv_sec--;
            left.tv_nsec += 1000000000;
        }
        if (left.tv_sec < 0)
            return 0;
        if (wait_unblocked(NULL, 0, &left))
            return 1;
    }
}

int rt_async_wait_readable(int fd)
{
    if (!tl_is_main)
        return 0;
    struct pollfd p = { .fd = fd, .events = POLLIN };
    return wait_unblocked(&p, 1, NULL);
}

/* Takes the exception to raise (MemoryError first); the stack limit comes
 * back when nothing else waits. */
static int take_pending(void)
{
    sigset_t old;
    block_sigint(SIG_BLOCK, &old);
    int bit = rt_async_pending & RT_ASYNC_MEMORY ? RT_ASYNC_MEMORY : RT_ASYNC_SIGINT;
    __atomic_fetch_and(&rt_async_pending, ~bit, __ATOMIC_RELAXED);
    if (tl_hijacked && !rt_async_pending) {
        stm_tl.c_stack_limit = tl_saved_limit;
        tl_hijacked = 0;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return bit == RT_ASYNC_MEMORY ? RT_EXC_MEMORY_ERROR : RT_EXC_KEYBOARD_INTERRUPT;
}

int rt_async_raise(void)
{
    if (!rt_async_pending)
        return 0;
#ifdef RTRANS_STM
    /* may abort: then nothing was taken, and the retry raises it */
    if (stm_in_transaction() && !stm_is_inevitable())
        stm_become_inevitable(rt_async_pending & RT_ASYNC_MEMORY ? "MemoryError"
                                                                 : "KeyboardInterrupt");
#endif
    rt_raise(take_pending(), "%s", "");
    return 1;
}

/* After a blocking call left the transactional zone: raise inside a
 * transaction of its own, rooted here and committed before returning, so
 * that the caller restarts as after any blocking call, with the exception
 * set. */
void rt_async_raise_after_blocking(void)
{
    RT_FRAME(fr, 1);
    RT_RESUME_TX(fr);
    rt_async_raise();
    RT_END_TX_IF_ROOT();
    RT_POP(fr);
}

/* rt_main, after the program ended with an uncaught KeyboardInterrupt and
 * everything was flushed: die by SIGINT as CPython does (its exit_sigint). */
void rt_async_exit_by_sigint(void)
{
    signal(SIGINT, SIG_DFL);
    block_sigint(SIG_UNBLOCK, NULL);
    kill(getpid(), SIGINT);
}
