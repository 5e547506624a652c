/* rtt_util.c - test types and helpers for the runtime suites. */
#include "tests/runtime/rtt.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

volatile int64_t rtt_finalized, rtt_finalized_ids;

static void final_fn(stm_ref o)
{
    rtt_finalized++;
    rtt_finalized_ids += FINAL(o)->id;
}

static const uint32_t node_refs[] = {8, 16};
static const uint32_t one_ref_at_0[] = {0};
static const uint32_t pair_refs[] = {8};

const stm_type rtt_types[TT_COUNT] = {
    [TT_RESERVED] = {.name = "reserved"},
    [TT_NODE] = {.name = "node", .fixed_size = sizeof(tnode), .nrefs = 2,
                 .ref_offsets = node_refs},
    [TT_REFARRAY] = {.name = "refarray", .fixed_size = sizeof(trefarray),
                     .item_size = 8, .length_offset = 8, .items_offset = 16,
                     .item_nrefs = 1, .item_ref_offsets = one_ref_at_0,
                     .flags = STM_TYPE_CARDS},
    [TT_BYTES] = {.name = "bytes", .fixed_size = sizeof(tbytes), .item_size = 1,
                  .length_offset = 8, .items_offset = 16},
    [TT_FINAL] = {.name = "final", .fixed_size = sizeof(tfinal),
                  .flags = STM_TYPE_FINALIZER, .finalizer = final_fn},
    [TT_PAIRS] = {.name = "pairs", .fixed_size = sizeof(tpairs),
                  .item_size = sizeof(tpair), .length_offset = 8,
                  .items_offset = 16, .item_nrefs = 1,
                  .item_ref_offsets = pair_refs},
    [TT_COUNTER] = {.name = "counter", .fixed_size = sizeof(tcounter)},
};

void rtt_setup(const stm_config *cfg)
{
    stm_setup(rtt_types, TT_COUNT, cfg);
}

stm_ref rtt_node(int64_t value, stm_ref next)
{
    stm_ref *f = stm_push_frame(1);
    f[0] = next;
    stm_ref o = stm_allocate(sizeof(tnode), TT_NODE);
    NODE(o)->value = value;
    NODE(o)->next = f[0];
    stm_pop_frame(f);
    return o;
}

stm_ref rtt_list(int64_t n)
{
    stm_ref *f = stm_push_frame(1);
    for (int64_t i = 0; i < n; i++)
        f[0] = rtt_node(i, f[0]);
    stm_ref head = f[0];
    stm_pop_frame(f);
    return head;
}

int64_t rtt_list_check(stm_ref head)
{
    int64_t n = 0;
    int64_t expect = -1;
    for (stm_ref o = head; o; o = NODE(o)->next) {
        stm_read(o);
        if (expect >= 0)
            ck_assert_int_eq(NODE(o)->value, expect);
        expect = NODE(o)->value - 1;
        n++;
    }
    ck_assert_int_eq(expect, -1);
    return n;
}

typedef struct thread_arg {
    void *(*fn)(void *);
    intptr_t index;
} thread_arg;

static void *thread_main(void *p)
{
    thread_arg *a = p;
    stm_register_thread();
    void *r = a->fn((void *)a->index);
    stm_unregister_thread();
    return r;
}

void rtt_run_threads(int n, void *(*fn)(void *))
{
    pthread_t *ts = calloc((size_t)n, sizeof *ts);
    thread_arg *args = calloc((size_t)n, sizeof *args);
    for (int i = 0; i < n; i++) {
        args[i] = (thread_arg){fn, i};
        ck_assert_int_eq(pthread_create(&ts[i], NULL, thread_main, &args[i]), 0);
    }
    for (int i = 0; i < n; i++)
        pthread_join(ts[i], NULL);
    free(ts);
    free(args);
}

size_t rtt_rss(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long size = 0, rss = 0;
    if (f) {
        if (fscanf(f, "%lu %lu", &size, &rss) != 2)
            rss = 0;
        fclose(f);
    }
    return (size_t)rss * (size_t)sysconf(_SC_PAGESIZE);
}
