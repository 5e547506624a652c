/* exc.c - raising exceptions from C, the per-thread traceback, and the
 * report of an uncaught exception in CPython's format. */
#include "runtime/lib/rtlib-int.h"
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>

/* --------------------------------------------------------------- raising */

void rt_raise_str(int kind, stm_ref msg)
{
    const rt_program *prog = rt_current_program();
    if (!prog)
        RT_DIE("exception raised before rt_lib_init installed a program");
    rt_tb_reset();
    stm_tl.exc = prog->make_exc(kind, msg);
}

void rt_raise_utf8(int kind, const char *msg, size_t n)
{
    stm_ref s = rt_str_from_utf8(msg, n);
    if (!s) {
        /* not UTF-8 (a path from the OS, say): keep every byte as Latin-1 */
        stm_tl.exc = 0;
        s = rt_str_from_latin1((const uint8_t *)msg, n);
    }
    rt_raise_str(kind, s);
}

void rt_raise(int kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = NULL;
    int n = vasprintf(&msg, fmt, ap);
    va_end(ap);
    if (n < 0)
        stm_out_of_memory("out of memory formatting an exception message");
    size_t slot = rt_tmp_track(msg);
    rt_raise_utf8(kind, msg, (size_t)n);
    rt_tmp_free(slot, msg);
}

/* CPython's errno map (the subset whose classes the prelude has). */
int rt_errno_kind(int err)
{
    switch (err) {
    case ENOENT: return RT_EXC_FILE_NOT_FOUND_ERROR;
    case EEXIST: return RT_EXC_FILE_EXISTS_ERROR;
    case EACCES: case EPERM: return RT_EXC_PERMISSION_ERROR;
    case EISDIR: return RT_EXC_IS_A_DIRECTORY_ERROR;
    case ENOTDIR: return RT_EXC_NOT_A_DIRECTORY_ERROR;
    case EPIPE: case ESHUTDOWN: return RT_EXC_BROKEN_PIPE_ERROR;
    default: return RT_EXC_OS_ERROR;
    }
}

void rt_raise_errno(int err, stm_ref path)
{
    int kind = rt_errno_kind(err);
    if (!path) {
        rt_raise(kind, "[Errno %d] %s", err, strerror(err));
        return;
    }
    char *r = rt_repr_utf8(path);
    size_t slot = rt_tmp_track(r);
    rt_raise(kind, "[Errno %d] %s: %s", err, strerror(err), r ? r : "?");
    rt_tmp_free(slot, r);
}

/* ------------------------------------------------------------- traceback */

/* Innermost frame first.  In the STM build the first change in a
 * transaction saves a copy, restored if the transaction aborts (the retry
 * adds its frames again). */
typedef struct tb_state {
    const rt_tbloc **locs;
    size_t n, cap;
#ifdef RTRANS_STM
    const rt_tbloc **saved;
    size_t nsaved, capsaved;
    int saved_valid;
#endif
} tb_state;

static __thread tb_state tb;

#ifdef RTRANS_STM
static void tb_on_abort(void *arg)
{
    (void)arg;
    if (!tb.saved_valid)
        return;
    if (tb.cap < tb.nsaved) {
        tb.cap = tb.nsaved;
        tb.locs = rt_xrealloc(tb.locs, tb.cap * sizeof *tb.locs);
    }
    if (tb.nsaved)
        memcpy(tb.locs, tb.saved, tb.nsaved * sizeof *tb.locs);
    tb.n = tb.nsaved;
    tb.saved_valid = 0;
}

static void tb_on_commit(void *arg)
{
    (void)arg;
    tb.saved_valid = 0;
}
#endif

static void tb_touch(void)
{
#ifdef RTRANS_STM
    if (tb.saved_valid || !stm_in_transaction())
        return;
    if (tb.capsaved < tb.n) {
        tb.capsaved = tb.n;
        tb.saved = rt_xrealloc(tb.saved, tb.capsaved * sizeof *tb.saved);
    }
    if (tb.n)
        memcpy(tb.saved, tb.locs, tb.n * sizeof *tb.locs);
    tb.nsaved = tb.n;
    tb.saved_valid = 1;
    stm_on_abort(tb_on_abort, NULL);
    stm_on_commit(tb_on_commit, NULL);
#endif
}

void rt_tb_reset(void)
{
    if (tb.n == 0)
        return;
    tb_touch();
    tb.n = 0;
}

size_t rt_tb_depth(void) { return tb.n; }

/* The thread ends: free its trace buffers. */
void rt_tb_thread_exit(void)
{
    free(tb.locs);
#ifdef RTRANS_STM
    free(tb.saved);
#endif
    memset(&tb, 0, sizeof tb);
}

void rt_tb_add(const rt_tbloc *loc)
{
    tb_touch();
    if (tb.n == tb.cap) {
        tb.cap = tb.cap ? 2 * tb.cap : 32;
        tb.locs = rt_xrealloc(tb.locs, tb.cap * sizeof *tb.locs);
    }
    tb.locs[tb.n++] = loc;
}

/* ---------------------------------------------------------- source lines */

typedef struct src_file {
    char *name;
    char **lines;     /* NULL when unreadable */
    size_t nlines;
    struct src_file *next;
} src_file;

static src_file *src_cache;
static pthread_mutex_t src_lock = PTHREAD_MUTEX_INITIALIZER;

static void src_load(src_file *sf)
{
    FILE *fp = fopen(sf->name, "r");
    if (!fp)
        return;
    char *line = NULL;
    size_t cap = 0, capl = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, fp)) >= 0) {
        if (sf->nlines == capl) {
            capl = capl ? 2 * capl : 64;
            sf->lines = rt_xrealloc(sf->lines, capl * sizeof *sf->lines);
        }
        sf->lines[sf->nlines++] = strdup(line);
    }
    free(line);
    fclose(fp);
    if (!sf->lines)
        sf->lines = rt_xmalloc(sizeof *sf->lines);
}

/* The stripped text of line `line` of file, or NULL. */
static const char *src_line(const char *file, int32_t line, size_t *len)
{
    pthread_mutex_lock(&src_lock);
    src_file *sf = src_cache;
    while (sf && strcmp(sf->name, file) != 0)
        sf = sf->next;
    if (!sf) {
        sf = calloc(1, sizeof *sf);
        sf->name = strdup(file);
        sf->next = src_cache;
        src_cache = sf;
        src_load(sf);
    }
    pthread_mutex_unlock(&src_lock);
    if (line < 1 || (size_t)line > sf->nlines)
        return NULL;
    const char *s = sf->lines[line - 1];
    while (*s == ' ' || *s == '\t' || *s == '\f')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    *len = n;
    return n ? s : NULL;
}

/* --------------------------------------------------------------- report */

static void err_puts(rt_cbuf *b, const char *s) { rt_cbuf_append(b, s, strlen(s)); }

static void print_frame(rt_cbuf *b, const rt_tbloc *loc)
{
    char head[64];
    err_puts(b, "  File \"");
    err_puts(b, loc->file);
    snprintf(head, sizeof head, "\", line %d, in ", (int)loc->line);
    err_puts(b, head);
    err_puts(b, loc->function);
    rt_cbuf_put(b, '\n');
    size_t n;
    const char *src = src_line(loc->file, loc->line, &n);
    if (src) {
        err_puts(b, "    ");
        rt_cbuf_append(b, src, n);
        rt_cbuf_put(b, '\n');
    }
}

static int same_loc(const rt_tbloc *a, const rt_tbloc *b)
{
    return a == b || (a->line == b->line && strcmp(a->file, b->file) == 0
                      && strcmp(a->function, b->function) == 0);
}

static void print_repeated(rt_cbuf *b, size_t repeats)
{
    if (repeats <= 3)
        return;
    char msg[96];
    snprintf(msg, sizeof msg, "  [Previous line repeated %zu more time%s]\n",
             repeats - 3, repeats - 3 > 1 ? "s" : "");
    err_puts(b, msg);
}

/* A record with no source line (line <= 0) is scaffolding of the generated
 * program, which CPython has no frame for. */
static size_t shown_frames(void)
{
    size_t n = 0;
    for (size_t k = 0; k < tb.n; k++)
        n += tb.locs[k]->line > 0;
    return n;
}

/* CPython prints the last 1000 frames and folds runs of more than three
 * identical frames into "[Previous line repeated N more times]". */
static void print_frames(rt_cbuf *b)
{
    size_t skip = shown_frames() > 1000 ? shown_frames() - 1000 : 0;
    const rt_tbloc *last = NULL;
    size_t repeats = 0;
    for (size_t k = tb.n; k-- > 0;) {
        const rt_tbloc *loc = tb.locs[k];
        if (loc->line <= 0)
            continue;
        if (skip) {
            skip--;
            continue;
        }
        if (last && same_loc(last, loc)) {
            repeats++;
        } else {
            print_repeated(b, repeats);
            repeats = 1;
            last = loc;
        }
        if (repeats <= 3)
            print_frame(b, loc);
    }
    print_repeated(b, repeats);
}

/* UTF-8 for stderr: lone surrogates as \udxxx (CPython's backslashreplace). */
static void put_str_lossy(rt_cbuf *b, stm_ref s)
{
    for (int64_t i = 0, n = s ? str_len(s) : 0; i < n; i++) {
        uint32_t c = str_at(s, i);
        char tmp[16];
        int k;
        if (c >= 0xd800 && c <= 0xdfff)
            k = snprintf(tmp, sizeof tmp, "\\u%04x", c);
        else
            k = rt_utf8_put(c, tmp);
        rt_cbuf_append(b, tmp, (size_t)k);
    }
}

void rt_print_exception(stm_ref exc)
{
    const rt_program *prog = rt_current_program();
    RT_FRAME(f, 3);
    f[0] = exc;
    stm_ref saved_exc = stm_tl.exc;
    f[2] = saved_exc;
    stm_tl.exc = 0;
    f[1] = prog->exc_name(f[0]);
    stm_ref msg = prog->exc_message(f[0]);
    stm_tl.exc = f[2];
    rt_cbuf b = {0};
    if (shown_frames())
        err_puts(&b, "Traceback (most recent call last):\n");
    print_frames(&b);
    put_str_lossy(&b, f[1]);
    if (msg && str_len(msg)) {
        err_puts(&b, ": ");
        put_str_lossy(&b, msg);
    }
    rt_cbuf_put(&b, '\n');
    RT_POP(f);
    rt_write(RT_STREAM_STDERR, b.p, b.n);
    rt_cbuf_free(&b);
}

/* For thread reports: the header line goes first. */
void rt_print_exception_in_thread(stm_ref exc, stm_ref name);
void rt_print_exception_in_thread(stm_ref exc, stm_ref name)
{
    rt_cbuf b = {0};
    err_puts(&b, "Exception in thread ");
    put_str_lossy(&b, name);
    err_puts(&b, ":\n");
    rt_write(RT_STREAM_STDERR, b.p, b.n);
    rt_cbuf_free(&b);
    rt_print_exception(exc);
}
