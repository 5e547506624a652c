/* emit.h - private to the C emitter (backend/emit_*.c). */
#ifndef RTRANS_EMIT_H
#define RTRANS_EMIT_H

#include <stdarg.h>
#include "backend/backend.h"

typedef struct Emitter {
    IrModule *m;
    const EmitOptions *opt;
    FILE *out;
    int32_t *table_index;  /* struct id -> index in the program's type table,
                              -1 for opaque (library) structs */
    int32_t ntable;        /* IR structs in the table; the function-value
                              type follows at index ntable */
    uint8_t *recursive;    /* per function: on a cycle of the call graph */
    uint8_t *small;        /* per function: worth inlining */
    uint8_t *reachable;    /* per function: emitted (find_reachable) */
    uint8_t *root;         /* per function: may be a transaction's root
                              frame (emit_may_be_root): never inlined */
    int32_t nsites;        /* traceback records emitted so far */
    int32_t nsaves;        /* restart save areas emitted so far */
    Arena *names;          /* C names built for the function being emitted
                              (emit_*_name, operands): valid until the next
                              function starts, however many are in use */
} Emitter;

__attribute__((format(printf, 2, 3)))
void emit_printf(Emitter *e, const char *fmt, ...);

/* C spelling of things. */
const char *emit_ctype(IrKind k);            /* "int64_t", "stm_ref", ... */
const char *emit_struct_name(Emitter *e, int32_t sid);   /* "s3_Node" */
const char *emit_func_name(Emitter *e, int32_t fid);     /* "f12_main" */
const char *emit_field_name(Emitter *e, int32_t sid, int64_t field);
/* The C expression of the tid of struct sid. */
void emit_tid(Emitter *e, int32_t sid);
/* A C string literal for bytes (escaped). */
void emit_cstring(Emitter *e, const char *bytes, int64_t len);
/* Return type and parameter types of f as a function-pointer type with an
 * extra first parameter when closure != 0: "int64_t (*)(stm_ref, int64_t)". */
void emit_fnptr_type(Emitter *e, const IrFunc *f, int closure);

void emit_types(Emitter *e);        /* struct definitions + type table */
/* Which functions may recurse (emit_graph.c): only those check the stacks. */
void emit_find_recursion(Emitter *e);
void emit_function(Emitter *e, int32_t fid);
int emit_may_be_root(Emitter *e, int32_t fid);
void emit_prototype(Emitter *e, int32_t fid, const char *terminator);
/* The wrappers of C imports' externs (emit_cwrap.c), after the includes. */
void emit_cimport_wrappers(Emitter *e);

#endif
