/* io_defer.c - output to sys.stdout and sys.stderr buffered with the
 * transaction (STM build), so that printing threads do not serialise.
 *
 * A print that made its transaction inevitable (as pypy-stm's did) let
 * only one printing thread run at a time.  Instead, a write or flush of a
 * standard stream inside a transaction that is not inevitable, in a
 * program that has more than one thread, is recorded in the thread's
 * pending batch: the bytes of each write call and its stream.  When the
 * transaction commits, an stm_on_publish callback (under the commit lock,
 * so in commit order) links the batch onto the output queue; after the
 * commit, some thread drains the queue: each record goes through the
 * stream's layers (io_write.c) as if that write call had been made then.
 * An abort drops the batch.
 *
 * Assumes: the streams' state is C memory (rt_fileimpl); every write of a
 *   standard stream comes here (rt_file_write, rt_file_flush, rt_write).
 * Guarantees:
 *   - output appears in commit order; a transaction's writes stay
 *     together and in their order, so one thread's stdout/stderr
 *     interleaving and buffering are CPython's (a tty's or stderr's line
 *     buffering included): the calls just happen at the commit;
 *   - a transaction that is inevitable (it cannot abort, and nobody
 *     commits while it is) writes directly, after the queue and its own
 *     batch; so does a single-threaded program (its print becomes
 *     inevitable as before, which costs nothing when alone), so a write
 *     error is raised exactly where CPython raises it;
 *   - a write error met while draining is kept in the stream
 *     (deferred_err) and raised by the next write, flush or close of that
 *     stream, in whichever thread, which becomes inevitable first; one
 *     still pending at exit is reported as the final flush's; never lost;
 *   - at exit, at a fatal error and at os._exit the queue is written
 *     (and the dying thread's own batch); what was committed is not lost;
 *   - output does not wait long: a batch of 8 KiB, or a line for a
 *     line-buffered stream (a terminal, stderr), asks its transaction to
 *     commit at the next break point.
 * Refuses: other files: their operations stay inevitable (io.c).
 * The GIL build writes directly, as before.
 */
#include "runtime/lib/rtlib-int.h"
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#ifdef RTRANS_STM

#define OUT_FLUSH SIZE_MAX       /* a record that is a flush(), not a write */
/* A batch this large asks its transaction to commit soon: CPython would
 * have handed a chunk to the device by then (TEXT_CHUNK, io_write.c). */
#define OUT_SOON_BYTES 8192

typedef struct out_rec {
    rt_fileimpl *f;
    size_t n;                    /* bytes of this write, or OUT_FLUSH */
    int layer;                   /* RT_LAYER_TEXT or _BUFFER (binary) */
} out_rec;

typedef struct out_batch {
    struct out_batch *next;
    out_rec *recs;
    size_t nrecs, caprecs;
    char *bytes;
    size_t nbytes, capbytes;
} out_batch;

/* Committed batches not yet written, oldest first (queue_lock: short, and
 * taken under the commit lock).  drain_lock orders the writing itself: its
 * holder pops and writes batches until the queue is empty. */
static pthread_mutex_t queue_lock = PTHREAD_MUTEX_INITIALIZER;
static out_batch *queue_head, *queue_tail;
static pthread_mutex_t drain_lock = PTHREAD_MUTEX_INITIALIZER;

static __thread out_batch *pending;  /* the running transaction's records */
static __thread int armed;           /* its callbacks are registered */
static __thread int draining;        /* this thread holds drain_lock */
/* Records written so far by any drain: the exit waits for a draining
 * thread while this moves (rt_out_at_exit). */
static uint64_t replayed;

/* ------------------------------------------------------------- the queue */

static void queue_push(out_batch *b)
{
    b->next = NULL;
    pthread_mutex_lock(&queue_lock);
    if (queue_tail)
        queue_tail->next = b;
    else
        __atomic_store_n(&queue_head, b, __ATOMIC_RELEASE);
    queue_tail = b;
    pthread_mutex_unlock(&queue_lock);
}

static out_batch *queue_pop(void)
{
    pthread_mutex_lock(&queue_lock);
    out_batch *b = queue_head;
    if (b) {
        __atomic_store_n(&queue_head, b->next, __ATOMIC_RELEASE);
        if (!b->next)
            queue_tail = NULL;
    }
    pthread_mutex_unlock(&queue_lock);
    return b;
}

static int queue_empty(void)
{
    return __atomic_load_n(&queue_head, __ATOMIC_ACQUIRE) == NULL;
}

static void batch_free(out_batch *b)
{
    free(b->recs);
    free(b->bytes);
    free(b);
}

/* ------------------------------------------------------------ replaying */

/* One record through the stream's layers; an error stays in the stream.
 * At exit the lock is only tried (the dying thread may hold it). */
static void replay_rec(const out_rec *r, const char *p, int at_exit)
{
    rt_fileimpl *f = r->f;
    int locked = at_exit ? pthread_mutex_trylock(&f->lock) == 0
                         : (pthread_mutex_lock(&f->lock), 1);
    if (!f->closed) {
        int err = r->n == OUT_FLUSH ? rt_impl_flush(f, r->layer) : rt_impl_write(f, p, r->n, r->layer);
        if (err && !f->deferred_err)
            __atomic_store_n(&f->deferred_err, err, __ATOMIC_RELAXED);
    }
    if (locked)
        pthread_mutex_unlock(&f->lock);
    __atomic_add_fetch(&replayed, 1, __ATOMIC_RELAXED);
}

static void replay(out_batch *b, int at_exit)
{
    const char *p = b->bytes;
    for (size_t i = 0; i < b->nrecs; i++) {
        replay_rec(&b->recs[i], p, at_exit);
        if (b->recs[i].n != OUT_FLUSH)
            p += b->recs[i].n;
    }
    b->nrecs = b->nbytes = 0;
}

/* drain_lock held: every committed batch, then the caller's own records
 * (only where they can no longer be undone: inevitable, or dying). */
static void drain_locked(int own, int at_exit)
{
    out_batch *b;
    while ((b = queue_pop())) {
        replay(b, at_exit);
        batch_free(b);
    }
    if (own && pending)
        replay(pending, at_exit);
}

static void drain_lock_take(void)
{
    pthread_mutex_lock(&drain_lock);
    draining = 1;
}

static void drain_lock_drop(void)
{
    draining = 0;
    pthread_mutex_unlock(&drain_lock);
}

/* ---------------------------------------------- transaction callbacks */

/* Under the commit lock: the batch takes its place in commit order. */
static void hand_over(void *arg)
{
    (void)arg;
    armed = 0;
    out_batch *b = pending;
    if (!b || !b->nrecs)
        return;
    pending = NULL;
    queue_push(b);
}

/* After the commit.  A thread that finds the drain taken leaves its batch
 * to the holder, which looks at the queue again after letting go. */
static void drain_after_commit(void *arg)
{
    (void)arg;
    while (!queue_empty() && pthread_mutex_trylock(&drain_lock) == 0) {
        draining = 1;
        drain_locked(0, 0);
        drain_lock_drop();
    }
}

static void drop_pending(void *arg)
{
    (void)arg;
    armed = 0;
    if (pending)
        pending->nrecs = pending->nbytes = 0;
}

static void record(rt_fileimpl *f, const char *p, size_t n, int layer)
{
    if (!pending)
        pending = calloc(1, sizeof *pending);
    if (!pending)
        stm_out_of_memory("out of memory (output buffer)");
    out_batch *b = pending;
    if (!armed) {
        armed = 1;
        stm_on_publish(hand_over, NULL);
        stm_on_commit(drain_after_commit, NULL);
        stm_on_abort(drop_pending, NULL);
    }
    if (b->nrecs == b->caprecs) {
        b->caprecs = b->caprecs ? 2 * b->caprecs : 16;
        b->recs = rt_xrealloc(b->recs, b->caprecs * sizeof *b->recs);
    }
    b->recs[b->nrecs++] = (out_rec){ f, n, layer };
    if (n == OUT_FLUSH)
        return;
    if (b->nbytes + n > b->capbytes) {
        size_t cap = b->capbytes ? b->capbytes : 4096;
        while (cap < b->nbytes + n)
            cap *= 2;
        b->bytes = rt_xrealloc(b->bytes, cap);
        b->capbytes = cap;
    }
    memcpy(b->bytes + b->nbytes, p, n);
    b->nbytes += n;
    /* Output waits for the commit, and a transaction alone may run long:
     * a line for a terminal or stderr (which CPython shows at once), or a
     * chunk's worth, asks for the commit at the next break point. */
    if (b->nbytes >= OUT_SOON_BYTES || (f->line_buffered && memchr(p, '\n', n)))
        stm_hint_commit_soon();
}

/* Writes (or flushes, n == OUT_FLUSH) directly, after everything before
 * it in commit order. */
static int direct(rt_fileimpl *f, const char *p, size_t n, int layer)
{
    if (f->is_std) {
        drain_lock_take();
        drain_locked(1, 0);
    }
    pthread_mutex_lock(&f->lock);
    int err = n == OUT_FLUSH ? rt_impl_flush(f, layer) : rt_impl_write(f, p, n, layer);
    pthread_mutex_unlock(&f->lock);
    if (f->is_std)
        drain_lock_drop();
    return err;
}

static int in_open_tx(void)
{
    return stm_in_transaction() && !stm_is_inevitable();
}

/* Another thread holds the drain: wait while it writes records, as long
 * as it has written one in the last second (not for a write blocked for
 * good on a full pipe).  The wait was 200 ms in all, and on a loaded
 * machine a draining thread that did not run for that long made the exit
 * drop every committed batch behind the one it was writing.  1: the
 * drain is ours. */
static int drain_lock_at_exit(void)
{
    uint64_t seen = __atomic_load_n(&replayed, __ATOMIC_RELAXED);
    for (int idle = 0; idle < 1000; idle++) {
        if (pthread_mutex_trylock(&drain_lock) == 0)
            return 1;
        nanosleep(&(struct timespec){ .tv_nsec = 1000000 }, NULL);
        uint64_t now = __atomic_load_n(&replayed, __ATOMIC_RELAXED);
        if (now != seen) {
            seen = now;
            idle = 0;
        }
    }
    return 0;
}

#endif /* RTRANS_STM */

/* ------------------------------------------------------------------ API */

int rt_out_deferred(rt_fileimpl *f)
{
#ifdef RTRANS_STM
    return f->is_std && in_open_tx() && stm_thread_count() > 1
        && !__atomic_load_n(&f->deferred_err, __ATOMIC_RELAXED);
#else
    (void)f;
    return 0;
#endif
}

int rt_out_begin(rt_fileimpl *f, const char *why)
{
    if (rt_out_deferred(f))
        return 1;
    rt_io_begin(why);
    return 0;
}

int rt_out_write(rt_fileimpl *f, const char *p, size_t n, int deferred, int layer)
{
#ifdef RTRANS_STM
    if (deferred) {
        record(f, p, n, layer);
        return 0;
    }
    return direct(f, p, n, layer);
#else
    (void)deferred;
    pthread_mutex_lock(&f->lock);
    int err = rt_impl_write(f, p, n, layer);
    pthread_mutex_unlock(&f->lock);
    return err;
#endif
}

int rt_out_flush(rt_fileimpl *f, int deferred, int layer)
{
#ifdef RTRANS_STM
    if (deferred) {
        record(f, NULL, OUT_FLUSH, layer);
        return 0;
    }
    return direct(f, NULL, OUT_FLUSH, layer);
#else
    (void)deferred;
    pthread_mutex_lock(&f->lock);
    int err = rt_impl_flush(f, layer);
    pthread_mutex_unlock(&f->lock);
    return err;
#endif
}

int rt_out_take_error(rt_fileimpl *f)
{
#ifdef RTRANS_STM
    if (!__atomic_load_n(&f->deferred_err, __ATOMIC_RELAXED))
        return 0;
    pthread_mutex_lock(&f->lock);
    int err = f->deferred_err;
    f->deferred_err = 0;
    pthread_mutex_unlock(&f->lock);
    return err;
#else
    (void)f;
    return 0;
#endif
}

void rt_out_settle(void)
{
#ifdef RTRANS_STM
    if (queue_empty() && (!pending || !pending->nrecs))
        return;
    drain_lock_take();
    drain_locked(!in_open_tx(), 0);
    drain_lock_drop();
#endif
}

void rt_runtime_write(rt_fileimpl *f, const char *p, size_t n)
{
#ifdef RTRANS_STM
    /* the runtime's own messages (tracebacks): never written by a
     * transaction that may still abort */
    if (f->is_std && in_open_tx()) {
        record(f, p, n, RT_LAYER_TEXT);
        return;
    }
#endif
    rt_out_write(f, p, n, 0, RT_LAYER_TEXT);
}

void rt_out_at_exit(void)
{
#ifdef RTRANS_STM
    /* This thread may hold the drain already (a fatal error while it
     * wrote a batch): it then writes the rest of the queue from here,
     * which it left unwritten before. */
    if (!draining) {
        if (!drain_lock_at_exit())
            return;
        draining = 1;
    }
    drain_locked(1, 1);
    drain_lock_drop();
#endif
}

void rt_out_thread_exit(void)
{
#ifdef RTRANS_STM
    if (pending)
        batch_free(pending);
    pending = NULL;
    armed = 0;
#endif
}
