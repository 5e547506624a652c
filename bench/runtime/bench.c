/* bench.c - runtime benchmarks, compiled once against each build
 * (runtime-bench-gil, runtime-bench-stm); bench/runtime/run.sh runs both
 * and prints the ratios.
 *
 *   runtime-bench-X micro                 ns per barrier, start+commit, alloc
 *   runtime-bench-X parallel THREADS      allocation-heavy, no sharing
 *   runtime-bench-X shared THREADS        1 transaction in 8 touches a shared object
 *   runtime-bench-X calib THREADS         plain C loops, no runtime: how much
 *                                         parallelism the machine offers now
 *   runtime-bench-X spin THREADS          liveness: THREADS spin on a flag in
 *                                         transactions that allocate nothing;
 *                                         how long the main thread waits for a
 *                                         segment, and the spinners to see its
 *                                         commit (RTRANS_STM_SEGMENTS applies)
 *
 * Each prints "name value" lines; times are the best of several runs so
 * that other processes on the machine disturb them less. */
#include "runtime/stm.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { BT_RESERVED, BT_NODE, BT_ARRAY, BT_COUNT };

typedef struct bnode {
    stm_hdr hdr;
    stm_ref left, right;
    int64_t value;
} bnode;

typedef struct barray {
    stm_hdr hdr;
    int64_t length;
    stm_ref items[];
} barray;

#define NODE(o) ((bnode RT_GC *)(o))
#define ARR(o) ((barray RT_GC *)(o))

static const uint32_t node_refs[] = {8, 16};
static const uint32_t item_ref[] = {0};
static const stm_type types[BT_COUNT] = {
    [BT_RESERVED] = {.name = "reserved"},
    [BT_NODE] = {.name = "node", .fixed_size = sizeof(bnode), .nrefs = 2,
                 .ref_offsets = node_refs},
    [BT_ARRAY] = {.name = "array", .fixed_size = sizeof(barray), .item_size = 8,
                  .length_offset = 8, .items_offset = 16, .item_nrefs = 1,
                  .item_ref_offsets = item_ref},
};

static stm_ref roots[2];

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

#define START(f)                          \
    do {                                  \
        if (STM_SETJMP()) { }             \
        stm_start_transaction(f);         \
    } while (0)

/* Break the transaction where the program allows it. */
#define MAYBE_BREAK(f)                              \
    do {                                            \
        if (stm_should_break_transaction()) {       \
            stm_commit_transaction();               \
            START(f);                               \
        }                                           \
    } while (0)

/* ---------------------------------------------------------------- micro */

#define NOBJ 4096

/* roots[0]: an old array of NOBJ old nodes */
static void make_objects(void)
{
    stm_ref *f = stm_push_frame(1);
    START(f);
    roots[0] = stm_allocate_var(BT_ARRAY, NOBJ);
    for (int i = 0; i < NOBJ; i++) {
        stm_ref n = stm_allocate(sizeof(bnode), BT_NODE);
        NODE(n)->value = i;
        stm_gc_wb(roots[0]);
        ARR(roots[0])->items[i] = n;
    }
    stm_commit_transaction();
    START(f);
    stm_collect(0);
    stm_commit_transaction();
    stm_pop_frame(f);
}

static stm_ref obj(int i)
{
    return ARR(roots[0])->items[i];
}

/* ns per iteration of reading one field of each object, with and without
 * the read barrier (the difference is the barrier's cost). */
static double read_loop(bool barrier, int rounds)
{
    stm_ref *f = stm_push_frame(1);
    START(f);
    stm_ref items[NOBJ];
    for (int i = 0; i < NOBJ; i++)
        items[i] = obj(i);
    int64_t sum = 0;
    double t0 = now_s();
    for (int r = 0; r < rounds; r++)
        for (int i = 0; i < NOBJ; i++) {
            stm_ref o = items[(i * 7 + r) & (NOBJ - 1)];
            if (barrier)
                stm_read(o);
            sum += NODE(o)->value;
            __asm__ volatile("" : "+r"(sum));
        }
    double dt = now_s() - t0;
    stm_commit_transaction();
    stm_pop_frame(f);
    return dt * 1e9 / ((double)rounds * NOBJ) + (sum == 42 ? 1e-9 : 0);
}

/* ns per write: the first write to each object in a transaction (slow
 * path: backup, lock), then the repeated writes (flag test only). */
static void write_costs(int rounds, double *first, double *repeat)
{
    stm_ref *f = stm_push_frame(1);
    stm_ref items[NOBJ];
    double t_first = 0, t_repeat = 0;
    for (int r = 0; r < rounds; r++) {
        START(f);
        for (int i = 0; i < NOBJ; i++)
            items[i] = obj(i);
        double t0 = now_s();
        for (int i = 0; i < NOBJ; i++) {
            stm_write(items[i]);
            NODE(items[i])->value++;
        }
        double t1 = now_s();
        for (int k = 0; k < 8; k++)
            for (int i = 0; i < NOBJ; i++) {
                stm_write(items[i]);
                NODE(items[i])->value++;
            }
        double t2 = now_s();
        stm_commit_transaction();
        t_first += t1 - t0;
        t_repeat += t2 - t1;
    }
    stm_pop_frame(f);
    *first = t_first * 1e9 / ((double)rounds * NOBJ);
    *repeat = t_repeat * 1e9 / ((double)rounds * NOBJ * 8);
}

/* ns per start+commit of an empty transaction, and of one that writes a
 * single old object. */
static double tx_cost(bool write, int n)
{
    stm_ref *f = stm_push_frame(1);
    double t0 = now_s();
    for (int i = 0; i < n; i++) {
        START(f);
        if (write) {
            stm_ref o = obj(i & (NOBJ - 1));
            stm_write(o);
            NODE(o)->value++;
        }
        stm_commit_transaction();
    }
    double dt = now_s() - t0;
    stm_pop_frame(f);
    return dt * 1e9 / n;
}

/* ns per start+commit of a small transaction like an interpreter's: it
 * allocates three objects, links them from a shared old object (so they
 * are published) and adds to a shared counter. */
static double tx_small_cost(int n)
{
    stm_ref *f = stm_push_frame(1);
    double t0 = now_s();
    for (int i = 0; i < n; i++) {
        START(f);
        stm_ref a = stm_allocate(sizeof(bnode), BT_NODE);
        stm_ref b = stm_allocate(sizeof(bnode), BT_NODE);
        stm_ref c = stm_allocate(sizeof(bnode), BT_NODE);
        NODE(a)->left = b;
        NODE(b)->left = c;
        NODE(c)->value = i;
        stm_ref shared = obj(0), counter = obj(1);
        stm_write(shared);
        NODE(shared)->left = a;
        stm_write(counter);
        NODE(counter)->value++;
        stm_commit_transaction();
    }
    double dt = now_s() - t0;
    stm_pop_frame(f);
    return dt * 1e9 / n;
}

/* ns per allocation of a 32-byte object, minor collections included. */
static double alloc_cost(int n)
{
    stm_ref *f = stm_push_frame(2);
    START(f);
    double t0 = now_s();
    for (int i = 0; i < n; i++) {
        stm_ref o = stm_allocate(sizeof(bnode), BT_NODE);
        NODE(o)->value = i;
        if ((i & 1023) == 0)
            f[1] = o;                    /* a few survivors */
        MAYBE_BREAK(f);
    }
    double dt = now_s() - t0;
    stm_commit_transaction();
    stm_pop_frame(f);
    return dt * 1e9 / n;
}

static double best(double (*fn)(void), int times)
{
    double b = 1e30;
    for (int i = 0; i < times; i++) {
        double v = fn();
        if (v < b)
            b = v;
    }
    return b;
}

static double read_with(void) { return read_loop(true, 400); }
static double read_without(void) { return read_loop(false, 400); }
static double tx_empty(void) { return tx_cost(false, 200000); }
static double tx_write(void) { return tx_cost(true, 200000); }
static double tx_small(void) { return tx_small_cost(200000); }
static double alloc_32(void) { return alloc_cost(4000000); }

static void micro(void)
{
    make_objects();
    double rw = best(read_with, 5), ro = best(read_without, 5);
    printf("read_ns %.3f\n", rw);
    printf("read_nobarrier_ns %.3f\n", ro);
    printf("read_barrier_ns %.3f\n", rw > ro ? rw - ro : 0.0);
    double first = 1e30, repeat = 1e30;
    for (int i = 0; i < 5; i++) {
        double a, b;
        write_costs(20, &a, &b);
        if (a < first)
            first = a;
        if (b < repeat)
            repeat = b;
    }
    printf("write_first_ns %.3f\n", first);
    printf("write_repeat_ns %.3f\n", repeat);
    printf("tx_empty_ns %.3f\n", best(tx_empty, 3));
    printf("tx_write_ns %.3f\n", best(tx_write, 3));
    printf("tx_small_ns %.3f\n", best(tx_small, 3));
    printf("alloc_ns %.3f\n", best(alloc_32, 3));
}

/* -------------------------------------------------------------- parallel */

static int par_iterations;
static volatile int64_t sink;
static double cpu_total;                 /* CPU seconds of all workers */
static pthread_mutex_t cpu_lock = PTHREAD_MUTEX_INITIALIZER;

static double thread_cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void add_cpu(double s)
{
    pthread_mutex_lock(&cpu_lock);
    cpu_total += s;
    pthread_mutex_unlock(&cpu_lock);
}

static stm_ref tree(int depth)
{
    if (depth == 0)
        return stm_allocate(sizeof(bnode), BT_NODE);
    stm_ref *f = stm_push_frame(2);
    f[0] = tree(depth - 1);
    f[1] = tree(depth - 1);
    stm_ref n = stm_allocate(sizeof(bnode), BT_NODE);
    NODE(n)->left = f[0];
    NODE(n)->right = f[1];
    NODE(n)->value = depth;
    stm_pop_frame(f);
    return n;
}

static int64_t check_tree(stm_ref n)
{
    if (!NODE(n)->left)
        return 1;
    return 1 + check_tree(NODE(n)->left) + check_tree(NODE(n)->right);
}

static void *parallel_worker(void *arg)
{
    (void)arg;
    /* volatile: they change between the restart point and an abort */
    volatile double c0 = thread_cpu_s();
    stm_register_thread();
    stm_ref *f = stm_push_frame(2);
    START(f);
    volatile int64_t total = 0;
    for (volatile int i = 0; i < par_iterations; i++) {
        f[1] = tree(9);
        total += check_tree(f[1]);
        f[1] = 0;
        MAYBE_BREAK(f);
    }
    sink += total;
    stm_commit_transaction();
    stm_pop_frame(f);
    stm_unregister_thread();
    add_cpu(thread_cpu_s() - c0);
    return NULL;
}

/* ---------------------------------------------------------------- shared */

static int shared_iterations;

static void *shared_worker(void *arg)
{
    (void)arg;
    double c0 = thread_cpu_s();
    stm_register_thread();
    stm_ref *f = stm_push_frame(2);
    for (int i = 0; i < shared_iterations; i++) {
        START(f);
        f[1] = tree(5);                  /* private work */
        int64_t v = check_tree(f[1]);
        if (i % 8 == 0) {                /* 1 in 8 touches the shared object */
            stm_ref o = roots[1];
            stm_read(o);
            stm_write(o);
            NODE(o)->value += v;
        }
        f[1] = 0;
        stm_commit_transaction();
    }
    stm_pop_frame(f);
    stm_unregister_thread();
    add_cpu(thread_cpu_s() - c0);
    return NULL;
}

/* Plain C work of about the same length, without the runtime. */
static void *calib_worker(void *arg)
{
    (void)arg;
    double c0 = thread_cpu_s();
    uint64_t x = 1;
    for (long i = 0; i < 150000000; i++)
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    sink += (int64_t)x;
    add_cpu(thread_cpu_s() - c0);
    return NULL;
}

static int bench_runs(void)
{
    const char *s = getenv("BENCH_RUNS");
    int n = s ? atoi(s) : 5;
    return n < 1 ? 1 : n;
}

static double run_threads(int n, void *(*fn)(void *))
{
    pthread_t ts[64];
    double t0 = now_s();
    for (int i = 0; i < n; i++)
        pthread_create(&ts[i], NULL, fn, NULL);
    for (int i = 0; i < n; i++)
        pthread_join(ts[i], NULL);
    return now_s() - t0;
}

static void threaded(const char *what, int n)
{
    stm_ref *f = stm_push_frame(1);
    START(f);
    roots[1] = stm_allocate(sizeof(bnode), BT_NODE);
    stm_commit_transaction();
    stm_pop_frame(f);
    bool par = strcmp(what, "parallel") == 0;
    bool calib = strcmp(what, "calib") == 0;
    /* the same work per thread: the ratio of throughputs is the speedup */
    par_iterations = 100000;
    shared_iterations = (int)(getenv("BENCH_SHARED_ITER") ? atoi(getenv("BENCH_SHARED_ITER")) : 400000);
    stm_unregister_thread();
    double b = 1e30, cpu = 1e30;
    stm_stats before, after;
    stm_get_stats(&before);
    for (int r = 0; r < bench_runs(); r++) {
        cpu_total = 0;
        double t = run_threads(n, calib ? calib_worker
                                  : par ? parallel_worker : shared_worker);
        if (t < b)
            b = t;
        if (cpu_total < cpu)
            cpu = cpu_total;
    }
    stm_register_thread();
    stm_get_stats(&after);
    printf("%s_threads %d\n", what, n);
    printf("%s_seconds %.4f\n", what, b);
    printf("%s_throughput %.1f\n", what, n / b);
    printf("%s_cpu_seconds %.4f\n", what, cpu);
    printf("%s_commits %llu\n", what, (unsigned long long)(after.commits - before.commits));
    printf("%s_aborts %llu\n", what, (unsigned long long)(after.aborts - before.aborts));
}

/* ------------------------------------------------------------------ spin */

static volatile int spin_started;
static double spin_commit_at, spin_worst;
static pthread_mutex_t spin_lock = PTHREAD_MUTEX_INITIALIZER;

/* Spins (a break point every 16 iterations, a poll at each, as generated
 * code has) until roots[1]'s value is set; notes how long after the
 * commit it saw it. */
static void *spin_worker(void *arg)
{
    (void)arg;
    stm_register_thread();
    stm_ref *f = stm_push_frame(1);
    volatile bool counted = false;
    volatile unsigned n = 0;
    START(f);
    if (!counted) {
        counted = true;
        __atomic_add_fetch(&spin_started, 1, __ATOMIC_SEQ_CST);
    }
    for (;; n++) {
        stm_safepoint_poll();
        if (n % 16 != 0)
            continue;
        MAYBE_BREAK(f);
        stm_read(roots[1]);
        if (NODE(roots[1])->value)
            break;
    }
    double d = now_s() - spin_commit_at;
    stm_commit_transaction();
    stm_pop_frame(f);
    stm_unregister_thread();
    pthread_mutex_lock(&spin_lock);
    if (d > spin_worst)
        spin_worst = d;
    pthread_mutex_unlock(&spin_lock);
    return NULL;
}

/* One round: returns the main thread's wait for a segment (s). */
static double spin_round(int n)
{
    stm_ref *f = stm_push_frame(1);
    START(f);
    roots[1] = stm_allocate(sizeof(bnode), BT_NODE);
    stm_commit_transaction();
    spin_started = 0;
    spin_worst = 0;
    spin_commit_at = 1e30;
    pthread_t ts[64];
    for (int i = 0; i < n; i++)
        pthread_create(&ts[i], NULL, spin_worker, NULL);
    while (spin_started < n)
        usleep(1000);
    usleep(10000);
    double t0 = now_s();
    START(f);
    double waited = now_s() - t0;
    stm_write(roots[1]);
    NODE(roots[1])->value = 1;
    spin_commit_at = now_s();
    stm_commit_transaction();
    stm_pop_frame(f);
    for (int i = 0; i < n; i++)
        pthread_join(ts[i], NULL);
    return waited;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void spin(int n)
{
    enum { ROUNDS = 21 };
    double wait[ROUNDS], seen[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
        wait[r] = spin_round(n);
        seen[r] = spin_worst;
    }
    qsort(wait, ROUNDS, sizeof *wait, cmp_double);
    qsort(seen, ROUNDS, sizeof *seen, cmp_double);
    printf("spin_threads %d\nspin_segments %d\n", n, stm_segments());
    printf("spin_wait_ms_median %.3f\nspin_wait_ms_max %.3f\n",
           wait[ROUNDS / 2] * 1e3, wait[ROUNDS - 1] * 1e3);
    printf("spin_seen_ms_median %.3f\nspin_seen_ms_max %.3f\n",
           seen[ROUNDS / 2] * 1e3, seen[ROUNDS - 1] * 1e3);
}

int main(int argc, char **argv)
{
    if (argc < 2 || (strcmp(argv[1], "micro") && argc < 3)) {
        fprintf(stderr, "usage: %s micro | parallel N | shared N | calib N | spin N\n",
                argv[0]);
        return 64;
    }
    stm_config cfg = {0};
    stm_setup(types, BT_COUNT, &cfg);
    stm_register_global_roots(roots, 2);
    if (!strcmp(argv[1], "micro"))
        micro();
    else if (!strcmp(argv[1], "tx")) {          /* for profiling */
        make_objects();
        printf("tx_small_ns %.3f\n", tx_small_cost(atoi(argv[2])));
    }
    else if (!strcmp(argv[1], "spin"))
        spin(atoi(argv[2]));
    else
        threaded(argv[1], atoi(argv[2]));
    stm_teardown();
    return 0;
}
