/* io.c - file objects, stdin, reading, seeking, open(); the writing
 * layers and the flush at exit are in io_write.c.
 *
 * A file object (RT_TID_FILE) only points to its C state (rt_fileimpl):
 * descriptor, buffers, flags.  That state is outside the GC heap, so file
 * operations are I/O: in the STM build they make the transaction inevitable
 * first (rt_io_begin), which serialises them, except writes and flushes of
 * sys.stdout and sys.stderr, which io_defer.c may buffer with the
 * transaction until it commits (rt_out_begin); each impl also has a mutex
 * for the moments when a thread works on it outside any transaction
 * (blocking reads of stdin, flushing at exit).  Text is UTF-8 with
 * universal newlines on input ("\r\n" and "\r" read as "\n").
 *
 * A binary file object (open(p, "rb"), sys.stdout.buffer) is the same
 * object with its binary flag set: the same functions read and write it,
 * bytes untranslated, as a str of Latin-1 characters (the prelude's bytes
 * keep such a str), and its writes enter the buffer layer below the text
 * one (io_write.c).  sys.stdin.buffer etc. share the impl of sys.stdin
 * etc., as CPython's TextIOWrapper and its buffer share the device. */
#include "runtime/lib/rtlib-int.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#define IO_BUFSIZE 8192

typedef struct rt_fileobj {
    stm_hdr hdr;
    rt_fileimpl *impl;
    uint8_t binary;             /* immutable, as impl */
} rt_fileobj;

/* stderr is line-buffered whatever it is, stdout when it is a terminal
 * (rt_io_init), as in CPython. */
rt_fileimpl rt_std_in = { .fd = 0, .readable = 1, .is_std = 1,
                          .lock = PTHREAD_MUTEX_INITIALIZER };
rt_fileimpl rt_std_out = { .fd = 1, .writable = 1, .is_std = 1,
                           .lock = PTHREAD_MUTEX_INITIALIZER };
rt_fileimpl rt_std_err = { .fd = 2, .writable = 1, .is_std = 1, .line_buffered = 1,
                           .lock = PTHREAD_MUTEX_INITIALIZER };
static rt_fileimpl *open_files;
static pthread_mutex_t open_files_lock = PTHREAD_MUTEX_INITIALIZER;

/* sys.stdin, sys.stdout, sys.stderr objects, then their .buffer ones */
static stm_ref std_objs[6];
static int std_registered;

static void file_finalize(stm_ref o);
void rt_thread_finalize(stm_ref o);

const stm_type rt_lib_types[RT_TID_LIB_END] = {
    [RT_TID_RESERVED] = { .name = "<reserved>", .fixed_size = 16 },
    [RT_TID_STR1] = { .name = "str", .fixed_size = offsetof(rt_strobj, data),
                      .item_size = 1, .length_offset = offsetof(rt_strobj, length),
                      .items_offset = offsetof(rt_strobj, data) },
    [RT_TID_STR4] = { .name = "str", .fixed_size = offsetof(rt_strobj, data),
                      .item_size = 4, .length_offset = offsetof(rt_strobj, length),
                      .items_offset = offsetof(rt_strobj, data) },
    [RT_TID_FILE] = { .name = "TextIO", .fixed_size = sizeof(rt_fileobj),
                      .flags = STM_TYPE_FINALIZER, .finalizer = file_finalize },
    [RT_TID_LOCK] = { .name = "Lock", .fixed_size = 16 },
    [RT_TID_THREAD] = { .name = "Thread", .fixed_size = 48, .nrefs = 2,
                        .ref_offsets = (const uint32_t[]){ 8, 16 },
                        .flags = STM_TYPE_FINALIZER, .finalizer = rt_thread_finalize },
};

void rt_io_begin(const char *why)
{
#ifdef RTRANS_STM
    if (stm_in_transaction() && !stm_is_inevitable())
        stm_become_inevitable(why);
#else
    (void)why;
#endif
}

/* At exit (after the standard streams): files the program left open are
 * flushed, errors ignored (CPython closes them silently when collected). */
void rt_open_files_flush(void)
{
    if (pthread_mutex_trylock(&open_files_lock) != 0)
        return;
    for (rt_fileimpl *f = open_files; f; f = f->next) {
        int locked = pthread_mutex_trylock(&f->lock) == 0;
        rt_impl_flush(f, RT_LAYER_TEXT);
        if (locked)
            pthread_mutex_unlock(&f->lock);
    }
    pthread_mutex_unlock(&open_files_lock);
}

/* ------------------------------------------------------------- objects */

static rt_fileimpl *impl_of(stm_ref file)
{
    return ((rt_fileobj RT_GC *)file)->impl;
}

static int is_binary(stm_ref file)
{
    return file && ((rt_fileobj RT_GC *)file)->binary;
}

static stm_ref new_file_object(rt_fileimpl *impl, int binary)
{
    stm_ref o = stm_allocate_finalizer(sizeof(rt_fileobj), RT_TID_FILE);
    ((rt_fileobj RT_GC *)o)->impl = impl;
    ((rt_fileobj RT_GC *)o)->binary = (uint8_t)binary;
    return o;
}

static void impl_free(rt_fileimpl *f)
{
    free(f->pend.p);
    free(f->wbuf.p);
    free(f->rbuf);
    pthread_mutex_destroy(&f->lock);
    free(f);
}

static void unlink_open(rt_fileimpl *f)
{
    pthread_mutex_lock(&open_files_lock);
    if (f->prev)
        f->prev->next = f->next;
    else if (open_files == f)
        open_files = f->next;
    if (f->next)
        f->next->prev = f->prev;
    f->next = f->prev = NULL;
    pthread_mutex_unlock(&open_files_lock);
}

/* A file object died: close it if the program did not (CPython closes it
 * when the object is collected). */
static void file_finalize(stm_ref o)
{
    rt_fileimpl *f = impl_of(o);
    if (!f || f->is_std)
        return;
    if (!f->closed) {
        rt_impl_flush(f, RT_LAYER_TEXT);   /* errors ignored, as CPython's finalizer */
        close(f->fd);
        unlink_open(f);
    }
    impl_free(f);
}

void rt_io_init(void);
void rt_io_init(void)
{
    if (!std_registered) {
        stm_register_global_roots(std_objs, 6);
        std_registered = 1;
        rt_std_out.line_buffered = (uint8_t)isatty(1);
        rt_std_out.bufsize = rt_impl_bufsize(1);
        rt_std_err.bufsize = rt_impl_bufsize(2);
    }
    rt_fileimpl *std[3] = { &rt_std_in, &rt_std_out, &rt_std_err };
    for (int i = 0; i < 6; i++)
        std_objs[i] = new_file_object(std[i % 3], i >= 3);
}

/* Tests: stdin is read again from scratch (after a dup2 onto fd 0). */
void rt_io_reset_stdin(void)
{
    pthread_mutex_lock(&rt_std_in.lock);
    rt_std_in.eof = 0;
    rt_std_in.rpos = rt_std_in.rlen = 0;
    rt_std_in.closed = 0;
    pthread_mutex_unlock(&rt_std_in.lock);
}

stm_ref rt_sys_stdin(void) { return std_objs[0]; }
stm_ref rt_sys_stdout(void) { return std_objs[1]; }
stm_ref rt_sys_stderr(void) { return std_objs[2]; }

stm_ref rt_file_buffer(stm_ref file)
{
    for (int i = 0; i < 3; i++)
        if (impl_of(file) == impl_of(std_objs[i]))
            return std_objs[3 + i];
    rt_raise(RT_EXC_NOT_IMPLEMENTED_ERROR, "the buffer of a text file opened by open(): "
             "open the file in binary mode instead");
    return 0;
}

/* What an operation on a file that cannot do it raises, as CPython's
 * classes say it: the text layer has one message for a closed file, the
 * binary classes one per operation; what a file opened for reading (or
 * writing) only says to a write (or read): OSError, CPython's
 * io.UnsupportedOperation (an OSError).  FILE_OP(id, closed binary, unsupported
 * text, unsupported binary) */
#define FILE_OPS(X) \
    X(READ, "read of closed file", "not readable", "read") \
    X(READLINE, "readline of closed file", "not readable", "read") \
    X(READLINES, "I/O operation on closed file.", "not readable", "read") \
    X(WRITE, "write to closed file", "not writable", "write") \
    X(FLUSH, "flush of closed file", "", "") \
    X(SEEK, "seek of closed file", "", "") \
    X(TELL, "I/O operation on closed file", "", "") \
    X(FILENO, "I/O operation on closed file", "", "")
#define FILE_OP_ID(id, c, t, b) OP_##id,
enum { FILE_OPS(FILE_OP_ID) };
#define FILE_OP_MSGS(id, c, t, b) { c, t, b },
static const char *const op_msgs[][3] = { FILE_OPS(FILE_OP_MSGS) };

/* The impl of file (0: the default stream) after checks; NULL if raised.
 * need: 'r' readable, 'w' writable, 0 either. */
static rt_fileimpl *checked_impl(stm_ref file, rt_fileimpl *dflt, int op, int need)
{
    rt_fileimpl *f = file ? impl_of(file) : dflt;
    int bin = is_binary(file);
    if (f->closed) {
        /* a binary reader's flush is its raw file's: the text message */
        int plain = !bin || (op == OP_FLUSH && !f->writable);
        rt_raise(RT_EXC_VALUE_ERROR, "%s", plain ? "I/O operation on closed file." : op_msgs[op][0]);
        return NULL;
    }
    if (need && !(need == 'w' ? f->writable : f->readable)) {
        rt_raise(RT_EXC_OS_ERROR, "%s", op_msgs[op][bin ? 2 : 1]);
        return NULL;
    }
    return f;
}

/* -------------------------------------------------------------- writing */

/* The bytes a binary file writes: s holds one per character, < 256. */
static char *latin1_bytes(stm_ref s, size_t *n)
{
    *n = (size_t)str_len(s);
    char *p = rt_xmalloc(*n ? *n : 1);
    for (size_t i = 0; i < *n; i++)
        p[i] = (char)str_at(s, (int64_t)i);
    return p;
}

static int layer_of(stm_ref file)
{
    return is_binary(file) ? RT_LAYER_BUFFER : RT_LAYER_TEXT;
}

int64_t rt_file_write(stm_ref file, stm_ref s)
{
    rt_fileimpl *f = checked_impl(file, &rt_std_out, OP_WRITE, 'w');
    if (!f)
        return 0;
    RT_FRAME(fr, 1);
    fr[0] = s;
    /* may abort: before any malloc */
    int deferred = rt_out_begin(f, "write to a file");
    s = fr[0];
    RT_POP(fr);
    int64_t n = str_len(s);
    size_t nbytes;
    char *bytes = is_binary(file) ? latin1_bytes(s, &nbytes) : rt_str_to_utf8(s, &nbytes);
    if (!bytes)
        return 0;
    int err = rt_out_write(f, bytes, nbytes, deferred, layer_of(file));
    if (!err && !deferred)
        err = rt_out_take_error(f);
    if (err) {
        free(bytes);
        rt_raise_write_error(err);
        return 0;
    }
    free(bytes);
    return n;
}

void rt_print(stm_ref file, stm_ref s)
{
    rt_file_write(file, s);
}

void rt_file_flush(stm_ref file)
{
    rt_fileimpl *f = checked_impl(file, &rt_std_out, OP_FLUSH, 0);
    if (!f)
        return;
    int deferred = rt_out_begin(f, "flush a file");
    int err = rt_out_flush(f, deferred, layer_of(file));
    if (!err && !deferred)
        err = rt_out_take_error(f);
    if (err)
        rt_raise_write_error(err);
}

void rt_file_close(stm_ref file)
{
    rt_fileimpl *f = impl_of(file);
    if (f->closed)
        return;
    rt_io_begin("close a file");
    if (f->is_std)
        rt_out_settle();
    pthread_mutex_lock(&f->lock);
    int err = f->writable ? rt_impl_close_flush(f) : 0;
    if (!err)
        err = f->deferred_err;
    f->deferred_err = 0;
    f->closed = 1;
    if (!f->is_std)
        close(f->fd);
    pthread_mutex_unlock(&f->lock);
    if (!f->is_std)
        unlink_open(f);
    if (err)
        rt_raise_write_error(err);     /* closed all the same, as CPython */
}

uint8_t rt_file_closed(stm_ref file)
{
    return impl_of(file)->closed;
}

/* -------------------------------------------------------------- reading */

/* Reads more bytes into the buffer; 0 at end of file.  *left_zone: -1 the
 * caller cannot restart a transaction (wait inside it), 0 it can, 1 the
 * call left the transactional zone to wait for stdin. */
static int fill(rt_fileimpl *f, int *left_zone)
{
    if (f->eof || f->interrupted)
        return 0;
    if (f->rpos > 0) {
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rcap - f->rlen < IO_BUFSIZE) {
        f->rcap = f->rcap ? 2 * f->rcap : 2 * IO_BUFSIZE;
        f->rbuf = rt_xrealloc(f->rbuf, f->rcap);
    }
    if (f->is_std && *left_zone == 0 && stm_in_transaction() && !stm_is_atomic()) {
        struct pollfd p = { .fd = f->fd, .events = POLLIN };
        if (poll(&p, 1, 0) == 0) {
            /* would block: let other threads run meanwhile */
            pthread_mutex_unlock(&f->lock);
            stm_leave_transactional_zone();
            *left_zone = 1;
            pthread_mutex_lock(&f->lock);
        }
    }
    ssize_t k;
    do {
        if (rt_async_wait_readable(f->fd)) {
            f->interrupted = 1; /* SIGINT: read_str raises KeyboardInterrupt */
            return 0;
        }
        k = read(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen);
    } while (k < 0 && errno == EINTR);
    if (k <= 0) {
        f->eof = 1;
        return 0;
    }
    f->rlen += (size_t)k;
    return 1;
}

/* Appends one line (up to and including its newline, translated) to out;
 * returns 0 at end of file with nothing read. */
static int read_line_bytes(rt_fileimpl *f, rt_cbuf *out, int *left_zone)
{
    size_t start = out->n;
    for (;;) {
        while (f->rpos < f->rlen) {
            char c = f->rbuf[f->rpos++];
            if (c == '\r') {
                if (f->rpos == f->rlen)
                    fill(f, left_zone);
                if (f->rpos < f->rlen && f->rbuf[f->rpos] == '\n')
                    f->rpos++;
                rt_cbuf_put(out, '\n');
                return 1;
            }
            rt_cbuf_put(out, c);
            if (c == '\n')
                return 1;
        }
        if (!fill(f, left_zone))
            return out->n > start;
    }
}

/* One UTF-8 character (or translated newline); 0 at end of file. */
static int read_char_bytes(rt_fileimpl *f, rt_cbuf *out, int *left_zone)
{
    if (f->rpos == f->rlen && !fill(f, left_zone))
        return 0;
    uint8_t c = (uint8_t)f->rbuf[f->rpos++];
    if (c == '\r') {
        if (f->rpos == f->rlen)
            fill(f, left_zone);
        if (f->rpos < f->rlen && f->rbuf[f->rpos] == '\n')
            f->rpos++;
        rt_cbuf_put(out, '\n');
        return 1;
    }
    rt_cbuf_put(out, (char)c);
    int len = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    for (int i = 1; i < len; i++) {
        if (f->rpos == f->rlen && !fill(f, left_zone))
            break;
        uint8_t d = (uint8_t)f->rbuf[f->rpos];
        if ((d & 0xc0) != 0x80)
            break;      /* invalid: the decoder reports it */
        rt_cbuf_put(out, (char)d);
        f->rpos++;
    }
    return 1;
}

enum { READ_LINE, READ_ALL, READ_N };

/* Binary: bytes as they are, up to n of them (n < 0: no limit), up to
 * and including the first b"\n" if line. */
static void read_raw(rt_fileimpl *f, int64_t n, int line, rt_cbuf *out, int *left_zone)
{
    size_t got = 0;
    for (;;) {
        size_t want = f->rlen - f->rpos;
        if (n >= 0 && want > (size_t)n - got)
            want = (size_t)n - got;
        const char *p = f->rbuf + f->rpos;
        const char *nl = line && want ? memchr(p, '\n', want) : NULL;
        if (nl)
            want = (size_t)(nl - p) + 1;
        rt_cbuf_append(out, p, want);
        f->rpos += want;
        got += want;
        if (nl || (n >= 0 && got == (size_t)n) || !fill(f, left_zone))
            return;
    }
}

/* Reads the bytes of one request into out (C memory only: no heap use, as
 * the zone may be left meanwhile). */
static void read_request(rt_fileimpl *f, int what, int64_t n, int binary, rt_cbuf *out,
                         int *left_zone)
{
    pthread_mutex_lock(&f->lock);
    if (binary) {
        read_raw(f, what == READ_ALL ? -1 : n, what == READ_LINE, out, left_zone);
    } else if (what == READ_LINE) {
        read_line_bytes(f, out, left_zone);
    } else if (what == READ_ALL) {
        while (read_line_bytes(f, out, left_zone))
            ;
    } else {
        for (int64_t i = 0; i < n && read_char_bytes(f, out, left_zone); i++)
            ;
    }
    pthread_mutex_unlock(&f->lock);
}

enum { POST_NONE, POST_NEXT, POST_INPUT };

/* input() flushes stderr and stdout and ignores their errors, as
 * CPython's does. */
static void flush_std_quietly(void)
{
    rt_fileimpl *std[2] = { &rt_std_err, &rt_std_out };
    rt_out_settle();
    for (int i = 0; i < 2; i++) {
        pthread_mutex_lock(&std[i]->lock);
        if (!std[i]->closed)
            rt_impl_flush(std[i], RT_LAYER_TEXT);
        pthread_mutex_unlock(&std[i]->lock);
    }
}

/* What the caller gets from the decoded text (inside a transaction). */
static stm_ref post_process(stm_ref r, int post)
{
    if (!r || post == POST_NONE)
        return r;
    int64_t n = str_len(r);
    if (n == 0) {
        if (post == POST_INPUT)
            rt_raise(RT_EXC_EOF_ERROR, "EOF when reading a line");
        return 0;
    }
    if (post == POST_INPUT && str_at(r, n - 1) == '\n')
        r = rt_str_sub(r, 0, n - 1);
    return r;
}

/* The common path of every read: checks, I/O, decoding, and the restart
 * protocol when stdin made us leave the transactional zone (only when
 * may_leave: the caller was declared blocking and restarts). */
static stm_ref read_str(stm_ref file, int what, int64_t n, int post, int may_leave)
{
    int op = post == POST_NEXT ? OP_READLINES : what == READ_LINE ? OP_READLINE : OP_READ;
    rt_fileimpl *f = checked_impl(file, &rt_std_in, op, 'r');
    if (!f)
        return 0;
    int binary = is_binary(file);
    RT_FRAME(fr, 1);
    rt_io_begin("read a file");
    if (post == POST_INPUT)
        flush_std_quietly();
    rt_cbuf bytes = {0};    /* tracked: an abort after the restart keeps it */
    int left_zone = may_leave ? 0 : -1;
    read_request(f, what, n, binary, &bytes, &left_zone);
    RT_RESUME_TX(fr);
    stm_ref r = 0;
    if (f->interrupted) {
        /* the line read so far is dropped, as by CPython's input() */
        f->interrupted = 0;
        rt_async_raise();
    } else {
        r = !bytes.n ? rt_str_empty()
            : binary ? rt_str_from_latin1((const uint8_t *)bytes.p, bytes.n)
            : rt_str_from_utf8(bytes.p, bytes.n);
        r = post_process(r, post);
    }
    if (left_zone == 1)
        r = RT_RETURN_AFTER_BLOCKING(r);
    RT_POP(fr);
    rt_cbuf_free(&bytes);
    return r;
}

stm_ref rt_file_read(stm_ref file, int64_t n)
{
    return read_str(file, n < 0 ? READ_ALL : READ_N, n, POST_NONE, 0);
}

stm_ref rt_file_readline(stm_ref file)
{
    return read_str(file, READ_LINE, -1, POST_NONE, 0);
}

stm_ref rt_file_readline_n(stm_ref file, int64_t n)
{
    return read_str(file, READ_LINE, n, POST_NONE, 0);
}

stm_ref rt_file_next_line(stm_ref file)
{
    return read_str(file, READ_LINE, -1, POST_NEXT, 0);
}

stm_ref rt_file_read_blocking(stm_ref file, int64_t n)
{
    return read_str(file, n < 0 ? READ_ALL : READ_N, n, POST_NONE, 1);
}

stm_ref rt_file_readline_blocking(stm_ref file)
{
    return read_str(file, READ_LINE, -1, POST_NONE, 1);
}

stm_ref rt_file_next_line_blocking(stm_ref file)
{
    return read_str(file, READ_LINE, -1, POST_NEXT, 1);
}

static stm_ref readlines(stm_ref file, int may_leave)
{
    RT_FRAME(f, 2);
    f[0] = file;
    f[1] = rt_list_new();
    while (!stm_tl.exc) {
        stm_ref line = read_str(f[0], READ_LINE, -1, POST_NEXT, may_leave);
        RT_RESUME_TX(f);    /* line is old and kept alive by the result root */
        if (!line)
            break;
        rt_list_append(f[1], line);
    }
    stm_ref r = RT_RETURN_AFTER_BLOCKING(stm_tl.exc ? 0 : f[1]);
    RT_POP(f);
    return r;
}

stm_ref rt_file_readlines(stm_ref file) { return readlines(file, 0); }
stm_ref rt_file_readlines_blocking(stm_ref file) { return readlines(file, 1); }

stm_ref rt_input(stm_ref prompt)
{
    if (prompt && str_len(prompt)) {
        rt_file_write(0, prompt);
        if (stm_tl.exc)
            return 0;
    }
    return read_str(0, READ_LINE, -1, POST_INPUT, 1);
}

/* -------------------------------------------------------------- open() */

/* 0: invalid; else 't' or 'b' and the open(2) flags. */
static int parse_mode(stm_ref mode, int *flags, int *rd, int *wr)
{
    int64_t n = str_len(mode);
    int base = 0, plus = 0, t = 0, b = 0;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = str_at(mode, i);
        if ((c == 'r' || c == 'w' || c == 'a' || c == 'x') && !base)
            base = (int)c;
        else if (c == '+' && !plus)
            plus = 1;
        else if (c == 't' && !t)
            t = 1;
        else if (c == 'b' && !b)
            b = 1;
        else
            return 0;
    }
    if (t && b)
        return '?';
    *rd = base == 'r' || plus;
    *wr = base != 'r' || plus;
    int acc = *rd && *wr ? O_RDWR : *wr ? O_WRONLY : O_RDONLY;
    switch (base) {
    case 'r': *flags = acc; break;
    case 'w': *flags = acc | O_CREAT | O_TRUNC; break;
    case 'a': *flags = acc | O_CREAT | O_APPEND; break;
    case 'x': *flags = acc | O_CREAT | O_EXCL; break;
    default: return 0;
    }
    return b ? 'b' : 't';
}

/* open() of the kind the call was typed for: the checker sends a literal
 * mode with "b" to rt_open_binary; any other mode comes here as text. */
static stm_ref open_file(stm_ref path, stm_ref mode, int binary)
{
    int flags, rd, wr;
    int kind = parse_mode(mode, &flags, &rd, &wr);
    if (kind == '?') {
        rt_raise(RT_EXC_VALUE_ERROR, "can't have text and binary mode at once");
        return 0;
    }
    if (kind == 'b' && !binary) {
        rt_raise(RT_EXC_VALUE_ERROR, "a binary mode must be a literal (open(path, \"rb\")): "
                 "its file is typed BinaryIO when the program is translated");
        return 0;
    }
    if (!kind || (binary && kind != 'b')) {
        char *m = rt_str_to_utf8(mode, NULL);
        size_t slot = rt_tmp_track(m);
        rt_raise(RT_EXC_VALUE_ERROR, "invalid mode: '%s'", m ? m : "");
        rt_tmp_free(slot, m);
        return 0;
    }
    RT_FRAME(fr, 1);
    fr[0] = path;
    rt_io_begin("open a file");          /* may abort: before any malloc */
    size_t plen;
    char *p = rt_str_to_utf8(fr[0], &plen);
    if (!p) {
        RT_POP(fr);
        return 0;
    }
    if (strlen(p) != plen) {
        free(p);
        RT_POP(fr);
        rt_raise(RT_EXC_VALUE_ERROR, "embedded null byte");
        return 0;
    }
    int fd = open(p, flags | O_CLOEXEC, 0666);
    int err = errno;
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        fd = -1;
        err = EISDIR;
    }
    free(p);
    if (fd < 0) {
        rt_raise_errno(err, fr[0]);
        RT_POP(fr);
        return 0;
    }
    if (flags & O_APPEND)
        lseek(fd, 0, SEEK_END);         /* tell() starts at the end, as CPython's */
    RT_POP(fr);
    rt_fileimpl *f = calloc(1, sizeof *f);
    f->fd = fd;
    f->readable = (uint8_t)rd;
    f->writable = (uint8_t)wr;
    pthread_mutex_init(&f->lock, NULL);
    pthread_mutex_lock(&open_files_lock);
    f->next = open_files;
    if (open_files)
        open_files->prev = f;
    open_files = f;
    pthread_mutex_unlock(&open_files_lock);
    return new_file_object(f, binary);
}

stm_ref rt_open(stm_ref path, stm_ref mode)
{
    return open_file(path, mode, 0);
}

stm_ref rt_open_binary(stm_ref path, stm_ref mode)
{
    return open_file(path, mode, 1);
}

/* ------------------------------------------------------------- seeking */

/* Where the program stands in the file: the device's position less what
 * was read ahead, plus what waits in the buffer.  -1: errno set. */
static int64_t position(rt_fileimpl *f)
{
    off_t at = lseek(f->fd, 0, SEEK_CUR);
    if (at < 0)
        return -1;
    return (int64_t)at - (int64_t)(f->rlen - f->rpos) + (int64_t)(f->wbuf.n - f->wpos);
}

int64_t rt_file_tell(stm_ref file)
{
    rt_fileimpl *f = checked_impl(file, &rt_std_in, OP_TELL, 0);
    if (!f)
        return 0;
    rt_io_begin("tell a file's position");
    pthread_mutex_lock(&f->lock);
    int64_t at = position(f);
    int err = errno;
    pthread_mutex_unlock(&f->lock);
    if (at < 0)
        rt_raise_errno(err, 0);
    return at;
}

/* Writes what is buffered, forgets what was read ahead, then moves. */
int64_t rt_file_seek(stm_ref file, int64_t offset, int64_t whence)
{
    rt_fileimpl *f = checked_impl(file, &rt_std_in, OP_SEEK, 0);
    if (!f)
        return 0;
    if (whence < 0 || whence > 4) {
        rt_raise(RT_EXC_VALUE_ERROR, "whence value %lld unsupported", (long long)whence);
        return 0;
    }
    rt_io_begin("seek a file");
    if (f->is_std)
        rt_out_settle();
    pthread_mutex_lock(&f->lock);
    int err = f->writable ? rt_impl_flush(f, layer_of(file)) : 0;
    off_t at = -1;
    if (!err) {
        if (whence == SEEK_CUR)
            offset -= (int64_t)(f->rlen - f->rpos);
        at = lseek(f->fd, (off_t)offset, (int)whence);
        err = at < 0 ? errno : 0;
    }
    if (!err)
        f->rpos = f->rlen = f->eof = 0;
    pthread_mutex_unlock(&f->lock);
    if (err)
        rt_raise_errno(err, 0);
    return (int64_t)at;
}

int64_t rt_file_fileno(stm_ref file)
{
    rt_fileimpl *f = checked_impl(file, &rt_std_in, OP_FILENO, 0);
    return f ? f->fd : 0;
}
