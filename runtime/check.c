/* check.c - the heap checker: walks every object reachable from the roots
 * of every thread, in the calling thread's view, and checks the GC
 * invariants G1-G4 (stm_internal.h) and the allocator's tables.  Dies with
 * a description on the first violation. */
#include "runtime/stm_internal.h"

typedef struct check_ctx {
    stmi_map seen;
    stmi_vec stack;
    stmi_nursery *nursery;
    uintptr_t young_end;
    size_t objects;
    const char *where;
} check_ctx;

static bool is_young(check_ctx *c, uintptr_t ref)
{
    return ref >= c->nursery->start && ref < c->young_end;
}

static bool in_vec(const stmi_vec *v, uintptr_t x)
{
    for (size_t i = 0; i < v->len; i++)
        if (v->items[i] == x)
            return true;
    return false;
}

static void check_target(check_ctx *c, uintptr_t ref)
{
    if (ref & 7)
        STMI_DIE("heap check: misaligned reference %#lx (%s)",
               (unsigned long)ref, c->where);
    if (is_young(c, ref))
        return;
    if (ref_in_nurseries(ref))
        STMI_DIE("heap check: reference %#lx into a nursery that is not the"
               " current one, or past its allocation pointer (%s)",
               (unsigned long)ref, c->where);
    if (!stmi_old_is_object(ref))
        STMI_DIE("heap check: reference %#lx is not an allocated object (%s)",
               (unsigned long)ref, c->where);
}

static void push_ref(check_ctx *c, uintptr_t ref)
{
    check_target(c, ref);
    if (stmi_map_find(&c->seen, ref))
        return;
    stmi_map_put(&c->seen, ref, 1);
    stmi_vec_push(&c->stack, ref);
}

static void root_visit(uintptr_t *slot, void *vctx)
{
    check_ctx *c = vctx;
    c->where = "a root";
    push_ref(c, *slot);
}

static void check_flags(check_ctx *c, uintptr_t ref, stm_hdr *h)
{
    uint32_t f = h->flags;
    if (f & (GCFLAG_FORWARDED | GCFLAG_VISITED))
        STMI_DIE("heap check: object %#lx (%s) has collector-only flags %#x",
               (unsigned long)ref, stmi_tinfo_of(h->tid)->name, f);
    if (is_young(c, ref)) {
        if (f & (STM_GCFLAG_WRITE_BARRIER | STM_GCFLAG_CARDS))
            STMI_DIE("heap check: young object %#lx carries barrier flags %#x",
                   (unsigned long)ref, f);
        return;
    }
    if (f & GCFLAG_YOUNG_LARGE) {
        if (!in_vec(&c->nursery->young_large, ref))
            STMI_DIE("heap check: young large object %#lx not in the list",
                   (unsigned long)ref);
        return;
    }
    if (f & GCFLAG_HASHED)
        STMI_DIE("heap check: old object %#lx flagged hashed", (unsigned long)ref);
    if (!(f & STM_GCFLAG_WRITE_BARRIER) && !stmi_check_unbarriered_ok(ref))
        STMI_DIE("heap check: old object %#lx (%s) lacks the write-barrier flag"
               " but is not remembered (G2)", (unsigned long)ref,
               stmi_tinfo_of(h->tid)->name);
    bool cards_ok = (stmi_tinfo_of(h->tid)->flags & STM_TYPE_CARDS)
                    && stmi_large_of(ref);
    if ((f & STM_GCFLAG_CARDS) && !cards_ok)
        STMI_DIE("heap check: object %#lx has the cards flag but is not a"
               " large array of a carded type", (unsigned long)ref);
}

static void check_field(check_ctx *c, uintptr_t owner, bool owner_old,
                        uintptr_t ref, int64_t item)
{
    if (!ref)
        return;
    push_ref(c, ref);
    if (owner_old && is_young(c, ref) && !stmi_check_old_to_young_ok(owner, item))
        STMI_DIE("heap check: old object %#lx points to young %#lx (item %lld)"
               " without being remembered (G1)", (unsigned long)owner,
               (unsigned long)ref, (long long)item);
}

static void check_fields(check_ctx *c, uintptr_t ref, stm_hdr *h)
{
    const stmi_tinfo *ti = stmi_tinfo_of(h->tid);
    bool old = !is_young(c, ref) && !(h->flags & GCFLAG_YOUNG_LARGE);
    c->where = ti->name;
    for (uint32_t k = 0; k < ti->nrefs; k++)
        check_field(c, ref, old, *(uintptr_t *)((char *)h + ti->ref_offsets[k]), -1);
    if (!ti->item_nrefs)
        return;
    int64_t n = stmi_image_length(h);
    for (int64_t i = 0; i < n; i++) {
        char *item = (char *)h + ti->items_offset + (size_t)i * ti->item_size;
        for (uint32_t k = 0; k < ti->item_nrefs; k++)
            check_field(c, ref, old,
                        *(uintptr_t *)(item + ti->item_ref_offsets[k]), i);
    }
}

static void check_object(check_ctx *c, uintptr_t ref)
{
    stm_hdr *h = obj_at(ref);
    if (!stmi_tid_valid(h->tid))
        STMI_DIE("heap check: object %#lx has invalid type id %u",
               (unsigned long)ref, h->tid);
    int64_t len = stmi_image_length(h);
    if (len < 0)
        STMI_DIE("heap check: object %#lx (%s) has negative length",
               (unsigned long)ref, stmi_tinfo_of(h->tid)->name);
    size_t size = stmi_image_size(h);
    if (is_young(c, ref) && ref + size > c->young_end)
        STMI_DIE("heap check: young object %#lx overruns the allocation pointer",
               (unsigned long)ref);
    check_flags(c, ref, h);
    check_fields(c, ref, h);
    c->objects++;
}

static void check_remembered(check_ctx *c)
{
    const stmi_vec *r = &c->nursery->remembered;
    for (size_t i = 0; i < r->len; i++) {
        uintptr_t ref = r->items[i];
        if (!stmi_old_is_object(ref))
            STMI_DIE("heap check: remembered %#lx is not an old object",
                   (unsigned long)ref);
    }
}

/* Returns the number of objects checked (for tests). */
size_t stmi_check_heap_count(void)
{
    stmi_require_tx("stm_check_heap");
    stmi_thread *t = stmi_me();
    stmi_stop_the_world(t);
    stmi_heap_lock();
    stmi_heap_check();
    stmi_heap_unlock();
    check_ctx c = {0};
    c.nursery = stmi_check_nursery(t);
    c.young_end = t->tl->nursery_current;
    if (c.young_end < c.nursery->start)
        c.young_end = c.nursery->start;
    check_remembered(&c);
    stmi_minor_roots(t, root_visit, &c, false);
    while (c.stack.len)
        check_object(&c, stmi_vec_pop(&c.stack));
    stmi_check_build_extra(t, &c.seen);
    size_t n = c.objects;
    stmi_map_free(&c.seen);
    stmi_vec_free(&c.stack);
    stmi_resume_the_world(t);
    return n;
}

void stm_check_heap(void)
{
    (void)stmi_check_heap_count();
}
