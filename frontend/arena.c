/* arena.c - bump allocation for everything of one translation.
 *
 * Chunks are chained and never moved; blocks larger than a quarter of the
 * default chunk get a chunk of their own so that they do not waste the
 * tail of the current one. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"

enum { CHUNK_SIZE = 64 * 1024 };

/* Objects are aligned for any C type. */
#define ALIGN _Alignof(max_align_t)

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used;
    _Alignas(max_align_t) unsigned char data[];
} Chunk;

struct Arena {
    Chunk *head;
    size_t bytes;
};

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        FE_DIE("out of memory (%zu bytes)", n);
    return p;
}

Arena *arena_new(void)
{
    Arena *a = xmalloc(sizeof *a);
    a->head = NULL;
    a->bytes = 0;
    return a;
}

void arena_free(Arena *a)
{
    if (!a)
        return;
    Chunk *c = a->head;
    while (c) {
        Chunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

static Chunk *new_chunk(Arena *a, size_t size)
{
    if (size > SIZE_MAX - sizeof(Chunk))
        FE_DIE("arena block too large (%zu bytes)", size);
    Chunk *c = xmalloc(sizeof(Chunk) + size);
    c->size = size;
    c->used = 0;
    a->bytes += sizeof(Chunk) + size;
    return c;
}

void *arena_alloc(Arena *a, size_t size)
{
    size_t need = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (need < size)
        FE_DIE("arena block too large (%zu bytes)", size);
    if (need > CHUNK_SIZE / 4) {
        /* A private chunk, linked behind the current one so that the
         * current chunk keeps serving small blocks. */
        Chunk *c = new_chunk(a, need);
        c->used = need;
        if (a->head) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = NULL;
            a->head = c;
        }
        memset(c->data, 0, need);
        return c->data;
    }
    if (!a->head || a->head->size - a->head->used < need) {
        Chunk *c = new_chunk(a, CHUNK_SIZE);
        c->next = a->head;
        a->head = c;
    }
    void *p = a->head->data + a->head->used;
    a->head->used += need;
    memset(p, 0, need);
    return p;
}

void *arena_grow(Arena *a, void *old, size_t oldsize, size_t newsize)
{
    void *p = arena_alloc(a, newsize);
    if (old && oldsize)
        memcpy(p, old, oldsize < newsize ? oldsize : newsize);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(Arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

char *arena_printf(Arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        FE_DIE("bad format '%s'", fmt);
    char *p = arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

size_t arena_bytes(const Arena *a)
{
    return a->bytes;
}
