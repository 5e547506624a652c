/* rtt.h - helpers shared by the runtime's check suites (tests/runtime/).
 *
 * The suites are written against the public stm.h only and follow the
 * restart protocol like generated code would, so the same GC tests run in
 * the GIL build and in the STM build.  Every test runs in its own forked
 * child (check's default), which calls stm_setup itself. */
#ifndef RTT_H
#define RTT_H

#include <check.h>
#include <stdint.h>

#include "runtime/stm.h"

/* Test types (tids); tid 0 is a reserved entry, as in the support library. */
enum {
    TT_RESERVED,
    TT_NODE,        /* tnode: two references and a value */
    TT_REFARRAY,    /* var-sized array of references, card-marked */
    TT_BYTES,       /* var-sized array of bytes */
    TT_FINAL,       /* fixed-size object with a light finalizer */
    TT_PAIRS,       /* var-sized array of {int64 key; ref value} items */
    TT_COUNTER,     /* tcounter: one int64 (for conflicts) */
    TT_COUNT
};

typedef struct tnode {
    stm_hdr hdr;
    stm_ref next;
    stm_ref other;
    int64_t value;
} tnode;

typedef struct trefarray {
    stm_hdr hdr;
    int64_t length;
    stm_ref items[];
} trefarray;

typedef struct tbytes {
    stm_hdr hdr;
    int64_t length;
    uint8_t items[];
} tbytes;

typedef struct tpair {
    int64_t key;
    stm_ref value;
} tpair;

typedef struct tpairs {
    stm_hdr hdr;
    int64_t length;
    tpair items[];
} tpairs;

typedef struct tfinal {
    stm_hdr hdr;
    int64_t id;
} tfinal;

typedef struct tcounter {
    stm_hdr hdr;
    int64_t value;
} tcounter;

#define NODE(o)   ((tnode RT_GC *)(o))
#define ARR(o)    ((trefarray RT_GC *)(o))
#define BYTES(o)  ((tbytes RT_GC *)(o))
#define PAIRS(o)  ((tpairs RT_GC *)(o))
#define FINAL(o)  ((tfinal RT_GC *)(o))
#define COUNTER(o) ((tcounter RT_GC *)(o))

extern const stm_type rtt_types[TT_COUNT];

/* Finalizer calls so far (TT_FINAL) and the sum of their ids. */
extern volatile int64_t rtt_finalized, rtt_finalized_ids;

/* stm_setup with the test types; cfg may be NULL. */
void rtt_setup(const stm_config *cfg);

/* Start a transaction rooted in the calling frame.  A macro, because the
 * frame that runs STM_SETJMP must be the one that stays alive. */
#define RTT_START(frame)                     \
    do {                                     \
        if (STM_SETJMP()) { /* restarted */ } \
        stm_start_transaction(frame);        \
    } while (0)

/* Start the runtime (cfg may be NULL) and a transaction rooted in a frame
 * `f` of n slots, which the test body then uses; RTT_END closes both.  A
 * pair of statement macros, because `f` must be a local of the test. */
#define RTT_BEGIN(cfg, n)                    \
    rtt_setup(cfg);                          \
    stm_ref *f = stm_push_frame(n);          \
    RTT_START(f)

#define RTT_END()                            \
    stm_commit_transaction();                \
    stm_pop_frame(f);                        \
    stm_teardown()

/* Break the transaction where the caller stands (commit + start). */
#define RTT_BREAK(frame)                     \
    do {                                     \
        stm_commit_transaction();            \
        RTT_START(frame);                    \
    } while (0)

stm_ref rtt_node(int64_t value, stm_ref next);   /* may collect */
/* A list of n nodes with values 0..n-1 (head holds n-1). */
stm_ref rtt_list(int64_t n);                     /* may collect */
/* Checks the list built by rtt_list; returns its length. */
int64_t rtt_list_check(stm_ref head);

/* Run fn(i) on n registered threads and join them. */
void rtt_run_threads(int n, void *(*fn)(void *));

/* Bytes of resident memory of this process (from /proc/self/statm). */
size_t rtt_rss(void);

/* Suites. */
Suite *rtt_gc_suite(void);
Suite *rtt_gil_suite(void);
Suite *rtt_stm_suite(void);
Suite *rtt_stress_suite(void);
Suite *rtt_containers_suite(void);
Suite *rtt_liveness_suite(void);
Suite *rtt_weakref_suite(void);

#endif /* RTT_H */
