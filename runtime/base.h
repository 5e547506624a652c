/* base.h - the runtime's bottom layer (base.c): fatal errors, memory,
 * growable vectors, word maps, the type table and the configuration.
 * base.c includes only this header; every other runtime file gets it
 * through stm_internal.h.  Nothing here may name a thread, a segment, the
 * heap or a collector: those are the layers above. */
#ifndef RTRANS_BASE_H
#define RTRANS_BASE_H

#include "runtime/stm.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* ---------------------------------------------------------------- errors */

__attribute__((noreturn, format(printf, 3, 4)))
void stmi_die(const char *file, int line, const char *fmt, ...);
#define STMI_DIE(...) stmi_die(__FILE__, __LINE__, __VA_ARGS__)
#define STMI_UNREACHABLE() STMI_DIE("unreachable")
/* STMI_CHECK: an invariant (G1-G5, S1-S6) checked in every build, for
 * slow paths where a test and a branch cost nothing measurable;
 * STMI_ASSERT: checks too costly for a release build (RTRANS_DEBUG). */
#define STMI_CHECK(c) \
    (STM_LIKELY(c) ? (void)0 : STMI_DIE("invariant broken: %s", #c))
#ifdef RTRANS_DEBUG
#  define STMI_ASSERT(c) ((c) ? (void)0 : STMI_DIE("assertion failed: %s", #c))
#else
#  define STMI_ASSERT(c) ((void)0)
#endif

#define STMI_EXIT_LIMIT 3          /* exit status of limit errors (stm.h) */

void *stmi_xmalloc(size_t n);
void *stmi_xcalloc(size_t n, size_t size);
void *stmi_xrealloc(void *p, size_t n);
/* mmap of n bytes (PROT_READ|WRITE, MAP_NORESERVE); dies on failure. */
void *stmi_mmap(size_t n, const char *what);
void stmi_unmap(void *p, size_t n);
/* Linux futex on a 32-bit word, private to the process: sleep while *w
 * == expect, at most timeout_ns (spurious returns allowed); wake every
 * sleeper. */
void stmi_futex_wait(_Atomic uint32_t *w, uint32_t expect, uint64_t timeout_ns);
void stmi_futex_wake_all(_Atomic uint32_t *w);

static inline size_t stmi_align(size_t n, size_t a) { return (n + a - 1) & ~(a - 1); }

/* Growable array of words. */
typedef struct stmi_vec {
    uintptr_t *items;
    size_t len, cap;
} stmi_vec;

void stmi_vec_grow(stmi_vec *v);
void stmi_vec_free(stmi_vec *v);
static inline void stmi_vec_push(stmi_vec *v, uintptr_t x)
{
    if (STM_UNLIKELY(v->len == v->cap))
        stmi_vec_grow(v);
    v->items[v->len++] = x;
}
static inline uintptr_t stmi_vec_pop(stmi_vec *v) { return v->items[--v->len]; }
bool stmi_vec_contains(const stmi_vec *v, uintptr_t x);

/* Open-addressing map from nonzero words to words. */
typedef struct stmi_map {
    uintptr_t *keys, *vals;
    size_t count, mask;          /* mask + 1 slots, or 0 when empty */
} stmi_map;

uintptr_t *stmi_map_find(const stmi_map *m, uintptr_t key);   /* value slot or NULL */
void stmi_map_put(stmi_map *m, uintptr_t key, uintptr_t val);
void stmi_map_clear(stmi_map *m);
void stmi_map_free(stmi_map *m);

#define STMI_PAGE        4096u             /* page size (layout, config) */

/* ----------------------------------------------------------------- types */

/* Runtime-internal type ids, from STM_TID_RUNTIME_FIRST. */
enum {
    STMI_TID_HASHTABLE,
    STMI_TID_HT_ENTRY,
    STMI_TID_HT_STRIPE,
    STMI_TID_QUEUE,
    STMI_TID_WEAKREF,
    STMI_NRUNTIME_TYPES
};
#define STMI_TID(i) (STM_TID_RUNTIME_FIRST + (uint32_t)(i))

typedef void (*stmi_visit_fn)(uintptr_t *slot, void *ctx);

/* What the collector needs of a type, resolved once at setup. */
typedef struct stmi_tinfo {
    uint32_t fixed_size, item_size, length_offset, items_offset;
    uint32_t nrefs, item_nrefs;
    const uint32_t *ref_offsets, *item_ref_offsets;
    uint32_t flags;
    void (*finalizer)(stm_ref);
    const char *name;
    /* runtime-internal types only: references kept outside the object */
    void (*custom_trace)(stm_hdr *img, stmi_visit_fn visit, void *ctx);
} stmi_tinfo;

const stmi_tinfo *stmi_tinfo_of(uint32_t tid);    /* NULL if no such type */
void stmi_register_runtime_type(int index, const stm_type *t,
                                void (*custom_trace)(stm_hdr *, stmi_visit_fn, void *));
bool stmi_tid_valid(uint32_t tid);

/* Size of the object image at p (header included, rounded to 8). */
size_t stmi_image_size(const stm_hdr *p);
/* Call visit on every reference slot of the image at p (plain memory),
 * items [first, end) only for arrays (end = SIZE_MAX: all). */
void stmi_trace_image(stm_hdr *p, stmi_visit_fn visit, void *ctx);
void stmi_trace_items(stm_hdr *p, int64_t first, int64_t end,
                    stmi_visit_fn visit, void *ctx);
/* stmi_trace_image, but only the references that differ from the same
 * bytes of was (a backup: an earlier copy of the whole image). */
void stmi_trace_changed(stm_hdr *p, const void *was, stmi_visit_fn visit, void *ctx);
int64_t stmi_image_length(const stm_hdr *p);

/* True under RTRANS_GC_STRESS. */
bool stmi_gc_stress(void);

/* --------------------------------------------------------- configuration */

typedef struct stmi_config {
    size_t heap_limit, nursery_size, ss_slots;
    int segments;
    bool gc_stress, stats;
    bool heap_check;            /* RTRANS_HEAP_CHECK: check after each collection */
    unsigned abort_stress;      /* RTRANS_STM_ABORT_STRESS: 0 or N */
    unsigned read_versions;     /* 1..65535 */
    const char *log_path;
} stmi_config;

extern stmi_config stmi_cfg;
extern const stm_type *stmi_user_types;
extern uint32_t stmi_user_ntypes;
extern void (*stmi_fatal_hook)(void);

/* Parse "123", "64k", "16M", "4G"; returns false on bad syntax. */
bool stmi_parse_size(const char *s, size_t *out);

/* Read the configuration: cfg's fields, else the environment, else the
 * defaults (stm_setup). */
void stmi_config_read(const stm_config *cfg);
/* Resolve the program's type table (stm_setup), free it (stm_teardown). */
void stmi_types_init(const stm_type *types, uint32_t ntypes);
void stmi_types_fini(void);

#endif /* RTRANS_BASE_H */
