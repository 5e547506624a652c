/* stmseg_internal.h - STM build only: segments, write sets, the commit
 * log, and the protocol invariants that make transactions serializable.
 *
 * Sections, by source file:
 *   stm_segment.c   owning segments, stopping the world
 *   stm_log.c       commit log: entries, validation, import, trimming
 *   stm_barrier.c   write barrier slow paths, write locks, contention
 *   stm_tx.c        start, commit, abort, inevitable, atomic, safe points
 *   stm_gc.c        what the collector needs from the STM build
 *
 * ==========================================================================
 * INVARIANTS
 * ==========================================================================
 * S1  A segment's view changes only by its own transaction's writes and by
 *     import (validation) of log entries, done by its owner or, for an
 *     idle segment, by whoever holds it LOCKED.  So a running transaction
 *     sees committed state as of its last validation plus its own writes.
 * S2  Validation imports an entry only after checking that none of its
 *     objects carries this segment's current read version in its read
 *     marker, nor (an array of a card-marked type) in the marker of a
 *     card the entry changes, which a reader of an item marks instead of
 *     the array's (stm_read_card); otherwise the transaction aborts.
 *     Hence every value a transaction read is still the committed value
 *     when it commits (it validates under the commit lock, then
 *     appends): the commit order is a serial order.
 * S3  Before a transaction writes an old object (or a card of it) it holds
 *     the object's write lock (or the card's) and has imported every entry
 *     committed before it took the lock; so its backup is the committed
 *     version and no pending entry touches what it writes.
 * S4  While a transaction is inevitable no other transaction appends to
 *     the log (committers wait), so an inevitable transaction never fails
 *     validation; it became inevitable after validating under the lock.
 * S5  Objects created by a transaction (TX_NEW) exist only in its view
 *     until its entry is appended; their offsets are fresh, so no other
 *     entry or view refers to them.
 * S6  A log entry is freed only after every segment's `seen` has passed
 *     it; idle segments are brought forward by the trimmer, running ones
 *     validate at their safe points.
 */
#ifndef RTRANS_STMSEG_INTERNAL_H
#define RTRANS_STMSEG_INTERNAL_H

#include "runtime/stm_internal.h"

#include <sched.h>

/* Segment states (low 2 bits of seg->state; the rest is the owner). */
enum { SEG_FREE, SEG_IDLE, SEG_BUSY, SEG_LOCKED };

typedef enum ws_kind { WS_WHOLE, WS_CARD } ws_kind;

/* One written object (or card) of the running transaction. */
typedef struct ws_item {
    uintptr_t ref;               /* the object */
    uintptr_t start;             /* first byte written back (a reference) */
    uint32_t size;               /* bytes from start */
    uint32_t kind;               /* ws_kind */
    char *backup;                /* committed bytes, for abort */
    uint64_t marker, code;       /* writer location (logging only) */
} ws_item;

/* One object or card of a log entry. */
typedef struct log_obj {
    uintptr_t ref;               /* object start: its read marker decides */
    uintptr_t start;             /* first byte to import (a reference) */
    uint32_t size;
    uint32_t pad;
    size_t data_off;             /* bytes at entry->data + data_off */
    uint64_t marker, code;       /* writer location (logging only) */
} log_obj;

/* One allocation: the entry, then objs[capobjs], then data[datacap]. */
typedef struct log_entry {
    struct log_entry *_Atomic next;
    uint64_t seq;
    int seg;                     /* committing segment */
    int thread;                  /* committing thread id (logs) */
    struct stmi_thread *allocator;   /* frees it (malloc arenas are per thread) */
    struct log_entry *free_next;
    size_t size;                 /* bytes allocated (its size class) */
    size_t nobjs, capobjs;
    size_t nwritten;             /* objs[0..nwritten): written, not new */
    log_obj *objs;
    char *data;                  /* bytes of every object */
    size_t datalen, datacap;
} log_entry;

/* A bump arena for backups (freed at the end of each transaction). */
typedef struct arena {
    char **blocks;
    size_t nblocks, capblocks;
    char *cur;
    size_t left;
} arena;

typedef struct stmi_segment {
    int num;
    char *base;
    _Atomic uintptr_t state;     /* SEG_* | owner stmi_thread pointer */
    stmi_nursery nursery;
    log_entry *_Atomic seen;     /* last entry applied to this view */
    uint16_t read_version;
    /* the running transaction */
    bool in_tx;
    bool inevitable;
    bool parked;                 /* waiting at a safe point for the GC */
    uint64_t start_ticket;       /* contention priority: older wins */
    _Atomic uint32_t tx_serial;  /* transactions started here (the pacer) */
    uint64_t start_ns;
    int consecutive_aborts;
    _Atomic int abort_requested; /* STMLOG_ABORT_* + 1, or 0 */
    _Atomic int abort_by;        /* thread that asked */
    /* a committer overwrote what this transaction read (a hint, set by
       stmi_log_warn_readers; validation decides) */
    _Atomic bool invalidated;
    ws_item *ws;                 /* write set */
    size_t nws, capws;
    stmi_map cards;              /* carded array -> uint64_t bitmap of cards */
    stmi_map ws_index;           /* object -> 1 for whole writes, built lazily */
    size_t ws_indexed;           /* items of ws already in ws_index */
    arena backups;
    stmi_vec tx_new;             /* old objects created by this tx */
    stmi_vec tx_new_finalizers;  /* ... with a finalizer */
    size_t ndropped;             /* new objects the commit found dead: they
                                    follow the kept ones, tx_new.items[len..] */
    stmi_vec new_sizes;          /* build_entry: the image size of each */
    stmi_vec diff_runs;          /* build_entry: (start, size) of the changed
                                    granules of arrays published by granule */
    uint64_t conflict[STMLOG_CW_COUNT];  /* details of the pending abort */
    uintptr_t traced_obj;        /* logging: object whose reader we look for */
    _Atomic uint8_t *lost_lock;  /* lost a write-write conflict for this lock */
    uint8_t lost_to;             /* ... held by this segment + 1 */
    /* losers sleeping until this segment releases its write locks (a
       futex on `unlocks`, bumped at a release that finds sleepers) */
    _Atomic int lock_sleepers;
    _Atomic uint32_t unlocks;
} stmi_segment;

extern stmi_segment *stmi_segs;
extern uint8_t *stmi_wlocks;            /* write locks, one byte per 16 bytes */
/* During a major collection, the segment + 1 whose running transaction
 * created the object (0: none), indexed like the write locks: a hash map
 * of the new objects cost 27% of the cycles of an allocation-heavy
 * program (one look-up per marked object). */
extern uint8_t *stmi_txnew_owners;

static inline uint8_t *wlock_of(uintptr_t ref)
{
    return &stmi_wlocks[(ref - stmi_lay.old_start) >> 4];
}
static inline uint8_t *txnew_owner_of(uintptr_t ref)
{
    return &stmi_txnew_owners[(ref - stmi_lay.old_start) >> 4];
}
static inline stmi_segment *my_seg(void)
{
    return stm_tl.priv->seg;
}
static inline uint16_t *marker_in(const stmi_segment *s, uintptr_t ref)
{
    return (uint16_t *)(s->base + (ref >> 3));
}
/* Cards of a card-marked array, and card c's first byte, whose write lock
 * and read marker are the card's (stm_read_card computes the same place:
 * base.c admits only 8-byte items at STM_CARD_ITEMS_OFFSET). */
static inline size_t stmi_card_count(const stm_hdr *h)
{
    return (size_t)(stmi_image_length(h) + STM_CARD_ITEMS - 1) / STM_CARD_ITEMS;
}
static inline uintptr_t stmi_card_start(uintptr_t ref, size_t c)
{
    return ref + STM_CARD_ITEMS_OFFSET + c * STM_CARD_ITEMS * 8;
}

/* stm_segment.c */
void stmi_segments_init(void);
void stmi_segments_fini(void);
void stmi_segment_acquire(stmi_thread *t);
void stmi_segment_release(stmi_thread *t, bool to_free);
bool stmi_segment_lock_idle(stmi_segment *s);     /* idle/free -> LOCKED */
void stmi_segment_unlock_idle(stmi_segment *s);
extern _Atomic int stmi_gc_requested;
void stmi_park(stmi_thread *t);                    /* at a safe point */
static inline void stmi_maybe_park(stmi_thread *t)
{
    if (STM_UNLIKELY(atomic_load_explicit(&stmi_gc_requested, memory_order_acquire)))
        stmi_park(t);
}
void stmi_set_poll_all(void);
void stmi_wake_parked(void);
bool stmi_stop_the_world_try(stmi_thread *t);
bool stmi_world_is_stopped(void);
/* The thread owning s (busy, idle or locked for it), or NULL. */
stmi_thread *stmi_seg_owner(stmi_segment *s);
/* The thread running a transaction in s, or NULL. */
stmi_thread *stmi_seg_busy_owner(stmi_segment *s);
int stmi_segment_waiters(void);                    /* threads queued */

/* stm_pace.c */
extern _Atomic int stmi_zone_threads;
void stmi_pace_start(void);
void stmi_pace_fini(void);
void stmi_pace_wake(void);
void stmi_pace_ask(stmi_thread *u);
void stmi_ask_break(stmi_thread *u);
void stmi_pace_ask_segment(stmi_segment *s);
void stmi_zone_enter(stmi_thread *t);
void stmi_zone_leave(stmi_thread *t);

/* One step of a short wait for another thread (a lock's holder, a
 * committer): a pause for the first `pauses` steps, then a yield, in case
 * the one waited for is not running. */
static inline void stmi_spin_step(unsigned step, unsigned pauses)
{
    if (step < pauses)
        __builtin_ia32_pause();
    else
        sched_yield();
}

/* stm_log.c */
void stmi_log_init(void);
void stmi_log_fini(void);
void stmi_commit_lock_take(void);
void stmi_commit_lock_drop(void);
log_entry *stmi_log_tail(void);
/* Import pending entries into s's view; with check, stop at the first
 * entry that conflicts with s's read set and return false (nothing of that
 * entry is imported; conflict details go to s->conflict). */
bool stmi_log_catch_up(stmi_segment *s, bool check);
log_entry *stmi_entry_new(stmi_segment *s, size_t nobjs, size_t bytes);
void stmi_entry_add(log_entry *e, uintptr_t ref, uintptr_t start, size_t size,
                    const char *bytes, uint64_t marker, uint64_t code);
void stmi_entry_free(log_entry *e);
void stmi_entry_cache_free(stmi_thread *t);
void stmi_log_append(stmi_segment *s, log_entry *e);   /* commit lock held */
/* After s appended its entry e: tell the running transactions that read
 * what e's written objects changed that they are doomed (their next break
 * point ends them). */
bool stmi_log_warn_readers(stmi_segment *s, const log_entry *e);
void stmi_log_trim(bool force);
void stmi_entries_reclaim(stmi_thread *t);
void stmi_log_forget_thread(stmi_thread *t);
void stmi_log_bring_forward_idle(void);

/* stm_barrier.c */
void stmi_release_write_locks(stmi_segment *s);
void stmi_restore_backups(stmi_segment *s);
bool stmi_ws_contains(stmi_segment *s, uintptr_t ref);
bool stmi_card_written(stmi_segment *s, uintptr_t ref, int64_t item);
void stmi_arena_reset(arena *a);
void stmi_arena_free(arena *a);

/* stm_tx.c */
extern _Atomic int stmi_inevitable_seg;   /* segment number, or -1 */
__attribute__((noreturn))
void stmi_abort(stmi_thread *t, int reason);
void stmi_check_abort_request(stmi_thread *t);
void stmi_validate_or_abort(stmi_thread *t);
uint64_t stmi_innermost_marker(stm_thread_local *tl);
void stmi_tx_fini_thread(stmi_thread *t);
void stmi_tx_init(void);
stmi_thread *stmi_me_in_tx(const char *what);
void stmi_stress_abort(stmi_thread *t);
bool stmi_others_active(stmi_thread *t);
void stmi_wake_waiters(void);

/* stm_trace.c (all no-ops unless logging) */
bool stmi_reader_trace_fault(stmi_thread *t, char *addr, void *uctx);
void stmi_trace_init(void);
void stmi_trace_fini(void);
void stmi_trace_lock_taken(uintptr_t lockref, uint64_t marker, uint64_t code);
void stmi_trace_lock_holder(uintptr_t lockref, uint64_t *marker, uint64_t *code);
void stmi_trace_after_abort(stmi_thread *t, stmi_segment *s, uint64_t lost);
void stmi_trace_start(stmi_thread *t, stmi_segment *s);
void stmi_trace_end(stmi_thread *t);
void stmi_trace_pause(stmi_thread *t);
void stmi_trace_resume(stmi_thread *t);

/* stm_gc.c */
void stmi_set_view(char *base);               /* gs base + stm_tl.view */
/* At commit, after the last minor collection: move the new objects that
 * nothing reaches any more past the end of s->tx_new (s->ndropped of
 * them, right after tx_new.len; nothing is promoted after).  Only
 * those promoted before that collection can be dead; below this many of
 * them a commit publishes them all (the trace scans every root: cheaper
 * to copy a few objects). */
void stmi_prune_unreached_new(stmi_thread *t);
/* The transaction ends (committed or aborted): free the dropped ones. */
void stmi_free_dropped(stmi_segment *s);
#define STMI_PRUNE_MIN_NEW 256

#endif /* RTRANS_STMSEG_INTERNAL_H */
