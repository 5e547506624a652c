/* core.c - set-up, configuration, type table, fatal errors, thread
 * registration and the roots every thread holds.  Shared by both builds. */
#include "runtime/stm_internal.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

__thread stm_thread_local stm_tl;
__thread char *stmi_my_view;

stmi_config stmi_cfg;
const stm_type *stmi_user_types;
uint32_t stmi_user_ntypes;
void (*stmi_fatal_hook)(void);

stmi_thread *stmi_threads;
pthread_mutex_t stmi_threads_lock = PTHREAD_MUTEX_INITIALIZER;
int stmi_nthreads;
static int next_thread_id;
static stm_stats retired_stats;   /* totals of threads that unregistered */

static stmi_tinfo *user_tinfo;

typedef struct root_range {
    stm_ref *roots;
    size_t n;
    stmi_thread *owner;          /* constant roots: the registering thread */
    _Atomic bool settled;        /* constant roots, once it committed (STM) */
} root_range;

/* Registrations are rare and every minor collection reads the list, so
 * readers take no lock: a registration publishes a new copy (the old
 * copies are kept until teardown, as a reader may still walk them); the
 * ranges themselves are shared by the copies. */
typedef struct roots_list {
    size_t n;
    struct roots_list *older;
    root_range *r[];
} roots_list;

static roots_list *_Atomic global_roots;
static pthread_mutex_t global_roots_lock = PTHREAD_MUTEX_INITIALIZER;
static stmi_tinfo runtime_tinfo[STMI_NRUNTIME_TYPES];

/* ---------------------------------------------------------------- errors */

void stmi_die(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "rtrans: internal error at %s:%d: ", file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    abort();
}

void stm_set_fatal_hook(void (*hook)(void))
{
    stmi_fatal_hook = hook;
}

/* Only the first thread to fail reports; one failing meanwhile waits for
 * it to exit. */
static void die_alone(void)
{
    static atomic_int dying;
    if (atomic_fetch_add(&dying, 1) != 0) {
        for (;;)
            pause();
    }
    fflush(stdout);
}

void stm_fatal(int status, const char *fmt, ...)
{
    die_alone();
    va_list ap;
    va_start(ap, fmt);
    fputs("rtrans: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    if (stmi_fatal_hook)
        stmi_fatal_hook();
    fflush(stderr);
    _exit(status);
}

static const char *oom_report;
static int oom_status;

void stm_set_out_of_memory_report(const char *report, int status)
{
    oom_report = report;
    oom_status = status;
}

/* Memory ran out where MemoryError cannot be raised (the reserve is lent
 * already, or the runtime's own malloc failed): the program's report
 * (CPython's last line for an uncaught MemoryError) if it set one, else
 * the runtime's message and exit 3. */
void stm_out_of_memory(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (!oom_report) {
        char msg[256];
        vsnprintf(msg, sizeof msg, fmt, ap);
        stm_fatal(STMI_EXIT_LIMIT, "%s", msg);
    }
    va_end(ap);
    die_alone();
    fputs(oom_report, stderr);
    fflush(stderr);
    if (stmi_fatal_hook)
        stmi_fatal_hook();
    _exit(oom_status);
}

/* ---------------------------------------------------------------- memory */

void *stmi_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        stm_out_of_memory("out of memory (malloc of %zu bytes)", n);
    return p;
}

void *stmi_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        stm_out_of_memory("out of memory (calloc of %zu x %zu bytes)", n, size);
    return p;
}

void *stmi_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        stm_out_of_memory("out of memory (realloc to %zu bytes)", n);
    return q;
}

void *stmi_mmap(size_t n, const char *what)
{
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        stm_fatal(STMI_EXIT_LIMIT, "cannot reserve %zu bytes for %s: %s",
                  n, what, strerror(errno));
    return p;
}

void stmi_unmap(void *p, size_t n)
{
    if (p)
        munmap(p, n);
}

void stmi_vec_grow(stmi_vec *v)
{
    v->cap = v->cap ? v->cap * 2 : 16;
    v->items = stmi_xrealloc(v->items, v->cap * sizeof *v->items);
}

bool stmi_vec_contains(const stmi_vec *v, uintptr_t x)
{
    for (size_t i = 0; i < v->len; i++)
        if (v->items[i] == x)
            return true;
    return false;
}

void stmi_vec_free(stmi_vec *v)
{
    free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
}

/* ------------------------------------------------------------------ maps */

static size_t map_hash(uintptr_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return (size_t)k;
}

uintptr_t *stmi_map_find(const stmi_map *m, uintptr_t key)
{
    if (!m->keys)
        return NULL;
    for (size_t i = map_hash(key) & m->mask;; i = (i + 1) & m->mask) {
        if (m->keys[i] == key)
            return &m->vals[i];
        if (m->keys[i] == 0)
            return NULL;
    }
}

static void map_insert(stmi_map *m, uintptr_t key, uintptr_t val)
{
    size_t i = map_hash(key) & m->mask;
    while (m->keys[i] != 0 && m->keys[i] != key)
        i = (i + 1) & m->mask;
    if (m->keys[i] == 0)
        m->count++;
    m->keys[i] = key;
    m->vals[i] = val;
}

void stmi_map_put(stmi_map *m, uintptr_t key, uintptr_t val)
{
    STMI_ASSERT(key != 0);
    if (!m->keys || (m->count + 1) * 2 > m->mask + 1) {
        stmi_map old = *m;
        size_t n = old.keys ? (old.mask + 1) * 2 : 16;
        m->keys = stmi_xcalloc(n, sizeof *m->keys);
        m->vals = stmi_xcalloc(n, sizeof *m->vals);
        m->mask = n - 1;
        m->count = 0;
        for (size_t i = 0; old.keys && i <= old.mask; i++)
            if (old.keys[i])
                map_insert(m, old.keys[i], old.vals[i]);
        free(old.keys);
        free(old.vals);
    }
    map_insert(m, key, val);
}

/* A map that grew for one big transaction must not make every later
 * clear cost its full size: a sparse big map is dropped instead. */
void stmi_map_clear(stmi_map *m)
{
    if (m->count == 0)
        return;
    if (m->mask + 1 > 256 && m->count * 16 < m->mask + 1) {
        stmi_map_free(m);
        return;
    }
    memset(m->keys, 0, (m->mask + 1) * sizeof *m->keys);
    m->count = 0;
}

void stmi_map_free(stmi_map *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ----------------------------------------------------------------- types */

static void bad_type(uint32_t tid, const stm_type *t, const char *why)
{
    stm_fatal(70, "bad type table: type %u (%s): %s", tid,
              t->name ? t->name : "?", why);
}

static void check_offsets(uint32_t tid, const stm_type *t, uint32_t n,
                          const uint32_t *offs, uint32_t limit)
{
    if (n && !offs)
        bad_type(tid, t, "reference offsets missing");
    for (uint32_t i = 0; i < n; i++)
        if (offs[i] % 8 || offs[i] + 8 > limit)
            bad_type(tid, t, "reference offset misaligned or out of range");
}

static void resolve_type(uint32_t tid, const stm_type *t, stmi_tinfo *ti)
{
    ti->name = t->name ? t->name : "?";
    ti->fixed_size = t->fixed_size;
    ti->item_size = t->item_size;
    ti->length_offset = t->length_offset;
    ti->items_offset = t->items_offset;
    ti->nrefs = t->nrefs;
    ti->ref_offsets = t->ref_offsets;
    ti->item_nrefs = t->item_nrefs;
    ti->item_ref_offsets = t->item_ref_offsets;
    ti->flags = t->flags;
    ti->finalizer = t->finalizer;
    if (t->fixed_size == 0 && t->item_size == 0)
        return;                  /* a reserved entry: never allocated */
    if (t->fixed_size < sizeof(stm_hdr))
        bad_type(tid, t, "fixed_size smaller than the header");
    check_offsets(tid, t, t->nrefs, t->ref_offsets, t->fixed_size);
    if (t->item_size) {
        if (t->length_offset < sizeof(stm_hdr) || t->length_offset % 8
            || t->length_offset + 8 > t->items_offset)
            bad_type(tid, t, "length_offset must be an aligned word before the items");
        if (t->items_offset % 8 && t->item_size % 8 == 0)
            bad_type(tid, t, "items with references must be 8-aligned");
        check_offsets(tid, t, t->item_nrefs, t->item_ref_offsets, t->item_size);
    } else if (t->item_nrefs) {
        bad_type(tid, t, "item references on a fixed-size type");
    }
    if ((t->flags & STM_TYPE_FINALIZER) && !t->finalizer)
        bad_type(tid, t, "STM_TYPE_FINALIZER without a finalizer");
}

const stmi_tinfo *stmi_tinfo_of(uint32_t tid)
{
    if (tid < stmi_user_ntypes)
        return &user_tinfo[tid];
    if (tid >= STM_TID_RUNTIME_FIRST
        && tid - STM_TID_RUNTIME_FIRST < STMI_NRUNTIME_TYPES)
        return &runtime_tinfo[tid - STM_TID_RUNTIME_FIRST];
    return NULL;
}

bool stmi_tid_valid(uint32_t tid)
{
    const stmi_tinfo *ti = stmi_tinfo_of(tid);
    return ti && (ti->fixed_size || ti->item_size);
}

static const stmi_tinfo *tinfo_or_die(uint32_t tid)
{
    const stmi_tinfo *ti = stmi_tinfo_of(tid);
    if (STM_UNLIKELY(!ti || !(ti->fixed_size || ti->item_size)))
        STMI_DIE("object with invalid type id %u", tid);
    return ti;
}

/* Runtime-internal types are described by hashtable.c and queue.c. */
void stmi_register_runtime_type(int index, const stm_type *t,
                                void (*custom_trace)(stm_hdr *, stmi_visit_fn, void *))
{
    resolve_type(STM_TID_RUNTIME_FIRST + (uint32_t)index, t,
                 &runtime_tinfo[index]);
    runtime_tinfo[index].custom_trace = custom_trace;
}

static size_t size_with_items(const stmi_tinfo *ti, int64_t n)
{
    size_t size = ti->fixed_size;
    if (ti->item_size) {
        if (n < 0 || (uint64_t)n > (SIZE_MAX / 2 - ti->items_offset) / ti->item_size)
            return SIZE_MAX;
        size_t var = ti->items_offset + (size_t)n * ti->item_size;
        if (var > size)
            size = var;
    }
    size = stmi_align(size, 8);
    return size < 16 ? 16 : size;
}

size_t stm_object_size(uint32_t tid, int64_t n)
{
    return size_with_items(tinfo_or_die(tid), n);
}

int64_t stmi_image_length(const stm_hdr *p)
{
    const stmi_tinfo *ti = tinfo_or_die(p->tid);
    if (!ti->item_size)
        return 0;
    return *(const int64_t *)((const char *)p + ti->length_offset);
}

size_t stmi_image_size(const stm_hdr *p)
{
    const stmi_tinfo *ti = tinfo_or_die(p->tid);
    if (!ti->item_size)
        return size_with_items(ti, 0);
    return size_with_items(ti, *(const int64_t *)((const char *)p + ti->length_offset));
}

void stmi_trace_items(stm_hdr *p, int64_t first, int64_t end,
                    stmi_visit_fn visit, void *ctx)
{
    const stmi_tinfo *ti = tinfo_or_die(p->tid);
    if (!ti->item_nrefs)
        return;
    int64_t n = *(int64_t *)((char *)p + ti->length_offset);
    if (end > n)
        end = n;
    char *item = (char *)p + ti->items_offset + (size_t)first * ti->item_size;
    for (int64_t i = first; i < end; i++, item += ti->item_size)
        for (uint32_t k = 0; k < ti->item_nrefs; k++) {
            uintptr_t *slot = (uintptr_t *)(item + ti->item_ref_offsets[k]);
            if (*slot)
                visit(slot, ctx);
        }
}

void stmi_trace_image(stm_hdr *p, stmi_visit_fn visit, void *ctx)
{
    const stmi_tinfo *ti = tinfo_or_die(p->tid);
    for (uint32_t k = 0; k < ti->nrefs; k++) {
        uintptr_t *slot = (uintptr_t *)((char *)p + ti->ref_offsets[k]);
        if (*slot)
            visit(slot, ctx);
    }
    if (ti->item_nrefs)
        stmi_trace_items(p, 0, INT64_MAX, visit, ctx);
    if (STM_UNLIKELY(ti->custom_trace != NULL))
        ti->custom_trace(p, visit, ctx);
}

/* --------------------------------------------------------- configuration */

bool stmi_parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s || errno)
        return false;
    unsigned shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: break;
    }
    if (*end || v > (SIZE_MAX >> shift) || s[0] == '-')
        return false;
    *out = (size_t)v << shift;
    return true;
}

static size_t env_size(const char *name, size_t given, size_t dflt)
{
    if (given)
        return given;
    const char *s = getenv(name);
    size_t v;
    if (!s || !*s)
        return dflt;
    if (!stmi_parse_size(s, &v) || v == 0)
        stm_fatal(2, "%s: not a size: '%s' (use e.g. 512M or 4G)", name, s);
    return v;
}

static bool env_flag(const char *name)
{
    const char *s = getenv(name);
    return s && *s && strcmp(s, "0") != 0;
}

static unsigned env_count(const char *name)
{
    const char *s = getenv(name);
    if (!s || !*s)
        return 0;
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < 0 || v > 1000000)
        stm_fatal(2, "%s: expected a count 0..1000000, got '%s'", name, s);
    return (unsigned)v;
}

static int default_segments(int given)
{
    if (given)
        return given;
    const char *s = getenv("RTRANS_STM_SEGMENTS");
    if (s && *s) {
        char *end;
        long v = strtol(s, &end, 10);
        if (*end || v < 1 || v > STM_MAX_SEGMENTS)
            stm_fatal(2, "RTRANS_STM_SEGMENTS: expected 1..%d, got '%s'",
                      STM_MAX_SEGMENTS, s);
        return (int)v;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > STM_MAX_SEGMENTS ? STM_MAX_SEGMENTS : (int)n;
}

static void read_config(const stm_config *cfg)
{
    stm_config none = {0};
    if (!cfg)
        cfg = &none;
    stmi_cfg.heap_limit = env_size("RTRANS_HEAP_LIMIT", cfg->heap_limit,
                                 (size_t)4 << 30);
    stmi_cfg.nursery_size = env_size("RTRANS_NURSERY", cfg->nursery_size,
                                   (size_t)4 << 20);
    stmi_cfg.nursery_size = stmi_align(stmi_cfg.nursery_size, STMI_PAGE);
    if (stmi_cfg.nursery_size < 64 * 1024)
        stmi_cfg.nursery_size = 64 * 1024;
    stmi_cfg.ss_slots = cfg->shadow_stack_slots ? cfg->shadow_stack_slots
                                              : (size_t)1 << 20;
    if (cfg->segments < 0 || cfg->segments > STM_MAX_SEGMENTS)
        stm_fatal(2, "stm_setup: segments must be 0..%d", STM_MAX_SEGMENTS);
    stmi_cfg.segments = default_segments(cfg->segments);
    stmi_cfg.read_versions = cfg->read_versions && cfg->read_versions < 65535
                             ? cfg->read_versions : 65535;
    stmi_cfg.gc_stress = env_flag("RTRANS_GC_STRESS");
    stmi_cfg.abort_stress = env_count("RTRANS_STM_ABORT_STRESS");
    stmi_cfg.stats = env_flag("RTRANS_STM_STATS");
    const char *log = getenv("RTRANS_STM_LOG");
    stmi_cfg.log_path = log && *log ? log : NULL;
}

bool stmi_gc_stress(void)
{
    return stmi_cfg.gc_stress;
}

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
    read_config(cfg);
    stmi_user_types = types;
    stmi_user_ntypes = ntypes;
    user_tinfo = stmi_xcalloc(ntypes, sizeof *user_tinfo);
    for (uint32_t i = 0; i < ntypes; i++)
        resolve_type(i, &types[i], &user_tinfo[i]);
    stmi_hashtable_init();
    stmi_queue_init();
    stmi_heap_init(stmi_cfg.heap_limit, stmi_cfg.nursery_size, stmi_cfg.segments);
    stmi_limits_install();
    stmi_events_init();
    stmi_build_setup();
    stm_register_thread();
}

static void free_global_roots(void)
{
    roots_list *l = atomic_exchange(&global_roots, NULL);
    for (size_t i = 0; l && i < l->n; i++)
        free(l->r[i]);
    while (l) {
        roots_list *older = l->older;
        free(l);
        l = older;
    }
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
    stmi_heap_fini();
    free_global_roots();
    free(user_tinfo);
    user_tinfo = NULL;
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

/* ----------------------------------------------------------------- roots */

static void visit_slots(stm_ref *lo, stm_ref *hi, stmi_visit_fn visit, void *ctx)
{
    for (stm_ref *s = lo; s < hi; s++) {
        uintptr_t v = (uintptr_t)*s;
        if (v && !(v & 1))
            visit((uintptr_t *)s, ctx);
    }
}

/* Where a minor collection starts scanning the shadow stack: young
 * references can only be in slots written since the nursery was last
 * empty (see stmi_thread.scan_from). */
stm_ref *stmi_minor_scan_start(const stmi_thread *t)
{
    const stm_thread_local *tl = t->tl;
    stm_ref *lo = t->scan_from;
    if (!lo || lo < tl->ss_base)
        return tl->ss_base;
    return lo > tl->ss_top ? tl->ss_top : lo;
}

void stmi_thread_roots(stmi_thread *t, stmi_visit_fn visit, void *ctx, bool minor)
{
    stm_thread_local *tl = t->tl;
    stm_ref *lo = minor ? stmi_minor_scan_start(t) : tl->ss_base;
    visit_slots(lo, tl->ss_top, visit, ctx);
    if (minor)
        t->stats.stack_slots_scanned += (uint64_t)(tl->ss_top - lo);
    /* snapshot slots of frames that are currently popped are roots too:
       an abort puts them back */
    for (size_t i = 0; i < t->snapshot.len; i++) {
        uintptr_t *slot = &t->snapshot.items[i];
        if (*slot && !(*slot & 1))
            visit(slot, ctx);
    }
    if (t->snap_exc)
        visit((uintptr_t *)&t->snap_exc, ctx);
    if (t->snap_exc_value)
        visit((uintptr_t *)&t->snap_exc_value, ctx);
    if (tl->exc)
        visit((uintptr_t *)&tl->exc, ctx);
    if (tl->exc_value)
        visit((uintptr_t *)&tl->exc_value, ctx);
}

static void register_roots(stm_ref *roots, size_t n, stmi_thread *owner)
{
    root_range *r = stmi_xcalloc(1, sizeof *r);
    r->roots = roots;
    r->n = n;
    r->owner = owner;
    pthread_mutex_lock(&global_roots_lock);
    roots_list *old = atomic_load(&global_roots);
    size_t count = old ? old->n : 0;
    roots_list *l = stmi_xmalloc(sizeof *l + (count + 1) * sizeof(root_range *));
    if (count)
        memcpy(l->r, old->r, count * sizeof(root_range *));
    l->r[count] = r;
    l->n = count + 1;
    l->older = old;
    atomic_store_explicit(&global_roots, l, memory_order_release);
    pthread_mutex_unlock(&global_roots_lock);
}

void stm_register_global_roots(stm_ref *roots, size_t n)
{
    register_roots(roots, n, NULL);
}

void stm_register_constant_roots(stm_ref *roots, size_t n)
{
    stmi_thread *t = stmi_me();
    if (!t)
        stm_fatal(70, "stm_register_constant_roots from an unregistered thread");
    t->unsettled_roots++;
    register_roots(roots, n, t);
}

void stmi_global_roots(stmi_visit_fn visit, void *ctx)
{
    roots_list *l = atomic_load_explicit(&global_roots, memory_order_acquire);
    for (size_t i = 0; l && i < l->n; i++)
        visit_slots(l->r[i]->roots, l->r[i]->roots + l->r[i]->n, visit, ctx);
}

/* A minor collection's global roots: the slots that point into [lo, hi)
 * (the nursery) or to one of young_large.  Settled constant ranges cannot;
 * the others are filtered in one tight loop (a Duhton interpreter has
 * thousands of constants, and commits collect the nursery each time). */
void stmi_global_roots_young(uintptr_t lo, uintptr_t hi, const stmi_vec *young_large,
                             stmi_visit_fn visit, void *ctx)
{
    roots_list *l = atomic_load_explicit(&global_roots, memory_order_acquire);
    for (size_t i = 0; l && i < l->n; i++) {
        root_range *r = l->r[i];
        if (atomic_load_explicit(&r->settled, memory_order_relaxed))
            continue;
        for (stm_ref *s = r->roots, *end = s + r->n; s < end; s++) {
            uintptr_t v = (uintptr_t)*s;
            if (v - lo < hi - lo
                || (young_large->len && v && stmi_vec_contains(young_large, v)))
                visit((uintptr_t *)s, ctx);
        }
    }
}

/* t committed: the constant roots it registered hold committed objects
 * and will not change any more. */
void stmi_settle_constant_roots(stmi_thread *t)
{
    roots_list *l = atomic_load_explicit(&global_roots, memory_order_acquire);
    for (size_t i = 0; l && i < l->n; i++)
        if (l->r[i]->owner == t)
            atomic_store_explicit(&l->r[i]->settled, true, memory_order_relaxed);
    t->unsettled_roots = 0;
}

/* ---------------------------------------------------- transaction common */

void stmi_tx_snapshot(stmi_thread *t, stm_ref *frame_slots)
{
    stm_thread_local *tl = t->tl;
    if (frame_slots < tl->ss_base || frame_slots > tl->ss_top)
        stm_fatal(70, "stm_start_transaction: frame_slots outside the shadow stack");
    t->snapshot.len = 0;
    for (stm_ref *s = frame_slots; s < tl->ss_top; s++)
        stmi_vec_push(&t->snapshot, (uintptr_t)*s);
    t->snap_first = frame_slots;
    t->scan_from = frame_slots;
    t->snap_exc = tl->exc;
    t->snap_exc_value = tl->exc_value;
    t->snap_atomic = tl->atomic_depth;
    t->snap_depth = tl->depth;
    tl->tx_root_ss = tl->ss_top;
}

void stmi_tx_restore_snapshot(stmi_thread *t)
{
    stm_thread_local *tl = t->tl;
    for (size_t i = 0; i < t->snapshot.len; i++)
        t->snap_first[i] = (stm_ref)t->snapshot.items[i];
    tl->ss_top = tl->tx_root_ss;
    tl->exc = t->snap_exc;
    tl->exc_value = t->snap_exc_value;
    tl->atomic_depth = t->snap_atomic;
    tl->depth = t->snap_depth;
}

void stmi_run_callbacks(stmi_vec *v)
{
    /* callbacks may register more callbacks only in a new transaction, so
       the vector is detached first */
    stmi_vec run = *v;
    memset(v, 0, sizeof *v);
    for (size_t i = 0; i + 1 < run.len; i += 2) {
        void (*cb)(void *) = (void (*)(void *))run.items[i];
        cb((void *)run.items[i + 1]);
    }
    run.len = 0;
    if (!v->items)
        *v = run;
    else
        stmi_vec_free(&run);
}

void stm_on_commit(void (*cb)(void *), void *arg)
{
    stmi_thread *t = stmi_me();
    if (!t || !stm_tl.in_tx) {
        cb(arg);
        return;
    }
    stmi_vec_push(&t->on_commit, (uintptr_t)cb);
    stmi_vec_push(&t->on_commit, (uintptr_t)arg);
}

void stm_on_abort(void (*cb)(void *), void *arg)
{
    stmi_thread *t = stmi_me();
    if (!t || !stm_tl.in_tx)
        return;
    stmi_vec_push(&t->on_abort, (uintptr_t)cb);
    stmi_vec_push(&t->on_abort, (uintptr_t)arg);
}

/* ------------------------------------------------------ transaction length */

#define BUDGET_MIN   ((size_t)16 * 1024)
#define BUDGET_START ((size_t)256 * 1024)

static void set_break_mark(stmi_thread *t)
{
    stm_thread_local *tl = t->tl;
    size_t budget = t->budget;
    if (t->tx_allocated >= budget
        || atomic_load_explicit(&t->break_asked, memory_order_relaxed)) {
        tl->break_mark = 0;
        return;
    }
    uintptr_t start = t->nursery ? t->nursery->start : tl->nursery_current;
    uintptr_t base = tl->nursery_current > start ? tl->nursery_current : start;
    size_t done = t->tx_allocated + (base - start);
    tl->break_mark = done >= budget ? 0 : start + (budget - t->tx_allocated);
}

void stmi_budget_reset(stmi_thread *t)
{
    if (!t->budget)
        t->budget = BUDGET_START;
    t->tx_allocated = 0;
    set_break_mark(t);
}

void stmi_budget_after_minor(stmi_thread *t, size_t used)
{
    t->tx_allocated += used;
    set_break_mark(t);
#ifdef RTRANS_STM
    if (t->detached)
        stmi_detached_after_minor(t);
#endif
}

/* Transactions grow while they commit, shrink after aborts (stmgc's rule
 * of thumb: 90% after an abort). */
void stmi_budget_commit(stmi_thread *t)
{
    size_t max = stmi_cfg.nursery_size * 4;
    if (t->budget < max)
        t->budget += t->budget / 8 + 1;
    stmi_budget_reset(t);
}

void stmi_budget_abort(stmi_thread *t)
{
    t->budget = t->budget / 10 * 9;
    if (t->budget < BUDGET_MIN)
        t->budget = BUDGET_MIN;
    stmi_budget_reset(t);
}

/* Sticky until the transaction ends: a minor collection recomputes the
 * break mark from the budget, which this uses up. */
void stm_hint_commit_soon(void)
{
    stmi_thread *t = stm_tl.priv;
    if (t && t->budget > t->tx_allocated)
        t->tx_allocated = t->budget;
    stm_tl.break_mark = 0;
}

void stm_hint_commit_soon_if_others(void)
{
#ifdef RTRANS_STM
    if (stmi_alone_in_zone(stm_tl.priv))
        return;
#endif
    stm_hint_commit_soon();
}
