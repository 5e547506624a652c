/* stm.h - the rtrans runtime: software transactional memory, garbage
 * collector, and their GIL twin.  This is the whole public interface.
 *
 * Every binary that rtrans emits links against one of two builds of this
 * runtime:
 *
 *   -DRTRANS_STM   librtstm.a  transactions run in parallel, one per segment
 *   (default)      librtgil.a  one thread runs at a time under a global lock
 *
 * Both builds have exactly this API, so one emitted C file compiles against
 * either.  In the GIL build the STM barriers are empty inline functions.
 *
 * ==========================================================================
 * THE CONTRACT
 * ==========================================================================
 *
 * References.  A GC reference (stm_ref) names an object in the GC heap.
 *   In the STM build it is an *offset* into the heap, dereferenced through
 *   the %gs segment register (GCC's __seg_gs address space): each running
 *   transaction owns a segment, a private view of the whole heap, and the
 *   same offset means "this object, as my transaction sees it".  In the GIL
 *   build a reference is an ordinary pointer.  Code must access object
 *   memory only through stm_ref-typed (RT_GC-qualified) pointers, or through
 *   stm_addr(), whose result is valid only until the next safe point.
 *   The null reference is 0.
 *
 * Objects.  Every object begins with struct stm_hdr.  Only the runtime
 *   writes the header.  The type id (hdr.tid) never changes after
 *   allocation, so reading it needs no barrier.  Types are described once,
 *   by the table given to stm_setup(): size, and where GC references are.
 *   Fresh objects are zero-filled.
 *
 * Barriers (STM build; in the GIL build stm_read/stm_write are no-ops).
 *   stm_read(o)   must precede every read of a mutable field or item of o
 *                 inside a transaction.  Guarantee: every value the
 *                 transaction reads belongs to one consistent snapshot of
 *                 committed state (plus its own writes); if another
 *                 transaction commits a write to o first, this transaction
 *                 aborts before it commits.  A transaction never observes
 *                 a state that no serial order could produce.
 *                 Not needed: for immutable data (type id, array length,
 *                 fields and items never written after the object is
 *                 published), for objects allocated by the current
 *                 transaction, or when o was already read or written by the
 *                 current transaction (a transaction that breaks is a new
 *                 transaction: barriers must be redone after any call that
 *                 may break).
 *   stm_write(o)  must precede every write to a field of o.  Implies
 *                 stm_read(o).  Guarantee: the write stays private to the
 *                 transaction until it commits and is undone if it aborts;
 *                 conflicting writers are detected.  It is also the
 *                 generational GC's write barrier.  Not needed when o was
 *                 already write-barriered by the current transaction and no
 *                 safe point ran since, or when o was allocated by the
 *                 current transaction and no safe point ran since.
 *   stm_write_card(o, i)  instead of stm_write(o) before writing item i of
 *                 an array whose type has STM_TYPE_CARDS: only the card
 *                 holding item i is saved and published, not the array.
 *   stm_read_card(o, i)  instead of stm_read(o) before reading item i of
 *                 an array whose type has STM_TYPE_CARDS: o joins the read
 *                 set with item i's card only, so a commit that wrote
 *                 other cards of it does not conflict (one that wrote it
 *                 whole does).  It covers that one item's read, not the
 *                 array's other items.
 *   stm_gc_wb(o) / stm_gc_wb_card(o, i)  the generational barrier alone:
 *                 the GIL build's code calls these before storing a
 *                 reference into an object that may be old.  In the STM
 *                 build they are stm_write / stm_write_card.
 *
 * Safe points and moving.  Objects are allocated in a per-thread nursery
 *   and *move* once, to the old generation, when a minor collection finds
 *   them alive; old objects never move.  Collections run only at safe
 *   points: stm_allocate*() slow paths, stm_safepoint(), transaction start,
 *   commit and break, stm_become_inevitable(), entering or leaving the
 *   transactional zone, and any runtime call documented as "may collect".
 *   Across a safe point every reference must live in a shadow-stack slot
 *   (or in a registered global root); references in C locals are stale
 *   afterwards and must be reloaded from the slots.
 *
 * Shadow stack.  Per thread, an array of stm_ref slots between
 *   stm_tl.ss_base and stm_tl.ss_top.  A function reserves its slots with
 *   stm_push_frame() and releases them with stm_pop_frame().  A slot holds a
 *   reference, 0, or a marker (an odd value: see markers below).  Slots are
 *   the precise roots of the GC, together with registered global roots,
 *   stm_tl.exc and stm_tl.exc_value.
 *
 * Transactions (STM build).  A thread runs code touching the GC heap only
 *   inside a transaction.  Committed transactions are serializable: each
 *   appears to run alone, in some serial order.  An abort leaves nothing
 *   behind: old objects are restored, the nursery is dropped, the shadow
 *   stack and stm_tl.exc/exc_value are reset to their state at the
 *   transaction's start, and execution resumes where the transaction
 *   started (see "restart protocol").  At most one transaction is
 *   inevitable at a time; it never aborts, and others wait for it at
 *   commit.  A transaction that aborted STM_MAX_ABORTS times in a row
 *   becomes inevitable when it restarts, so none starves.
 *   In the GIL build a transaction is a hold of the global lock.
 *
 * Restart protocol.  A transaction starts with
 *       if (STM_SETJMP()) { ...restore this frame's non-reference locals... }
 *       stm_start_transaction(frame_slots);
 *   The runtime snapshots the shadow-stack slots from frame_slots to
 *   stm_tl.ss_top and puts them back on abort (so slots below frame_slots
 *   must not be written while the transaction runs: their frames are the
 *   root frame's callers; minor collections rely on it too and scan only
 *   from frame_slots up), then longjmps to
 *   STM_SETJMP().  The C frame that ran STM_SETJMP() (the *root frame*) must
 *   stay alive while the transaction runs, because an abort (which can
 *   happen in any safe point, commit included) resumes there.  Hence:
 *     - a function whose frame may be a root commits before it returns
 *       while it is the root, its frame still pushed:
 *           if (stm_is_root_frame()) stm_commit_transaction();
 *       (an abort of that commit still lands in a live frame);
 *     - after any call that may have ended the transaction (a call to such
 *       a function, or a blocking call that left the transactional zone),
 *       the caller starts a new transaction rooted in its own frame:
 *           if (stm_must_restart()) {
 *               if (STM_SETJMP()) { ...restore... }
 *               stm_start_transaction(frame_slots);
 *           }
 *     - or, in a frame that would rather not hold a restart point (a
 *       restart point costs the whole function its registers across calls
 *       and its inlining), the caller *resumes*:
 *           if (stm_tl.in_tx != STM_TX_RUNNING)
 *               stm_resume_inevitable(this_frame_first_slot);
 *       which starts a transaction that is inevitable from its start, so
 *       nothing ever needs to resume there.  Such a *fragment* asks to end
 *       at the next break point, and the next stm_must_restart() (in a
 *       frame with a restart point further up) ends it, so it lasts only
 *       until the code reaches a frame that can restart.  Every frame that
 *       a fragment returns into calls stm_resume_inevitable() (or
 *       stm_fragment_floor()) with its first slot before writing its slots
 *       again: the commit's minor collection scans only from the lowest
 *       such slot up.
 *   The root frame is recognised by its C frame address, which
 *   stm_start_transaction() (a macro) records, so a root frame needs no
 *   shadow-stack slot of its own.  rtrans's generated code does all this
 *   automatically; hand-written C must do the same.  In the GIL build
 *   STM_SETJMP() is 0, stm_is_root_frame() is 0,
 *   and stm_in_transaction() is false only after a blocking call released
 *   the GIL (the caller takes it back with stm_start_transaction() or
 *   stm_resume_inevitable(), which are the same there).
 *
 * Markers.  A marker is a source location pushed on the shadow stack as
 *   two slots: an odd word (STM_MARKER(n), n any 62-bit number chosen by
 *   the pusher) followed by a reference or 0 (for example the interpreted
 *   code object).  Conflict reports name the innermost marker of both the
 *   writer and the reader; generated code is also located by its return
 *   addresses, at no cost while logging is off.
 *
 * Threads.  Any number of threads may register; at most stm_segments()
 *   run transactions in parallel (default: number of CPUs, environment
 *   RTRANS_STM_SEGMENTS, at least 64 supported), the others wait for a
 *   free segment, in turn.
 *
 * Liveness (STM build).  A transaction that another thread needs to end
 *   (it waits for a segment, or committed something this one has not
 *   seen, or waits for this inevitable one) is asked to, once it has run
 *   for about a millisecond: stm_should_break_transaction() becomes true
 *   and the poll word is set, so the next break point commits and the
 *   next stm_safepoint() validates; a loop with polls but no break point
 *   that ignores the request commits inside stm_safepoint() when others
 *   wait, and goes on as an inevitable fragment (stm_tl.in_tx becomes
 *   STM_TX_FRAGMENT, as after a callee's break).  Loops inside one step
 *   (stm_safepoint_in_step) never commit there.
 *
 * Environment.
 *   RTRANS_HEAP_LIMIT=SIZE     old-generation limit (bytes, k/M/G suffix)
 *   RTRANS_NURSERY=SIZE        nursery size per thread
 *   RTRANS_STM_SEGMENTS=N      parallel transactions (STM build)
 *   RTRANS_STM_LOG=FILE        write a binary event log (read it with
 *                              rtrans-stmlog FILE)
 *   RTRANS_STM_STATS=1         print a summary to stderr at exit
 *   RTRANS_GC_STRESS=1         collect at every allocation slow path
 *   RTRANS_STM_ABORT_STRESS=N  abort every Nth commit and first write to
 *                              an old object, once (testing restarts)
 *
 * Limits.  Heap exhaustion, shadow-stack overflow and C-stack exhaustion
 *   end the program with a message naming the limit and exit status 3,
 *   after running the fatal hook (stm_set_fatal_hook) so that program
 *   output is not lost.  Generated code checks the C stack and the shadow
 *   stack itself first and raises RecursionError while there is room.
 *   With a memory-error hook (stm_set_memory_error_hook) heap exhaustion
 *   lends a reserve instead, once, for the program to raise MemoryError;
 *   where that cannot be done, stm_set_out_of_memory_report's text and
 *   status replace the message and exit status 3.
 *   Under an address-space limit (RLIMIT_AS, ulimit -v) the heap limit is
 *   lowered until the heap's reservation fits in half of what is left.
 */
#ifndef RTRANS_STM_H
#define RTRANS_STM_H

#include <setjmp.h>
#include <stdint.h>
#include <stddef.h>

#ifdef RTRANS_STM
#  if defined(__clang__)
#    define RT_GC __attribute__((address_space(256)))
#  else
#    define RT_GC __seg_gs
#  endif
#else
#  define RT_GC
#endif

#define STM_LIKELY(x)   __builtin_expect(!!(x), 1)
#define STM_UNLIKELY(x) __builtin_expect(!!(x), 0)
/* For the barriers' fast paths, which are a load, a test and a branch:
 * gcc stops inlining plain `inline` functions into a function as large as
 * rtpython's dispatch loop, and then each store of a reference paid a call
 * (callgrind: 3 million calls of stm_gc_wb_card on pystone 20000). */
#define STM_ALWAYS_INLINE inline __attribute__((always_inline))

/* ---------------------------------------------------------------- objects */

typedef struct stm_hdr {
    uint32_t tid;     /* type id: index into the type table, immutable */
    uint32_t flags;   /* owned by the runtime (STM_GCFLAG_*) */
} stm_hdr;

typedef stm_hdr RT_GC *stm_ref;

/* Header flags the inline fast paths test.  Others are runtime-private. */
#define STM_GCFLAG_WRITE_BARRIER  0x1u   /* next write must take the slow path */
#define STM_GCFLAG_CARDS          0x2u   /* array with card marking */

/* Type descriptor.  Fixed-size objects have item_size 0.  Var-sized
 * objects (arrays, strings) have an int64_t item count at length_offset,
 * immutable after allocation, and items from items_offset on. */
typedef struct stm_type {
    const char *name;
    uint32_t fixed_size;        /* bytes of a fixed-size object, header included */
    uint32_t item_size;         /* bytes per item, 0 if fixed-size */
    uint32_t length_offset;     /* var-sized: offset of the int64_t item count */
    uint32_t items_offset;      /* var-sized: offset of item 0 */
    uint32_t nrefs;             /* GC references in the fixed part */
    const uint32_t *ref_offsets;
    uint32_t item_nrefs;        /* GC references inside each item */
    const uint32_t *item_ref_offsets;
    uint32_t flags;             /* STM_TYPE_* */
    void (*finalizer)(stm_ref); /* STM_TYPE_FINALIZER: called once, outside
                                   any transaction, after the object died;
                                   must not allocate or touch other objects */
} stm_type;

#define STM_TYPE_IMMUTABLE  0x1u  /* no field or item written after publication */
#define STM_TYPE_CARDS      0x2u  /* large instances use card marking */
#define STM_TYPE_FINALIZER  0x4u  /* has a light finalizer */

#define STM_CARD_ITEMS      128   /* items per card */
/* Types with STM_TYPE_CARDS hold 8-byte items from offset 16 (stm_setup
 * checks): every 16-byte granule from o + 16 on holds two items, whose
 * read marker is that granule's (stm_read_card), and card c starts one,
 * at o + 16 + 1024 c, whose write lock is the card's. */
#define STM_CARD_ITEMS_OFFSET 16

/* Type ids.  The table given to stm_setup() describes tids 0 .. ntypes-1
 * (types[tid]); how that range is split between the support library and
 * the program is theirs to decide (see runtime/lib/rtlib.h).  Tids from
 * STM_TID_RUNTIME_FIRST up are reserved for the runtime's own objects
 * (hashtable entries, queues, ...), so ntypes <= STM_TID_RUNTIME_FIRST. */
#define STM_TID_RUNTIME_FIRST 0xffff0000u

/* Size in bytes of an object of type t with n items (0 for fixed-size). */
size_t stm_object_size(uint32_t tid, int64_t n);

/* ---------------------------------------------------------- thread state */

#define STM_MAX_ABORTS 10
#define STM_MAX_SEGMENTS 255     /* upper bound of stm_segments() */

typedef struct stm_thread_local {
    /* nursery bump allocation: [nursery_current, nursery_end) is free */
    uintptr_t nursery_current;
    uintptr_t nursery_end;
    /* transaction length: stm_should_break_transaction() is true once
       nursery_current passes break_mark (the runtime lowers it to 0 to ask
       for an early break) */
    uintptr_t break_mark;
    /* shadow stack */
    stm_ref *ss_top;
    stm_ref *ss_base;
    stm_ref *ss_limit;
    /* exception state of generated code: GC roots, reset on abort */
    stm_ref exc;
    stm_ref exc_value;
    /* poll: nonzero asks the thread to enter stm_safepoint() soon.
       async: the support library's asynchronous exceptions waiting in
       this thread (rtlib.h: rt_async_pending).  A poll of user code tests
       both with one load of poll_or_async (x86-64: an aligned 8-byte load
       is atomic, and the runtime and the library store their own half). */
    union {
        struct {
            volatile uint32_t poll;
            volatile uint32_t async;
        };
        volatile uint64_t poll_or_async;
    };
    /* STM: read-marker version of the current transaction */
    uint16_t read_version;
    uint8_t in_tx;            /* STM_TX_*: inside a transaction (GIL: holds
                                 the GIL) */
    uint16_t atomic_depth;    /* nesting of stm_enter_atomic() */
    /* restart protocol */
    stm_ref *tx_root_ss;      /* ss_top when the root frame started the tx */
    void *tx_root_frame;      /* the root frame's C frame address */
    jmp_buf tx_jmpbuf;        /* _setjmp buffer of the root frame */
    /* lowest usable C stack address (with a margin for the runtime) */
    char *c_stack_limit;
    /* call depth kept by generated code (its recursion limit); an abort
       restores it to its value at the start of the transaction, since
       the frames it unwinds never return */
    int64_t depth;
    /* STM: the address of the segment view that %gs points to, kept by
       the runtime whenever it sets %gs (stm_addr() adds it) */
    char *view;
    /* runtime-private per-thread state */
    struct stmi_thread *priv;
} stm_thread_local;

/* local-exec: the runtime is linked into executables only (static
 * archives, no shared object), so each access is one %fs-relative
 * instruction instead of a GOT load and an access (a read barrier loads
 * read_version from here; emitted code reads ss_top, exc and in_tx after
 * calls).  Linking it into a shared object fails at link time. */
extern __thread stm_thread_local stm_tl __attribute__((tls_model("local-exec")));

/* ------------------------------------------------------------- lifecycle */

typedef struct stm_config {
    size_t heap_limit;        /* 0: default or RTRANS_HEAP_LIMIT */
    size_t nursery_size;      /* 0: default or RTRANS_NURSERY */
    size_t shadow_stack_slots;/* 0: default (1M slots) */
    int segments;             /* 0: default or RTRANS_STM_SEGMENTS */
    unsigned read_versions;   /* STM: read versions before the markers are
                                 cleared; 0: 65535 (tests use fewer) */
} stm_config;

/* Set up the runtime.  types[] must stay valid for the program's life.
 * The calling thread becomes registered. */
void stm_setup(const stm_type *types, uint32_t ntypes, const stm_config *cfg);
/* Flush logs and statistics; the calling thread must be the last one. */
void stm_teardown(void);

/* Every thread that touches the GC heap registers first. */
void stm_register_thread(void);
void stm_unregister_thread(void);

/* Number of segments (threads running transactions in parallel). */
int stm_segments(void);

/* Roots outside the shadow stack: an array of n references in ordinary
 * memory (C globals).  Writing a reference into such a root is done inside
 * a transaction and needs no barrier on the root itself. */
void stm_register_global_roots(stm_ref *roots, size_t n);
/* The same for roots that only the calling thread writes, and only until
 * its next commit (module constants, written once at start-up): from
 * then on STM minor collections skip them (major collections still trace
 * them), so that a program's thousands of constants do not cost every
 * commit a scan. */
void stm_register_constant_roots(stm_ref *roots, size_t n);

/* Called before the runtime exits on a fatal error, so that the program can
 * flush what it printed. */
void stm_set_fatal_hook(void (*hook)(void));
/* Print "rtrans: <message>" to stderr, run the fatal hook, exit(status). */
__attribute__((noreturn, format(printf, 2, 3)))
void stm_fatal(int status, const char *fmt, ...);

/* Called in the allocating thread when the heap is exhausted (the live
 * heap exceeds the limit after a full collection, or a request does not
 * fit).  Returning nonzero promises that the thread raises MemoryError
 * soon: the heap then lends it a reserve of an eighth of the limit, taken
 * back once a collection finds the heap under the limit again.  Returning
 * 0, or exhausting the reserve, ends the program (exit 3).  The hook must
 * not allocate. */
void stm_set_memory_error_hook(int (*hook)(void));
/* What to print to stderr, and the exit status, when memory runs out where
 * MemoryError cannot be raised (the reserve is lent already, a request
 * is larger than the heap can lend, the runtime's own malloc fails):
 * without it, "rtrans: out of memory ..." and exit 3.  The fatal hook runs
 * after the report. */
void stm_set_out_of_memory_report(const char *report, int status);
/* Ends the program for memory that ran out (that report, or the message
 * and exit 3); for the runtime's and the library's mallocs. */
__attribute__((noreturn, format(printf, 1, 2)))
void stm_out_of_memory(const char *fmt, ...);

/* Bytes the process may still map under RLIMIT_AS (SIZE_MAX: no limit). */
size_t stm_address_space_left(void);

/* ------------------------------------------------------------ allocation */

stm_ref stm_allocate_slowpath(size_t size, uint32_t tid);

/* Allocate a zero-filled object of `size` bytes (header included, a
 * multiple of 8, at least 16) and type tid.  May collect. */
static inline stm_ref stm_allocate(size_t size, uint32_t tid)
{
    uintptr_t p = stm_tl.nursery_current;
    uintptr_t end = p + size;
    if (STM_UNLIKELY(end > stm_tl.nursery_end))
        return stm_allocate_slowpath(size, tid);
    stm_tl.nursery_current = end;
    stm_ref o = (stm_ref)p;
    o->tid = tid;
    return o;
}

/* Allocate a var-sized object of type tid with n items (n >= 0); the item
 * count is stored at the type's length_offset.  May collect. */
stm_ref stm_allocate_var(uint32_t tid, int64_t n);

/* Objects larger than this are allocated outside the nursery (young large
 * objects, never copied by a minor collection). */
#define STM_NURSERY_OBJECT_MAX (8u * 1024u)

/* stm_allocate_var for a caller that knows the type's layout as constants:
 * items of item_size bytes from items_offset (where the fixed part ends,
 * or later), the count at length_offset.  The size is then computed inline
 * instead of from the type table, which cost 4-6% of rtpython's time; the
 * rare large or invalid counts take stm_allocate_var. */
static inline stm_ref stm_allocate_items(uint32_t tid, int64_t n, size_t items_offset,
                                         size_t item_size, size_t length_offset)
{
    if (STM_UNLIKELY((uint64_t)n > (STM_NURSERY_OBJECT_MAX - items_offset) / item_size))
        return stm_allocate_var(tid, n);
    size_t size = (items_offset + (size_t)n * item_size + 7) & ~(size_t)7;
    stm_ref o = stm_allocate(size < 16 ? 16 : size, tid);
    *(int64_t RT_GC *)((char RT_GC *)o + length_offset) = n;
    return o;
}

/* Objects whose type has STM_TYPE_FINALIZER must be allocated with this
 * (fixed-size types) so that the runtime knows them even if they die
 * young.  May collect. */
stm_ref stm_allocate_finalizer(size_t size, uint32_t tid);

/* Identity hash: stable for the object's life, across moves and threads. */
uint64_t stm_id_hash(stm_ref o);

/* A plain pointer to o's memory in the calling thread's view; valid until
 * the next safe point.  For memcpy/memcmp/system calls on object data. */
static inline void *stm_addr(stm_ref o);

/* Run a collection now: minor, or minor then major. */
void stm_collect(int major);

/* Weak references (runtime/weakref.c).  A weak reference holds a target
 * that does not keep it alive and `data`, an ordinary reference for its
 * user (a callback, say).  The target reads as 0 once a major collection
 * found it unreachable in every view; young targets are promoted by minor
 * collections like any object and die at the next major one
 * (stm_collect(1) runs one).  Both fields are immutable: reading them
 * needs no barrier (the collector clears a target with the world stopped,
 * in every view at once).  A cleared weak reference with data != 0 is
 * queued; stm_weakref_next_cleared() takes the oldest (0 when none),
 * making the STM transaction inevitable first so that an abort cannot
 * lose it.  stm_weakrefs_cleared(): targets cleared since start-up. */
stm_ref stm_weakref_new(stm_ref target, stm_ref data);   /* may collect */
stm_ref stm_weakref_get(stm_ref w);
stm_ref stm_weakref_data(stm_ref w);
stm_ref stm_weakref_next_cleared(void);                  /* may collect */
size_t stm_weakrefs_cleared(void);

/* Walk every object and check the heap invariants; abort on a violation
 * with a description.  Debug aid; cost proportional to the heap. */
void stm_check_heap(void);

/* ---------------------------------------------------------- shadow stack */

void stm_shadowstack_overflow(void) __attribute__((noreturn));

/* Reserve n zeroed slots without testing the limit: the caller made sure
 * that they fit (generated code's rtg_stack_check keeps a margin beyond
 * its frame).  memset, not a loop: generated code is compiled with
 * -fno-strict-aliasing and -fno-tree-loop-distribute-patterns, under
 * which GCC kept a loop of four instructions per slot, where a constant
 * memset becomes a few 16-byte stores, and stores of the caller's
 * arguments into the slots right after it make those partly dead. */
static inline stm_ref *stm_push_frame_unchecked(size_t n)
{
    stm_ref *f = stm_tl.ss_top;
    __builtin_memset(f, 0, n * sizeof *f);
    stm_tl.ss_top = f + n;
    return f;
}

/* Reserve n zeroed slots; returns the frame's first slot. */
static inline stm_ref *stm_push_frame(size_t n)
{
    if (STM_UNLIKELY(stm_tl.ss_top + n > stm_tl.ss_limit))
        stm_shadowstack_overflow();
    return stm_push_frame_unchecked(n);
}

static inline void stm_pop_frame(stm_ref *frame)
{
    stm_tl.ss_top = frame;
}

#define STM_MARKER(n)   ((stm_ref)(((uintptr_t)(n) << 1) | 1))
#define STM_IS_MARKER(r) (((uintptr_t)(r)) & 1)
#define STM_MARKER_VALUE(r) (((uintptr_t)(r)) >> 1)

static inline void stm_push_marker(uintptr_t n, stm_ref obj)
{
    stm_ref *f = stm_push_frame(2);
    f[0] = STM_MARKER(n);
    f[1] = obj;
}

/* Markers that carry a label: value (id << STM_MARKER_LABEL_SHIFT) | line.
 * stm_log_marker_label() records the label's text in the RTRANS_STM_LOG
 * file (once per id; nothing when logging is off), so that conflict
 * reports print "label:line".  stm_log_enabled() tells whether to bother. */
#define STM_MARKER_LABEL_SHIFT 32
int stm_log_enabled(void);
void stm_log_marker_label(uint32_t id, const char *text);

static inline void stm_update_marker(uintptr_t n)
{
    stm_tl.ss_top[-2] = STM_MARKER(n);
}

static inline void stm_pop_marker(void)
{
    stm_tl.ss_top -= 2;
}

/* ---------------------------------------------------------- transactions */

/* The thread-local buffer is reused by every transaction of the thread.
 * _setjmp (no signal mask to save), not __builtin_setjmp: a function that
 * contains __builtin_setjmp has a non-local label, and GCC then keeps every
 * value that lives across any call of that function in memory; with a
 * returns-twice call only the values live across the setjmp itself are,
 * and rtrans's restart points leave none (Duhton: 4.7% fewer instructions).
 * Locals changed between the setjmp and an abort are indeterminate after
 * it, as usual. */
#ifdef RTRANS_STM
#  define STM_SETJMP() _setjmp(stm_tl.tx_jmpbuf)
#else
#  define STM_SETJMP() 0
#endif

/* Start a transaction rooted in the calling frame (a macro, so that it
 * records the caller's C frame address: the root frame's identity). */
void stm_start_transaction_at(stm_ref *frame_slots, void *root_frame);
#define stm_start_transaction(frame_slots) \
    stm_start_transaction_at((frame_slots), __builtin_frame_address(0))
void stm_commit_transaction(void);

/* True when the current transaction has run long enough (or was asked to
 * commit soon) and the program is at a point where it may break. */
static inline int stm_should_break_transaction(void);

/* A transaction break is stm_commit_transaction() followed by the start
 * sequence above, in the frame that breaks (which becomes the root).  In
 * the GIL build, stm_commit_transaction() releases the GIL and
 * stm_start_transaction() takes it back, letting waiting threads run. */

/* Restart protocol (see the contract at the top).  stm_tl.in_tx is one
 * of these: */
enum { STM_TX_NONE = 0, STM_TX_RUNNING = 1, STM_TX_FRAGMENT = 2 };

static inline int stm_in_transaction(void)
{
    return stm_tl.in_tx != STM_TX_NONE;
}

/* Without a transaction: start an inevitable one with no restart point (a
 * fragment), waiting for any other inevitable one to end first.  Live
 * references must be on the shadow stack: the GC may run while it waits.
 * In a fragment: stm_fragment_floor(floor).  floor: the first slot of the
 * calling frame (stm_tl.ss_top if it has none).  GIL build:
 * stm_start_transaction(). */
void stm_resume_inevitable(stm_ref *floor);

/* A fragment returned into a frame whose slots start at floor: they may be
 * written in it from now on. */
void stm_fragment_floor(stm_ref *floor);

/* Out of line part of stm_must_restart(): true when no transaction runs,
 * or after committing a fragment (false inside an atomic section, where the
 * fragment goes on: it cannot end there).  live_from: the caller's slots
 * that the fragment may have written (its temporary spill frame: the
 * fragment started in a callee, or lowered its floor below this frame);
 * stm_tl.ss_base if unsure. */
int stm_restart_needed(stm_ref *live_from);

/* True when a frame with a restart point must start a new transaction
 * after a call that may have ended the running one.  It may commit a
 * fragment, so every live reference must be on the shadow stack. */
static inline int stm_must_restart(void)
{
    return STM_UNLIKELY(stm_tl.in_tx != STM_TX_RUNNING)
        && stm_restart_needed(stm_tl.ss_base);
}

/* True in the root frame of the running transaction.  A macro: it compares
 * the calling frame's address with the one recorded at the start (the
 * shadow stack depth would not do: markers move it). */
#ifdef RTRANS_STM
#  define stm_is_root_frame() \
    (STM_UNLIKELY(stm_tl.tx_root_frame == __builtin_frame_address(0)) && stm_tl.in_tx)
#else
#  define stm_is_root_frame() 0
#endif

/* The transaction can no longer abort; at most one is inevitable.  May
 * wait, abort first (if not yet inevitable) and collect. */
void stm_become_inevitable(const char *reason);
int stm_is_inevitable(void);

/* Atomic sections nest; no transaction break happens (breaks are ignored
 * and blocking calls keep the transaction, inevitable) until the outermost
 * section ends. */
void stm_enter_atomic(void);
void stm_leave_atomic(void);
static inline int stm_is_atomic(void) { return stm_tl.atomic_depth != 0; }

/* Lock elision (STM build; docs/runtime.md, "Lock elision").  A library
 * that leaves a free lock unwritten at acquire calls stm_elision_enter():
 * it returns 1 if the running transaction may carry the elided section
 * (STM build, a running transaction that is not a fragment, outside
 * atomic sections), 0 otherwise (GIL build: always 0).  While sections
 * are open, break points commit only on stm_hint_commit_soon() or when
 * the transaction ran 16 times its usual length; another thread's request
 * to end it (the pacer's, a write-lock loser's, a committer's warning)
 * and stm_hint_commit_soon_if_others() wait for the release of the
 * outermost section, up to the second one.  Whatever ends the transaction first (a break, a blocking call, a commit in a returning
 * root frame) calls cancel() first, still inside the transaction: it must
 * write every elided lock as taken, then call stm_elision_leave() once
 * per section.  stm_elision_leave() ends a section (the release of an
 * elided lock).  An abort closes every section (the library learns it
 * from its stm_on_abort callback). */
int stm_elision_enter(void (*cancel)(void));
void stm_elision_leave(void);

/* Ask for the transaction to end at the next break point. */
void stm_hint_commit_soon(void);
/* The same, unless the calling thread is the only one in the
 * transactional zone (STM build): a transaction alone conflicts with
 * nobody, so ending it early would only cost a commit; if another thread
 * shows up, the pacer asks the transaction to end within a millisecond or
 * two.  Inside an elided lock section it is a request like another
 * thread's (it waits for the release, up to the second one).
 * rtrans.hint_commit_soon() is this. */
void stm_hint_commit_soon_if_others(void);

/* Around a wait, outside the transactional zone, for something that
 * another thread's commit publishes (a lock released in a transaction is
 * free only once that transaction commits).  While anyone waits so, the
 * STM build's pacer asks every transaction older than a tick to end, even
 * a thread's alone in the zone, so the wait is bounded by a tick or two
 * of the other thread's work.  stm_commit_waiting() says whether anyone
 * does (a releaser then ends its transaction at the next break point).
 * GIL build: no-ops (a release is seen as soon as the GIL is dropped). */
void stm_commit_wait_begin(void);
void stm_commit_wait_end(void);
int stm_commit_waiting(void);

/* Around a blocking call: commit and leave the transactional zone (other
 * threads may take this thread's segment, the GC may run without us; GIL
 * build: release the GIL).  Afterwards the thread must not touch the heap
 * or its shadow stack until it starts a transaction again with
 * stm_start_transaction() (wrapped in STM_SETJMP as usual), normally in the
 * generated caller, which sees stm_in_transaction() false.  Inside an
 * atomic section it only makes the transaction inevitable and keeps it. */
void stm_leave_transactional_zone(void);

/* Callbacks run once when the current transaction commits, or once if it
 * aborts (then it is forgotten; the retry registers again).  Outside a
 * transaction (GIL build included) on_commit runs at once. */
void stm_on_commit(void (*cb)(void *), void *arg);
void stm_on_abort(void (*cb)(void *), void *arg);
/* A callback run once inside the commit's serial section (STM build: under
 * the commit lock, right after the transaction took its place in the
 * serial order), so that callbacks of different transactions run in
 * commit order.  It must be short: no heap access, no blocking, no
 * transaction calls (the buffered output's hand-over, runtime/lib).  A
 * transaction that registered one publishes even if it wrote nothing (it
 * is then validated at commit, and waits for an inevitable one like a
 * writer).  Dropped if the transaction aborts.  Outside a transaction
 * (GIL build included) it runs at once. */
void stm_on_publish(void (*cb)(void *), void *arg);

/* Registered threads right now (a hint: it may change at once). */
int stm_thread_count(void);

/* Abort the current transaction explicitly (never returns). */
void stm_abort_transaction(void) __attribute__((noreturn));

/* A point where the thread may be stopped for a major collection, and
 * (STM) where it catches up with others' commits.  At a loop's poll it
 * may also end the transaction when others wait for it (the liveness
 * rule above; the GIL build hands the lock over there). */
void stm_safepoint(void);
static inline void stm_safepoint_poll(void)
{
    if (STM_UNLIKELY(stm_tl.poll))
        stm_safepoint();
}
/* The same for a loop inside one step of the program: a library
 * operation (atomic, as CPython's builtins are) or code an interpreter
 * runs between two break points (one bytecode).  It validates and stops
 * for collections, but never ends the transaction: the request waits for
 * the next break point, so the step stays atomic. */
void stm_safepoint_in_step(void);

/* --------------------------------------------------------------- barriers */

void stm_write_slowpath(stm_ref o);
void stm_write_card_slowpath(stm_ref o, int64_t index);

#ifdef RTRANS_STM

/* A load of stm_tl.view, not an asm reading the %gs base: the compiler
 * took such an asm (no inputs, not volatile) for a constant and hoisted it
 * out of loops across stm_safepoint(), where a thread that yields may come
 * back on another segment; array copies in the loop then wrote into the
 * old segment's view, another transaction's
 * (test_addr_follows_segment_move).  A thread-local load is redone after
 * every call that may change it, and needs no FSGSBASE instruction (this
 * machine's HWCAP2 does not advertise it). */
static inline void *stm_addr(stm_ref o)
{
    return stm_tl.view + (uintptr_t)o;
}

/* The read set is an array of 16-bit versions, one per 16 bytes of heap,
 * in each segment: the marker of object o is at (o >> 3) (old objects are
 * 16-byte aligned; an 8-aligned nursery object's marker may overlap its
 * neighbour's, and nursery markers are never checked).  Sixteen bits: the
 * markers are cleared when the version wraps, once every 65535
 * transactions (with 8 bits, every 255 cost a madvise of the markers and
 * page faults to touch them again).  stm_read(0) is harmless (the marker
 * of offset 0 is mapped), so that the passes may hoist a read barrier out
 * of a loop without a null test. */
/* may_alias, as the byte-sized markers were: the compiler then keeps the
 * program's earlier stores (a marker pushed on the shadow stack) before
 * the object's read, which the conflict log's reader trace relies on (its
 * fault handler reads the innermost marker). */
typedef uint16_t __attribute__((may_alias)) stm_read_marker;

static inline void stm_read(stm_ref o)
{
    *(stm_read_marker RT_GC *)((uintptr_t)o >> 3) = stm_tl.read_version;
}

/* An array of a card-marked type has a read marker per 16 bytes of items:
 * the reader of item i marks the granule that holds it (and item i ^ 1),
 * at 2 ((o + 16 + 8 i) >> 4), inside the array, where no object starts.
 * A commit of card c (validation looks at the object's marker and at
 * those of the card's 64 granules) aborts the readers of that card's
 * items and of the whole array only.  An array written whole (a small one
 * always is) publishes only the granules that differ from its committed
 * bytes, and validation looks at those granules' markers (and the
 * object's); a new one, at every granule's.  The item's own
 * granule, not its card's first one, because its marker's address is
 * then a lea and a shift (the store scales by 2), as stm_read's: the
 * card's took two more instructions on every item load (2% of the
 * interpreter's on pystone).  No test of the header. */
static inline void stm_read_card(stm_ref o, int64_t index)
{
    uintptr_t granule = ((uintptr_t)o + STM_CARD_ITEMS_OFFSET + 8 * (uint64_t)index) >> 4;
    *(stm_read_marker RT_GC *)(granule * 2) = stm_tl.read_version;
}

static STM_ALWAYS_INLINE void stm_write(stm_ref o)
{
    if (STM_UNLIKELY(o->flags & STM_GCFLAG_WRITE_BARRIER))
        stm_write_slowpath(o);
}

static STM_ALWAYS_INLINE void stm_write_card(stm_ref o, int64_t index)
{
    if (STM_UNLIKELY(o->flags & (STM_GCFLAG_WRITE_BARRIER | STM_GCFLAG_CARDS)))
        stm_write_card_slowpath(o, index);
}

static inline int stm_should_break_transaction(void)
{
    return stm_tl.nursery_current > stm_tl.break_mark
        && stm_tl.atomic_depth == 0;
}

#define stm_gc_wb(o)          stm_write(o)
#define stm_gc_wb_card(o, i)  stm_write_card((o), (i))

#else /* GIL build */

static inline void *stm_addr(stm_ref o) { return (void *)o; }
static inline void stm_read(stm_ref o) { (void)o; }
static inline void stm_read_card(stm_ref o, int64_t i) { (void)o; (void)i; }
static inline void stm_write(stm_ref o) { (void)o; }
static inline void stm_write_card(stm_ref o, int64_t i) { (void)o; (void)i; }

static STM_ALWAYS_INLINE void stm_gc_wb(stm_ref o)
{
    if (STM_UNLIKELY(o->flags & STM_GCFLAG_WRITE_BARRIER))
        stm_write_slowpath(o);
}

static STM_ALWAYS_INLINE void stm_gc_wb_card(stm_ref o, int64_t index)
{
    if (STM_UNLIKELY(o->flags & (STM_GCFLAG_WRITE_BARRIER | STM_GCFLAG_CARDS)))
        stm_write_card_slowpath(o, index);
}

/* Set by a thread waiting for the GIL once the holder had its time slice. */
extern volatile int stm_gil_yield_requested;

static inline int stm_should_break_transaction(void)
{
    return STM_UNLIKELY(stm_gil_yield_requested) && stm_tl.atomic_depth == 0;
}

#endif

/* ------------------------------------------------ transactional containers */

/* A hash table from uint64_t keys to references whose entries conflict
 * independently: transactions writing different keys do not conflict.  The
 * table object itself is a GC object (type registered by the runtime). */
stm_ref stm_hashtable_create(void);
stm_ref stm_hashtable_get(stm_ref table, uint64_t key);     /* 0 if absent */
void    stm_hashtable_set(stm_ref table, uint64_t key, stm_ref value); /* 0 deletes */
int64_t stm_hashtable_len(stm_ref table);                   /* reads all keys */
/* Fill keys[0..n) with up to n present keys; returns how many exist. */
int64_t stm_hashtable_keys(stm_ref table, uint64_t *keys, int64_t n);

/* An unordered queue: put() never conflicts with other put()s; get() takes
 * some item another committed transaction put (or this one), 0 if none.
 * An aborted get() puts the item back. */
stm_ref stm_queue_create(void);
void    stm_queue_put(stm_ref queue, stm_ref item);
stm_ref stm_queue_get(stm_ref queue);
int64_t stm_queue_len(stm_ref queue);

/* ------------------------------------------------------------ statistics */

typedef struct stm_stats {
    uint64_t commits, aborts, inevitable;
    uint64_t minor_collections, major_collections;
    uint64_t bytes_allocated;
    uint64_t stack_slots_scanned;   /* by minor collections */
    uint64_t yields;                /* STM: transactions ended at a loop's
                                       poll because another thread needed
                                       them to (see docs/runtime.md) */
    uint64_t new_dropped;           /* STM: new objects a commit found dead
                                       and did not publish */
    uint64_t marked_helping;        /* STM: objects marked by threads that
                                       waited for another's major collection */
    uint64_t items_helping;         /* STM: ... and items of its later work
                                       (sweep pieces, new-object lists) */
} stm_stats;

/* Totals of all threads so far. */
void stm_get_stats(stm_stats *out);

#endif /* RTRANS_STM_H */
