/* core.c - the runtime's top layer: set-up and teardown (which call every
 * subsystem's init and fini) and thread registration.  No other runtime
 * file calls it (checked by runtime/tools/layers.sh).  Shared by both
 * builds. */
#include "runtime/stm_internal.h"

#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>

static int next_thread_id;
static stm_stats retired_stats;   /* totals of threads that unregistered */

/* ------------------------------------------------------------- lifecycle */

static bool set_up;

void stm_setup(const stm_type *types, uint32_t ntypes, const stm_config *cfg)
{
    if (set_up)
        STMI_DIE("stm_setup called twice");
    if (ntypes > STM_TID_RUNTIME_FIRST)
        stm_fatal(70, "bad type table: %u types (at most %u)", ntypes,
                  STM_TID_RUNTIME_FIRST);
    set_up = true;
    memset(&retired_stats, 0, sizeof retired_stats);
    stmi_config_read(cfg);
    stmi_types_init(types, ntypes);
    stmi_hashtable_init();
    stmi_queue_init();
    stmi_weakref_init();
    stmi_heap_init(stmi_cfg.heap_limit, stmi_cfg.nursery_size, stmi_cfg.segments);
    stmi_limits_install();
    stmi_events_init();
    stmi_build_setup();
    stm_register_thread();
}

void stm_teardown(void)
{
    stmi_thread *t = stmi_me();
    if (!t)
        STMI_DIE("stm_teardown from an unregistered thread");
    if (stm_tl.in_tx)
        stm_commit_transaction();
    stmi_build_teardown();
    stmi_run_all_finalizers();
    if (stmi_cfg.stats)
        stmi_stats_print();
    stm_unregister_thread();
    stmi_events_fini();
    stmi_build_fini();
    stmi_major_fini();
    stmi_queue_fini();
    stmi_weakref_fini();
    stmi_heap_fini();
    stmi_roots_fini();
    stmi_types_fini();
    set_up = false;              /* stm_setup may run again */
}

int stm_segments(void)
{
    return stmi_lay.nsegs;
}

/* --------------------------------------------------------------- threads */

static void shadow_stack_init(stmi_thread *t)
{
    size_t bytes = stmi_align(stmi_cfg.ss_slots * sizeof(stm_ref), STMI_PAGE);
    t->ss_map_size = bytes + STMI_PAGE;
    char *p = stmi_mmap(t->ss_map_size, "the shadow stack");
    /* a guard page past the limit catches writes that skip the check */
    mprotect(p + bytes, STMI_PAGE, PROT_NONE);
    t->ss_map = p;
    stm_tl.ss_base = stm_tl.ss_top = (stm_ref *)p;
    stm_tl.ss_limit = (stm_ref *)p + stmi_cfg.ss_slots;
}

void stm_register_thread(void)
{
    if (stm_tl.priv)
        STMI_DIE("thread registered twice");
    stmi_thread *t = stmi_xcalloc(1, sizeof *t);
    t->tl = &stm_tl;
    stm_tl.priv = t;
    shadow_stack_init(t);
    stmi_limits_thread_init(t);
    stmi_budget_reset(t);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&t->wait_cond, &ca);
    pthread_condattr_destroy(&ca);
    pthread_mutex_lock(&stmi_threads_lock);
    t->id = ++next_thread_id;
    t->next = stmi_threads;
    if (stmi_threads)
        stmi_threads->prev = t;
    stmi_threads = t;
    stmi_nthreads++;
    pthread_mutex_unlock(&stmi_threads_lock);
    stmi_build_thread_init(t);
    stmi_events_thread_init(t);
}

static void add_stats(stm_stats *to, const stm_stats *from)
{
    to->commits += from->commits;
    to->aborts += from->aborts;
    to->inevitable += from->inevitable;
    to->minor_collections += from->minor_collections;
    to->stack_slots_scanned += from->stack_slots_scanned;
    to->yields += from->yields;
    to->new_dropped += from->new_dropped;
    to->marked_helping += from->marked_helping;
    to->items_helping += from->items_helping;
    to->major_collections += from->major_collections;
    to->bytes_allocated += from->bytes_allocated;
}

void stm_unregister_thread(void)
{
    stmi_thread *t = stmi_me();
    if (!t)
        STMI_DIE("stm_unregister_thread from an unregistered thread");
    if (stm_tl.in_tx)
        stm_fatal(70, "stm_unregister_thread inside a transaction");
    stmi_events_thread_fini(t);
    stmi_build_thread_fini(t);
    pthread_mutex_lock(&stmi_threads_lock);
    if (t->prev)
        t->prev->next = t->next;
    else
        stmi_threads = t->next;
    if (t->next)
        t->next->prev = t->prev;
    stmi_nthreads--;
    add_stats(&retired_stats, &t->stats);
    pthread_mutex_unlock(&stmi_threads_lock);
    stmi_heap_lock();
    stmi_cache_release(&t->cache);
    stmi_heap_unlock();
    stmi_limits_thread_fini(t);
    stmi_unmap(t->ss_map, t->ss_map_size);
    stmi_vec_free(&t->snapshot);
    stmi_vec_free(&t->on_commit);
    stmi_vec_free(&t->on_abort);
    stmi_vec_free(&t->on_publish);
    stmi_vec_free(&t->q_pending);
    stmi_vec_free(&t->q_taken);
    pthread_cond_destroy(&t->wait_cond);
    free(t->rtrace);
    free(t);
    memset(&stm_tl, 0, sizeof stm_tl);
}

void stm_get_stats(stm_stats *out)
{
    pthread_mutex_lock(&stmi_threads_lock);
    *out = retired_stats;
    for (stmi_thread *t = stmi_threads; t; t = t->next)
        add_stats(out, &t->stats);
    pthread_mutex_unlock(&stmi_threads_lock);
}
