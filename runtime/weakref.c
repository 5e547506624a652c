/* weakref.c - weak references (both builds).
 *
 * A weak reference is a small runtime object {target, data}: `data` is an
 * ordinary (strong) reference for its user, `target` is weak for the major
 * collection only.  Everything else (minor collections, the STM commit's
 * trace of new objects, the heap checker) sees it as a strong reference,
 * so a weakly referenced young object is promoted like any other and dies
 * at the next major collection that finds it unreachable.
 *
 * Assumes: only the collector writes `target` after the object is made,
 * with the world stopped (STM) or the lock held (GIL), and every view
 * brought to the log's tail first (STM, stmi_major_roots' caller).
 * Guarantees: a target is cleared only when no view, backup, root or
 * queue reaches it, and then in every view at once, so a transaction sees
 * the object until it is unreachable everywhere and 0 afterwards, never
 * one then the other in a way a serial order could not produce (it held
 * no reference; the object was dead for all).  A weak reference that is
 * still a new object of a running transaction keeps its target this time
 * (its commit or abort is not known yet); the next collection decides.
 * Refuses: a reference to something other than a weak reference (fatal).
 *
 * Cleared weak references with data != 0 are queued (a root of the major
 * collection) and handed out by stm_weakref_next_cleared() outside the
 * collector, so a callback never runs inside it. */
#include "runtime/stm_internal.h"
#ifdef RTRANS_STM
#include "runtime/stmseg_internal.h"
#endif

typedef struct wr_object {
    stm_hdr hdr;
    uintptr_t data;               /* strong: the user's, e.g. a callback */
    uintptr_t target;             /* weak in major collections */
} wr_object;

#define WOBJ(o) ((wr_object RT_GC *)(o))

static bool weak_marking;         /* a major collection is marking */
static pthread_mutex_t seen_lock = PTHREAD_MUTEX_INITIALIZER;
static stmi_vec seen;             /* weak references marked this collection */
static stmi_vec cleared;          /* cleared, with data: waiting to be taken */
static _Atomic size_t ncleared;   /* cleared.len, read without the lock */
static pthread_mutex_t cleared_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic size_t total_cleared;  /* since start-up */

/* The reference of an object image the marker traces: images live in a
 * view; NULL for one outside every view (an STM backup), which is traced
 * strongly.  *is_new: a running transaction's new object (STM). */
static uintptr_t image_ref(stm_hdr *img, bool *is_new)
{
#ifdef RTRANS_STM
    const char *p = (const char *)img;
    size_t span = stmi_lay.seg_size * (size_t)stmi_lay.nsegs;
    if (p < stmi_lay.base || p >= stmi_lay.base + span)
        return 0;
    uintptr_t ref = (uintptr_t)(p - seg_view((int)((size_t)(p - stmi_lay.base)
                                                    / stmi_lay.seg_size)));
    *is_new = ref_is_old(ref) && *txnew_owner_of(ref) != 0;
    return ref;
#else
    *is_new = false;
    return (uintptr_t)img;
#endif
}

static void wr_trace(stm_hdr *img, stmi_visit_fn visit, void *ctx)
{
    uintptr_t *slot = &((wr_object *)img)->target;
    if (!*slot)
        return;
    bool is_new = false;
    uintptr_t ref = weak_marking ? image_ref(img, &is_new) : 0;
    if (!ref || is_new) {
        visit(slot, ctx);
        return;
    }
    pthread_mutex_lock(&seen_lock);       /* markers run in parallel */
    stmi_vec_push(&seen, ref);
    pthread_mutex_unlock(&seen_lock);
}

void stmi_weakref_init(void)
{
    static const uint32_t refs[] = {offsetof(wr_object, data)};
    static const stm_type wr = {
        .name = "weakref", .fixed_size = sizeof(wr_object),
        .nrefs = 1, .ref_offsets = refs};
    stmi_register_runtime_type(STMI_TID_WEAKREF, &wr, wr_trace);
}

void stmi_weakref_fini(void)
{
    stmi_vec_free(&seen);
    stmi_vec_free(&cleared);
    atomic_store(&ncleared, 0);
    weak_marking = false;
}

static void check_weakref(stm_ref w, const char *what)
{
    if (!w || w->tid != STMI_TID(STMI_TID_WEAKREF))
        stm_fatal(70, "%s: not a weak reference", what);
}

stm_ref stm_weakref_new(stm_ref target, stm_ref data)
{
    stmi_require_tx("stm_weakref_new");
    stm_ref *f = stm_push_frame(2);      /* the allocation may collect */
    f[0] = target;
    f[1] = data;
    stm_ref w = stm_allocate(sizeof(wr_object), STMI_TID(STMI_TID_WEAKREF));
    WOBJ(w)->target = (uintptr_t)f[0];
    WOBJ(w)->data = (uintptr_t)f[1];
    stm_pop_frame(f);
    return w;
}

/* No read barrier: the program never writes either field (immutable),
 * and the collector's clearing happens in every view at once. */
stm_ref stm_weakref_get(stm_ref w)
{
    check_weakref(w, "stm_weakref_get");
    return (stm_ref)WOBJ(w)->target;
}

stm_ref stm_weakref_data(stm_ref w)
{
    check_weakref(w, "stm_weakref_data");
    return (stm_ref)WOBJ(w)->data;
}

stm_ref stm_weakref_next_cleared(void)
{
    if (!atomic_load_explicit(&ncleared, memory_order_relaxed))
        return 0;
    /* taken outside transactional control: an abort must not lose it */
    stm_become_inevitable("weak reference callback");
    uintptr_t w = 0;
    pthread_mutex_lock(&cleared_lock);
    if (cleared.len) {
        w = cleared.items[0];
        memmove(cleared.items, cleared.items + 1, (cleared.len - 1) * sizeof *cleared.items);
        cleared.len--;
        atomic_store(&ncleared, cleared.len);
    }
    pthread_mutex_unlock(&cleared_lock);
    return (stm_ref)w;
}

void stmi_weakref_mark_begin(void)
{
    seen.len = 0;
    weak_marking = true;
}

/* The queued references stay alive until taken. */
void stmi_weakref_roots(stmi_visit_fn visit, void *ctx)
{
    for (size_t i = 0; i < cleared.len; i++)
        visit(&cleared.items[i], ctx);
}

/* Writes 0 into the target of w in every view (all hold the committed
 * image: w is not new, and nobody writes it). */
static void clear_target(uintptr_t w)
{
    size_t off = offsetof(wr_object, target);
#ifdef RTRANS_STM
    for (int k = 0; k < stmi_lay.nsegs; k++)
        *(uintptr_t *)((char *)obj_in(seg_view(k), w) + off) = 0;
#else
    *(uintptr_t *)((char *)w + off) = 0;
#endif
}

size_t stm_weakrefs_cleared(void)
{
    return atomic_load(&total_cleared);
}

/* Marking is over: targets nobody marked are cleared before the sweep
 * frees them. */
void stmi_weakref_mark_end(void)
{
    weak_marking = false;
    size_t n = 0;
    for (size_t i = 0; i < seen.len; i++) {
        uintptr_t w = seen.items[i];
        wr_object *img = (wr_object *)obj_in(seg_view(0), w);
        uintptr_t target = img->target;
        if (!target || !ref_is_old(target) || mark_test(target))
            continue;
        uintptr_t data = img->data;
        clear_target(w);
        n++;
        if (data) {
            pthread_mutex_lock(&cleared_lock);
            stmi_vec_push(&cleared, w);
            atomic_store(&ncleared, cleared.len);
            pthread_mutex_unlock(&cleared_lock);
        }
    }
    seen.len = 0;
    atomic_fetch_add(&total_cleared, n);
}
