/* stm_gc.c - what the collector needs from the STM build.
 *
 * Minor collection: per segment, at the owner's safe points.  Roots are
 * the owner's shadow stack, snapshot and exc slots, the global roots that
 * point into this nursery, and the objects (or cards) the transaction
 * wrote.  Survivors become the transaction's new objects (TX_NEW), which
 * its commit publishes.
 *
 * Major collection: the world is stopped, every nursery is empty and
 * every view has caught up with the log, so views differ only in what
 * running transactions wrote or created.  An object is traced in one
 * caught-up view, plus the view of each transaction that wrote it; a new
 * object only in its creator's view.  Backups (the committed versions of
 * written objects), write sets and new objects are roots. */
#include "runtime/stmseg_internal.h"

#include <stdlib.h>

static unsigned stress_count;

/* ---------------------------------------------------------- build hooks */

void stmi_build_setup(void)
{
    stmi_segments_init();
    stmi_log_init();
    stmi_tx_init();
    stmi_trace_init();
}

void stmi_build_teardown(void)
{
    stmi_pace_fini();
}

void stmi_build_fini(void)
{
    stmi_trace_fini();
    stmi_log_fini();
    stmi_segments_fini();
}

void stmi_build_thread_init(stmi_thread *t)
{
    t->seg = NULL;
    t->nursery = NULL;
    t->tl->nursery_current = t->tl->nursery_end = 0;
    if (pthread_getcpuclockid(pthread_self(), &t->cpu_clock) != 0)
        t->cpu_clock = 0;
    if (stmi_nthreads >= 2)
        stmi_pace_start();
}

void stmi_build_thread_fini(stmi_thread *t)
{
    stmi_zone_leave(t);
    if (t->seg)
        stmi_segment_release(t, true);
    t->seg = NULL;
    stmi_tx_fini_thread(t);
    stmi_log_forget_thread(t);
}

uint32_t stmi_promoted_flags(void)
{
    return STM_GCFLAG_WRITE_BARRIER | GCFLAG_TX_NEW;
}

void stmi_promoted(stmi_thread *t, uintptr_t ref)
{
    STMI_ASSERT(!t->seg->ndropped);   /* they live past tx_new's end */
    stmi_vec_push(&t->seg->tx_new, ref);
}

void stmi_finalizer_promoted(stmi_thread *t, uintptr_t ref)
{
    stmi_vec_push(&t->seg->tx_new_finalizers, ref);
}

void stmi_finalize_dead(uintptr_t ref)
{
    /* the caller's view holds the image: its own new objects, or a
       committed object (every view caught up during a major) */
    stm_hdr *h = obj_at(ref);
    stmi_tinfo_of(h->tid)->finalizer((stm_ref)ref);
}

/* ---------------------------------------------------------------- minor */

static void trace_card(char *view, uintptr_t ref, uintptr_t start,
                       stmi_visit_fn visit, void *ctx)
{
    stm_hdr *h = obj_in(view, ref);
    const stmi_tinfo *ti = stmi_tinfo_of(h->tid);
    int64_t first = (int64_t)((start - ref - ti->items_offset) / ti->item_size);
    stmi_trace_items(h, first, first + STM_CARD_ITEMS, visit, ctx);
}

/* changed_only: the minor collection's and the commit pruning's roots,
 * where only a reference that this transaction stored can be young or
 * new: an object written whole is traced where it differs from its
 * backup, the committed version, whose references are old and committed
 * (a reference equal to it needs no visit).  Tracing every written object
 * whole was 38% of a commit's instructions in mt_btree (~15 written
 * objects a transaction: a frame, a list and its items for one inserted
 * key).  The heap checker looks at every reference. */
static void trace_write_set(stmi_segment *s, stmi_visit_fn visit, void *ctx,
                            bool changed_only)
{
    for (size_t i = 0; i < s->nws; i++) {
        ws_item *w = &s->ws[i];
        stm_hdr *h = obj_in(s->base, w->ref);
        if (w->kind != WS_WHOLE)
            trace_card(s->base, w->ref, w->start, visit, ctx);
        else if (changed_only && w->backup)
            stmi_trace_changed(h, w->backup, visit, ctx);
        else
            stmi_trace_image(h, visit, ctx);
    }
}

void stmi_minor_roots(stmi_thread *t, stmi_visit_fn visit, void *ctx, bool collecting)
{
    stmi_segment *s = t->seg;
    stmi_thread_roots(t, visit, ctx, collecting);
    stmi_global_roots_young(s->nursery.start, s->nursery.end, &s->nursery.young_large,
                            visit, ctx);
    trace_write_set(s, visit, ctx, collecting);
    stmi_queue_thread_roots(t, visit, ctx);
}

/* ------------------------------------------------------- commit pruning */

/* A transaction that allocates far more than its nursery promotes objects
 * at every minor collection, and most of them are often dead by its
 * commit (par_trees builds and drops an 8 MB tree per transaction).
 * Publishing them copied every one into the log entry and into every
 * other view.  Instead the commit traces, from everything through which
 * another thread or a later transaction can reach an object, the new
 * objects that are still reachable, and publishes only those: the others
 * are garbage that no view can reach (they exist only in this view, S5),
 * and the next sweep frees their slots, like an aborted transaction's.
 *
 * The roots are those of a minor collection, with the new objects in the
 * role of the young ones (a new object did not exist before the
 * transaction started, so the shadow-stack bound holds for them too),
 * plus every global root (a constant root may hold a new object until this
 * thread's commit settles it) and the new objects with a finalizer (kept,
 * so that their finalizer runs when they die).  A committed object that
 * this transaction did not write cannot point to a new object. */
typedef struct reach_ctx {
    stmi_vec gray;
    size_t reached;              /* new objects flagged GCFLAG_REACHED */
} reach_ctx;

static void reach_visit(uintptr_t *slot, void *vctx)
{
    reach_ctx *c = vctx;
    uintptr_t ref = *slot;
    if (!ref || !ref_is_old(ref))
        return;
    stm_hdr *h = obj_at(ref);
    if ((h->flags & (GCFLAG_TX_NEW | GCFLAG_REACHED)) != GCFLAG_TX_NEW)
        return;
    h->flags |= GCFLAG_REACHED;
    c->reached++;
    stmi_vec_push(&c->gray, ref);
}

static void reach_all(stmi_thread *t, reach_ctx *c)
{
    stmi_segment *s = t->seg;
    stmi_thread_roots(t, reach_visit, c, true);
    stmi_global_roots(reach_visit, c);
    trace_write_set(s, reach_visit, c, true);
    stmi_queue_thread_roots(t, reach_visit, c);
    for (size_t i = 0; i < s->tx_new_finalizers.len; i++)
        reach_visit(&s->tx_new_finalizers.items[i], c);
    while (c->gray.len)
        stmi_trace_image(obj_at(stmi_vec_pop(&c->gray)), reach_visit, c);
}

/* Moves the reached objects of v (`reached` of them at most) to its
 * front, clearing their flag, and returns their number.  The dropped
 * ones stay where they are, in promotion order, but for those a kept one
 * displaced (stmi_old_free_unshared frees them chunk by chunk, and
 * consecutive refs mostly share one).  The scan stops at the last kept
 * one: the rest is dropped without reading its headers. */
static size_t partition_reached(stmi_vec *v, size_t reached)
{
    size_t keep = 0;
    for (size_t i = 0; i < v->len && keep < reached; i++) {
        uintptr_t ref = v->items[i];
        stm_hdr *h = obj_at(ref);
        if (h->flags & GCFLAG_REACHED) {
            h->flags &= ~GCFLAG_REACHED;
            v->items[i] = v->items[keep];
            v->items[keep++] = ref;
        }
    }
    return keep;
}

/* In place: a second list of the dropped ones (par_trees: 4 MB per
 * tree, written and read again at the end of every transaction, and
 * faulted in by each thread) and a read of every new object's header
 * (the whole tree) cost more than the trace when little is kept. */
void stmi_prune_unreached_new(stmi_thread *t)
{
    stmi_segment *s = t->seg;
    reach_ctx c = {0};
    reach_all(t, &c);
    stmi_vec_free(&c.gray);
    size_t keep = c.reached ? partition_reached(&s->tx_new, c.reached) : 0;
    s->ndropped = s->tx_new.len - keep;
    t->stats.new_dropped += s->ndropped;
    s->tx_new.len = keep;
}

/* Only when the transaction has ended: until then its read markers of the
 * dropped objects hold its read version, and another thread's new object
 * committed in one of their slots would look like a write of something
 * it read (validation at its publish).  Aborted or committed, nothing
 * can reach them (an abort goes back to before they existed).  The
 * segment is still busy, so no sweep can free them first: a sweep that
 * ran since the prune (a collection while the commit waited) emptied the
 * list (stmi_major_before_sweep). */
void stmi_free_dropped(stmi_segment *s)
{
    stmi_thread *t = stm_tl.priv;
    stmi_old_free_unshared(&t->cache, s->tx_new.items + s->tx_new.len, s->ndropped);
    s->ndropped = 0;
}

/* ---------------------------------------------------------------- major */

static void visit_ref(uintptr_t ref, stmi_visit_fn visit, void *ctx)
{
    uintptr_t tmp = ref;
    if (tmp)
        visit(&tmp, ctx);
}

/* A card backup holds items [first, first + 128) of the array. */
static void trace_card_backup(stmi_segment *s, ws_item *w, stmi_visit_fn visit,
                              void *ctx)
{
    stm_hdr *h = obj_in(s->base, w->ref);
    const stmi_tinfo *ti = stmi_tinfo_of(h->tid);
    for (uint32_t off = 0; off + ti->item_size <= w->size; off += ti->item_size)
        for (uint32_t k = 0; k < ti->item_nrefs; k++)
            visit_ref(*(uintptr_t *)(w->backup + off + ti->item_ref_offsets[k]),
                      visit, ctx);
}

static void segment_roots(stmi_segment *s, stmi_visit_fn visit, void *ctx)
{
    for (size_t i = 0; i < s->nws; i++) {
        ws_item *w = &s->ws[i];
        visit_ref(w->ref, visit, ctx);
        if (!w->backup)
            continue;
        if (w->kind == WS_WHOLE)
            stmi_trace_image((stm_hdr *)w->backup, visit, ctx);
        else
            trace_card_backup(s, w, visit, ctx);
    }
    for (size_t i = 0; i < s->tx_new.len; i++)
        *txnew_owner_of(s->tx_new.items[i]) = (uint8_t)(s->num + 1);
}

/* Forgets the owners that segment_roots set for segment i (once tracing
 * is done; an item of stmi_major_parallel). */
static void clear_txnew_owners(size_t i, void *ctx)
{
    (void)ctx;
    stmi_segment *s = &stmi_segs[i];
    if (s->in_tx)
        for (size_t k = 0; k < s->tx_new.len; k++)
            *txnew_owner_of(s->tx_new.items[k]) = 0;
}

/* The segments whose running transaction wrote something, listed when
 * the mark starts (the world is stopped, so the list holds until the
 * sweep): a traced object is looked for in those views only. */
static stmi_segment *writers[STM_MAX_SEGMENTS];
static int nwriters;

void stmi_major_roots(stmi_visit_fn visit, void *ctx)
{
    nwriters = 0;
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        stmi_segment *s = &stmi_segs[i];
        if (!s->in_tx)
            continue;
        segment_roots(s, visit, ctx);
        if (s->nws) {
            writers[nwriters++] = s;
            stmi_ws_contains(s, 0);  /* its index is built: markers only read it */
        }
    }
    pthread_mutex_lock(&stmi_threads_lock);
    for (stmi_thread *u = stmi_threads; u; u = u->next) {
        stmi_thread_roots(u, visit, ctx, false);
        stmi_queue_thread_roots(u, visit, ctx);
    }
    pthread_mutex_unlock(&stmi_threads_lock);
    stmi_global_roots(visit, ctx);
}

/* A committed object: its committed image, plus its image in each view
 * whose transaction wrote it. */
static __attribute__((noinline)) void trace_committed(uintptr_t ref, stmi_visit_fn visit,
                                                     void *ctx)
{
    stmi_trace_image(obj_in(stmi_segs[0].base, ref), visit, ctx);
    for (int i = 0; i < nwriters; i++) {
        stmi_segment *s = writers[i];
        if (stmi_ws_contains(s, ref) || stmi_map_find(&s->cards, ref))
            stmi_trace_image(obj_in(s->base, ref), visit, ctx);
    }
}

/* Called for every marked object: its common cases (a running
 * transaction's new object, a committed object nobody wrote) are one
 * tail call, with no register to save. */
void stmi_major_trace_object(uintptr_t ref, stmi_visit_fn visit, void *ctx)
{
    uint8_t owner = *txnew_owner_of(ref);
    if (!owner && nwriters) {
        trace_committed(ref, visit, ctx);
        return;
    }
    stmi_trace_image(obj_in(stmi_segs[owner ? owner - 1 : 0].base, ref), visit, ctx);
}

/* Runs a finalizer on an object that only segment s holds, reading it
 * through that segment's view (the world is stopped). */
static void finalize_in(stmi_segment *s, uintptr_t ref)
{
    char *mine = stm_tl.view;
    stmi_set_view(s->base);
    stmi_finalize_dead(ref);
    stmi_set_view(mine);
}

static void prune(stmi_vec *v, stmi_segment *s, bool finalize)
{
    size_t keep = 0;
    for (size_t i = 0; i < v->len; i++) {
        uintptr_t ref = v->items[i];
        if (mark_test(ref))
            v->items[keep++] = ref;
        else if (finalize)
            finalize_in(s, ref);
    }
    v->len = keep;
}

/* A running transaction's read markers of objects swept go
 * back to 0: the sweep frees their slots, another thread's new object may
 * take one and commit, and a marker left behind made that commit look
 * like a write-read conflict with this transaction (sort.duh lost a
 * 0.8 s slice sort to a temporary array that way, and the conflict log
 * had no writer to name: new objects have none).  Dead objects are dead
 * in every view (the mark traced all of them, after every view caught up
 * with the log), so nobody can write them and no true conflict is lost.
 * Markers are set at object starts, one per 16 bytes, and at the item
 * granules of arrays of card-marked types (stm_read_card), inside the
 * array: such a marker goes when the array is dead.  A page's
 * markers are first tested together in a loop of fixed length, which the
 * compiler vectorizes: nearly all of them are old versions, and testing
 * them one by one was 4% of par_trees' instructions. */
#define MARKERS_PER_PAGE (STMI_PAGE / 16)

static bool page_has_read(const uint16_t *m, uint16_t rv)
{
    unsigned hit = 0;
    for (size_t k = 0; k < MARKERS_PER_PAGE; k++)
        hit |= m[k] == rv;
    return hit;
}

/* The object whose marker (its own, or one of its items' granules) is the one
 * at offset off: the large object owning the page, or the chunk's slot. */
static uintptr_t marker_owner(uintptr_t off)
{
    stmi_page *pg = stmi_page_of(off);
    if (pg->kind == PAGE_LARGE)
        return off_ref(((stmi_large *)pg->meta)->off);
    if (pg->kind == PAGE_CHUNK) {
        const stmi_chunk *ch = pg->meta;
        if (off >= ch->off)
            return off_ref(off - (off - ch->off) % ch->slot_size);
    }
    return off_ref(off);
}

static void forget_dead_reads_in(stmi_segment *s, size_t first_page, size_t npages)
{
    uint16_t rv = s->read_version;
    uintptr_t lo = stmi_lay.old_start;
    uint16_t *m = marker_in(s, lo);
    size_t end = (first_page + npages) * MARKERS_PER_PAGE;
    for (size_t p = first_page * MARKERS_PER_PAGE; p < end; p += MARKERS_PER_PAGE) {
        if (!page_has_read(m + p, rv))
            continue;
        for (size_t k = p; k < p + MARKERS_PER_PAGE; k++)
            if (m[k] == rv && !mark_test(marker_owner(lo + 16 * k)))
                m[k] = 0;
    }
}

/* After the sweep, in the page runs where it freed something (a dead
 * object's markers, its card granules' too, lie in its chunk or its
 * large run): the owner test is the same, an object freed is unmarked
 * and its pages, if they went back, are nobody's.  Scanning the whole
 * old generation per running transaction, before the sweep, read pages
 * of markers this view never touched (read faults: 1383 in par_trees 2
 * 18 10, whose one major frees nothing) while every parked thread
 * waited for the collector. */
static void forget_dead_reads(void)
{
    const stmi_vec *runs = stmi_heap_swept();
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        stmi_segment *s = &stmi_segs[i];
        if (!s->in_tx)
            continue;
        for (size_t r = 0; r + 1 < runs->len; r += 2)
            forget_dead_reads_in(s, runs->items[r], runs->items[r + 1]);
    }
}

/* stmi_large_free: the object at ref died young in this transaction and
 * its pages are free again (why only this segment's marker: heap.c). */
void stmi_forget_own_read(uintptr_t ref)
{
    *marker_in(my_seg(), ref) = 0;
}

static void prune_tx_new(size_t i, void *ctx)
{
    (void)ctx;
    stmi_segment *s = &stmi_segs[i];
    s->ndropped = 0;             /* unmarked: the sweep frees them */
    if (s->in_tx)
        prune(&s->tx_new, s, false);
}

/* New objects of running transactions that nothing reaches any more are
 * dropped from their commit (their slots are being swept).  The lists
 * are the segments' own, so the threads helping the collection take a
 * segment each (a par_trees thread's list holds its half-built tree:
 * 14M instructions for two, while the other thread waited). */
void stmi_major_before_sweep(void)
{
    /* before pruning: every one is cleared */
    stmi_major_parallel((size_t)stmi_lay.nsegs, clear_txnew_owners, NULL);
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        stmi_segment *s = &stmi_segs[i];
        if (s->in_tx)
            prune(&s->tx_new_finalizers, s, true);   /* runs finalizers: here */
    }
    stmi_major_parallel((size_t)stmi_lay.nsegs, prune_tx_new, NULL);
}

void stmi_major_after_sweep(void)
{
    forget_dead_reads();
    stmi_log_trim(true);
}

/* Threads running transactions side by side (as many as there are
 * segments) each get the minimum growth: the old generation grows that
 * much faster, and every major collection stops all of them.  With one
 * threshold for all, two par_trees threads, each holding the tree it
 * builds, crossed it twice where one thread crossed it once, and both
 * collections found nothing to free (the trees were alive; each commit
 * frees its own dropped tree, stmi_prune_unreached_new). */
size_t stmi_major_headroom(size_t per_thread)
{
    int n = atomic_load_explicit(&stmi_zone_threads, memory_order_relaxed);
    if (n > stmi_lay.nsegs)
        n = stmi_lay.nsegs;
    return n > 1 ? (size_t)(n - 1) * per_thread : 0;
}

/* -------------------------------------------------------------- collect */

static void major(stmi_thread *t)
{
    stmi_trace_pause(t);
    bool stopped = stmi_stop_the_world_try(t);
    stmi_trace_resume(t);
    if (!stopped)
        return;                  /* another thread collected meanwhile */
    stmi_trace_end(t);           /* the collector reads its own view too */
    if (!stmi_log_catch_up(t->seg, true)) {
        stmi_resume_the_world(t);
        stmi_abort(t, STMLOG_ABORT_WRITE_READ);
    }
    stmi_major_collect(t);
    stmi_resume_the_world(t);
}

static void collect(stmi_thread *t, bool want_major)
{
    stmi_segment *s = t->seg;
    stmi_trace_pause(t);
    stmi_minor_collect(t, &s->nursery);
    stmi_trace_resume(t);
    stmi_check_abort_request(t);
    if (stmi_cfg.gc_stress && ++stress_count % 64 == 0)
        want_major = true;
    if (want_major || stmi_major_wanted() || stmi_heap_used() > stmi_heap_limit())
        major(t);
    if (stmi_heap_used() > stmi_heap_limit()) {
        major(t);
        if (stmi_heap_used() > stmi_heap_limit())
            stmi_heap_exceeded(0);  /* returns with the MemoryError reserve */
    }
    stmi_maybe_park(t);
    stmi_validate_or_abort(t);
    stmi_check_after_collection();
}

void stmi_collect_for_allocation(stmi_thread *t, size_t size)
{
    (void)size;
    collect(t, false);
}

void stmi_collect_now(stmi_thread *t, bool want_major)
{
    collect(t, want_major);
}

/* ------------------------------------------------------------- checker */

bool stmi_check_unbarriered_ok(uintptr_t ref)
{
    stmi_segment *s = my_seg();
    stm_hdr *h = obj_at(ref);
    if (stmi_ws_contains(s, ref))
        return true;
    return (h->flags & GCFLAG_TX_NEW) && (h->flags & GCFLAG_TX_MODIFIED);
}

bool stmi_check_old_to_young_ok(uintptr_t ref, int64_t item)
{
    stm_hdr *h = obj_at(ref);
    if (!(h->flags & STM_GCFLAG_WRITE_BARRIER))
        return true;
    return item >= 0 && stmi_card_written(my_seg(), ref, item);
}

stmi_nursery *stmi_check_nursery(stmi_thread *t)
{
    return &t->seg->nursery;
}

static void check_new_flags(stmi_segment *s, const stmi_map *seen)
{
    stmi_map news = {0};
    for (size_t i = 0; i < s->tx_new.len; i++) {
        uintptr_t ref = s->tx_new.items[i];
        if (!(obj_at(ref)->flags & GCFLAG_TX_NEW))
            STMI_DIE("heap check: new object %#lx lacks TX_NEW", (unsigned long)ref);
        stmi_map_put(&news, ref, 1);
    }
    for (size_t i = 0; seen->keys && i <= seen->mask; i++) {
        uintptr_t ref = seen->keys[i];
        if (ref && ref_is_old(ref) && (obj_at(ref)->flags & GCFLAG_TX_NEW)
            && !stmi_map_find(&news, ref))
            STMI_DIE("heap check: %#lx flagged TX_NEW but not created by this"
                     " transaction", (unsigned long)ref);
    }
    stmi_map_free(&news);
}

/* Every lock byte naming this segment belongs to its write set. */
static void check_no_leaked_locks(stmi_segment *s)
{
    uint8_t me = (uint8_t)(s->num + 1);
    size_t n = stmi_heap_high_water_bytes() / 16;
    for (size_t i = 0; i < n; i++) {
        if (stmi_wlocks[i] != me)
            continue;
        uintptr_t lockref = off_ref(stmi_lay.old_start + i * 16);
        bool found = false;
        for (size_t k = 0; k < s->nws && !found; k++)
            found = s->ws[k].start == lockref || s->ws[k].ref == lockref
                 || (s->ws[k].kind == WS_WHOLE && lockref > s->ws[k].ref
                     && lockref < s->ws[k].ref + s->ws[k].size);
        if (!found)
            STMI_DIE("heap check: write lock at %#lx held by segment %d outside"
                     " its write set", (unsigned long)lockref, s->num);
    }
}

void stmi_check_build_extra(stmi_thread *t, const stmi_map *seen)
{
    stmi_segment *s = t->seg;
    uint8_t me = (uint8_t)(s->num + 1);
    for (size_t i = 0; i < s->nws; i++) {
        ws_item *w = &s->ws[i];
        uintptr_t lockref = w->kind == WS_CARD ? w->start : w->ref;
        if (*wlock_of(lockref) != me)
            STMI_DIE("heap check: written object %#lx not locked by its writer",
                     (unsigned long)w->ref);
        if (w->kind == WS_WHOLE && (obj_at(w->ref)->flags & STM_GCFLAG_WRITE_BARRIER))
            STMI_DIE("heap check: written object %#lx has the barrier flag again",
                     (unsigned long)w->ref);
    }
    check_new_flags(s, seen);
    check_no_leaked_locks(s);
}

/* ------------------------------------------------------------ containers */

/* A fresh slot: no view refers to it and no log entry will touch it (S5),
 * so writing it into every view at once is safe. */
void stmi_publish_bytes(uintptr_t ref, const void *image, size_t size)
{
    stmi_thread *t = stm_tl.priv;
    stmi_trace_pause(t);
    for (int i = 0; i < stmi_lay.nsegs; i++)
        memcpy(obj_in(stmi_segs[i].base, ref), image, size);
    stmi_trace_resume(t);
}

/* World stopped, views caught up: an entry may leave its table when it
 * is absent in every view and no running transaction locked or read it. */
bool stmi_prune_ok(uintptr_t ref, size_t value_off)
{
    if (*wlock_of(ref))
        return false;
    for (int i = 0; i < stmi_lay.nsegs; i++) {
        stmi_segment *s = &stmi_segs[i];
        if (*(uintptr_t *)((char *)obj_in(s->base, ref) + value_off))
            return false;
        if (s->in_tx && *marker_in(s, ref) == s->read_version)
            return false;
    }
    return true;
}

/* An item committed after our snapshot: catch up before using it. */
void stmi_queue_see(stmi_thread *t, uint64_t seq)
{
    /* the item's committer pushed it just before appending its entry
       (stm_tx.c, queue_items_before_entry): wait for the entry, whose
       catching up shows the item's contents */
    for (unsigned spins = 0; stmi_log_tail()->seq < seq; spins++)
        stmi_spin_step(spins, 256);     /* as for the commit lock it holds */
    if (atomic_load(&t->seg->seen)->seq < seq)
        stmi_validate_or_abort(t);
}

/* ---------------------------------------------------------------- faults */

bool stmi_fault_hook(stmi_thread *t, char *addr, void *uctx)
{
    return stmi_reader_trace_fault(t, addr, uctx);
}
