/* stm_barrier.c - the write barrier's slow paths (STM build).
 *
 * The inline barrier tests STM_GCFLAG_WRITE_BARRIER; only the first write
 * to an old object in a transaction gets here.  For an object created by
 * the running transaction the slow path only re-registers it with the
 * minor collector.  For a committed object it takes the write lock (a
 * byte per 16 bytes of old generation, holding the owner segment + 1),
 * resolving a conflict through the contention manager; catches up with
 * the log (S3); marks the object read; saves a backup for abort; and
 * clears the flag.  A card write does the same for one card of a large
 * array: the card's lock byte is the one of its first item (and its read
 * marker that item's marker, stm_read_card). */
#include "runtime/stmseg_internal.h"

#include <stdlib.h>

#define ARENA_BLOCK ((size_t)64 * 1024)

/* ----------------------------------------------------------------- arena */

static char *arena_alloc(arena *a, size_t n)
{
    n = stmi_align(n, 16);
    if (n > a->left) {
        size_t bs = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        if (a->nblocks == a->capblocks) {
            a->capblocks = a->capblocks ? a->capblocks * 2 : 8;
            a->blocks = stmi_xrealloc(a->blocks, a->capblocks * sizeof *a->blocks);
        }
        a->cur = stmi_xmalloc(bs);
        a->blocks[a->nblocks++] = a->cur;
        a->left = bs;
    }
    char *p = a->cur;
    a->cur += n;
    a->left -= n;
    return p;
}

/* Keep the first block for the next transaction. */
void stmi_arena_reset(arena *a)
{
    for (size_t i = 1; i < a->nblocks; i++)
        free(a->blocks[i]);
    if (a->nblocks) {
        a->nblocks = 1;
        a->cur = a->blocks[0];
        a->left = ARENA_BLOCK;
    }
}

void stmi_arena_free(arena *a)
{
    for (size_t i = 0; i < a->nblocks; i++)
        free(a->blocks[i]);
    free(a->blocks);
    memset(a, 0, sizeof *a);
}

/* ------------------------------------------------------------- write set */

static ws_item *ws_push(stmi_segment *s)
{
    if (s->nws == s->capws) {
        s->capws = s->capws ? s->capws * 2 : 64;
        s->ws = stmi_xrealloc(s->ws, s->capws * sizeof *s->ws);
    }
    return &s->ws[s->nws++];
}

/* Only the collector and the checker ask, so the index is brought up to
 * date here rather than on every first write. */
bool stmi_ws_contains(stmi_segment *s, uintptr_t ref)
{
    for (; s->ws_indexed < s->nws; s->ws_indexed++) {
        ws_item *w = &s->ws[s->ws_indexed];
        if (w->kind == WS_WHOLE && w->backup)
            stmi_map_put(&s->ws_index, w->ref, 1);
    }
    return stmi_map_find(&s->ws_index, ref) != NULL;
}

bool stmi_card_written(stmi_segment *s, uintptr_t ref, int64_t item)
{
    uintptr_t *bits = stmi_map_find(&s->cards, ref);
    if (!bits)
        return false;
    uint64_t c = (uint64_t)item / STM_CARD_ITEMS;
    return (((uint64_t *)*bits)[c / 64] >> (c % 64)) & 1;
}

static void record_writer(stmi_thread *t, ws_item *w, void *code)
{
    w->marker = 0;
    w->code = 0;
    if (STM_UNLIKELY(stmi_log_on)) {
        w->marker = stmi_innermost_marker(t->tl);
        w->code = (uint64_t)(uintptr_t)code;
    }
}

/* Restore in reverse order: the earliest backup of a byte wins.  An item
 * without a backup was registered (for its lock) but never written. */
void stmi_restore_backups(stmi_segment *s)
{
    for (size_t i = s->nws; i-- > 0;) {
        ws_item *w = &s->ws[i];
        if (w->backup)
            memcpy(s->base + w->start, w->backup, w->size);
    }
}

/* Releases the lock byte if this segment holds it (an abort may come
 * before all the locks of an item were taken). */
static void unlock(stmi_segment *s, uintptr_t lockref)
{
    uint8_t me = (uint8_t)(s->num + 1);
    atomic_compare_exchange_strong((_Atomic uint8_t *)wlock_of(lockref), &me, 0);
}

void stmi_release_write_locks(stmi_segment *s)
{
    for (size_t i = 0; i < s->nws; i++) {
        ws_item *w = &s->ws[i];
        unlock(s, w->kind == WS_CARD ? w->start : w->ref);
        if (w->kind != WS_WHOLE)
            continue;
        stm_hdr *h = obj_in(s->base, w->ref);
        if (!(h->flags & STM_GCFLAG_CARDS))
            continue;
        size_t n = stmi_card_count(h);
        for (size_t c = 0; c < n; c++)
            unlock(s, stmi_card_start(w->ref, c));
    }
    /* after the unlocks (sequentially consistent, as the sleepers' count):
       a loser either sees its lock free or is counted here */
    if (STM_UNLIKELY(atomic_load(&s->lock_sleepers))) {
        atomic_fetch_add(&s->unlocks, 1);
        stmi_futex_wake_all(&s->unlocks);
    }
}

/* ------------------------------------------------------------ contention */

/* Does the transaction in s beat the one in o?  Inevitable first, then
 * the older start ticket (kept across retries, so a transaction that keeps
 * losing becomes the oldest). */
static bool beats(const stmi_segment *s, const stmi_segment *o)
{
    if (s->inevitable)
        return true;
    if (o->inevitable)
        return false;
    return s->start_ticket < o->start_ticket
        || (s->start_ticket == o->start_ticket && s->num < o->num);
}

static void ask_to_abort(stmi_thread *t, stmi_segment *o, int reason)
{
    int expect = 0;
    atomic_compare_exchange_strong(&o->abort_requested, &expect, reason + 1);
    atomic_store(&o->abort_by, t->id);
    stmi_thread *u = stmi_seg_owner(o);
    if (u)
        u->tl->poll = 1;
    stmi_wake_parked();
    stmi_wake_waiters();
}

/* Conflict details: the lock holder is the "writer", the other side is
 * the second writer (stored in the reader fields). */
static void fill_ww(uint64_t *c, int kind, stmi_thread *other, uintptr_t ref,
                    uintptr_t lockref, uint64_t my_marker, void *my_code,
                    bool i_hold)
{
    uint64_t m = 0, k = 0;
    if (stmi_log_on)
        stmi_trace_lock_holder(lockref, &m, &k);
    c[STMLOG_CW_KIND] = (uint64_t)kind;
    c[STMLOG_CW_OTHER_THREAD] = other ? (uint64_t)other->id : 0;
    c[STMLOG_CW_OBJECT] = ref;
    c[STMLOG_CW_WRITER_MARKER] = i_hold ? my_marker : m;
    c[STMLOG_CW_WRITER_CODE] = i_hold ? (uint64_t)(uintptr_t)my_code : k;
    c[STMLOG_CW_READER_MARKER] = i_hold ? m : my_marker;
    c[STMLOG_CW_READER_CODE] = i_hold ? k : (uint64_t)(uintptr_t)my_code;
}

static void lost_write_write(stmi_thread *t, stmi_segment *s, stmi_segment *o,
                             uintptr_t lockref, uintptr_t ref, void *code)
{
    stmi_thread *u = stmi_seg_owner(o);
    uint64_t *c = s->conflict;
    int kind = o->inevitable ? STMLOG_ABORT_INEVITABLE : STMLOG_ABORT_WRITE_WRITE;
    fill_ww(c, kind, u, ref, lockref,
            stmi_log_on ? stmi_innermost_marker(t->tl) : 0, code, false);
    s->lost_lock = (_Atomic uint8_t *)wlock_of(lockref);
    s->lost_to = (uint8_t)(o->num + 1);
    stmi_abort(t, (int)c[STMLOG_CW_KIND]);
}

/* The winner of a write-write conflict reports it: the victim's time
 * lost is its transaction's age (its ABORT record follows). */
static void log_victim(stmi_thread *t, stmi_segment *s, stmi_segment *o,
                       uintptr_t lockref, uintptr_t ref, void *code)
{
    uint64_t c[STMLOG_CW_COUNT];
    int kind = s->inevitable ? STMLOG_ABORT_INEVITABLE : STMLOG_ABORT_WRITE_WRITE;
    fill_ww(c, kind, stmi_seg_owner(o), ref, lockref,
            stmi_innermost_marker(t->tl), code, true);
    uint64_t start = o->start_ns, now = stmi_now_ns();
    c[STMLOG_CW_LOST_NS] = now > start ? now - start : 0;
    const stmi_tinfo *ti = stmi_tinfo_of(obj_at(ref)->tid);
    stmi_event_words(t, STMLOG_CONTENTION, c, STMLOG_CW_COUNT, ti ? ti->name : NULL);
}

/* Waits a little for the lock to change hands; the caller then decides
 * again, since the holder's segment may have started a new transaction
 * that took the lock anew (and must be asked again). */
static void wait_a_little(stmi_thread *t, _Atomic uint8_t *lk, uint8_t owner)
{
    for (unsigned spins = 0; spins < 200; spins++) {
        if (atomic_load_explicit(lk, memory_order_acquire) != owner)
            return;
        stmi_check_abort_request(t);
        stmi_spin_step(spins, 64);
    }
}

static void acquire_lock(stmi_thread *t, stmi_segment *s, uintptr_t lockref,
                         uintptr_t ref, void *code)
{
    _Atomic uint8_t *lk = (_Atomic uint8_t *)wlock_of(lockref);
    uint8_t me = (uint8_t)(s->num + 1);
    uint64_t t0 = 0;
    for (;;) {
        uint8_t cur = 0;
        if (atomic_compare_exchange_strong(lk, &cur, me)) {
            if (STM_UNLIKELY(stmi_log_on))
                stmi_trace_lock_taken(lockref, stmi_innermost_marker(t->tl),
                                      (uint64_t)(uintptr_t)code);
            break;
        }
        if (cur == me)
            break;
        stmi_segment *o = &stmi_segs[cur - 1];
        if (!beats(s, o))
            lost_write_write(t, s, o, lockref, ref, code);
        if (!t0) {
            t0 = stmi_now_ns();
            stmi_event(t, STMLOG_WAIT_START, 0, 0, "write lock");
            if (STM_UNLIKELY(stmi_log_on))
                log_victim(t, s, o, lockref, ref, code);
        }
        ask_to_abort(t, o, s->inevitable ? STMLOG_ABORT_INEVITABLE
                                         : STMLOG_ABORT_WRITE_WRITE);
        wait_a_little(t, lk, cur);
    }
    if (t0) {
        t->wait_ns += stmi_now_ns() - t0;
        stmi_event(t, STMLOG_WAIT_END, 0, 0, "write lock");
    }
}

/* ------------------------------------------------------------ slow paths */

static void write_new_object(stmi_segment *s, uintptr_t ref, stm_hdr *h)
{
    h->flags = (h->flags & ~STM_GCFLAG_WRITE_BARRIER) | GCFLAG_TX_MODIFIED;
    stmi_vec_push(&s->nursery.remembered, ref);
}

/* Every lock goes into the write set as soon as it is taken, before
 * anything that may abort (another lock, validation), so that an abort
 * releases it; the backup comes last. */
static void write_whole(stmi_thread *t, stmi_segment *s, uintptr_t ref,
                        stm_hdr *h, void *code)
{
    stmi_check_abort_request(t);
    stmi_trace_pause(t);
    acquire_lock(t, s, ref, ref, code);
    size_t index = s->nws;
    *ws_push(s) = (ws_item){.ref = ref, .start = ref, .kind = WS_WHOLE};
    if (h->flags & STM_GCFLAG_CARDS) {
        size_t n = stmi_card_count(h);
        for (size_t c = 0; c < n; c++)
            acquire_lock(t, s, stmi_card_start(ref, c), ref, code);
    }
    stmi_validate_or_abort(t);
    /* S3: the lock is ours and the view has every earlier commit */
    STMI_CHECK(atomic_load_explicit((_Atomic uint8_t *)wlock_of(ref), memory_order_relaxed)
               == (uint8_t)(s->num + 1));
    *marker_in(s, ref) = s->read_version;
    size_t size = stmi_image_size(h);
    ws_item *w = &s->ws[index];
    w->size = (uint32_t)size;
    w->backup = arena_alloc(&s->backups, size);
    memcpy(w->backup, h, size);
    record_writer(t, w, code);
    h->flags &= ~STM_GCFLAG_WRITE_BARRIER;
    stmi_trace_resume(t);
}

__attribute__((noinline))
void stm_write_slowpath(stm_ref o)
{
    void *code = __builtin_return_address(0);
    uintptr_t ref = (uintptr_t)o;
    stm_hdr *h = obj_at(ref);
    if (!(h->flags & STM_GCFLAG_WRITE_BARRIER) || !ref_is_old(ref))
        return;
    stmi_thread *t = stmi_me_in_tx("stm_write");
    if (h->flags & GCFLAG_TX_NEW) {
        write_new_object(t->seg, ref, h);
        return;
    }
    if (STM_UNLIKELY(stmi_cfg.abort_stress))
        stmi_stress_abort(t);
    write_whole(t, t->seg, ref, h, code);
}

static uint64_t *card_bits(stmi_segment *s, uintptr_t ref, stm_hdr *h)
{
    uintptr_t *slot = stmi_map_find(&s->cards, ref);
    if (slot)
        return (uint64_t *)*slot;
    uint64_t *bits = stmi_xcalloc((stmi_card_count(h) + 63) / 64, sizeof *bits);
    stmi_map_put(&s->cards, ref, (uintptr_t)bits);
    return bits;
}

static void write_card(stmi_thread *t, stmi_segment *s, uintptr_t ref,
                       stm_hdr *h, int64_t index, void *code)
{
    if (index < 0 || index >= stmi_image_length(h))
        stm_fatal(70, "stm_write_card: index %lld out of range",
                  (long long)index);
    size_t c = (size_t)index / STM_CARD_ITEMS;
    uint64_t *bits = card_bits(s, ref, h);
    if ((bits[c / 64] >> (c % 64)) & 1)
        return;
    stmi_check_abort_request(t);
    stmi_trace_pause(t);
    uintptr_t start = stmi_card_start(ref, c);
    uintptr_t end = stmi_card_start(ref, c + 1);
    uintptr_t obj_end = ref + stmi_image_size(h);
    if (end > obj_end)
        end = obj_end;
    acquire_lock(t, s, start, ref, code);
    size_t at = s->nws;
    *ws_push(s) = (ws_item){.ref = ref, .start = start, .kind = WS_CARD};
    stmi_validate_or_abort(t);
    ws_item *w = &s->ws[at];
    w->size = (uint32_t)(end - start);
    w->backup = arena_alloc(&s->backups, end - start);
    memcpy(w->backup, obj_in(s->base, start), end - start);
    record_writer(t, w, code);
    bits[c / 64] |= (uint64_t)1 << (c % 64);
    stmi_trace_resume(t);
}

__attribute__((noinline))
void stm_write_card_slowpath(stm_ref o, int64_t index)
{
    void *code = __builtin_return_address(0);
    uintptr_t ref = (uintptr_t)o;
    stm_hdr *h = obj_at(ref);
    if (!ref_is_old(ref) || !(h->flags & STM_GCFLAG_WRITE_BARRIER))
        return;
    stmi_thread *t = stmi_me_in_tx("stm_write_card");
    if (h->flags & GCFLAG_TX_NEW)
        write_new_object(t->seg, ref, h);
    else if (!(h->flags & STM_GCFLAG_CARDS))
        write_whole(t, t->seg, ref, h, code);
    else
        write_card(t, t->seg, ref, h, index, code);
}
