/* base.c - the runtime's bottom layer: fatal errors, memory, word maps,
 * the type table and the configuration read from the environment.
 * It calls no other runtime file (checked by runtime/tools/layers.sh):
 * every other runtime file may call it, and it includes only base.h. */
#include "runtime/base.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <limits.h>
#include <linux/futex.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

stmi_config stmi_cfg;
const stm_type *stmi_user_types;
uint32_t stmi_user_ntypes;
void (*stmi_fatal_hook)(void);

static stmi_tinfo *user_tinfo;
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

void stmi_futex_wait(_Atomic uint32_t *w, uint32_t expect, uint64_t timeout_ns)
{
    struct timespec ts = {(time_t)(timeout_ns / 1000000000u),
                          (long)(timeout_ns % 1000000000u)};
    syscall(SYS_futex, (uint32_t *)w, FUTEX_WAIT_PRIVATE, expect, &ts, NULL, 0);
}

void stmi_futex_wake_all(_Atomic uint32_t *w)
{
    syscall(SYS_futex, (uint32_t *)w, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
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
    if ((t->flags & STM_TYPE_CARDS)
        && (t->item_size != 8 || t->items_offset != STM_CARD_ITEMS_OFFSET))
        bad_type(tid, t, "STM_TYPE_CARDS needs 8-byte items at offset 16 "
                         "(where stm_read_card finds a card's marker)");
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

void stmi_types_init(const stm_type *types, uint32_t ntypes)
{
    stmi_user_types = types;
    stmi_user_ntypes = ntypes;
    user_tinfo = stmi_xcalloc(ntypes, sizeof *user_tinfo);
    for (uint32_t i = 0; i < ntypes; i++)
        resolve_type(i, &types[i], &user_tinfo[i]);
}

void stmi_types_fini(void)
{
    free(user_tinfo);
    user_tinfo = NULL;
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

/* A reference slot of the image at p that differs from the same bytes
 * of was, an earlier copy of the image. */
static inline bool slot_changed(const stm_hdr *p, const uintptr_t *slot, const char *was)
{
    return *slot && *slot != *(const uintptr_t *)(was + ((const char *)slot - (const char *)p));
}

void stmi_trace_changed(stm_hdr *p, const void *was, stmi_visit_fn visit, void *ctx)
{
    const stmi_tinfo *ti = tinfo_or_die(p->tid);
    if (STM_UNLIKELY(ti->custom_trace != NULL)) {
        stmi_trace_image(p, visit, ctx);
        return;
    }
    for (uint32_t k = 0; k < ti->nrefs; k++) {
        uintptr_t *slot = (uintptr_t *)((char *)p + ti->ref_offsets[k]);
        if (slot_changed(p, slot, was))
            visit(slot, ctx);
    }
    if (!ti->item_nrefs)
        return;
    int64_t n = *(int64_t *)((char *)p + ti->length_offset);
    char *item = (char *)p + ti->items_offset;
    if (ti->item_size == 8 && ti->item_nrefs == 1 && ti->item_ref_offsets[0] == 0) {
        /* items that are references (a list's): a flat loop, half the
           instructions of the general one */
        uintptr_t *now = (uintptr_t *)item;
        const uintptr_t *then = (const uintptr_t *)((const char *)was + ti->items_offset);
        for (int64_t i = 0; i < n; i++)
            if (now[i] != then[i] && now[i])
                visit(&now[i], ctx);
        return;
    }
    for (int64_t i = 0; i < n; i++, item += ti->item_size)
        for (uint32_t k = 0; k < ti->item_nrefs; k++) {
            uintptr_t *slot = (uintptr_t *)(item + ti->item_ref_offsets[k]);
            if (slot_changed(p, slot, was))
                visit(slot, ctx);
        }
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

void stmi_config_read(const stm_config *cfg)
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
    stmi_cfg.heap_check = env_flag("RTRANS_HEAP_CHECK");
    stmi_cfg.abort_stress = env_count("RTRANS_STM_ABORT_STRESS");
    stmi_cfg.stats = env_flag("RTRANS_STM_STATS");
    const char *log = getenv("RTRANS_STM_LOG");
    stmi_cfg.log_path = log && *log ? log : NULL;
}

bool stmi_gc_stress(void)
{
    return stmi_cfg.gc_stress;
}
