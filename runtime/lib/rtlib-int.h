/* rtlib-int.h - private to runtime/lib: object layouts and shared helpers.
 * Nothing outside runtime/lib includes this. */
#ifndef RTRANS_RTLIB_INT_H
#define RTRANS_RTLIB_INT_H

#include "runtime/lib/rtlib.h"
#include <pthread.h>
#include <signal.h>
#include <string.h>

/* Internal bugs: print the C location and abort. */
__attribute__((noreturn))
void rt_die_at(const char *file, int line, const char *msg);
#define RT_DIE(msg) rt_die_at(__FILE__, __LINE__, (msg))
#define RT_UNREACHABLE() rt_die_at(__FILE__, __LINE__, "unreachable")
#ifdef RTRANS_DEBUG
#  define RT_ASSERT(c) ((c) ? (void)0 : rt_die_at(__FILE__, __LINE__, "assertion failed: " #c))
#else
#  define RT_ASSERT(c) ((void)0)
#endif

/* ------------------------------------------------------------ str layout */

/* Var-sized: length at offset 8 (immutable), items from offset 24.  hash is
 * 0 until computed (a computed 0 is stored as 1). */
typedef struct rt_strobj {
    stm_hdr hdr;
    int64_t length;
    uint64_t hash;
    uint8_t data[];
} rt_strobj;
typedef rt_strobj RT_GC *rt_strp;

#define RT_STR(s) ((rt_strp)(s))

static inline int64_t str_len(stm_ref s) { return RT_STR(s)->length; }
static inline int str_kind(stm_ref s)
{
    return s->tid == RT_TID_STR1 ? RT_STR_KIND1 : RT_STR_KIND4;
}
static inline uint32_t str_at(stm_ref s, int64_t i)
{
    if (s->tid == RT_TID_STR1)
        return RT_STR(s)->data[i];
    return ((uint32_t RT_GC *)RT_STR(s)->data)[i];
}
static inline void str_set(stm_ref s, int64_t i, uint32_t c)
{
    if (s->tid == RT_TID_STR1)
        RT_STR(s)->data[i] = (uint8_t)c;
    else
        ((uint32_t RT_GC *)RT_STR(s)->data)[i] = c;
}

/* A fresh, unfilled str (kind by the largest code point it will hold). */
stm_ref rt_str_new_raw(int64_t n, uint32_t maxchar);
/* A new str of s[start:start+n] (0 <= start, start+n <= len). */
stm_ref rt_str_sub(stm_ref s, int64_t start, int64_t n);
/* A new str from code points in a C buffer. */
stm_ref rt_str_from_cps(const uint32_t *cps, int64_t n);
/* Copy code points s[start:start+n] into out. */
void rt_str_get_cps(stm_ref s, int64_t start, int64_t n, uint32_t *out);
/* Python's slice index adjustment for [start, end) searches. */
void rt_adjust_range(int64_t len, int64_t *start, int64_t *end);
/* Largest code point of s. */
uint32_t rt_str_maxchar(stm_ref s);

/* -------------------------------------------------- growable C buffers */

/* Temporary C memory that lives across a safe point (an allocation can
 * abort the transaction in the STM build, and the abort longjmps past the
 * free).  Tracked blocks allocated in a transaction that aborts are freed
 * by an on-abort callback; blocks of earlier transactions belong to frames
 * still alive after the restart and are kept.  No-ops in the GIL build.
 * rt_tmp_track returns a slot (0: untracked) for rt_tmp_retrack (after a
 * realloc) and rt_tmp_free (free and forget). */
size_t rt_tmp_track(void *p);
void rt_tmp_retrack(size_t slot, void *p);
void rt_tmp_free(size_t slot, void *p);
/* The thread ends: free its tracking table (and any block still in it). */
void rt_tmp_thread_exit(void);
/* Tests: tracked blocks of this thread / traceback frames recorded. */
size_t rt_tmp_pending(void);
void rt_io_reset_stdin(void);
size_t rt_tb_depth(void);

/* Code points (tracked temporary memory: see above). */
typedef struct rt_ubuf {
    uint32_t *p;
    size_t n, cap;
    uint32_t maxchar;
    size_t slot;
} rt_ubuf;
void rt_ubuf_put(rt_ubuf *b, uint32_t c);
void rt_ubuf_puts(rt_ubuf *b, const char *ascii);
stm_ref rt_ubuf_finish(rt_ubuf *b);          /* new str; frees the buffer */

/* Bytes (tracked temporary memory; release with rt_cbuf_free). */
typedef struct rt_cbuf {
    char *p;
    size_t n, cap;
    size_t slot;
} rt_cbuf;
void rt_cbuf_put(rt_cbuf *b, char c);
void rt_cbuf_append(rt_cbuf *b, const char *s, size_t n);
void rt_cbuf_reserve(rt_cbuf *b, size_t extra);
void rt_cbuf_free(rt_cbuf *b);

void *rt_xmalloc(size_t n);
void *rt_xrealloc(void *p, size_t n);

/* UTF-8: decode n bytes.  Returns -1 on success, else the offset of the
 * first invalid byte, with *why set to CPython's reason text. */
int64_t rt_utf8_check(const char *s, size_t n, int64_t *ncp, uint32_t *maxchar,
                      const char **why, size_t *badlen);
/* Encode one code point; returns the byte count (1..4). */
int rt_utf8_put(uint32_t c, char *out);

/* the layout of the prelude's Array[int] (backend/emit_types.c) */
typedef struct rt_int_array {
    stm_hdr hdr;
    int64_t length;
    int64_t items[];
} rt_int_array;

/* ------------------------------------------------------ shadow stack use */

/* A frame of n reference slots for a library function that allocates. */
#define RT_FRAME(name, n) stm_ref *name = stm_push_frame(n)
#define RT_POP(name) stm_pop_frame(name)

/* Restart protocol after a blocking call left the transactional zone (see
 * stm.h): start a transaction rooted in this frame.  Non-reference locals
 * used afterwards must not change between the call and the end of the
 * function (they are the retry state). */
#define RT_RESUME_TX(frame) do {                 \
        if (!stm_in_transaction()) {             \
            if (STM_SETJMP()) { /* retry */ }    \
            stm_start_transaction(frame);        \
        } else if (stm_tl.in_tx == STM_TX_FRAGMENT) { \
            stm_fragment_floor(frame);           \
        }                                        \
    } while (0)
/* A function that may be the root of the transaction commits before it
 * returns (its frame still pushed). */
#define RT_END_TX_IF_ROOT() do {                 \
        if (stm_is_root_frame())                 \
            stm_commit_transaction();            \
    } while (0)

/* Per-thread root slots (in a registered global root array) that keep an
 * object alive between the commit of a blocking function's own transaction
 * and the caller's next transaction.  RT_TLROOT_RESULT: the returned
 * object; RT_TLROOT_ARG: a thread's start argument. */
enum { RT_TLROOT_RESULT, RT_TLROOT_ARG, RT_TLROOT_COUNT };
stm_ref *rt_tl_roots(void);
/* A group of RT_TLROOT_COUNT zeroed slots in the registered global roots. */
stm_ref *rt_root_group_claim(void);
void rt_root_group_release(stm_ref *g);
/* Claim / release the calling thread's group. */
void rt_tl_roots_attach(void);
void rt_tl_roots_detach(void);

/* Blocking helper for functions returning a ref: call in the transaction
 * started by RT_RESUME_TX.  If the caller's frame is the transaction's
 * root, stores r in the thread's result root, commits, and returns r
 * (still valid: the commit moved it out of the nursery and old objects
 * never move); otherwise returns r and the transaction goes on. */
stm_ref rt_commit_keeping(stm_ref r);

/* A signal that committed transactions fire (a lock's release, a queue's
 * put: stm_on_commit(rt_commit_signal_fire, &signal)) and that threads
 * wait for outside the transactional zone (thread.c): read seq in the
 * transaction, leave the zone, rt_commit_signal_wait(s, seq, limit) sleeps
 * until a later fire or limit seconds (at most 20 ms, so a fire that
 * raced with the read is still seen soon). */
typedef struct rt_commit_signal {
    pthread_mutex_t mutex;
    pthread_cond_t cond;
    uint64_t seq;           /* bumped by every fire */
    int sleepers;           /* fire takes the mutex only when > 0 */
} rt_commit_signal;
#define RT_COMMIT_SIGNAL_INIT \
    { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0 }
uint64_t rt_commit_signal_seq(rt_commit_signal *s);
void rt_commit_signal_fire(void *signal);
void rt_commit_signal_wait(rt_commit_signal *s, uint64_t seq, double limit);
double rt_monotonic_now(void);
/* After a blocking call left the transactional zone and RT_RESUME_TX
 * restarted the transaction in this frame: commit before returning r, so
 * that no transaction outlives the frame it would restart in.  Only a root
 * frame commits; otherwise the transaction goes on and the caller holds r
 * as usual (a root written now would survive an abort and dangle).  A
 * macro: stm_is_root_frame() compares the frame it is written in (as a
 * function it tested its own frame, never committed, and an abort later
 * jumped into the returned frame). */
#define RT_RETURN_AFTER_BLOCKING(r) \
    (stm_is_root_frame() ? rt_commit_keeping(r) : (r))

/* --------------------------------------------------------- misc shared */

/* The shared str for a Latin-1 code point / the empty str. */
stm_ref rt_str_latin1_char(uint32_t c);
/* A str made from a C string known to be ASCII. */
stm_ref rt_str_ascii(const char *s, size_t n);

/* List building through the program's callbacks (lists in the prelude). */
stm_ref rt_list_new(void);
void rt_list_append(stm_ref list, stm_ref item);

/* ------------------------------------------------------------ files */

/* The C state of a file object (io.c, io_write.c).  Writing keeps
 * CPython's two layers (io_write.c): `pend`, the text layer's pending
 * bytes, and `wbuf`, the buffered layer ([wpos, wbuf.n) not yet sent). */
typedef struct rt_fileimpl {
    int fd;
    uint8_t readable, writable, closed, is_std;
    uint8_t line_buffered;      /* flush at '\n' or '\r' (a tty, stderr) */
    uint8_t eof;
    uint8_t interrupted;        /* a read stopped by SIGINT (async.c) */
    rt_cbuf pend;               /* text layer (plain malloc, not tracked) */
    rt_cbuf wbuf;               /* buffered layer, cap = bufsize */
    size_t wpos, bufsize;
    int deferred_err;           /* STM: an errno met writing committed
                                   output (io_defer.c), not yet raised */
    char *rbuf;                 /* [rpos, rlen) unread */
    size_t rpos, rlen, rcap;
    pthread_mutex_t lock;
    struct rt_fileimpl *next, *prev;   /* open files, flushed at exit */
} rt_fileimpl;

/* io_write.c: the layers; each returns 0 or an errno (never raises).  A
 * write or flush enters at the text layer (TextIOWrapper: text files,
 * print) or at the buffer below it (BufferedWriter: binary files and
 * sys.stdout.buffer); a text flush flushes both. */
enum { RT_LAYER_TEXT, RT_LAYER_BUFFER };
int rt_impl_write(rt_fileimpl *f, const char *p, size_t n, int layer);
int rt_impl_flush(rt_fileimpl *f, int layer);
/* What CPython's close() does to the layers: flush, flush again (the
 * buffer's own close), then forget both; the error to raise or 0. */
int rt_impl_close_flush(rt_fileimpl *f);
/* The buffer size CPython picks for fd: st_blksize, else 8192. */
size_t rt_impl_bufsize(int fd);
/* Raise CPython's exception for a failed write (errno err). */
void rt_raise_write_error(int err);
/* exc.c: the RT_EXC_* kind CPython raises for errno err. */
int rt_errno_kind(int err);
/* io.c: the standard streams and the list of open files (io_write.c
 * flushes them at exit). */
extern rt_fileimpl rt_std_in, rt_std_out, rt_std_err;
void rt_open_files_flush(void);
/* io_write.c: the flush at exit (see rt_lib_fini). */
int rt_io_exit_flush(void);

/* async.c: SIGINT handling (rt_main), threads knowing their stack (for
 * MemoryError), the runtime's memory-error hook, worker threads created with SIGINT
 * blocked, raising after a blocking call left the transactional zone, and
 * the death by SIGINT after an uncaught KeyboardInterrupt. */
void rt_async_init(void);
void rt_async_main_thread(void);
void rt_async_thread_start(void);
int rt_memory_error_hook(void);
void rt_async_block_in_new_threads(sigset_t *old);
void rt_async_restore_mask(const sigset_t *old);
void rt_async_raise_after_blocking(void);
/* Blocking waits that a SIGINT ends in the main thread (1: interrupted):
 * a sleep, and waiting until fd can be read. */
int rt_async_sleep(double seconds);
int rt_async_wait_readable(int fd);
void rt_async_exit_by_sigint(void);

/* io.c: become inevitable before I/O (STM), no-op in the GIL build. */
void rt_io_begin(const char *why);
/* io_defer.c: writes of the standard streams buffered with the
 * transaction (STM).  rt_out_begin: before a write or flush of f, returns
 * 1 if it is to be recorded, else makes the transaction inevitable (as
 * rt_io_begin: it may abort, so call it before any malloc).  rt_out_write,
 * rt_out_flush: then do it (recorded, or directly after all committed
 * output); 0 or an errno.  rt_out_take_error: a directly writing caller
 * raises the stream's deferred error with its own.  rt_out_settle: write
 * all committed output (and the caller's own, unless its transaction may
 * still abort) before a read of stdin or a close.  rt_runtime_write: the
 * runtime's messages, errors ignored.  rt_out_at_exit: what was committed
 * (and the dying thread's own records) at exit, os._exit or a fatal
 * error. */
int rt_out_deferred(rt_fileimpl *f);
int rt_out_begin(rt_fileimpl *f, const char *why);
int rt_out_write(rt_fileimpl *f, const char *p, size_t n, int deferred, int layer);
int rt_out_flush(rt_fileimpl *f, int deferred, int layer);
int rt_out_take_error(rt_fileimpl *f);
void rt_out_settle(void);
void rt_runtime_write(rt_fileimpl *f, const char *p, size_t n);
void rt_out_at_exit(void);
void rt_out_thread_exit(void);
/* exc.c: free the calling thread's traceback buffers (it ends). */
void rt_tb_thread_exit(void);
/* exc.c: raising with a UTF-8 message made by the caller. */
void rt_raise_utf8(int kind, const char *msg, size_t n);
/* "[repr of s]" pieces used in messages: UTF-8 of repr(s), malloc'd. */
char *rt_repr_utf8(stm_ref s);

/* num.c helpers used by format.c */
int rt_format_float_repr(double v, char *buf);   /* = rt_float_repr_buf */
/* Decimal digits of |v| (no sign), returns length. */
int rt_u64_to_dec(uint64_t v, char *buf);

/* Unicode classification used by strmeth/format */
int rt_uc_isspace(uint32_t c);

#endif /* RTRANS_RTLIB_INT_H */
