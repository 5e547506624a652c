/* stm_trace.c - locating both sides of a conflict (STM build, only while
 * RTRANS_STM_LOG is set; nothing here runs otherwise).
 *
 * Writer: the write barrier's slow path records the innermost marker and
 * its caller's address with each written object; they travel in the log
 * entry (write-read conflicts) or in a side table indexed like the write
 * locks (write-write conflicts: the loser reads the holder's location).
 *
 * Reader: a transaction that aborts because another one committed an
 * object it had read does not know where it read it.  Its retry protects
 * the page holding that object's header in its own segment (PROT_NONE).
 * The first access from the program faults; the handler records the
 * innermost marker and the faulting instruction's address, unprotects the
 * page, and the instruction is retried.  A fault on a neighbouring object
 * of the same page is let through by unprotecting, single-stepping the
 * instruction (trap flag) and protecting again.  The runtime's own
 * accesses pause the trace; other threads touching the page (a major
 * collection reading every view) end it.  The conflict event is written
 * when the retry commits or aborts, with whatever was found. */
#include "runtime/stmseg_internal.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <ucontext.h>

typedef struct stmi_rtrace {
    uint64_t conflict[STMLOG_CW_COUNT];
    bool pending;                /* a write-read conflict awaits its reader */
    bool paused;                 /* unprotected while the runtime works */
    bool stepping;               /* single-stepping past a neighbour */
    uintptr_t obj;
    size_t obj_size;
    char *page;                  /* protected page, or NULL */
    stmi_segment *seg;
} stmi_rtrace;

static char *_Atomic *traced_pages;    /* per segment: its protected page */
static uint64_t *lock_marker, *lock_code;   /* write-write: holder's location */

#define EFLAGS_TF 0x100

static void on_trap(int sig, siginfo_t *info, void *uctx);

void stmi_trace_init(void)
{
    if (!stmi_log_on)
        return;
    traced_pages = stmi_xcalloc((size_t)stmi_lay.nsegs, sizeof *traced_pages);
    size_t n = (stmi_lay.old_end - stmi_lay.old_start) / 16;
    lock_marker = stmi_mmap(n * sizeof *lock_marker, "the conflict log");
    lock_code = stmi_mmap(n * sizeof *lock_code, "the conflict log");
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_trap;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTRAP, &sa, NULL);
}

void stmi_trace_fini(void)
{
    if (!traced_pages)
        return;
    size_t n = (stmi_lay.old_end - stmi_lay.old_start) / 16;
    free(traced_pages);
    traced_pages = NULL;
    stmi_unmap(lock_marker, n * sizeof *lock_marker);
    stmi_unmap(lock_code, n * sizeof *lock_code);
}

/* ------------------------------------------------------ write-write side */

void stmi_trace_lock_taken(uintptr_t lockref, uint64_t marker, uint64_t code)
{
    size_t i = (lockref - stmi_lay.old_start) >> 4;
    __atomic_store_n(&lock_marker[i], marker, __ATOMIC_RELAXED);
    __atomic_store_n(&lock_code[i], code, __ATOMIC_RELAXED);
}

void stmi_trace_lock_holder(uintptr_t lockref, uint64_t *marker, uint64_t *code)
{
    size_t i = (lockref - stmi_lay.old_start) >> 4;
    *marker = __atomic_load_n(&lock_marker[i], __ATOMIC_RELAXED);
    *code = __atomic_load_n(&lock_code[i], __ATOMIC_RELAXED);
}

/* ------------------------------------------------------------- the trace */

static stmi_rtrace *rtrace_of(stmi_thread *t)
{
    if (!t->rtrace)
        t->rtrace = stmi_xcalloc(1, sizeof(stmi_rtrace));
    return t->rtrace;
}

static void protect(stmi_rtrace *r, int prot)
{
    mprotect(r->page, STMI_PAGE, prot);
}

static void unprotect_for_good(stmi_rtrace *r)
{
    if (!r->page)
        return;
    atomic_store(&traced_pages[r->seg->num], NULL);
    protect(r, PROT_READ | PROT_WRITE);
    r->page = NULL;
    r->paused = false;
}

static void emit(stmi_thread *t, stmi_rtrace *r)
{
    if (!r->pending)
        return;
    r->pending = false;
    const stmi_tinfo *ti = stmi_tinfo_of(obj_at(r->obj)->tid);
    stmi_event_words(t, STMLOG_CONTENTION, r->conflict, STMLOG_CW_COUNT,
                     ti ? ti->name : NULL);
}

/* The transaction that aborted on a read conflict will retry: look for
 * its reader then.  Other conflicts are complete already. */
void stmi_trace_after_abort(stmi_thread *t, stmi_segment *s, uint64_t lost)
{
    if (!stmi_log_on || !s->conflict[STMLOG_CW_OBJECT])
        return;
    stmi_rtrace *r = rtrace_of(t);
    unprotect_for_good(r);
    emit(t, r);                  /* an earlier search that found nothing */
    memcpy(r->conflict, s->conflict, sizeof r->conflict);
    r->conflict[STMLOG_CW_LOST_NS] = lost;
    r->pending = true;
    r->obj = s->conflict[STMLOG_CW_OBJECT];
    if (s->conflict[STMLOG_CW_KIND] != STMLOG_ABORT_WRITE_READ
        || s->conflict[STMLOG_CW_READER_CODE])
        emit(t, r);
}

void stmi_trace_start(stmi_thread *t, stmi_segment *s)
{
    stmi_rtrace *r = t->rtrace;
    if (!r || !r->pending || r->page)
        return;
    if (!stmi_old_is_object(r->obj)) {
        emit(t, r);              /* freed meanwhile */
        return;
    }
    r->seg = s;
    r->obj_size = stmi_image_size(obj_in(s->base, r->obj));
    r->page = (char *)((uintptr_t)obj_in(s->base, r->obj) & ~(uintptr_t)(STMI_PAGE - 1));
    atomic_store(&traced_pages[s->num], r->page);
    protect(r, PROT_NONE);
}

/* The retry ends (commit or abort): report what was found. */
void stmi_trace_end(stmi_thread *t)
{
    stmi_rtrace *r = t->rtrace;
    if (!r)
        return;
    unprotect_for_good(r);
    emit(t, r);
}

void stmi_trace_pause(stmi_thread *t)
{
    stmi_rtrace *r = t->rtrace;
    if (!r || !r->page || r->paused)
        return;
    if (atomic_load(&traced_pages[r->seg->num]) != r->page) {
        r->page = NULL;          /* another thread ended it */
        return;
    }
    protect(r, PROT_READ | PROT_WRITE);
    r->paused = true;
}

void stmi_trace_resume(stmi_thread *t)
{
    stmi_rtrace *r = t->rtrace;
    if (!r || !r->page || !r->paused)
        return;
    r->paused = false;
    if (atomic_load(&traced_pages[r->seg->num]) == r->page && t->seg == r->seg)
        protect(r, PROT_NONE);
    else
        r->page = NULL;
}

/* -------------------------------------------------------------- signals */

static void found_reader(stmi_thread *t, stmi_rtrace *r, ucontext_t *uc)
{
    r->conflict[STMLOG_CW_READER_MARKER] = stmi_innermost_marker(t->tl);
    r->conflict[STMLOG_CW_READER_CODE] = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
    atomic_store(&traced_pages[r->seg->num], NULL);
    protect(r, PROT_READ | PROT_WRITE);
    r->page = NULL;
}

/* Async-signal context: only mprotect and plain stores. */
bool stmi_reader_trace_fault(stmi_thread *t, char *addr, void *uctx)
{
    if (!traced_pages)
        return false;
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        char *page = atomic_load(&traced_pages[i]);
        if (!page || addr < page || addr >= page + STMI_PAGE)
            continue;
        stmi_rtrace *r = t ? t->rtrace : NULL;
        if (!r || r->page != page || t->seg != r->seg) {
            /* someone else reads this view: the trace ends unanswered */
            if (atomic_compare_exchange_strong(&traced_pages[i], &page, NULL))
                mprotect(page, STMI_PAGE, PROT_READ | PROT_WRITE);
            return true;
        }
        char *obj = (char *)obj_in(r->seg->base, r->obj);
        if (addr >= obj && addr < obj + r->obj_size) {
            found_reader(t, r, uctx);
        } else {
            protect(r, PROT_READ | PROT_WRITE);
            ((ucontext_t *)uctx)->uc_mcontext.gregs[REG_EFL] |= EFLAGS_TF;
            r->stepping = true;
        }
        return true;
    }
    return false;
}

static void on_trap(int sig, siginfo_t *info, void *uctx)
{
    (void)info;
    stmi_thread *t = stm_tl.priv;
    stmi_rtrace *r = t ? t->rtrace : NULL;
    if (!r || !r->stepping) {
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    ((ucontext_t *)uctx)->uc_mcontext.gregs[REG_EFL] &= ~EFLAGS_TF;
    r->stepping = false;
    if (r->page && atomic_load(&traced_pages[r->seg->num]) == r->page)
        protect(r, PROT_NONE);
}
