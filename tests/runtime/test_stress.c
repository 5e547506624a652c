/* test_stress.c - randomized multi-threaded tests of serializability (STM
 * build), bounded by iteration counts.
 *
 * Bank: transfers between accounts; some transactions audit the total and
 * assert it inside the transaction (a transaction that saw a state no
 * serial order produces would fail there), and the total is checked at
 * the end.  History: every transaction reads and writes versioned
 * registers and records what it saw; afterwards the recorded versions must
 * form one chain per register (no lost update) and the precedence graph
 * (write->read, write->write, read->next write) must be acyclic. */
#include "tests/runtime/rtt.h"

#include <pthread.h>
#include <sched.h>
#include <stdbool.h>
#include <stdlib.h>

static stm_ref roots[2];         /* 0: array of accounts/registers */

static int64_t get(stm_ref o)
{
    stm_read(o);
    return COUNTER(o)->value;
}

static void set(stm_ref o, int64_t v)
{
    stm_write(o);
    COUNTER(o)->value = v;
}

static stm_ref item(int64_t i)
{
    stm_read(roots[0]);
    return ARR(roots[0])->items[i];
}

static void make_counters(int n, int64_t value)
{
    stm_register_global_roots(roots, 2);
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    roots[0] = stm_allocate_var(TT_REFARRAY, n);
    for (int i = 0; i < n; i++) {
        stm_ref c = stm_allocate(sizeof(tcounter), TT_COUNTER);
        COUNTER(c)->value = value;
        stm_write_card(roots[0], i);
        ARR(roots[0])->items[i] = c;
    }
    stm_commit_transaction();
    stm_pop_frame(f);
}

/* ------------------------------------------------------------------ bank */

#define ACCOUNTS 16
#define START_BALANCE 1000

static int bank_iterations;
static volatile int audit_failures;

static int64_t audit(void)
{
    int64_t total = 0;
    for (int i = 0; i < ACCOUNTS; i++)
        total += get(item(i));
    return total;
}

static void *bank_thread(void *arg)
{
    unsigned seed = (unsigned)(uintptr_t)arg * 7919u + 1;
    stm_ref *f = stm_push_frame(2);
    for (int n = 0; n < bank_iterations; n++) {
        unsigned r = rand_r(&seed);
        RTT_START(f);
        if (r % 10 == 0) {
            if (audit() != (int64_t)ACCOUNTS * START_BALANCE)
                audit_failures++;
        } else {
            int a = (int)(r / 10 % ACCOUNTS), b = (int)(r / 480 % ACCOUNTS);
            int64_t amount = (int64_t)(r / 23040 % 50);
            stm_ref x = item(a), y = item(b);
            if (a != b && get(x) >= amount) {
                set(x, get(x) - amount);
                if (r % 8 == 1)
                    sched_yield();       /* let another thread interleave */
                set(y, get(y) + amount);
            }
        }
        f[1] = rtt_list(r % 40);             /* garbage, and minor GCs */
        if (r % 997 == 0)
            stm_collect(1);
        stm_commit_transaction();
    }
    stm_pop_frame(f);
    return NULL;
}

/* One run; returns its abort count.  Serializability is checked every
 * time; whether the threads overlapped at all depends on the scheduler. */
static uint64_t bank_run_once(int nsegs, int nthreads, int iterations)
{
    stm_config cfg = {.segments = nsegs, .nursery_size = 256 * 1024};
    rtt_setup(&cfg);
    make_counters(ACCOUNTS, START_BALANCE);
    bank_iterations = iterations;
    audit_failures = 0;
    stm_unregister_thread();
    rtt_run_threads(nthreads, bank_thread);
    stm_register_thread();
    ck_assert_int_eq(audit_failures, 0);
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    ck_assert_int_eq(audit(), (int64_t)ACCOUNTS * START_BALANCE);
    for (int i = 0; i < ACCOUNTS; i++)
        ck_assert_int_ge(get(item(i)), 0);
    stm_check_heap();
    stm_commit_transaction();
    stm_pop_frame(f);
    stm_stats st;
    stm_get_stats(&st);
    ck_assert_uint_ge(st.commits, (uint64_t)nthreads * iterations);
    stm_teardown();
    return st.aborts;
}

/* On a loaded machine two threads may happen never to overlap in one run,
 * so a run without any conflict is repeated a few times before the test
 * says that conflicts were not exercised. */
static void run_bank(int nsegs, int nthreads, int iterations)
{
    uint64_t aborts = 0;
    for (int run = 0; run < 5 && aborts == 0; run++)
        aborts = bank_run_once(nsegs, nthreads, iterations);
    ck_assert_uint_gt(aborts, 0);
}

START_TEST(test_bank_two_threads)
{
    run_bank(2, 2, 3000);
}
END_TEST

START_TEST(test_bank_more_threads_than_segments)
{
    run_bank(2, 6, 1000);
}
END_TEST

START_TEST(test_bank_64_threads)
{
    run_bank(4, 64, 100);
}
END_TEST

/* --------------------------------------------------------------- history */

#define REGISTERS 6
#define MAX_OPS 5

typedef struct op {
    int reg;
    int64_t read;                /* version seen */
    int64_t wrote;               /* new version, or 0 for a read only */
} op;

typedef struct txrec {
    int nops;
    op ops[MAX_OPS];
} txrec;

static txrec *history;
static size_t nhistory, caphistory;
static pthread_mutex_t history_lock = PTHREAD_MUTEX_INITIALIZER;
static int history_iterations;

static void record(const txrec *r)
{
    pthread_mutex_lock(&history_lock);
    if (nhistory == caphistory) {
        caphistory = caphistory ? caphistory * 2 : 1024;
        history = realloc(history, caphistory * sizeof *history);
    }
    history[nhistory++] = *r;
    pthread_mutex_unlock(&history_lock);
}

static void *history_thread(void *arg)
{
    int64_t id = (int64_t)(uintptr_t)arg;
    unsigned seed = (unsigned)id * 104729u + 3;
    stm_ref *f = stm_push_frame(1);
    for (int n = 0; n < history_iterations; n++) {
        unsigned r = rand_r(&seed);
        txrec rec;
        RTT_START(f);
        rec.nops = 0;
        int nreads = 1 + (int)(r % 3), nwrites = (int)(r / 3 % 3);
        unsigned used = 0;
        for (int k = 0; k < nreads + nwrites; k++) {
            int reg = (int)((r >> (k * 4 + 4)) % REGISTERS);
            if (used & (1u << reg))
                continue;
            used |= 1u << reg;
            stm_ref o = item(reg);
            op *p = &rec.ops[rec.nops++];
            p->reg = reg;
            p->read = get(o);
            p->wrote = 0;
            if (k >= nreads) {
                p->wrote = (id + 1) << 40 | (int64_t)(n + 1) << 4 | k;
                set(o, p->wrote);
            }
        }
        if (r % 5 == 0)
            (void)rtt_list(20);
        if (r % 4 == 0)
            sched_yield();
        stm_commit_transaction();
        record(&rec);
    }
    stm_pop_frame(f);
    return NULL;
}

typedef struct vinfo {
    int64_t version;
    int reg;
    size_t writer;               /* tx index, or SIZE_MAX for the initial 0 */
    size_t next_writer;          /* tx that overwrote it, or SIZE_MAX */
} vinfo;

static vinfo *versions;
static size_t nversions;

static vinfo *find_version(int64_t v)
{
    size_t lo = 0, hi = nversions;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (versions[mid].version < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < nversions && versions[lo].version == v ? &versions[lo] : NULL;
}

static int cmp_version(const void *a, const void *b)
{
    int64_t x = ((const vinfo *)a)->version, y = ((const vinfo *)b)->version;
    return x < y ? -1 : x > y;
}

static void index_versions(void)
{
    nversions = 0;
    versions = malloc((nhistory * MAX_OPS + 1) * sizeof *versions);
    for (size_t h = 0; h < nhistory; h++)
        for (int k = 0; k < history[h].nops; k++)
            if (history[h].ops[k].wrote)
                versions[nversions++] = (vinfo){history[h].ops[k].wrote,
                                                history[h].ops[k].reg, h, SIZE_MAX};
    qsort(versions, nversions, sizeof *versions, cmp_version);
}

typedef struct graph {
    size_t n;
    size_t *indeg;
    size_t **adj;
    size_t *nadj, *capadj;
} graph;

static void add_edge(graph *g, size_t from, size_t to)
{
    if (from == to || from == SIZE_MAX || to == SIZE_MAX)
        return;
    if (g->nadj[from] == g->capadj[from]) {
        g->capadj[from] = g->capadj[from] ? g->capadj[from] * 2 : 4;
        g->adj[from] = realloc(g->adj[from], g->capadj[from] * sizeof(size_t));
    }
    g->adj[from][g->nadj[from]++] = to;
    g->indeg[to]++;
}

/* Links every version to the transaction that overwrote it; a version
 * overwritten twice is a lost update. */
static size_t *initial_next;    /* per register: first writer after 0 */

static void chain_versions(void)
{
    initial_next = malloc(REGISTERS * sizeof *initial_next);
    for (int i = 0; i < REGISTERS; i++)
        initial_next[i] = SIZE_MAX;
    for (size_t h = 0; h < nhistory; h++) {
        for (int k = 0; k < history[h].nops; k++) {
            op *p = &history[h].ops[k];
            if (!p->wrote)
                continue;
            size_t *slot;
            if (p->read == 0) {
                slot = &initial_next[p->reg];
            } else {
                vinfo *v = find_version(p->read);
                ck_assert_msg(v != NULL, "read a version nobody committed");
                ck_assert_int_eq(v->reg, p->reg);
                slot = &v->next_writer;
            }
            ck_assert_msg(*slot == SIZE_MAX, "lost update on register %d", p->reg);
            *slot = h;
        }
    }
}

static void build_edges(graph *g)
{
    for (size_t h = 0; h < nhistory; h++) {
        for (int k = 0; k < history[h].nops; k++) {
            op *p = &history[h].ops[k];
            size_t writer = SIZE_MAX, next;
            if (p->read == 0) {
                next = initial_next[p->reg];
            } else {
                vinfo *v = find_version(p->read);
                writer = v->writer;
                next = v->next_writer;
            }
            add_edge(g, writer, h);          /* read (or overwrite) after write */
            add_edge(g, h, next);            /* before whoever overwrote it */
        }
    }
}

static bool acyclic(graph *g)
{
    size_t *stack = malloc(g->n * sizeof *stack), top = 0, done = 0;
    for (size_t i = 0; i < g->n; i++)
        if (g->indeg[i] == 0)
            stack[top++] = i;
    while (top) {
        size_t x = stack[--top];
        done++;
        for (size_t e = 0; e < g->nadj[x]; e++)
            if (--g->indeg[g->adj[x][e]] == 0)
                stack[top++] = g->adj[x][e];
    }
    free(stack);
    return done == g->n;
}

/* Each register ends at the last version of its chain. */
static void check_final(const int64_t *final)
{
    for (int i = 0; i < REGISTERS; i++) {
        if (final[i] == 0) {
            ck_assert_msg(initial_next[i] == SIZE_MAX, "register %d lost its writes", i);
            continue;
        }
        vinfo *v = find_version(final[i]);
        ck_assert_msg(v && v->next_writer == SIZE_MAX,
                      "register %d does not end at its last version", i);
    }
}

static void check_history(const int64_t *final)
{
    index_versions();
    chain_versions();
    graph g = {.n = nhistory};
    g.indeg = calloc(nhistory, sizeof(size_t));
    g.adj = calloc(nhistory, sizeof(size_t *));
    g.nadj = calloc(nhistory, sizeof(size_t));
    g.capadj = calloc(nhistory, sizeof(size_t));
    build_edges(&g);
    ck_assert_msg(acyclic(&g), "the precedence graph has a cycle: not serializable");
    check_final(final);
    for (size_t i = 0; i < nhistory; i++)
        free(g.adj[i]);
    free(g.indeg);
    free(g.adj);
    free(g.nadj);
    free(g.capadj);
    free(versions);
    free(initial_next);
}

static void run_history(int nsegs, int nthreads, int iterations)
{
    stm_config cfg = {.segments = nsegs, .nursery_size = 128 * 1024};
    rtt_setup(&cfg);
    make_counters(REGISTERS, 0);
    history_iterations = iterations;
    nhistory = 0;
    stm_unregister_thread();
    rtt_run_threads(nthreads, history_thread);
    stm_register_thread();
    ck_assert_uint_eq(nhistory, (size_t)nthreads * iterations);
    int64_t final[REGISTERS];
    stm_ref *f = stm_push_frame(1);
    RTT_START(f);
    for (int i = 0; i < REGISTERS; i++)
        final[i] = get(item(i));
    stm_commit_transaction();
    stm_pop_frame(f);
    check_history(final);
    stm_stats st;
    stm_get_stats(&st);
    ck_assert_uint_gt(st.aborts, 0);
    stm_teardown();
}

START_TEST(test_history_serializable)
{
    run_history(2, 3, 3000);
}
END_TEST

START_TEST(test_history_serializable_many_threads)
{
    run_history(3, 12, 400);
}
END_TEST

Suite *rtt_stress_suite(void)
{
    Suite *s = suite_create("stress");
    TCase *tc = tcase_create("stress");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_bank_two_threads);
    tcase_add_test(tc, test_bank_more_threads_than_segments);
    tcase_add_test(tc, test_bank_64_threads);
    tcase_add_test(tc, test_history_serializable);
    tcase_add_test(tc, test_history_serializable_many_threads);
    suite_add_tcase(s, tc);
    return s;
}
