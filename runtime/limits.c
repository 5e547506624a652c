/* limits.c - turning stack exhaustion into clean errors.
 *
 * Every registered thread gets an alternate signal stack, so that the
 * SIGSEGV raised by touching the C stack's guard page can still run a
 * handler.  The handler recognises a fault just below (or in the runtime's
 * margin above) the thread's stack, or in the shadow stack's guard page,
 * and ends the program with exit status 3 and a message naming the limit.
 * Other faults are reported and re-raised with the default action.  The
 * STM build also uses the handler to locate readers (stmi_stm_fault). */
#include "runtime/stm_internal.h"

#include <signal.h>
#include <stdarg.h>
#include <sys/mman.h>
#include <unistd.h>

#define ALTSTACK_SIZE  ((size_t)64 * 1024)
#define GUARD_REACH    ((size_t)1 << 20)   /* faults this far below count */

static size_t runtime_margin(size_t stack_size)
{
    size_t m = (size_t)128 * 1024;
    return m > stack_size / 4 ? stack_size / 4 : m;
}

void stmi_limits_thread_init(stmi_thread *t)
{
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
    }
    t->stack_lo = addr;
    t->stack_hi = (char *)addr + size;
    t->tl->c_stack_limit = addr ? (char *)addr + runtime_margin(size) : NULL;
    t->altstack_size = ALTSTACK_SIZE;
    t->altstack = stmi_mmap(ALTSTACK_SIZE, "the signal stack");
    stack_t ss = {.ss_sp = t->altstack, .ss_size = ALTSTACK_SIZE, .ss_flags = 0};
    sigaltstack(&ss, NULL);
}

void stmi_limits_thread_fini(stmi_thread *t)
{
    stack_t ss = {.ss_flags = SS_DISABLE};
    sigaltstack(&ss, NULL);
    stmi_unmap(t->altstack, t->altstack_size);
    t->altstack = NULL;
}

/* Async-signal context: format into a local buffer and write(2) it. */
__attribute__((noreturn, format(printf, 1, 2)))
static void fatal_from_signal(const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n >= sizeof buf)
        n = sizeof buf - 1;
    if (write(2, "rtrans: ", 8) < 0 || write(2, buf, (size_t)n) < 0
        || write(2, "\n", 1) < 0) {
        /* nothing more can be done about a failing stderr */
    }
    if (stmi_fatal_hook)
        stmi_fatal_hook();
    _exit(STMI_EXIT_LIMIT);
}

static bool in_c_stack_guard(stmi_thread *t, char *addr)
{
    if (!t->stack_lo)
        return false;
    return addr < t->tl->c_stack_limit && addr + GUARD_REACH >= t->stack_lo;
}

static bool in_shadow_guard(stmi_thread *t, char *addr)
{
    char *limit = (char *)t->tl->ss_limit;
    char *map_end = (char *)t->ss_map + t->ss_map_size;
    return addr >= limit && addr < map_end;
}

static void on_segv(int sig, siginfo_t *info, void *uctx)
{
    char *addr = info->si_addr;
    stmi_thread *t = stm_tl.priv;
    if (t && stmi_fault_hook(t, addr, uctx))
        return;
    if (t && in_c_stack_guard(t, addr))
        fatal_from_signal("C stack exhausted (thread %d, stack of %zu bytes):"
                          " recursion too deep", t->id,
                          (size_t)(t->stack_hi - t->stack_lo));
    if (t && in_shadow_guard(t, addr))
        fatal_from_signal("shadow stack overflow (%zu slots): recursion too deep",
                          (size_t)(t->tl->ss_limit - t->tl->ss_base));
    char buf[128];
    int n = snprintf(buf, sizeof buf, "rtrans: fatal signal %d at address %p\n",
                     sig, (void *)addr);
    if (n > 0 && write(2, buf, (size_t)n) < 0) {
        /* ignore */
    }
    signal(sig, SIG_DFL);        /* the faulting instruction re-raises it */
}

void stmi_limits_install(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}

void stm_shadowstack_overflow(void)
{
    stmi_thread *t = stmi_me();
    stm_fatal(STMI_EXIT_LIMIT, "shadow stack overflow (%zu slots): recursion"
              " too deep", t ? (size_t)(stm_tl.ss_limit - stm_tl.ss_base) : 0);
}
