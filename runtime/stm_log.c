/* stm_log.c - the commit log (STM build).
 *
 * A singly linked list of entries, oldest first.  A committing
 * transaction appends one entry holding the bytes of everything it wrote
 * or created, under stmi_commit_lock, right after validating (S2).  Each
 * segment remembers the last entry its view has applied (`seen`); catching
 * up walks the entries after it, checks them against the segment's read
 * markers, and copies their bytes into the view (S1).  Entries before
 * every segment's `seen` are freed by the trimmer, which also brings idle
 * segments forward so that they never pin the log (S6). */
#include "runtime/stmseg_internal.h"

#include <stdlib.h>

#define TRIM_EVERY      16      /* commits between trims */
#define LOG_LONG        256     /* entries: bring idle segments forward */
#define LOG_LONG_BYTES  ((size_t)16 << 20)

pthread_mutex_t stmi_commit_lock = PTHREAD_MUTEX_INITIALIZER;

static log_entry *log_head;              /* oldest kept entry */
static log_entry *_Atomic log_tail;
static pthread_mutex_t trim_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic uint64_t commits_since_trim;
static _Atomic size_t log_bytes;         /* bytes held by kept entries */

void stmi_log_init(void)
{
    atomic_store(&log_bytes, 0);
    log_entry *sentinel = stmi_xcalloc(1, sizeof *sentinel);
    sentinel->seg = -1;
    log_head = sentinel;
    atomic_store(&log_tail, sentinel);
    for (int i = 0; i < stmi_lay.nsegs; i++)
        atomic_store(&stmi_segs[i].seen, sentinel);
}

void stmi_log_fini(void)
{
    log_entry *e = log_head;
    while (e) {
        log_entry *next = atomic_load(&e->next);
        stmi_entry_free(e);
        e = next;
    }
    log_head = NULL;
    atomic_store(&log_tail, NULL);
}

log_entry *stmi_log_tail(void)
{
    return atomic_load_explicit(&log_tail, memory_order_acquire);
}

/* --------------------------------------------------------------- entries */

log_entry *stmi_entry_new(stmi_segment *s)
{
    log_entry *e = stmi_xcalloc(1, sizeof *e);
    e->seg = s->num;
    stmi_thread *t = stmi_seg_owner(s);
    e->thread = t ? t->id : 0;
    return e;
}

void stmi_entry_add(log_entry *e, uintptr_t ref, uintptr_t start, size_t size,
                    const char *bytes, uint64_t marker, uint64_t code)
{
    if (e->nobjs == e->capobjs) {
        e->capobjs = e->capobjs ? e->capobjs * 2 : 16;
        e->objs = stmi_xrealloc(e->objs, e->capobjs * sizeof *e->objs);
    }
    if (e->datalen + size > e->datacap) {
        size_t cap = e->datacap ? e->datacap * 2 : 4096;
        while (cap < e->datalen + size)
            cap *= 2;
        e->data = stmi_xrealloc(e->data, cap);
        e->datacap = cap;
    }
    e->objs[e->nobjs++] = (log_obj){ref, start, (uint32_t)size, 0,
                                    e->datalen, marker, code};
    memcpy(e->data + e->datalen, bytes, size);
    e->datalen += size;
}

void stmi_entry_free(log_entry *e)
{
    if (!e)
        return;
    free(e->objs);
    free(e->data);
    free(e);
}

/* ------------------------------------------------------------ validation */

static bool entry_conflicts(stmi_segment *s, const log_entry *e)
{
    uint8_t rv = s->read_version;
    for (size_t i = 0; i < e->nobjs; i++) {
        const log_obj *o = &e->objs[i];
        if (*marker_in(s, o->ref) != rv)
            continue;
        uint64_t *c = s->conflict;
        c[STMLOG_CW_KIND] = STMLOG_ABORT_WRITE_READ;
        c[STMLOG_CW_OTHER_THREAD] = (uint64_t)e->thread;
        c[STMLOG_CW_OBJECT] = o->ref;
        c[STMLOG_CW_WRITER_MARKER] = o->marker;
        c[STMLOG_CW_WRITER_CODE] = o->code;
        c[STMLOG_CW_READER_MARKER] = 0;
        c[STMLOG_CW_READER_CODE] = 0;
        return true;
    }
    return false;
}

static void entry_import(stmi_segment *s, const log_entry *e)
{
    for (size_t i = 0; i < e->nobjs; i++) {
        const log_obj *o = &e->objs[i];
        memcpy(s->base + o->start, e->data + o->data_off, o->size);
    }
}

bool stmi_log_catch_up(stmi_segment *s, bool check)
{
    check = check && s->in_tx && !s->inevitable;
    log_entry *e = atomic_load_explicit(&s->seen, memory_order_acquire);
    for (;;) {
        log_entry *next = atomic_load_explicit(&e->next, memory_order_acquire);
        if (!next)
            return true;
        if (check && entry_conflicts(s, next))
            return false;
        entry_import(s, next);
        atomic_store_explicit(&s->seen, next, memory_order_release);
        e = next;
    }
}

/* stmi_commit_lock held, and s has caught up with the tail. */
void stmi_log_append(stmi_segment *s, log_entry *e)
{
    log_entry *tail = atomic_load(&log_tail);
    STMI_ASSERT(atomic_load(&s->seen) == tail);
    e->seq = tail->seq + 1;
    atomic_fetch_add(&log_bytes, e->datalen);
    atomic_store_explicit(&tail->next, e, memory_order_release);
    atomic_store_explicit(&log_tail, e, memory_order_release);
    atomic_store_explicit(&s->seen, e, memory_order_release);
}

/* -------------------------------------------------------------- trimming */

void stmi_log_bring_forward_idle(void)
{
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        stmi_segment *s = &stmi_segs[i];
        log_entry *seen = atomic_load(&s->seen);
        if (!atomic_load(&seen->next))
            continue;
        if (!stmi_segment_lock_idle(s))
            continue;
        stmi_log_catch_up(s, false);
        stmi_segment_unlock_idle(s);
    }
}

static void poll_laggards(uint64_t tail_seq)
{
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        stmi_segment *s = &stmi_segs[i];
        if (tail_seq - atomic_load(&s->seen)->seq > LOG_LONG) {
            stmi_thread *u = stmi_seg_owner(s);
            if (u)
                u->tl->poll = 1;
        }
    }
}

void stmi_log_trim(bool force)
{
    if (!force && atomic_fetch_add(&commits_since_trim, 1) % TRIM_EVERY != 0)
        return;
    if (pthread_mutex_trylock(&trim_lock) != 0)
        return;
    uint64_t tail_seq = stmi_log_tail()->seq;
    if (force || tail_seq - log_head->seq > LOG_LONG
        || atomic_load(&log_bytes) > LOG_LONG_BYTES) {
        stmi_log_bring_forward_idle();
        poll_laggards(tail_seq);
    }
    uint64_t min_seq = UINT64_MAX;
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        uint64_t q = atomic_load(&stmi_segs[i].seen)->seq;
        if (q < min_seq)
            min_seq = q;
    }
    while (log_head->seq < min_seq) {
        log_entry *next = atomic_load(&log_head->next);
        atomic_fetch_sub(&log_bytes, log_head->datalen);
        stmi_entry_free(log_head);
        log_head = next;
    }
    pthread_mutex_unlock(&trim_lock);
}
