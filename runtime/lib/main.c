/* main.c - program start-up and shut-down (rt_main), the program's
 * callbacks, sys.argv, and the per-thread result roots. */
#include "runtime/lib/rtlib-int.h"
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

void rt_str_init(void);
void rt_io_init(void);
int rt_threads_join_all(stm_ref *frame);

static const rt_program *cur_prog;
static int saved_argc;
static char **saved_argv;
static stm_ref argv_root[1];
static int argv_registered;

const rt_program *rt_current_program(void) { return cur_prog; }

stm_ref rt_list_new(void) { return cur_prog->str_list_new(); }
void rt_list_append(stm_ref list, stm_ref item) { cur_prog->str_list_append(list, item); }

/* ------------------------------------------------- per-thread root slots */

/* Root arrays are registered once and never freed (stm.h has no
 * unregistration); a thread's slots go back to the free list when it ends.
 * The free list can hold every group ever made (all may be free at once),
 * so its capacity follows the number of groups, not of free ones.  Chunks
 * are small: every minor collection of the STM build scans the registered
 * roots, and a commit collects the nursery (256 slots for a program with
 * two threads cost 9% of a Duhton run made of small transactions). */
#define ROOT_CHUNK 32
#define GROUPS_PER_CHUNK (ROOT_CHUNK / RT_TLROOT_COUNT)

typedef struct root_chunk {
    stm_ref slots[ROOT_CHUNK];
    struct root_chunk *next;
} root_chunk;

static pthread_mutex_t roots_lock = PTHREAD_MUTEX_INITIALIZER;
static stm_ref **free_groups;      /* stack of free groups of slots */
static size_t nfree, ngroups;      /* free groups; groups made (= capacity) */
static __thread stm_ref *tl_roots;

static void add_chunk_locked(void)
{
    root_chunk *c = calloc(1, sizeof *c);
    if (!c)
        stm_out_of_memory("out of memory (root slots)");
    stm_register_global_roots(c->slots, ROOT_CHUNK);
    ngroups += GROUPS_PER_CHUNK;
    free_groups = rt_xrealloc(free_groups, ngroups * sizeof *free_groups);
    for (size_t i = 0; i < GROUPS_PER_CHUNK; i++)
        free_groups[nfree++] = &c->slots[i * RT_TLROOT_COUNT];
}

stm_ref *rt_root_group_claim(void)
{
    pthread_mutex_lock(&roots_lock);
    if (nfree == 0)
        add_chunk_locked();
    stm_ref *g = free_groups[--nfree];
    pthread_mutex_unlock(&roots_lock);
    return g;
}

/* The slots must already be 0 (roots are written inside transactions). */
void rt_root_group_release(stm_ref *g)
{
    pthread_mutex_lock(&roots_lock);
    if (nfree == ngroups)
        stm_fatal(70, "rt_root_group_release: more groups released than made");
    free_groups[nfree++] = g;
    pthread_mutex_unlock(&roots_lock);
}

stm_ref *rt_tl_roots(void) { return tl_roots; }

void rt_tl_roots_attach(void)
{
    if (!tl_roots)
        tl_roots = rt_root_group_claim();
}

void rt_tl_roots_detach(void)
{
    if (!tl_roots)
        return;
    for (int i = 0; i < RT_TLROOT_COUNT; i++)
        tl_roots[i] = 0;
    rt_root_group_release(tl_roots);
    tl_roots = NULL;
}

/* The commit of RT_RETURN_AFTER_BLOCKING (which decides, in the caller's
 * frame, that it is the root): r survives it in a per-thread root. */
stm_ref rt_commit_keeping(stm_ref r)
{
    tl_roots[RT_TLROOT_RESULT] = r;
    stm_commit_transaction();
    return tl_roots[RT_TLROOT_RESULT];
}

/* ------------------------------------------------------------------ argv */

/* Bytes that are not UTF-8 (from the OS) decode as CPython's
 * surrogateescape does: byte b becomes U+DC00+b. */
stm_ref rt_str_from_os(const char *s);
stm_ref rt_str_from_os(const char *s)
{
    size_t n = strlen(s);
    int64_t ncp;
    uint32_t maxc;
    const char *why;
    size_t badlen;
    if (rt_utf8_check(s, n, &ncp, &maxc, &why, &badlen) < 0)
        return rt_str_from_utf8(s, n);
    rt_ubuf b = {0};
    size_t i = 0;
    while (i < n) {
        int64_t bad = rt_utf8_check(s + i, n - i, &ncp, &maxc, &why, &badlen);
        size_t good = bad < 0 ? n - i : (size_t)bad;
        for (size_t k = 0; k < good;) {
            uint32_t c = (uint8_t)s[i + k];
            int len = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
            uint32_t cp = len == 1 ? c : c & (0xffu >> (len + 1));
            for (int j = 1; j < len; j++)
                cp = (cp << 6) | ((uint8_t)s[i + k + (size_t)j] & 0x3f);
            rt_ubuf_put(&b, cp);
            k += (size_t)len;
        }
        i += good;
        if (bad >= 0)
            rt_ubuf_put(&b, 0xdc00u + (uint8_t)s[i++]);
    }
    return rt_ubuf_finish(&b);
}

static void forget_argv(void *arg)
{
    (void)arg;
    argv_root[0] = 0;
}

stm_ref rt_sys_argv(void)
{
    if (argv_root[0])
        return argv_root[0];
    RT_FRAME(f, 2);
    f[0] = rt_list_new();
    for (int i = 0; i < saved_argc; i++) {
        f[1] = rt_str_from_os(saved_argv[i]);
        rt_list_append(f[0], f[1]);
    }
    argv_root[0] = f[0];
    stm_on_abort(forget_argv, NULL);    /* the list dies with the transaction */
    RT_POP(f);
    return argv_root[0];
}

/* ------------------------------------------------------------ life cycle */

void rt_lib_init(const rt_program *prog, int argc, char **argv)
{
    cur_prog = prog;
    saved_argc = argv ? argc : 0;
    saved_argv = argv;
    if (!argv_registered) {
        stm_register_global_roots(argv_root, 1);
        argv_registered = 1;
    }
    argv_root[0] = 0;
    rt_tl_roots_attach();
    rt_str_init();
    rt_io_init();
}

int rt_lib_fini(void)
{
    int status = rt_io_exit_flush();
    rt_tb_thread_exit();
    rt_tmp_thread_exit();
    rt_out_thread_exit();
    return status;
}

static void fatal_hook(void)
{
    rt_flush_std();
    rt_open_files_flush();
}

/* An uncaught KeyboardInterrupt: the process dies by SIGINT at the end. */
static int ended_by_interrupt;

/* The exit status for the exception that ended the main module (or 0). */
static int main_exit_status(stm_ref *frame)
{
    frame[0] = stm_tl.exc;
    if (!frame[0])
        return 0;
    int64_t code = 0;
    if (cur_prog->exc_is_system_exit(frame[0], &code)) {
        stm_tl.exc = 0;
        return (int)code;
    }
    stm_tl.exc = 0;
    if (cur_prog->exc_is_keyboard_interrupt(frame[0]))
        ended_by_interrupt = 1;
    rt_print_exception(frame[0]);      /* stdout is flushed later, at exit */
    return ended_by_interrupt ? 130 : 1;
}

/* SIGINT while the end of the program waits for the other threads:
 * CPython's threading._shutdown gets the KeyboardInterrupt, reports it as
 * ignored, and the interpreter exits without waiting any longer (the
 * threads die with the process). */
__attribute__((noreturn)) static void interrupted_at_exit(int status)
{
    static const char msg[] = "Exception ignored in: <module 'threading'>\n"
                              "KeyboardInterrupt: \n";
    rt_write(RT_STREAM_STDERR, msg, sizeof msg - 1);
    if (rt_io_exit_flush())
        status = 120;
    if (ended_by_interrupt)
        rt_async_exit_by_sigint();
    _exit(status);
}

typedef struct main_args {
    int argc;
    char **argv;
    const rt_program *prog;
    int status;
    size_t shadow_slots;
} main_args;

static int run_program(main_args *a)
{
    RT_FRAME(fr, 1);
    if (STM_SETJMP()) { /* retry: nothing to restore */ }
    stm_start_transaction(fr);
    rt_lib_init(a->prog, a->argc, a->argv);
    a->prog->init();
    RT_RESUME_TX(fr);
    a->status = main_exit_status(fr);   /* in memory: a restart point follows */
    if (rt_threads_join_all(fr))
        interrupted_at_exit(a->status);
    RT_RESUME_TX(fr);
    stm_tl.exc = 0;
    rt_tl_roots_detach();
    stm_commit_transaction();
    RT_POP(fr);
    return a->status;
}

static void *main_thread(void *p)
{
    main_args *a = p;
    uint32_t n = RT_TID_LIB_END + a->prog->ntypes;
    stm_type *types = rt_xmalloc(n * sizeof *types);
    memcpy(types, rt_lib_types, sizeof rt_lib_types);
    if (a->prog->ntypes)
        memcpy(types + RT_TID_LIB_END, a->prog->types, a->prog->ntypes * sizeof *types);
    rt_async_main_thread();
    stm_config cfg = { 0 };
    cfg.shadow_stack_slots = a->shadow_slots;
    stm_setup(types, n, &cfg);
    stm_set_fatal_hook(fatal_hook);
    stm_set_memory_error_hook(rt_memory_error_hook);
    /* where MemoryError cannot be raised, the last line of CPython's report */
    stm_set_out_of_memory_report("MemoryError\n", 1);
    a->status = run_program(a);
    rt_tb_thread_exit();
    rt_tmp_thread_exit();
    if (rt_lib_fini())
        a->status = 120;        /* as CPython's Py_RunMain */
    stm_teardown();
    /* types stay allocated: the runtime may read them until exit */
    return NULL;
}

/* The program runs on a thread with a 1 GiB stack (committed lazily by
 * the kernel) and a shadow stack of 32M slots (256 MiB of addresses,
 * touched only as deep as the program goes), so that a raised recursion
 * limit is met long before either runs out.  Under an address-space limit
 * (ulimit -v) they take at most an eighth and a sixteenth of what is left,
 * and the heap sizes itself from the rest (runtime/heap.c). */
static void size_stacks(size_t *stack, size_t *slots)
{
    size_t left = stm_address_space_left();
    *stack = (size_t)1 << 30;
    *slots = (size_t)32 << 20;
    if (left == SIZE_MAX)
        return;
    if (*stack > left / 8)
        *stack = left / 8 & ~(size_t)0xffff;
    if (*slots > left / 16 / sizeof(stm_ref))
        *slots = left / 16 / sizeof(stm_ref);
    if (*slots < ((size_t)64 << 10))
        *slots = (size_t)64 << 10;
}

int rt_main(int argc, char **argv, const rt_program *prog)
{
    main_args a = { argc, argv, prog, 0, 0 };
    /* CPython ignores SIGPIPE: writing to a closed pipe raises
     * BrokenPipeError instead of killing the program. */
    signal(SIGPIPE, SIG_IGN);
    rt_async_init();
    size_t stack;
    size_stacks(&stack, &a.shadow_slots);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    int err = pthread_attr_setstacksize(&attr, stack);
    pthread_t t;
    if (!err)
        err = pthread_create(&t, &attr, main_thread, &a);
    pthread_attr_destroy(&attr);
    if (err)
        main_thread(&a);        /* no big stack to be had: run on this one */
    else
        pthread_join(t, NULL);
    if (ended_by_interrupt)
        rt_async_exit_by_sigint();
    return a.status;
}
