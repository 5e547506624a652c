/* stm_log.c - the commit log (STM build).
 *
 * A singly linked list of entries, oldest first.  A committing
 * transaction appends one entry holding the bytes of everything it wrote
 * or created, under stmi_commit_lock, right after validating (S2).  Each
 * segment remembers the last entry its view has applied (`seen`); catching
 * up walks the entries after it, checks them against the segment's read
 * markers, and copies their bytes into the view (S1).  Entries before
 * every segment's `seen` are freed by the trimmer, which also brings idle
 * segments forward so that they never pin the log (S6).  After appending,
 * a committer warns the running transactions that read what it wrote, so
 * that they end at their next break point instead of at their end. */
#include "runtime/stmseg_internal.h"

#include <stdlib.h>

#define TRIM_EVERY      16      /* commits between trims */
#define LOG_LONG        256     /* entries: bring idle segments forward */
#define LOG_LONG_BYTES  ((size_t)16 << 20)

_Atomic int stmi_commit_lock;

/* The commit lock guards a short critical section (validate the last few
 * entries, append), so waiters spin rather than sleep: a futex wake-up
 * costs tens of microseconds, far more than the section itself. */
void stmi_commit_lock_take(void)
{
    for (unsigned spins = 0;; spins++) {
        int expect = 0;
        if (atomic_load_explicit(&stmi_commit_lock, memory_order_relaxed) == 0
            && atomic_compare_exchange_weak_explicit(&stmi_commit_lock, &expect, 1,
                                                     memory_order_acquire,
                                                     memory_order_relaxed))
            return;
        stmi_spin_step(spins, 256);
    }
}

void stmi_commit_lock_drop(void)
{
    atomic_store_explicit(&stmi_commit_lock, 0, memory_order_release);
}

static log_entry *log_head;              /* oldest kept entry */
static log_entry *_Atomic log_tail;
static pthread_mutex_t trim_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic size_t log_bytes;         /* bytes held by kept entries */

void stmi_log_init(void)
{
    atomic_store(&log_bytes, 0);
    log_entry *sentinel = stmi_entry_new(NULL, 0, 0);
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

/* Entries are kept for reuse by the thread that allocated them, in size
 * classes of 1 KiB << k: a transaction's entry is allocated by its thread
 * and freed (by whoever trims it) a few commits later, and going through
 * malloc each time made glibc grow and trim its arenas, with the page
 * faults that follow (a Duhton transaction queueing 1000 calls commits a
 * 32 KiB entry: a quarter of its time went to sysmalloc and page faults).
 * A thread keeps up to ENTRY_CACHE_BYTES of them, and small ones up to
 * ENTRY_CACHE_SMALL per class whatever their bytes: when a thread is
 * descheduled on a busy machine, the others commit hundreds of entries
 * that the log keeps until it catches up, and they all come back at once.
 * Larger entries are not classed: the thread keeps its largest one (an
 * allocation-heavy transaction commits an entry of megabytes, which malloc
 * maps and unmaps each time: the page faults of filling a fresh mapping
 * were over half of par_trees' page faults). */
#define ENTRY_MIN          ((size_t)1024)
#define ENTRY_CACHE_BYTES  ((size_t)4 << 20)
#define ENTRY_CACHE_SMALL  512u          /* entries of classes 0..2 */

static int entry_class(size_t size)
{
    int k = 0;
    while (k < STMI_ENTRY_CLASSES && (ENTRY_MIN << k) < size)
        k++;
    return k;                    /* STMI_ENTRY_CLASSES: not cached */
}

/* Under an address-space limit the heap leaves a third of it to malloc,
 * which a transaction that allocated a lot may use up with its entry:
 * the entries this thread keeps for reuse go back first. */
static void *entry_malloc(size_t size)
{
    void *p = malloc(size);
    stmi_thread *t = stm_tl.priv;
    if (!p && t) {
        stmi_entry_cache_free(t);
        p = malloc(size);
    }
    if (!p)
        stm_out_of_memory("out of memory (a commit-log entry of %zu bytes)", size);
    return p;
}

static log_entry *entry_alloc(size_t size, size_t *cap)
{
    stmi_thread *t = stm_tl.priv;
    int k = entry_class(size);
    if (k == STMI_ENTRY_CLASSES) {
        log_entry *big = t ? t->big_entry : NULL;
        if (big && big->size >= size) {
            t->big_entry = NULL;
            *cap = big->size;
            return big;
        }
        *cap = size;
        return entry_malloc(size);
    }
    *cap = ENTRY_MIN << k;
    if (t && t->entry_cache[k]) {
        log_entry *e = t->entry_cache[k];
        t->entry_cache[k] = e->free_next;
        t->entry_cache_bytes -= *cap;
        t->entry_cache_n[k]--;
        return e;
    }
    return entry_malloc(*cap);
}

/* e was allocated by the calling thread (or its owner is gone). */
static void entry_release(log_entry *e)
{
    stmi_thread *t = stm_tl.priv;
    int k = entry_class(e->size);
    if (t && k == STMI_ENTRY_CLASSES) {
        if (t->big_entry && t->big_entry->size >= e->size) {
            free(e);
            return;
        }
        free(t->big_entry);
        t->big_entry = e;
        return;
    }
    if (t && k < STMI_ENTRY_CLASSES && e->size == ENTRY_MIN << k
        && (t->entry_cache_bytes + e->size <= ENTRY_CACHE_BYTES
            || (k <= 2 && t->entry_cache_n[k] < ENTRY_CACHE_SMALL))) {
        e->free_next = t->entry_cache[k];
        t->entry_cache[k] = e;
        t->entry_cache_bytes += e->size;
        t->entry_cache_n[k]++;
        return;
    }
    free(e);
}

void stmi_entry_cache_free(stmi_thread *t)
{
    for (int k = 0; k < STMI_ENTRY_CLASSES; k++)
        while (t->entry_cache[k]) {
            log_entry *e = t->entry_cache[k];
            t->entry_cache[k] = e->free_next;
            free(e);
        }
    t->entry_cache_bytes = 0;
    memset(t->entry_cache_n, 0, sizeof t->entry_cache_n);
    free(t->big_entry);
    t->big_entry = NULL;
}

log_entry *stmi_entry_new(stmi_segment *s, size_t nobjs, size_t bytes)
{
    size_t head = stmi_align(sizeof(log_entry), 16);
    size_t size = head + nobjs * sizeof(log_obj) + bytes;
    size_t cap;
    log_entry *e = entry_alloc(size, &cap);
    memset(e, 0, sizeof *e);
    e->size = cap;
    e->objs = (log_obj *)((char *)e + head);
    e->data = (char *)(e->objs + nobjs);
    e->capobjs = nobjs;
    e->datacap = bytes;
    e->seg = s ? s->num : -1;
    stmi_thread *t = s ? stmi_seg_owner(s) : NULL;
    e->thread = t ? t->id : 0;
    e->allocator = stm_tl.priv;
    return e;
}

/* Frees the entries the trimmer handed back to the calling thread. */
void stmi_entries_reclaim(stmi_thread *t)
{
    log_entry *e = atomic_exchange_explicit(&t->to_free, NULL, memory_order_acquire);
    while (e) {
        log_entry *next = e->free_next;
        entry_release(e);
        e = next;
    }
}

/* A trimmed entry goes back to its allocator (lock-free push); freeing it
 * here would contend on that thread's malloc arena. */
static void entry_retire(log_entry *e)
{
    stmi_thread *a = e->allocator;
    if (!a) {
        free(e);
        return;
    }
    if (a == stm_tl.priv) {
        entry_release(e);
        return;
    }
    log_entry *head = atomic_load_explicit(&a->to_free, memory_order_relaxed);
    do
        e->free_next = head;
    while (!atomic_compare_exchange_weak_explicit(&a->to_free, &head, e,
                                                  memory_order_release,
                                                  memory_order_relaxed));
}

void stmi_entry_add(log_entry *e, uintptr_t ref, uintptr_t start, size_t size,
                    const char *bytes, uint64_t marker, uint64_t code)
{
    if (e->nobjs == e->capobjs || e->datalen + size > e->datacap)
        STMI_DIE("log entry sized too small");
    e->objs[e->nobjs++] = (log_obj){ref, start, (uint32_t)size, 0,
                                    e->datalen, marker, code};
    memcpy(e->data + e->datalen, bytes, size);
    e->datalen += size;
}

void stmi_entry_free(log_entry *e)
{
    if (e->allocator == stm_tl.priv)
        entry_release(e);
    else
        free(e);
}

/* ------------------------------------------------------------ validation */

/* Logging: where the reader stands when it learns of a conflict (its
 * owner's innermost marker; the owner runs this, or is parked while the
 * collector does).  The reader's retry looks for the actual read
 * (stm_trace.c) and replaces it; when the retry never touches the object
 * again, this is what the log names instead of nothing. */
static uint64_t reader_marker_now(stmi_segment *s)
{
    if (!stmi_log_on)
        return 0;
    stmi_thread *u = stmi_seg_owner(s);
    return u ? stmi_innermost_marker(u->tl) : 0;
}

static uint16_t load_marker(const stmi_segment *v, uintptr_t ref)
{
    return __atomic_load_n(marker_in(v, ref), __ATOMIC_RELAXED);
}

/* Did v mark any 16-byte granule in [from, to) (stm_read_card)? */
static bool granules_read(const stmi_segment *v, uint16_t rv, uintptr_t from, uintptr_t to)
{
    for (uintptr_t g = from; g < to; g += 16)
        if (load_marker(v, g) == rv)
            return true;
    return false;
}

/* Did v's transaction (read version rv) read what piece o of an entry
 * changed?  h: the object's header when the piece is whole (start ==
 * ref); its type says whether its items have read markers
 * (stm_read_card marks the granule of the item it reads).  A piece of an
 * array (start != ref: a card, or the changed granules of an array of a
 * card-marked type, see build_entry) was read through the object's marker
 * or one of the piece's granules.  An array of a card-marked type
 * published whole (new) was read through the object's marker or any
 * granule of its items.  The loads are relaxed: the early warning looks
 * at running transactions. */
static bool write_was_read(const stmi_segment *v, uint16_t rv, const log_obj *o,
                           const stm_hdr *h)
{
    if (load_marker(v, o->ref) == rv)
        return true;
    if (o->start != o->ref)
        return granules_read(v, rv, o->start, o->start + o->size);
    const stmi_tinfo *ti = stmi_tinfo_of(h->tid);
    if (!ti || !(ti->flags & STM_TYPE_CARDS))
        return false;
    return granules_read(v, rv, o->ref + STM_CARD_ITEMS_OFFSET, o->ref + o->size);
}

static bool entry_conflicts(stmi_segment *s, const log_entry *e)
{
    uint16_t rv = s->read_version;
    for (size_t i = 0; i < e->nobjs; i++) {
        const log_obj *o = &e->objs[i];
        const stm_hdr *h = (const stm_hdr *)(e->data + o->data_off);
        if (!write_was_read(s, rv, o, h))
            continue;
        uint64_t *c = s->conflict;
        c[STMLOG_CW_KIND] = STMLOG_ABORT_WRITE_READ;
        c[STMLOG_CW_OTHER_THREAD] = (uint64_t)e->thread;
        c[STMLOG_CW_OBJECT] = o->ref;
        c[STMLOG_CW_WRITER_MARKER] = o->marker;
        c[STMLOG_CW_WRITER_CODE] = o->code;
        c[STMLOG_CW_READER_MARKER] = reader_marker_now(s);
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

/* ---------------------------------------------------- early invalidation */

/* A transaction that read an object another one has just committed will
 * fail its validation, but it validates only at safe points and at its
 * commit: a long one that passes only break points would run to its end
 * for nothing (the pacer asks it to end, but only after a tick of 1 to
 * 8 ms).  So the committer looks at the read markers of the other running
 * transactions for every object it wrote (not its new objects: nobody
 * else can have read those, S5) and warns each one it finds: its break
 * mark goes to 0 (its next break point ends it: the commit validates and
 * aborts, or commits if it wrote nothing) and, inside an atomic section,
 * its poll word is set (its next loop poll validates).
 *
 * This is a hint, never a verdict: the victim validates exactly.  The
 * look is racy on purpose, without any lock: a transaction that reads
 * the object just after the look is missed (its validation still catches
 * it, S2), and a warning that lands after the victim ended reaches its
 * next transaction, which then validates or ends early for nothing.  The
 * cost is a load per written object and running transaction, and the
 * thread list's lock only when a warning goes out (it keeps the victim's
 * thread-local state alive, as for the pacer's requests). */
static void warn_reader(stmi_segment *v)
{
    atomic_store_explicit(&v->invalidated, true, memory_order_relaxed);
    pthread_mutex_lock(&stmi_threads_lock);
    stmi_thread *u = stmi_seg_busy_owner(v);
    if (u) {
        stmi_ask_break(u);
        /* only inside an atomic section, where break points do not
           break, or an elided lock section, which commits only at its
           release and then writes the lock anyway: elsewhere a validation
           at a poll would abort a transaction that may still commit
           read-only (it read one snapshot) at its break point */
        if (__atomic_load_n(&u->tl->atomic_depth, __ATOMIC_RELAXED)
            || __atomic_load_n(&u->elide_depth, __ATOMIC_RELAXED))
            u->tl->poll = 1;
    }
    pthread_mutex_unlock(&stmi_threads_lock);
}

static bool read_by(stmi_segment *v, const log_entry *e)
{
    uint16_t rv = __atomic_load_n(&v->read_version, __ATOMIC_RELAXED);
    for (size_t i = 0; i < e->nwritten; i++) {
        const log_obj *o = &e->objs[i];
        if (write_was_read(v, rv, o, (const stm_hdr *)(e->data + o->data_off)))
            return true;
    }
    return false;
}

bool stmi_log_warn_readers(stmi_segment *s, const log_entry *e)
{
    bool warned = false;
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        stmi_segment *v = &stmi_segs[i];
        if (v == s || !stmi_seg_busy_owner(v)
            || !__atomic_load_n(&v->in_tx, __ATOMIC_RELAXED)
            || __atomic_load_n(&v->inevitable, __ATOMIC_RELAXED)
            || atomic_load_explicit(&v->invalidated, memory_order_relaxed))
            continue;
        if (read_by(v, e)) {
            warn_reader(v);
            warned = true;
        }
    }
    return warned;
}

/* A thread going away: its entries still in the log are freed by whoever
 * trims them, and what was handed back to it is freed now. */
void stmi_log_forget_thread(stmi_thread *t)
{
    pthread_mutex_lock(&trim_lock);
    for (log_entry *e = log_head; e; e = atomic_load(&e->next))
        if (e->allocator == t)
            e->allocator = NULL;
    pthread_mutex_unlock(&trim_lock);
    stmi_entries_reclaim(t);
    stmi_entry_cache_free(t);
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
    static __thread unsigned commits;
    if (!force && ++commits % TRIM_EVERY != 0)
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
        entry_retire(log_head);
        log_head = next;
    }
    pthread_mutex_unlock(&trim_lock);
}
