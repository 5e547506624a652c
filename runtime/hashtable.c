/* hashtable.c - the transactional hash table (both builds).
 *
 * Each key has its own entry object {key, value}; transactions that touch
 * different keys touch different entries, so they do not conflict.  The
 * map from keys to entries lives outside the GC heap (an open-addressing
 * index, read without locks, extended under a mutex), and entries are
 * created *outside* transactional control: a new entry is born committed,
 * with value 0 ("absent"), in every segment's view at once.  A lookup of
 * an absent key creates the entry too, so that reading "absent" is a read
 * of an object like any other and conflicts with the insertion.
 *
 * Presence changes (0 <-> non-0) also update one of STRIPES counters, the
 * calling thread's (len() is their sum, whichever stripe counted a key);
 * len() and keys() read every counter, so an insertion conflicts with
 * them, but two insertions of different keys conflict only when their
 * threads share a stripe (more than STRIPES threads inserting at once).
 *
 * Entries whose value is 0 everywhere, unlocked and unread by any running
 * transaction, are dropped from the index at major collections. */
#include "runtime/stm_internal.h"

#include <stdlib.h>

#define STRIPES 16

typedef struct ht_slot {
    _Atomic uint64_t key;
    _Atomic uintptr_t entry;     /* 0: empty */
} ht_slot;

typedef struct ht_slots {
    size_t mask;
    struct ht_slots *retired_next;
    ht_slot s[];
} ht_slots;

typedef struct ht_index {
    pthread_mutex_t lock;
    ht_slots *_Atomic slots;
    size_t count;
    struct ht_index *prev, *next;   /* every live index */
} ht_index;

typedef struct ht_object {
    stm_hdr hdr;
    uint64_t index;              /* ht_index *, immutable */
    stm_ref stripes[STRIPES];    /* immutable */
} ht_object;

typedef struct ht_entry {
    stm_hdr hdr;
    uint64_t key;                /* immutable */
    stm_ref value;
} ht_entry;

typedef struct ht_stripe {
    stm_hdr hdr;
    int64_t count;
} ht_stripe;

static pthread_mutex_t all_lock = PTHREAD_MUTEX_INITIALIZER;
static ht_index *all_indexes;
static ht_slots *retired;        /* replaced arrays; freed with the world stopped */

#define HT(o)     ((ht_object RT_GC *)(o))
#define ENTRY(o)  ((ht_entry RT_GC *)(o))
#define STRIPE(o) ((ht_stripe RT_GC *)(o))

/* ----------------------------------------------------------------- types */

static void ht_trace(stm_hdr *img, stmi_visit_fn visit, void *ctx)
{
    ht_index *ix = (ht_index *)(uintptr_t)((ht_object *)img)->index;
    if (!ix)
        return;
    ht_slots *sl = atomic_load(&ix->slots);
    for (size_t i = 0; i <= sl->mask; i++) {
        uintptr_t *slot = (uintptr_t *)&sl->s[i].entry;
        if (*slot)
            visit(slot, ctx);
    }
}

static void index_free(ht_index *ix)
{
    pthread_mutex_lock(&all_lock);
    if (ix->prev)
        ix->prev->next = ix->next;
    else
        all_indexes = ix->next;
    if (ix->next)
        ix->next->prev = ix->prev;
    pthread_mutex_unlock(&all_lock);
    free(atomic_load(&ix->slots));
    pthread_mutex_destroy(&ix->lock);
    free(ix);
}

static void ht_finalize(stm_ref o)
{
    ht_index *ix = (ht_index *)(uintptr_t)HT(o)->index;
    if (ix)
        index_free(ix);
}

static const uint32_t ht_refs[STRIPES] = {
    16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 136};
static const uint32_t entry_refs[] = {16};

void stmi_hashtable_init(void)
{
    static const stm_type table = {
        .name = "hashtable", .fixed_size = sizeof(ht_object), .nrefs = STRIPES,
        .ref_offsets = ht_refs, .flags = STM_TYPE_FINALIZER,
        .finalizer = ht_finalize};
    static const stm_type entry = {
        .name = "hashtable entry", .fixed_size = sizeof(ht_entry), .nrefs = 1,
        .ref_offsets = entry_refs};
    static const stm_type stripe = {
        .name = "hashtable stripe", .fixed_size = sizeof(ht_stripe)};
    _Static_assert(sizeof(ht_object) == 16 + 8 * STRIPES, "ht_object layout");
    stmi_register_runtime_type(STMI_TID_HASHTABLE, &table, ht_trace);
    stmi_register_runtime_type(STMI_TID_HT_ENTRY, &entry, NULL);
    stmi_register_runtime_type(STMI_TID_HT_STRIPE, &stripe, NULL);
}

/* ----------------------------------------------------------------- index */

static size_t hash_key(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return (size_t)k;
}

static ht_slots *slots_new(size_t n)
{
    ht_slots *sl = stmi_xcalloc(1, sizeof *sl + n * sizeof(ht_slot));
    sl->mask = n - 1;
    return sl;
}

static uintptr_t index_lookup(ht_index *ix, uint64_t key)
{
    ht_slots *sl = atomic_load_explicit(&ix->slots, memory_order_acquire);
    for (size_t i = hash_key(key) & sl->mask;; i = (i + 1) & sl->mask) {
        uintptr_t e = atomic_load_explicit(&sl->s[i].entry, memory_order_acquire);
        if (!e)
            return 0;
        if (atomic_load_explicit(&sl->s[i].key, memory_order_relaxed) == key)
            return e;
    }
}

static void slots_put(ht_slots *sl, uint64_t key, uintptr_t entry)
{
    size_t i = hash_key(key) & sl->mask;
    while (atomic_load_explicit(&sl->s[i].entry, memory_order_relaxed))
        i = (i + 1) & sl->mask;
    atomic_store_explicit(&sl->s[i].key, key, memory_order_relaxed);
    atomic_store_explicit(&sl->s[i].entry, entry, memory_order_release);
}

/* Index lock held.  Readers may still walk the old array: it is retired,
 * and freed only while the world is stopped. */
static void index_grow(ht_index *ix)
{
    ht_slots *old = atomic_load(&ix->slots);
    ht_slots *sl = slots_new((old->mask + 1) * 2);
    for (size_t i = 0; i <= old->mask; i++) {
        uintptr_t e = atomic_load(&old->s[i].entry);
        if (e)
            slots_put(sl, atomic_load(&old->s[i].key), e);
    }
    atomic_store_explicit(&ix->slots, sl, memory_order_release);
    pthread_mutex_lock(&all_lock);
    old->retired_next = retired;
    retired = old;
    pthread_mutex_unlock(&all_lock);
}

static uintptr_t entry_create(ht_index *ix, uint64_t key)
{
    pthread_mutex_lock(&ix->lock);
    uintptr_t e = index_lookup(ix, key);
    if (!e) {
        ht_entry image = {.hdr = {STMI_TID(STMI_TID_HT_ENTRY),
                                  STM_GCFLAG_WRITE_BARRIER},
                          .key = key};
        e = stmi_alloc_published(&image, sizeof image);
        if ((ix->count + 1) * 2 > atomic_load(&ix->slots)->mask + 1)
            index_grow(ix);
        slots_put(atomic_load(&ix->slots), key, e);
        ix->count++;
    }
    pthread_mutex_unlock(&ix->lock);
    return e;
}

static ht_index *index_of(stm_ref table)
{
    if (!table || HT(table)->hdr.tid != STMI_TID(STMI_TID_HASHTABLE))
        stm_fatal(70, "stm_hashtable_*: not a hashtable");
    return (ht_index *)(uintptr_t)HT(table)->index;
}

static stm_ref entry_for(stm_ref table, uint64_t key)
{
    ht_index *ix = index_of(table);
    uintptr_t e = index_lookup(ix, key);
    if (!e)
        e = entry_create(ix, key);
    return (stm_ref)e;
}

/* The stripe counting this thread's presence changes: threads take them
 * round robin, so up to STRIPES threads never share one. */
static int my_stripe(void)
{
    static _Atomic unsigned next_stripe;
    static _Thread_local int stripe = -1;
    if (stripe < 0)
        stripe = (int)(atomic_fetch_add(&next_stripe, 1) % STRIPES);
    return stripe;
}

/* ------------------------------------------------------------------- API */

stm_ref stm_hashtable_create(void)
{
    stm_ref *f = stm_push_frame(1);
    f[0] = stm_allocate_finalizer(sizeof(ht_object), STMI_TID(STMI_TID_HASHTABLE));
    for (int i = 0; i < STRIPES; i++) {
        stm_ref s = stm_allocate(sizeof(ht_stripe), STMI_TID(STMI_TID_HT_STRIPE));
        stm_gc_wb(f[0]);
        HT(f[0])->stripes[i] = s;
    }
    ht_index *ix = stmi_xcalloc(1, sizeof *ix);
    pthread_mutex_init(&ix->lock, NULL);
    atomic_store(&ix->slots, slots_new(16));
    pthread_mutex_lock(&all_lock);
    ix->next = all_indexes;
    if (all_indexes)
        all_indexes->prev = ix;
    all_indexes = ix;
    pthread_mutex_unlock(&all_lock);
    HT(f[0])->index = (uint64_t)(uintptr_t)ix;
    stm_ref table = f[0];
    stm_pop_frame(f);
    return table;
}

stm_ref stm_hashtable_get(stm_ref table, uint64_t key)
{
    stmi_require_tx("stm_hashtable_get");
    stm_ref e = entry_for(table, key);
    stm_read(e);
    return ENTRY(e)->value;
}

void stm_hashtable_set(stm_ref table, uint64_t key, stm_ref value)
{
    stmi_require_tx("stm_hashtable_set");
    stm_ref e = entry_for(table, key);
    stm_gc_wb(e);
    stm_ref old = ENTRY(e)->value;
    ENTRY(e)->value = value;
    if (!old == !value)
        return;
    stm_ref s = HT(table)->stripes[my_stripe()];
    stm_write(s);
    STRIPE(s)->count += value ? 1 : -1;
}

int64_t stm_hashtable_len(stm_ref table)
{
    stmi_require_tx("stm_hashtable_len");
    (void)index_of(table);
    int64_t n = 0;
    for (int i = 0; i < STRIPES; i++) {
        stm_ref s = HT(table)->stripes[i];
        stm_read(s);
        n += STRIPE(s)->count;
    }
    return n;
}

int64_t stm_hashtable_keys(stm_ref table, uint64_t *keys, int64_t n)
{
    int64_t total = stm_hashtable_len(table);   /* reads every stripe */
    ht_index *ix = index_of(table);
    ht_slots *sl = atomic_load_explicit(&ix->slots, memory_order_acquire);
    int64_t found = 0;
    for (size_t i = 0; i <= sl->mask && found < total; i++) {
        uintptr_t e = atomic_load_explicit(&sl->s[i].entry, memory_order_acquire);
        if (!e)
            continue;
        stm_read((stm_ref)e);
        if (!ENTRY(e)->value)
            continue;
        if (found < n)
            keys[found] = ENTRY(e)->key;
        found++;
    }
    return found;
}

/* ----------------------------------------------------- major collection */

/* World stopped, every view caught up: drop entries nobody needs. */
static void prune_index(ht_index *ix)
{
    ht_slots *old = atomic_load(&ix->slots);
    size_t keep = 0;
    for (size_t i = 0; i <= old->mask; i++) {
        uintptr_t e = atomic_load(&old->s[i].entry);
        if (e && !stmi_prune_ok(e, offsetof(ht_entry, value)))
            keep++;
    }
    if (keep == ix->count)
        return;
    size_t n = 16;
    while (keep * 2 >= n)
        n *= 2;
    ht_slots *sl = slots_new(n);
    for (size_t i = 0; i <= old->mask; i++) {
        uintptr_t e = atomic_load(&old->s[i].entry);
        if (e && !stmi_prune_ok(e, offsetof(ht_entry, value)))
            slots_put(sl, atomic_load(&old->s[i].key), e);
    }
    atomic_store(&ix->slots, sl);
    ix->count = keep;
    free(old);
}

void stmi_hashtable_before_mark(void)
{
    pthread_mutex_lock(&all_lock);
    for (ht_index *ix = all_indexes; ix; ix = ix->next)
        prune_index(ix);
    while (retired) {
        ht_slots *next = retired->retired_next;
        free(retired);
        retired = next;
    }
    pthread_mutex_unlock(&all_lock);
}

size_t stmi_hashtable_index_size(stm_ref table)
{
    return index_of(table)->count;
}
