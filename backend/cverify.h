/* cverify.h - private to the C verifier (backend/cverify*.c).
 *
 *   cverify.c       parsing, what the file declares (immutable fields,
 *                   virtual tables, function values, extern effects) and
 *                   the call graph's effects
 *   cverify_flow.c  per function: the statement graph, the barrier facts
 *                   on every path, and the check of every access
 */
#ifndef RTRANS_CVERIFY_H
#define RTRANS_CVERIFY_H

#include <clang-c/Index.h>
#include <stdint.h>
#include <stdio.h>

/* A name -> index map (open addressing). */
typedef struct CvMap {
    char **keys;
    int32_t *vals;
    int32_t cap, n;
} CvMap;

int32_t cv_map_get(const CvMap *m, const char *key);      /* -1 if absent */
void cv_map_put(CvMap *m, const char *key, int32_t val);
void cv_map_free(CvMap *m);

/* A function of the translation unit (defined, or called but not). */
typedef struct CvFunc {
    char *name;
    CXCursor def;          /* its definition, if the TU has one */
    int defined;
    int in_main;           /* defined in the verified file */
    uint8_t breaks;        /* may end the transaction */
    uint8_t collects;      /* may run a collection */
    uint8_t raise_only;    /* allocates only to raise (sets stm_tl.exc) */
    uint8_t needs_inev;    /* an extern that must run inevitable (I/O) */
    int32_t *callees;      /* direct and resolved indirect callees */
    int32_t ncallees, capcallees;
} CvFunc;

typedef struct Cv {
    CXTranslationUnit tu;
    CXFile file;
    const char *path;
    const char *text;      /* the verified file's contents */
    size_t size;
    FILE *report;
    int errors;
    int32_t accesses;      /* GC accesses checked */
    int32_t checked_funcs;
    CvFunc *funcs;
    int32_t nfuncs, capfuncs;
    CvMap func_index;
    CvMap immutable;       /* USRs of fields marked immutable */
    CvMap frozen;          /* USRs of fields marked frozen */
    int32_t **vtables;     /* per vtable: function per slot, -1 if none */
    int32_t *vt_nslots;
    int32_t nvtables;
    int32_t *fnvals;       /* functions that function values may call */
    int32_t nfnvals;
    struct CvMsg *msgs;    /* errors of the function being checked */
    int32_t nmsgs;
} Cv;

/* An error waiting to be printed in line order. */
typedef struct CvMsg {
    unsigned line, col;
    char *text;            /* "FILE:LINE:COL: error: ..." */
} CvMsg;

/* Print the pending errors, by line. */
void cv_flush_errors(Cv *cv);

/* Expression children of a cursor (types, references and attributes
 * skipped), in order; returns how many (at most max). */
int cv_children(CXCursor c, CXCursor *out, int max);
/* All of them, in a malloc'd array of *n. */
CXCursor *cv_all_children(CXCursor c, int *n);
/* Strip parentheses, casts and implicit conversions. */
CXCursor cv_strip(CXCursor c);
/* Is the cursor in the verified file (by expansion location)? */
int cv_in_main(const Cv *cv, CXCursor c);
/* Byte offset in the verified file of a location, or -1. */
long cv_offset(const Cv *cv, CXSourceLocation loc);
/* The function index of a callee name, adding a leaf if unknown. */
int32_t cv_func(Cv *cv, const char *name);

/* Callees of a call (direct, or resolved through virtual tables and
 * function values); sets *unknown when the target cannot be resolved. */
int cv_call_targets(Cv *cv, CXCursor call, int32_t *out, int max, int *unknown);
/* Is the field (a FieldDecl cursor) immutable after construction, or
 * owned by the runtime (declared outside the verified file)? */
int cv_field_exempt(const Cv *cv, CXCursor field);
/* Is the field (a FieldDecl cursor) frozen: nobody writes its objects, or
 * what they reach, once stored there (passes/frozen.c)? */
int cv_field_frozen(const Cv *cv, CXCursor field);

__attribute__((format(printf, 3, 4)))
void cv_error(Cv *cv, CXCursor at, const char *fmt, ...);

/* Check every function defined in the verified file (cverify_flow.c). */
void cv_check_functions(Cv *cv);

#endif
