/* io_write.c - writing files and the standard streams as CPython does.
 *
 * CPython writes text through two layers, a TextIOWrapper that gathers
 * encoded text into chunks of 8192 bytes over a BufferedWriter whose
 * buffer holds st_blksize bytes.  Which call raises when write(2) fails,
 * and what is lost then, follow from that layering, so both are kept:
 *
 *   pend (text layer)  bytes not yet handed to the buffer.  Handed over
 *                      when a write would overflow the chunk, when the
 *                      chunk is full, at '\n' or '\r' on a line-buffered
 *                      stream, and at flush; once handed over they are
 *                      gone from this layer even if the buffer fails.
 *   wbuf (buffer)      what the next raw write sends.  Data that does not
 *                      fit flushes it and is then written directly (only
 *                      the tail that fits is buffered); a failed flush
 *                      keeps what was not sent, so it fails again later.
 *
 * So `print` to /dev/full raises OSError only once the chunk overflows,
 * and a program that printed a little fails at exit instead: the final
 * flush (rt_io_exit_flush, Py_FinalizeEx's flush_std_files) prints
 * "Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>" and the
 * exception for stdout, nothing for stderr, and the exit status becomes
 * 120.  EPIPE raises BrokenPipeError: the program ignores SIGPIPE, as
 * CPython does (rt_main).  Interrupted writes are retried (EINTR), unless
 * the interruption was a SIGINT, which raises KeyboardInterrupt (async.c).
 *
 * Locking: callers hold f->lock; the at-exit paths only try it.
 */
#include "runtime/lib/rtlib-int.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#define TEXT_CHUNK 8192          /* TextIOWrapper._CHUNK_SIZE */
#define DEFAULT_BUFSIZE 8192     /* io.DEFAULT_BUFFER_SIZE */

size_t rt_impl_bufsize(int fd)
{
    struct stat st;
    if (fstat(fd, &st) == 0 && st.st_blksize > 1)
        return (size_t)st.st_blksize;
    return DEFAULT_BUFSIZE;
}

/* One write(2) (FileIO.write): how much went out, or an errno. */
static int raw_write(rt_fileimpl *f, const char *p, size_t n, size_t *sent)
{
    for (;;) {
        ssize_t k = write(f->fd, p, n);
        if (k >= 0) {
            *sent = (size_t)k;
            return 0;
        }
        if (errno != EINTR)
            return errno;
        if (rt_async_pending)
            return EINTR;       /* rt_raise_write_error raises the interrupt */
    }
}

/* -------------------------------------------------------- buffered layer */

static int buf_flush(rt_fileimpl *f)
{
    while (f->wpos < f->wbuf.n) {
        size_t sent = 0;
        int err = raw_write(f, f->wbuf.p + f->wpos, f->wbuf.n - f->wpos, &sent);
        if (err)
            return err;
        f->wpos += sent;
    }
    f->wpos = f->wbuf.n = 0;
    return 0;
}

static void buf_store(rt_fileimpl *f, const char *p, size_t n)
{
    if (!f->bufsize)
        f->bufsize = rt_impl_bufsize(f->fd);
    if (!f->wbuf.p) {
        f->wbuf.p = rt_xmalloc(f->bufsize);
        f->wbuf.cap = f->bufsize;
    }
    memcpy(f->wbuf.p + f->wbuf.n, p, n);
    f->wbuf.n += n;
}

static int buf_write(rt_fileimpl *f, const char *p, size_t n)
{
    if (!f->bufsize)
        f->bufsize = rt_impl_bufsize(f->fd);
    if (n <= f->bufsize - f->wbuf.n) {
        buf_store(f, p, n);
        return 0;
    }
    int err = buf_flush(f);
    if (err)
        return err;
    while (n > f->bufsize) {
        size_t sent = 0;
        if ((err = raw_write(f, p, n, &sent)))
            return err;
        p += sent;
        n -= sent;
    }
    buf_store(f, p, n);
    return 0;
}

/* ------------------------------------------------------------ text layer */

/* Hands the pending bytes to the buffer; they are forgotten either way. */
static int text_writeflush(rt_fileimpl *f)
{
    size_t n = f->pend.n;
    if (n == 0)
        return 0;
    f->pend.n = 0;
    return buf_write(f, f->pend.p, n);
}

/* The write buffer lives as long as the file: plain realloc, not the
 * tracked temporaries of rt_cbuf_append. */
static void pend_append(rt_fileimpl *f, const char *p, size_t n)
{
    rt_cbuf *b = &f->pend;
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap : TEXT_CHUNK;
        while (cap < b->n + n)
            cap *= 2;
        b->p = rt_xrealloc(b->p, cap);
        b->cap = cap;
    }
    memcpy(b->p + b->n, p, n);
    b->n += n;
}

static int text_write(rt_fileimpl *f, const char *p, size_t n)
{
    int needflush = f->line_buffered && (memchr(p, '\n', n) || memchr(p, '\r', n));
    int err;
    if (f->pend.n + n > TEXT_CHUNK && (err = text_writeflush(f)))
        return err;
    if (f->pend.n == 0 && n >= TEXT_CHUNK) {
        /* a whole chunk at once: handed over at once, without a copy */
        if ((err = buf_write(f, p, n)))
            return err;
    } else {
        pend_append(f, p, n);
        if ((f->pend.n >= TEXT_CHUNK || needflush) && (err = text_writeflush(f)))
            return err;
    }
    return needflush ? buf_flush(f) : 0;
}

/* A binary write skips the text layer: what the text layer holds stays
 * there and may come out after it, as with CPython's sys.stdout.buffer. */
int rt_impl_write(rt_fileimpl *f, const char *p, size_t n, int layer)
{
    return layer == RT_LAYER_TEXT ? text_write(f, p, n) : buf_write(f, p, n);
}

int rt_impl_flush(rt_fileimpl *f, int layer)
{
    int err = layer == RT_LAYER_TEXT ? text_writeflush(f) : 0;
    return err ? err : buf_flush(f);
}

int rt_impl_close_flush(rt_fileimpl *f)
{
    int first = rt_impl_flush(f, RT_LAYER_TEXT);
    int second = buf_flush(f);
    f->pend.n = 0;
    f->wpos = f->wbuf.n = 0;
    return second ? second : first;
}

void rt_raise_write_error(int err)
{
    if (err == EINTR && rt_async_raise())
        return;
    rt_raise_errno(err, 0);
}

/* ------------------------------------------------------------- at exit */

/* Only tries the lock: the fatal hook may run while this thread holds it. */
static int flush_std_at_exit(rt_fileimpl *f)
{
    if (f->closed)
        return 0;
    int locked = pthread_mutex_trylock(&f->lock) == 0;
    int err = rt_impl_flush(f, RT_LAYER_TEXT);
    if (!err)
        err = f->deferred_err;  /* committed output that failed (STM) */
    f->deferred_err = 0;
    if (locked)
        pthread_mutex_unlock(&f->lock);
    return err;
}

/* CPython's PyErr_WriteUnraisable for sys.stdout's failed flush. */
static void report_stdout_flush(int err)
{
    char msg[256];
    int n = snprintf(msg, sizeof msg,
                     "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w'"
                     " encoding='utf-8'>\n%s: [Errno %d] %s\n",
                     rt_exc_kind_name(rt_errno_kind(err)), err, strerror(err));
    if (n > 0)
        rt_write(RT_STREAM_STDERR, msg, (size_t)n < sizeof msg ? (size_t)n : sizeof msg - 1);
}

int rt_io_exit_flush(void)
{
    int status = 0;
    rt_out_at_exit();
    int err = flush_std_at_exit(&rt_std_out);
    if (err) {
        report_stdout_flush(err);
        status = 120;
    }
    if (flush_std_at_exit(&rt_std_err))
        status = 120;
    rt_open_files_flush();
    return status;
}

void rt_flush_std(void)
{
    rt_out_at_exit();
    flush_std_at_exit(&rt_std_out);
    flush_std_at_exit(&rt_std_err);
}

void rt_write(int stream, const char *data, size_t n)
{
    rt_fileimpl *f = stream == RT_STREAM_STDERR ? &rt_std_err : &rt_std_out;
    if (!f->closed)
        rt_runtime_write(f, data, n);
}
