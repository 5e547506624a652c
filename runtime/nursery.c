/* nursery.c - allocation slow paths, the minor collection and identity
 * hashes.  Shared by both builds; what differs (roots, the flags of a
 * promoted object, what happens to it) comes from gil.c or stm*.c.
 *
 * A minor collection copies every nursery object reachable from the roots
 * to the old generation (Cheney-style, with an explicit gray stack), leaves
 * a forwarding reference in the nursery copy, updates every root and
 * remembered slot, and then zeroes the nursery so that the inline
 * allocator hands out zeroed memory.  Young large objects (G3) are reached
 * the same way but only flagged, never copied. */
#include "runtime/stm_internal.h"

typedef struct minor_ctx {
    stmi_thread *t;
    stmi_nursery *n;
    stmi_vec gray;
    size_t copied;
} minor_ctx;

static __thread minor_ctx *current_minor;   /* for stmi_minor_visit */

void stmi_nursery_init(stmi_nursery *n, uintptr_t start, size_t size)
{
    memset(n, 0, sizeof *n);
    n->start = start;
    n->end = start + size;
}

static inline bool in_nursery(const stmi_nursery *n, uintptr_t ref)
{
    return ref - n->start < n->end - n->start;
}

static uint32_t old_flags_for(const stm_hdr *o, size_t size)
{
    uint32_t f = (o->flags & ~GCFLAG_PRIVATE_MASK) | stmi_promoted_flags();
    const stmi_tinfo *ti = stmi_tinfo_of(o->tid);
    if ((ti->flags & STM_TYPE_CARDS) && size > STMI_SMALL_MAX)
        f |= STM_GCFLAG_CARDS;
    return f;
}

/* Old-generation space that must be had without collecting; past the
 * limit, only from the MemoryError reserve. */
static uintptr_t old_alloc_no_collect(stmi_thread *t, size_t size)
{
    uintptr_t ref = stmi_old_alloc_soft(&t->cache, size, false, true);
    if (!ref) {
        stmi_heap_exceeded(size);   /* returns with the MemoryError reserve */
        ref = stmi_old_alloc_soft(&t->cache, size, false, true);
        if (!ref)
            stmi_heap_exceeded(size);
    }
    return ref;
}

static uintptr_t promote(minor_ctx *m, uintptr_t ref, stm_hdr *o)
{
    size_t size = stmi_image_size(o);
    uintptr_t dest;
    if (o->flags & GCFLAG_HASHED) {
        dest = *stmi_map_find(&m->n->hashed, ref);
    } else {
        dest = old_alloc_no_collect(m->t, size);
    }
    stm_hdr *d = obj_at(dest);
    memcpy(d, o, size);
    d->flags = old_flags_for(o, size);
    o->flags |= GCFLAG_FORWARDED;
    ((uintptr_t *)o)[1] = dest;
    stmi_vec_push(&m->gray, dest);
    m->copied += size;
    stmi_promoted(m->t, dest);
    return dest;
}

static void minor_visit(uintptr_t *slot, void *vctx)
{
    minor_ctx *m = vctx;
    uintptr_t ref = *slot;
    if (in_nursery(m->n, ref)) {
        stm_hdr *o = obj_at(ref);
        if (o->flags & GCFLAG_FORWARDED)
            *slot = ((uintptr_t *)o)[1];
        else
            *slot = promote(m, ref, o);
        return;
    }
    if (m->n->young_large.len && ref_is_old(ref)) {
        stm_hdr *o = obj_at(ref);
        if ((o->flags & (GCFLAG_YOUNG_LARGE | GCFLAG_VISITED)) == GCFLAG_YOUNG_LARGE) {
            o->flags |= GCFLAG_VISITED;
            stmi_vec_push(&m->gray, ref);
        }
        return;
    }
    STMI_ASSERT(!ref_in_nurseries(ref));
}

void stmi_minor_visit(uintptr_t *slot)
{
    if (*slot)
        minor_visit(slot, current_minor);
}

static void trace_remembered(minor_ctx *m)
{
    stmi_nursery *n = m->n;
    for (size_t i = 0; i < n->remembered.len; i++) {
        stm_hdr *o = obj_at(n->remembered.items[i]);
        stmi_trace_image(o, minor_visit, m);
        o->flags = (o->flags & ~GCFLAG_TX_MODIFIED) | STM_GCFLAG_WRITE_BARRIER;
    }
    n->remembered.len = 0;
    for (size_t i = 0; i < n->card_objs.len; i++) {
        stmi_large *lg = (stmi_large *)n->card_objs.items[i];
        stm_hdr *o = obj_at(off_ref(lg->off));
        for (size_t c = 0; c < lg->ncards; c++) {
            if (!lg->cards[c])
                continue;
            lg->cards[c] = 0;
            stmi_trace_items(o, (int64_t)c * STM_CARD_ITEMS,
                           (int64_t)(c + 1) * STM_CARD_ITEMS, minor_visit, m);
        }
        lg->in_card_list = false;
    }
    n->card_objs.len = 0;
}

static void drain_gray(minor_ctx *m)
{
    while (m->gray.len) {
        stm_hdr *o = obj_at(stmi_vec_pop(&m->gray));
        stmi_trace_image(o, minor_visit, m);
    }
}

/* Young objects with finalizers are all young large objects (they are
 * allocated by stm_allocate_finalizer), so this runs before the young
 * large objects are freed. */
static void finish_young_finalizers(minor_ctx *m, stmi_nursery *n)
{
    for (size_t i = 0; i < n->young_finalizers.len; i++) {
        uintptr_t ref = n->young_finalizers.items[i];
        stm_hdr *o = obj_at(ref);
        if (o->flags & GCFLAG_VISITED) {
            stmi_finalizer_promoted(m->t, ref);
        } else {
            const stmi_tinfo *ti = stmi_tinfo_of(o->tid);
            ti->finalizer((stm_ref)ref);
        }
    }
    n->young_finalizers.len = 0;
}

static void finish_young_large(minor_ctx *m)
{
    stmi_nursery *n = m->n;
    for (size_t i = 0; i < n->young_large.len; i++) {
        uintptr_t ref = n->young_large.items[i];
        stm_hdr *o = obj_at(ref);
        size_t size = stmi_image_size(o);
        if (o->flags & GCFLAG_VISITED) {
            o->flags = old_flags_for(o, size);
            stmi_promoted(m->t, ref);
            continue;
        }
        /* dead: large runs go back now; a small slot belongs to some
           thread's chunk (G5) and is left to the next sweep */
        stmi_large *lg = stmi_large_of(ref);
        if (lg) {
            stmi_heap_lock();
            stmi_large_free(lg);
            stmi_heap_unlock();
        } else {
            o->tid = 0;
        }
    }
    n->young_large.len = 0;
    n->young_large_bytes = 0;
}

/* RTRANS_GC_STRESS: no young reference may sit below the part of the
 * shadow stack that the collection scans (it would be left dangling). */
static void check_scan_start(const stmi_thread *t, const stmi_nursery *n)
{
    stm_ref *lo = stmi_minor_scan_start(t);
    for (stm_ref *s = t->tl->ss_base; s < lo; s++)
        if (in_nursery(n, (uintptr_t)*s))
            stm_fatal(70, "internal error: a young reference in shadow-stack slot %ld, "
                          "below the minor collection's scan start %ld",
                      (long)(s - t->tl->ss_base), (long)(lo - t->tl->ss_base));
}

void stmi_minor_collect(stmi_thread *t, stmi_nursery *n)
{
    if (stmi_cfg.gc_stress)
        check_scan_start(t, n);
    uint64_t t0 = stmi_tx_clock();
    stmi_event(t, STMLOG_MINOR_START, 0, 0, NULL);
    /* the gray stack keeps its storage from one collection to the next:
       a malloc and a free per commit were 2% of a Duhton run of small
       transactions */
    minor_ctx m = {.t = t, .n = n, .gray = n->gray};
    n->gray = (stmi_vec){0};
    current_minor = &m;
    stmi_minor_roots(t, minor_visit, &m, true);
    trace_remembered(&m);
    drain_gray(&m);
    finish_young_finalizers(&m, n);
    finish_young_large(&m);
    stmi_map_clear(&n->hashed);
    current_minor = NULL;
    size_t used = t->tl->nursery_current > n->start
                ? t->tl->nursery_current - n->start : 0;
    memset(obj_at(n->start), 0, used);
    t->tl->nursery_current = n->start;
    t->tl->nursery_end = n->end;
    n->gray = m.gray;            /* empty: drained */
    t->stats.minor_collections++;
    t->stats.bytes_allocated += used;
    stmi_budget_after_minor(t, used);
    t->gc_ns += stmi_tx_clock() - t0;
    stmi_event(t, STMLOG_MINOR_END, used, m.copied, NULL);
}

/* ------------------------------------------------------------ allocation */

static void check_request(size_t size, uint32_t tid)
{
    if (STM_UNLIKELY(!stmi_tid_valid(tid)))
        stm_fatal(70, "allocation of unknown type id %u", tid);
    if (STM_UNLIKELY(size < 16 || size % 8))
        stm_fatal(70, "allocation of %zu bytes (type %s): sizes are multiples"
                  " of 8, at least 16", size, stmi_tinfo_of(tid)->name);
}

/* An object allocated directly in the old generation but young (G3). */
static stm_ref allocate_outside(stmi_thread *t, size_t size, uint32_t tid)
{
    if (size > SIZE_MAX / 2)
        stmi_heap_exceeded(size);   /* cannot return: no reserve is that big */
    uintptr_t ref = stmi_old_alloc(&t->cache, size, true);
    if (!ref) {
        stmi_collect_now(t, true);
        ref = stmi_old_alloc(&t->cache, size, true);
    }
    if (!ref) {
        stmi_heap_exceeded(size);   /* returns with the MemoryError reserve */
        ref = stmi_old_alloc(&t->cache, size, true);
        if (!ref)
            stmi_heap_exceeded(size);
    }
    stmi_nursery *n = t->nursery;
    stm_hdr *o = obj_at(ref);
    o->tid = tid;
    o->flags = GCFLAG_YOUNG_LARGE;
    stmi_vec_push(&n->young_large, ref);
    n->young_large_bytes += size;
    if (stmi_tinfo_of(tid)->flags & STM_TYPE_FINALIZER)
        stmi_vec_push(&n->young_finalizers, ref);
    t->tx_allocated += size;
    /* many young large bytes ask for a minor collection soon */
    if (n->young_large_bytes > stmi_lay.nursery_size)
        t->tl->nursery_end = t->tl->nursery_current;
    if (t->tx_allocated > t->budget)
        t->tl->break_mark = 0;
    return (stm_ref)ref;
}

/* RTRANS_GC_STRESS: the inline allocator sees only a small window of the
 * nursery, so that collections happen every few allocations. */
void stmi_nursery_window(struct stmi_thread *t)
{
    static const size_t window = 4096;
    stm_thread_local *tl = t->tl;
    if (stmi_cfg.gc_stress && tl->nursery_end > tl->nursery_current + window)
        tl->nursery_end = tl->nursery_current + window;
}

stm_ref stm_allocate_slowpath(size_t size, uint32_t tid)
{
    stmi_require_tx("allocation");
    check_request(size, tid);
    stmi_thread *t = stmi_me();
    if (size > STMI_LARGE_YOUNG)
        return allocate_outside(t, size, tid);
    stm_thread_local *tl = t->tl;
    if (tl->nursery_current + size > tl->nursery_end) {
        stmi_collect_for_allocation(t, size);
        tl = t->tl;
    }
    stmi_nursery_window(t);
    if (tl->nursery_current + size > tl->nursery_end)
        tl->nursery_end = tl->nursery_current + size;   /* stress window */
    stm_ref o = (stm_ref)tl->nursery_current;
    tl->nursery_current += size;
    o->tid = tid;
    return o;
}

stm_ref stm_allocate_var(uint32_t tid, int64_t n)
{
    const stmi_tinfo *ti = stmi_tinfo_of(tid);
    if (!ti || !ti->item_size)
        stm_fatal(70, "stm_allocate_var: type id %u is not var-sized", tid);
    if (n < 0)
        stm_fatal(70, "stm_allocate_var: negative length %lld", (long long)n);
    size_t size = stm_object_size(tid, n);
    stm_ref o;
    if (size > STMI_LARGE_YOUNG) {
        stmi_require_tx("allocation");
        o = allocate_outside(stmi_me(), size, tid);
    } else {
        o = stm_allocate(size, tid);
    }
    *(int64_t RT_GC *)((char RT_GC *)o + ti->length_offset) = n;
    return o;
}

stm_ref stm_allocate_finalizer(size_t size, uint32_t tid)
{
    stmi_require_tx("allocation");
    check_request(size, tid);
    return allocate_outside(stmi_me(), size, tid);
}

bool stmi_ref_is_young(stmi_thread *t, uintptr_t ref)
{
    if (t->nursery && in_nursery(t->nursery, ref))
        return true;
    return ref_is_old(ref) && (obj_at(ref)->flags & GCFLAG_YOUNG_LARGE);
}

/* An old object that every view sees at once, outside any transaction's
 * control (hashtable entries).  Never collects. */
uintptr_t stmi_alloc_published(const void *image, size_t size)
{
    stmi_thread *t = stm_tl.priv;
    uintptr_t ref = old_alloc_no_collect(t, size);
    stmi_publish_bytes(ref, image, size);
    return ref;
}

/* ------------------------------------------------------------- id hash */

static uint64_t mix_offset(uintptr_t off)
{
    uint64_t k = off >> 4;
    k ^= k >> 31;
    k *= 0x9e3779b97f4a7c15ULL;
    k ^= k >> 29;
    return k;
}

uint64_t stm_id_hash(stm_ref o)
{
    uintptr_t ref = (uintptr_t)o;
    stmi_thread *t = stmi_me();
    if (!t || !t->nursery || !in_nursery(t->nursery, ref))
        return mix_offset(ref_off(ref));
    stmi_nursery *n = t->nursery;
    stm_hdr *h = obj_at(ref);
    if (h->flags & GCFLAG_HASHED)
        return mix_offset(ref_off(*stmi_map_find(&n->hashed, ref)));
    /* reserve the object's old-generation home now; the minor collection
       moves it there, so the hash never changes */
    uintptr_t dest = old_alloc_no_collect(t, stmi_image_size(h));
    stmi_map_put(&n->hashed, ref, dest);
    h->flags |= GCFLAG_HASHED;
    return mix_offset(ref_off(dest));
}

void stm_collect(int major)
{
    stmi_require_tx("stm_collect");
    stmi_collect_now(stmi_me(), major != 0);
}
