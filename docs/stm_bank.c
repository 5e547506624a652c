/* stm_bank.c - the rtrans runtime used from C by hand, without the
 * translator, the way an interpreter written in C would use it (as Duhton
 * used stmgc).  The contract it follows is at the top of rtrans/stm.h.
 *
 * Build it against either build of the runtime (after `make install`):
 *
 *   cc stm_bank.c $(pkg-config --cflags --libs rtrans-stm) -o bank-stm
 *   cc stm_bank.c $(pkg-config --cflags --libs rtrans-gil) -o bank-gil
 *
 * THREADS threads each make TRANSFERS transfers between ACCOUNTS shared
 * accounts, one transaction per transfer, and remember each transfer in a
 * list of their own in the GC heap.  In the STM build the threads run in
 * parallel: a transfer that touched an account another thread changed
 * meanwhile aborts and runs again, invisibly.  Transfers only add and
 * subtract, so the final balances do not depend on the order: both builds
 * print the same thing, and the program checks it against a plain C
 * replay.  RTRANS_STM_STATS=1 shows the commits and the aborts.
 */
#include <rtrans/stm.h>

#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

enum { THREADS = 2, TRANSFERS = 20000, ACCOUNTS = 8, START = 1000 };

/* ---------------------------------------------- objects and their types */

/* Every object starts with stm_hdr.  References to objects (stm_ref) are
 * dereferenced through RT_GC pointers: in the STM build they are offsets
 * in the running transaction's own view of the heap. */
typedef struct account {
    stm_hdr hdr;
    int64_t balance;
} account;

typedef struct bank {              /* var-sized: an array of accounts */
    stm_hdr hdr;
    int64_t length;
    stm_ref items[];
} bank;

typedef struct entry {             /* one transfer in a thread's list */
    stm_hdr hdr;
    stm_ref next;
    int64_t amount;
} entry;

#define ACCOUNT(o) ((account RT_GC *)(o))
#define BANK(o) ((bank RT_GC *)(o))
#define ENTRY(o) ((entry RT_GC *)(o))

/* The type table: sizes, and where the references are, so that the GC
 * can trace and move objects.  Entry 0 is left empty (never allocated). */
enum { T_NONE, T_ACCOUNT, T_BANK, T_ENTRY, NTYPES };
static const uint32_t bank_item_refs[] = { 0 };
static const uint32_t entry_refs[] = { offsetof(entry, next) };
static const stm_type types[NTYPES] = {
    [T_ACCOUNT] = { .name = "account", .fixed_size = sizeof(account) },
    [T_BANK] = { .name = "bank", .fixed_size = sizeof(bank), .item_size = sizeof(stm_ref),
                 .length_offset = offsetof(bank, length), .items_offset = offsetof(bank, items),
                 .item_nrefs = 1, .item_ref_offsets = bank_item_refs },
    [T_ENTRY] = { .name = "entry", .fixed_size = sizeof(entry), .nrefs = 1,
                  .ref_offsets = entry_refs },
};

/* A global root: the collector updates it when the bank moves. */
static stm_ref the_bank;

/* ----------------------------------------------------------- transfers */

static uint64_t next_random(uint64_t *seed)
{
    *seed = *seed * 6364136223846793005u + 1442695040888963407u;
    return *seed >> 16;
}

static void pick(uint64_t *seed, int *from, int *to, int64_t *amount)
{
    uint64_t r = next_random(seed);
    *from = (int)(r % ACCOUNTS);
    *to = (int)((r >> 8) % ACCOUNTS);
    *amount = 1 + (int64_t)((r >> 16) % 100);
}

/* One transfer as one transaction.  history: this thread's list, in a
 * shadow-stack slot, where the GC finds it and updates it when it moves,
 * and from where an abort restores it. */
static void transfer(stm_ref *history, int from, int to, int64_t amount)
{
    /* The restart point: an abort comes back here and runs the transaction
     * again.  Nothing to restore: from, to and amount were not changed
     * since, and the slots are restored by the runtime. */
    if (STM_SETJMP()) { }
    stm_start_transaction(history);
    /* The bank's items are never written after it was built: reading them
     * needs no barrier.  The balances are written: stm_write (which
     * implies stm_read) before reading and writing them. */
    stm_ref src = BANK(the_bank)->items[from];
    stm_ref dst = BANK(the_bank)->items[to];
    stm_write(src);
    ACCOUNT(src)->balance -= amount;
    stm_write(dst);
    ACCOUNT(dst)->balance += amount;
    /* Allocation may collect: src and dst are stale after it (unused). */
    stm_ref e = stm_allocate(sizeof(entry), T_ENTRY);
    ENTRY(e)->amount = amount;           /* new in this transaction: no barrier */
    ENTRY(e)->next = history[0];
    history[0] = e;
    stm_commit_transaction();
}

typedef struct worker {
    pthread_t thread;
    uint64_t seed;
    int64_t made, moved;               /* counted from the list at the end */
} worker;

static void *run_worker(void *arg)
{
    worker *w = arg;
    stm_register_thread();
    stm_ref *history = stm_push_frame(1);
    uint64_t seed = w->seed;
    for (int i = 0; i < TRANSFERS; i++) {
        int from, to;
        int64_t amount;
        pick(&seed, &from, &to, &amount);
        transfer(history, from, to, amount);
    }
    /* Walk the list in one more transaction: every entry survived the
     * collections that ran meanwhile.  Entries are never written after
     * their transaction committed, so reading them needs no barrier. */
    if (STM_SETJMP()) { }
    stm_start_transaction(history);
    w->made = w->moved = 0;
    for (stm_ref e = history[0]; e; e = ENTRY(e)->next) {
        w->made++;
        w->moved += ENTRY(e)->amount;
    }
    stm_commit_transaction();
    stm_pop_frame(history);
    stm_unregister_thread();
    return NULL;
}

/* ----------------------------------------------------------------- main */

static void open_bank(void)
{
    stm_ref *slot = stm_push_frame(1);
    if (STM_SETJMP()) { }
    stm_start_transaction(slot);
    the_bank = stm_allocate_var(T_BANK, ACCOUNTS);
    for (int i = 0; i < ACCOUNTS; i++) {
        slot[0] = stm_allocate(sizeof(account), T_ACCOUNT);
        ACCOUNT(slot[0])->balance = START;
        /* Storing a reference into an object that may have become old
         * (the allocation may have collected): the generational barrier. */
        stm_gc_wb(the_bank);
        BANK(the_bank)->items[i] = slot[0];
    }
    stm_commit_transaction();
    stm_pop_frame(slot);
}

/* The same transfers replayed in plain C, one thread after the other. */
static int64_t expected_balance(const worker *ws, int account_index)
{
    int64_t balance = START;
    for (int t = 0; t < THREADS; t++) {
        uint64_t seed = ws[t].seed;
        for (int i = 0; i < TRANSFERS; i++) {
            int from, to;
            int64_t amount;
            pick(&seed, &from, &to, &amount);
            balance += (to == account_index ? amount : 0) - (from == account_index ? amount : 0);
        }
    }
    return balance;
}

int main(void)
{
    stm_config cfg = { 0 };                /* defaults, or RTRANS_* variables */
    stm_setup(types, NTYPES, &cfg);        /* registers this thread */
    stm_register_global_roots(&the_bank, 1);
    open_bank();

    worker ws[THREADS];
    for (int t = 0; t < THREADS; t++) {
        ws[t].seed = 12345u + 1000u * (uint64_t)t;
        pthread_create(&ws[t].thread, NULL, run_worker, &ws[t]);
    }
    for (int t = 0; t < THREADS; t++)      /* outside any transaction */
        pthread_join(ws[t].thread, NULL);

    for (int t = 0; t < THREADS; t++)
        printf("thread %d: %lld transfers, %lld moved\n", t, (long long)ws[t].made,
               (long long)ws[t].moved);
    /* Read the balances in a transaction, print them after it: a
     * transaction that aborted would otherwise print twice. */
    int64_t balances[ACCOUNTS];
    stm_ref *slot = stm_push_frame(0);
    if (STM_SETJMP()) { }
    stm_start_transaction(slot);
    for (int i = 0; i < ACCOUNTS; i++) {
        stm_ref a = BANK(the_bank)->items[i];
        stm_read(a);
        balances[i] = ACCOUNT(a)->balance;
    }
    stm_commit_transaction();
    stm_pop_frame(slot);
    int ok = 1;
    int64_t total = 0;
    for (int i = 0; i < ACCOUNTS; i++) {
        printf("account %d: %lld\n", i, (long long)balances[i]);
        total += balances[i];
        ok &= balances[i] == expected_balance(ws, i);
    }
    ok &= total == (int64_t)ACCOUNTS * START;
    printf("total %lld: %s\n", (long long)total, ok ? "ok" : "WRONG");
    stm_teardown();
    return ok ? 0 : 1;
}
