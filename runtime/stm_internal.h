/* stm_internal.h - private to runtime/: heap layout, per-thread and
 * per-segment state, and the helpers every runtime file shares.
 *
 * Sections, by source file (base.c's are in base.h, which this includes):
 *   core.c      set-up and teardown, thread registration, stats
 *   roots.c     roots, restart snapshot, callbacks, transaction length
 *   heap.c      address space, page runs, size-class chunks, large objects
 *   nursery.c   allocation slow paths, minor collection, id hash, GC barrier
 *   major.c     mark-sweep of the old generation, finalizers
 *   check.c     heap checker
 *   limits.c    SIGSEGV on an alternate stack: C-stack guard, shadow stack
 *   events.c    event log (RTRANS_STM_LOG) and statistics
 *   gil.c       GIL build: the global lock and transactions as GIL holds
 *   stm*.c      STM build: segments, commit log, barriers, abort
 *   hashtable.c, queue.c  transactional containers
 *
 * ==========================================================================
 * REFERENCES, VIEWS, OFFSETS
 * ==========================================================================
 * One address range of seg_size bytes (a "segment") holds the whole heap:
 *
 *   [0, 4096)                      unmapped: the null reference faults
 *   [4096, nursery_start)          STM read markers (16 bits at o >> 3)
 *   [nursery_start, old_start)     nurseries, nursery_size bytes each
 *   [old_start, seg_size)          old generation
 *
 * GIL build: one segment; a reference is a plain pointer, seg_base + off.
 * STM build: nsegs segments back to back; a reference is an offset, and
 * segment i's bytes of it are at seg_base + i * seg_size + off.
 * Internally an object image is always reached through a plain pointer:
 * obj_in(view, ref), where view is a segment base (STM) or 0 (GIL), so the
 * same collector code reads any segment.  Side tables (pages, mark bits,
 * write locks) are indexed by offset, ref_off(ref).
 *
 * ==========================================================================
 * GC INVARIANTS
 * ==========================================================================
 * G1  A nursery object is referenced only from its own thread's (GIL: any
 *     thread's) shadow stack, exc slots, global roots, other young objects,
 *     and old objects that are in the remembered set or have a marked card.
 * G2  An old object without STM_GCFLAG_WRITE_BARRIER is in the remembered
 *     set (GIL), or in the running transaction's write set or
 *     new-and-modified list (STM).
 * G3  Young large objects (GCFLAG_YOUNG_LARGE) are old-space memory that
 *     the minor collection treats as young: traced when reached, freed when
 *     not.  They carry no write-barrier flag.
 * G4  Old objects never move; old-generation slots are 16-byte aligned and
 *     at least 16 bytes, so read markers and write locks of two objects
 *     never share a byte.
 * G5  Allocation bitmaps of a chunk are written only by the thread whose
 *     cache owns the chunk, by the sweeper while the world is stopped, or
 *     by a thread freeing its transaction's dead new objects in a chunk
 *     that no cache owns (stmi_old_free_unshared): holding the heap lock
 *     if a partial list holds the chunk, else after claiming it under
 *     the lock (marked cached, so that nobody else writes it meanwhile).
 */
#ifndef RTRANS_STM_INTERNAL_H
#define RTRANS_STM_INTERNAL_H

#include "runtime/base.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "runtime/stmlog_internal.h"

/* --------------------------------------------------------------- objects */

/* Private header flags (the public ones are in stm.h). */
#define GCFLAG_FORWARDED    0x0100u  /* moved nursery object: word 1 = new ref */
#define GCFLAG_HASHED       0x0200u  /* nursery object with a reserved old slot */
#define GCFLAG_YOUNG_LARGE  0x0400u  /* see G3 */
#define GCFLAG_VISITED      0x0800u  /* young large object reached by this minor */
#define GCFLAG_TX_NEW       0x1000u  /* STM: old object created by the running tx */
#define GCFLAG_TX_MODIFIED  0x2000u  /* STM: tx-new object in the modified list */
#define GCFLAG_REACHED      0x4000u  /* STM: tx-new object reached by the commit's trace */
#define GCFLAG_PRIVATE_MASK 0xff00u  /* never published to other segments */

/* ---------------------------------------------------------------- layout */

#define STMI_CHUNK       (32u * 1024u)    /* size-class chunk */
#define STMI_SMALL_MAX   2048u            /* larger old objects get page runs */
#define STMI_NCLASSES    40
#define STMI_LARGE_YOUNG STM_NURSERY_OBJECT_MAX  /* larger allocations skip the nursery */

typedef struct stmi_layout {
    char *base;                  /* segment 0 */
    size_t seg_size;
    uintptr_t nursery_start;     /* offset of segment 0's nursery */
    size_t nursery_size;
    uintptr_t old_start, old_end;
    int nsegs;
    uintptr_t ref_bias;          /* ref = ref_bias + offset (GIL: base) */
} stmi_layout;

extern stmi_layout stmi_lay;

static inline uintptr_t ref_off(uintptr_t ref) { return ref - stmi_lay.ref_bias; }
static inline uintptr_t off_ref(uintptr_t off) { return off + stmi_lay.ref_bias; }
static inline bool ref_is_old(uintptr_t ref)
{
    uintptr_t off = ref_off(ref);
    return off >= stmi_lay.old_start && off < stmi_lay.old_end;
}
static inline bool ref_in_nurseries(uintptr_t ref)
{
    uintptr_t off = ref_off(ref);
    return off >= stmi_lay.nursery_start && off < stmi_lay.old_start;
}
static inline char *seg_view(int seg)
{
#ifdef RTRANS_STM
    return stmi_lay.base + (size_t)seg * stmi_lay.seg_size;
#else
    (void)seg;
    return NULL;
#endif
}
static inline stm_hdr *obj_in(const char *view, uintptr_t ref)
{
    return (stm_hdr *)((uintptr_t)view + ref);
}

/* The calling thread's view: its segment's base (STM) or 0 (GIL). */
static inline stm_hdr *obj_at(uintptr_t ref) { return obj_in(stm_tl.view, ref); }

/* ------------------------------------------------------------------ heap */

enum { PAGE_FREE, PAGE_CHUNK, PAGE_LARGE };

typedef struct stmi_chunk {
    uintptr_t off;               /* offset of the first slot */
    uint32_t sclass, slot_size, nslots, nfree;
    struct stmi_chunk *next;       /* in its class's partial list */
    bool cached;                 /* owned by a thread cache (G5) */
    bool listed;                 /* in its home view's partial list */
    bool swept_some;             /* the sweep's first step freed a slot */
    uint8_t home;                /* the view of the cache that took it last */
    uint32_t cursor;             /* first bitmap word that may have room */
    uint64_t alloc[];            /* one bit per slot */
} stmi_chunk;

typedef struct stmi_large {
    uintptr_t off;
    size_t size, npages;
    uint8_t *cards;              /* ncards marks, or NULL */
    size_t ncards;
    bool in_card_list;
    bool allocated;
} stmi_large;

typedef struct stmi_page {
    uint8_t kind;
    uint8_t resident;            /* free page not given back to the OS yet */
    void *meta;                  /* stmi_chunk or stmi_large */
} stmi_page;

/* Per-thread allocation cache: one chunk per size class. */
typedef struct stmi_alloc_cache {
    stmi_chunk *chunk[STMI_NCLASSES];
} stmi_alloc_cache;

void stmi_heap_init(size_t heap_limit, size_t nursery_size, int nsegs);
stmi_page *stmi_page_of(uintptr_t off);
/* A fresh old slot of at least size bytes, 16-aligned; not zeroed unless
 * said so.  Small sizes come from the cache.  Returns a reference. */
uintptr_t stmi_old_alloc(stmi_alloc_cache *c, size_t size, bool zero);
/* soft: during a minor collection, which may overshoot the limit a little
 * (the caller checks the limit afterwards). */
uintptr_t stmi_old_alloc_soft(stmi_alloc_cache *c, size_t size, bool zero,
                            bool soft);
/* Drop the cache's chunks back to the shared lists (world stopped or the
 * thread going away). */
void stmi_cache_release(stmi_alloc_cache *c);
/* A young large object died in the calling thread's transaction: its
 * pages go back on the free list at once (heap lock held). */
void stmi_large_free(stmi_large *lg);
#ifdef RTRANS_STM
/* Forget the calling thread's read marker of ref (stm_gc.c). */
void stmi_forget_own_read(uintptr_t ref);
#endif
/* Free old objects that died young in the calling thread's transaction
 * and that no other view ever held (heap.c). */
void stmi_old_free_unshared(stmi_alloc_cache *c, const uintptr_t *refs, size_t n);
stmi_large *stmi_large_of(uintptr_t ref);         /* NULL unless a large object */
/* Is ref the start of an allocated old slot? */
bool stmi_old_is_object(uintptr_t ref);
/* Bytes of old-generation pages in use, and the limit. */
size_t stmi_heap_used(void);
size_t stmi_heap_high_water_bytes(void);
size_t stmi_heap_limit(void);
/* The live heap exceeds the limit after a full collection (request 0), or
 * a request of `request` bytes does not fit: returns when the MemoryError
 * reserve was lent (stm_set_memory_error_hook), else ends the program. */
void stmi_heap_exceeded(size_t request);
void stmi_heap_lock(void);
void stmi_heap_unlock(void);
/* Visit every allocated old slot (world stopped). */
void stmi_heap_each_object(void (*fn)(uintptr_t ref, void *ctx), void *ctx);
/* Sweep: free every allocated slot whose mark bit is clear (world
 * stopped); dead_fn is called for each freed slot that is_finalized. */
void stmi_heap_sweep(void);
/* ... after its first step, which frees the dead slots of the chunks that
 * start in each piece of the old generation (independent: the parked
 * threads share them, stmi_major_parallel). */
size_t stmi_heap_sweep_pieces(void);
void stmi_heap_sweep_piece(size_t piece, void *ctx);
/* Page runs (first, n pairs) in which the last sweep freed an object. */
const stmi_vec *stmi_heap_swept(void);
/* Free pages back to the OS in every segment (after a sweep). */
void stmi_heap_trim(void);
void stmi_heap_check(void);                     /* allocator invariants */
void stmi_heap_fini(void);

/* Mark bitmap (one bit per 16 bytes of the old generation). */
extern uint64_t *stmi_mark_bits;
static inline size_t mark_index(uintptr_t ref)
{
    return (ref_off(ref) - stmi_lay.old_start) >> 4;
}
static inline bool mark_test(uintptr_t ref)
{
    size_t i = mark_index(ref);
    return (stmi_mark_bits[i >> 6] >> (i & 63)) & 1;
}
static inline void mark_set(uintptr_t ref)
{
    size_t i = mark_index(ref);
    stmi_mark_bits[i >> 6] |= (uint64_t)1 << (i & 63);
}
void stmi_mark_clear_all(void);

/* --------------------------------------------------------------- nursery */

typedef struct stmi_nursery {
    uintptr_t start, end;        /* references */
    stmi_vec young_large;          /* young large objects (G3) */
    stmi_vec remembered;           /* old objects with the barrier flag clear */
    stmi_vec card_objs;            /* stmi_large * with marked cards */
    stmi_vec young_finalizers;     /* young objects whose type has a finalizer */
    stmi_map hashed;               /* young ref -> reserved old ref */
    stmi_vec gray;                 /* the minor collection's, kept for reuse */
    size_t young_large_bytes;
} stmi_nursery;

void stmi_nursery_init(stmi_nursery *n, uintptr_t start, size_t size);
/* Minor collection of n; thread t is the collecting thread. */
struct stmi_thread;
void stmi_minor_collect(struct stmi_thread *t, stmi_nursery *n);
/* Hooks the build supplies: extra roots and per-object consequences. */
/* collecting: for a minor collection, which scans only the shadow-stack
 * part that may hold young references and then marks it clean; false (the
 * heap checker): every slot, nothing marked. */
void stmi_minor_roots(struct stmi_thread *t, stmi_visit_fn visit, void *ctx, bool collecting);
/* Flags of an object promoted to the old generation (before the commit of
 * its transaction, in the STM build). */
uint32_t stmi_promoted_flags(void);
void stmi_promoted(struct stmi_thread *t, uintptr_t ref);
/* Shrink the inline allocation window under RTRANS_GC_STRESS. */
void stmi_nursery_window(struct stmi_thread *t);
/* Visit one slot with the minor collection in progress on this thread. */
void stmi_minor_visit(uintptr_t *slot);

/* ----------------------------------------------------------------- major */

void stmi_major_collect(struct stmi_thread *t);
void stmi_finalizer_register_old(uintptr_t ref);
void stmi_run_all_finalizers(void);
/* Roots and view-specific tracing the build supplies to the marker. */
void stmi_major_roots(stmi_visit_fn visit, void *ctx);
void stmi_major_trace_object(uintptr_t ref, stmi_visit_fn visit, void *ctx);
void stmi_major_before_sweep(void);
void stmi_major_after_sweep(void);
/* Should a major collection run now (heap grew past the threshold)? */
bool stmi_major_wanted(void);
void stmi_major_threshold_update(void);
/* Build: how much further than the one-thread threshold the heap may grow
 * before a major collection, given the minimum growth per thread. */
size_t stmi_major_headroom(size_t per_thread);
void stmi_mark_ref(uintptr_t ref, void *mark_ctx);
/* Parallel marking: how many parked threads can help (count_only), or
 * wake them to help (build: the STM build's parked threads; none in the
 * GIL build)?  Each calls stmi_major_help while stmi_major_help_wanted(). */
int stmi_major_wake_helpers(bool count_only);
bool stmi_major_help_wanted(void);
void stmi_major_help(struct stmi_thread *t);
/* Runs fn(item, ctx) for every item < n, shared with the threads helping
 * this major collection (the serial work after the mark); returns when
 * all are done.  Items must be independent. */
typedef void (*stmi_major_item_fn)(size_t item, void *ctx);
void stmi_major_parallel(size_t n, stmi_major_item_fn fn, void *ctx);
/* Run the finalizer of a dead old object, reading it in a view that holds
 * its bytes (build). */
void stmi_finalize_dead(uintptr_t ref);
size_t stmi_old_finalizer_count(void);
void stmi_major_fini(void);

/* --------------------------------------------------------------- threads */

#define STMI_ENTRY_CLASSES 10     /* log entries of 1 KiB .. 512 KiB */

typedef struct stmi_thread {
    stm_thread_local *tl;
    struct stmi_thread *next, *prev;
    int id;                      /* registration number, for logs */
    /* shadow stack mapping (slots plus a guard page) */
    void *ss_map;
    size_t ss_map_size;
    /* alternate signal stack and C stack bounds */
    void *altstack;
    size_t altstack_size;
    char *stack_lo, *stack_hi;
    /* restart protocol: slots [snap_first, tx_root_ss) at start */
    stm_ref *snap_first;
    stmi_vec snapshot;
    /* Minor collections scan the shadow stack from here up (NULL: from the
     * base).  A transaction starts with an empty nursery, and the frames
     * below its root frame's slots (frame_slots) cannot be written while it
     * runs, since the root commits before it returns: so the young
     * references are all at or above frame_slots.  A transaction that
     * outlives its root (a fragment, or a commit inside an atomic
     * section) scans everything, except where the code that ends a
     * fragment knows better (stm_restart_needed).  Without this, a deep
     * recursion that commits at every level on its way back up (each root
     * frame commits when it returns) rescanned its whole stack each time. */
    stm_ref *scan_from;
    /* an inevitable transaction without a root frame that runs on the
       fast paths (stm_tl.in_tx == STM_TX_RUNNING): see stm_tx.c */
    bool detached;
    /* STM: lock elision (stm_elision_enter): elided sections open in the
       running transaction, and the library's function that takes their
       locks for real before the transaction ends; written with
       __atomic_store_n, since the pacer reads it (stmi_ask_break) */
    unsigned elide_depth;
    void (*elide_cancel)(void);
    /* STM: commits left during which the outermost elided release ends
       its transaction (stm_elision_leave), set to STMI_CONTENDED_COMMITS
       whenever a conflict involves this thread: it aborted, its commit
       warned a reader, or a loser of a write lock asked it to end
       (another thread writes it there: __atomic_store_n) */
    unsigned contended;
    stm_ref snap_exc, snap_exc_value;
    uint16_t snap_atomic;
    int64_t snap_depth;
    /* callbacks of the running transaction: (fn, arg) pairs (on_publish:
       STM only, run under the commit lock) */
    stmi_vec on_commit, on_abort, on_publish;
    stmi_alloc_cache cache;
    /* statistics */
    stm_stats stats;
    uint64_t run_ns, abort_ns, wait_ns, gc_ns;
    /* the nursery this thread allocates in (GIL: the shared one) */
    stmi_nursery *nursery;
    /* STM: another thread needs this transaction to end (the pacer's
       requests since it started, see stm_pace.c); while nonzero the break
       mark stays 0 */
    _Atomic int break_asked;
    /* STM: the thread's CPU clock (0: none), and the pacer's own record of
       its last ask: the transaction (tx_serial) and the thread's CPU time
       then (stm_pace.c, ran_since_asked) */
    clockid_t cpu_clock;
    uint32_t pace_serial;
    uint64_t pace_cpu_ns;
    bool in_zone;                /* STM: counted in stmi_zone_threads */
    unsigned unsettled_roots;    /* constant roots registered, not settled */
    /* transaction length budget, in bytes allocated */
    size_t budget;
    size_t tx_allocated;         /* bytes allocated in earlier nursery cycles */
    /* transactional queues: (queue, item) pairs put by the running
       transaction, and (q_state, item, seq) triples it took */
    stmi_vec q_pending, q_taken;
    struct stmi_segment *seg;    /* STM: owned segment, or NULL */
    /* waiting for a segment (STM) or for the GIL: each waiter sleeps on
       its own condition variable (CLOCK_MONOTONIC), in a FIFO queue */
    pthread_cond_t wait_cond;
    struct stmi_thread *wait_next;
    struct stmi_rtrace *rtrace;  /* STM, logging: conflict being located */
    struct log_entry *_Atomic to_free;  /* STM: trimmed entries it allocated */
    struct log_entry *entry_cache[STMI_ENTRY_CLASSES];  /* STM: for reuse */
    unsigned entry_cache_n[STMI_ENTRY_CLASSES];
    size_t entry_cache_bytes;
    struct log_entry *big_entry;        /* STM: its largest unclassed one */
    struct stmi_evbuf *events;     /* event log buffer, or NULL */
} stmi_thread;

/* Registered threads, linked from stmi_threads; the list changes under
 * stmi_threads_lock. */
extern stmi_thread *stmi_threads;
extern pthread_mutex_t stmi_threads_lock;
extern int stmi_nthreads;

static inline stmi_thread *stmi_me(void) { return stm_tl.priv; }

/* Visit the roots a thread holds: shadow stack (odd words skipped), the
 * transaction snapshot, exc and exc_value.  minor: only the part of the
 * shadow stack that may hold young references (scan_from). */
void stmi_thread_roots(stmi_thread *t, stmi_visit_fn visit, void *ctx, bool minor);
/* Where a minor collection starts scanning t's shadow stack. */
stm_ref *stmi_minor_scan_start(const stmi_thread *t);
/* Global roots: all of them (major collections, checker, GIL minor
 * collections); those that may point into [lo, hi) or to young_large (STM
 * minor collections: settled constant roots cannot). */
void stmi_global_roots(stmi_visit_fn visit, void *ctx);
void stmi_global_roots_young(uintptr_t lo, uintptr_t hi, const stmi_vec *young_large,
                             stmi_visit_fn visit, void *ctx);
void stmi_settle_constant_roots(struct stmi_thread *t);
void stmi_roots_fini(void);                     /* stm_teardown */

/* Transaction life common to both builds. */
void stmi_tx_snapshot(stmi_thread *t, stm_ref *frame_slots);
void stmi_tx_restore_snapshot(stmi_thread *t);
void stmi_run_callbacks(stmi_vec *v);
void stmi_budget_reset(stmi_thread *t);
void stmi_detached_after_minor(stmi_thread *t);
void stmi_budget_after_minor(stmi_thread *t, size_t used);
void stmi_budget_refresh(stmi_thread *t);
void stmi_budget_spend(stmi_thread *t);
void stmi_budget_commit(stmi_thread *t);
void stmi_budget_abort(stmi_thread *t);

/* ----------------------------------------------------------- containers */

void stmi_hashtable_init(void);
void stmi_hashtable_before_mark(void);
size_t stmi_hashtable_index_size(stm_ref table);   /* entries indexed (tests) */
void stmi_queue_init(void);
void stmi_queue_fini(void);
/* weakref.c: weak references; the major collection brackets its marking
 * with mark_begin / mark_end (which clears dead targets)
 * and marks the queue of cleared ones from stmi_weakref_roots. */
void stmi_weakref_init(void);
void stmi_weakref_fini(void);
void stmi_weakref_mark_begin(void);
void stmi_weakref_roots(stmi_visit_fn visit, void *ctx);
void stmi_weakref_mark_end(void);
void stmi_queue_commit(stmi_thread *t, uint64_t seq);
void stmi_queue_abort(stmi_thread *t);
void stmi_queue_thread_roots(stmi_thread *t, stmi_visit_fn visit, void *ctx);
void stmi_queue_minor_roots(stmi_visit_fn visit, void *ctx);
/* Build hooks for the containers. */
uintptr_t stmi_alloc_published(const void *image, size_t size);
bool stmi_prune_ok(uintptr_t ref, size_t value_off);
void stmi_queue_see(stmi_thread *t, uint64_t seq);
bool stmi_ref_is_young(stmi_thread *t, uintptr_t ref);
void stmi_publish_bytes(uintptr_t ref, const void *image, size_t size);

/* ---------------------------------------------------------------- limits */

void stmi_limits_thread_init(stmi_thread *t);
void stmi_limits_thread_fini(stmi_thread *t);
void stmi_limits_install(void);

/* ---------------------------------------------------------------- events */

uint64_t stmi_now_ns(void);
void stmi_events_init(void);
void stmi_events_fini(void);
void stmi_events_thread_init(stmi_thread *t);
void stmi_events_thread_fini(stmi_thread *t);
/* Record an event (STMLOG_* kind) of thread t; no-op with logging off. */
extern bool stmi_log_on;
/* Transaction durations are measured only for RTRANS_STM_STATS/_LOG. */
extern bool stmi_timing;
static inline uint64_t stmi_tx_clock(void)
{
    return STM_UNLIKELY(stmi_timing) ? stmi_now_ns() : 0;
}
void stmi_event_slow(stmi_thread *t, int kind, uint64_t a, uint64_t b,
                   const char *text);
void stmi_event_words(stmi_thread *t, int kind, const uint64_t *words,
                    unsigned nwords, const char *text);
static inline void stmi_event(stmi_thread *t, int kind, uint64_t a, uint64_t b,
                            const char *text)
{
    if (STM_UNLIKELY(stmi_log_on))
        stmi_event_slow(t, kind, a, b, text);
}
void stmi_stats_print(void);
void stmi_pace_summary(FILE *f, uint64_t yields);   /* STM: stm_pace.c */
/* STM: no other thread is in the transactional zone or waits for a
 * segment (stm_pace.c). */
bool stmi_alone_in_zone(struct stmi_thread *t);

/* ------------------------------------------------------- build specifics */

/* Implemented by gil.c or stm.c. */
void stmi_build_setup(void);
void stmi_build_teardown(void);
void stmi_build_fini(void);                  /* after the last thread left */
/* A young object with a finalizer survived its first minor collection. */
void stmi_finalizer_promoted(struct stmi_thread *t, uintptr_t ref);
void stmi_build_thread_init(stmi_thread *t);
void stmi_build_thread_fini(stmi_thread *t);
/* Allocation slow path after the nursery is full (may collect). */
void stmi_collect_for_allocation(stmi_thread *t, size_t size);
/* Reach a state where a collection may run: stop the world (returns false
 * if another thread already collected meanwhile). */
void stmi_collect_now(stmi_thread *t, bool major);
/* Die unless the calling thread runs a transaction. */
void stmi_require_tx(const char *what);
/* Stop every other thread at a safe point (GIL: holding the lock is
 * enough), and let them go again. */
void stmi_stop_the_world(stmi_thread *t);
void stmi_resume_the_world(stmi_thread *t);
/* Signal handler hook: true if the fault was the runtime's own business
 * and the instruction may be retried. */
bool stmi_fault_hook(stmi_thread *t, char *addr, void *uctx);

/* Checker hooks (check.c asks the build). */
bool stmi_check_unbarriered_ok(uintptr_t ref);
bool stmi_check_old_to_young_ok(uintptr_t ref, int64_t item);
stmi_nursery *stmi_check_nursery(stmi_thread *t);
void stmi_check_build_extra(stmi_thread *t, const stmi_map *seen);
size_t stmi_check_heap_count(void);
/* RTRANS_HEAP_CHECK: the end of a collection (either build's collect)
 * runs the heap checker, inside the transaction that collected. */
static inline void stmi_check_after_collection(void)
{
    if (STM_UNLIKELY(stmi_cfg.heap_check))
        (void)stmi_check_heap_count();
}

/* Whether the requests to end the running transaction (break_asked)
 * take effect now.  Inside an elided lock section they wait for its
 * release (stmi_ask_break), but only while they are fewer than
 * STMI_ELIDED_ASKS: a section that waits for another thread (a spinner
 * whose flag is set by a thread that waits for its segment) must still
 * end, taking its locks for real, within two of the pacer's ticks of its
 * own running time (stm_pace.c, ran_since_asked). */
#define STMI_ELIDED_ASKS 2

/* How long a thread goes on ending its transactions at the release of
 * its elided sections after a conflict.  A commit costs rtpython ~16K
 * instructions; a conflict in a long transaction costs the ~150 sections
 * it carries in mt_btree (5-7M instructions) and the loser's wait for the
 * winner's whole transaction.  With 256, mt_skiplist's threads, whose
 * conflicts come every ~100 commits on a loaded machine, now and then
 * went a whole window without one and fell back to long transactions:
 * 15 s of waiting in one 18 s run. */
#define STMI_CONTENDED_COMMITS 1024
static inline bool stmi_break_asked_now(stmi_thread *t)
{
    int n = atomic_load_explicit(&t->break_asked, memory_order_relaxed);
    return n && (!t->elide_depth || n >= STMI_ELIDED_ASKS);
}

#endif /* RTRANS_STM_INTERNAL_H */
