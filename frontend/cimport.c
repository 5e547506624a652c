/* cimport.c - C functions of system headers, read with libclang.
 *
 *     from rtrans.c import include
 *     libm = include("math.h", safe=["sqrt"])      # module level only
 *     ... libm.sqrt(2.0) ...
 *
 * chk_cimport_declare() runs in the declaration phase: it recognises the
 * assignment, reads the header (once per translation, whatever the number
 * of includes naming it) and binds NAME to a pseudo-module; the statement
 * becomes PASS, so nothing is lowered for it.  chk_cimport_call() checks a
 * call NAME.f(...) against f's declaration in the header and resolves it
 * to a FuncInfo standing for the C function (RES_FUNC; extern_name is the
 * C wrapper the backend generates); chk_cfunc() gives the lowering the C
 * side (canonical C types of the result and parameters).
 *
 * Type mapping, on canonical types (size_t, pid_t, enums... are seen
 * through to their integer type), the same as runtime/prelude/rtrans/c.py:
 *   integer types (_Bool included)  <-> int   (range checked by the wrapper)
 *   float, double, long double      <-> float
 *   const char * parameter           <-  str   (temporary UTF-8 copy)
 *   char * / const char * result      -> str | None (copied; NULL: None)
 *   void result                       -> None
 * Anything else (other pointers, structs, variadic or unprototyped
 * functions) makes the function uncallable; a call names the parameter.
 *
 * libclang state never outlives read_header(): what the checker needs of a
 * header (its functions, variables and macro names, with locations) is
 * copied into the arena and the translation unit disposed at once.
 */
#include <clang-c/Index.h>
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/check.h"

/* A place in a header, turned into a Loc only when a note needs it. */
typedef struct CPlace {
    const char *file;           /* NULL: unknown */
    int line, col;
} CPlace;

/* A function the header declares. */
typedef struct CDecl {
    const char *name;
    const char *proto;          /* "double sqrt(double)", for notes */
    CPlace place;
    int order;                  /* declaration order: the first one wins */
    const char *refusal;        /* why rtrans cannot call it, or NULL */
    int linked;                 /* defined by libc or libm: 1 yes, 0 no,
                                   -1 not looked up yet */
    CType ret;
    CType *params;
    int nparams;
} CDecl;

/* Another name the header defines (a variable or a macro). */
typedef struct CName {
    const char *name;
    CPlace place;
} CName;

typedef struct CHeader {
    const char *name;           /* as written: "math.h" */
    const char *error;          /* could not be read: the message; else NULL */
    CDecl *funcs;               /* sorted by name, one per name */
    int nfuncs, capfuncs;
    CName *vars, *macros;       /* sorted by name */
    int nvars, capvars, nmacros, capmacros;
} CHeader;

/* One `NAME = include(...)`. */
typedef struct CInclude {
    const char *var;            /* NAME */
    ModuleInfo *mod;            /* what NAME denotes */
    CHeader *hdr;
    const char **safe;
    int nsafe, capsafe;
    CFunc **made;               /* per hdr->funcs entry, made on first call */
    int index;                  /* numbers this include's wrappers */
} CInclude;

struct CImports {
    CHeader **headers;
    int nheaders, capheaders;
    CInclude **incs;
    int nincs, capincs;
    const char **paths;         /* header files registered in the source table */
    int *file_ids;
    int npaths, cappaths, capids;
};

static const char main_name[] = "rtrans-cimport.c";

/* ================================================================ libclang */

static char *take_string(Arena *a, CXString s)
{
    const char *p = clang_getCString(s);
    char *r = arena_strdup(a, p ? p : "");
    clang_disposeString(s);
    return r;
}

static CPlace place_of(Arena *a, CXSourceLocation loc)
{
    CXFile f;
    unsigned line, col;
    clang_getSpellingLocation(loc, &f, &line, &col, NULL);
    CPlace p = { NULL, (int)line, (int)col };
    if (f)
        p.file = take_string(a, clang_getFileName(f));
    return p;
}

static bool is_plain_char(enum CXTypeKind k)
{
    return k == CXType_Char_S || k == CXType_Char_U;
}

/* Pointers: only to char, the string convention of C. */
static bool map_pointer(CXType ct, bool result, CType *out)
{
    CXType pointee = clang_getPointeeType(ct);
    if (!is_plain_char(pointee.kind) || (!result && !clang_isConstQualifiedType(pointee)))
        return false;
    out->kind = CT_STR;
    out->spelling = "const char *";
    return true;
}

/* The spelling of an arithmetic type without its qualifiers: the
 * wrapper's casts and messages name the plain type ("const int" can be a
 * parameter's declared type; LLVM 14 has no query for the unqualified
 * type). */
static const char *unqualified(const char *s)
{
    for (;;) {
        if (strncmp(s, "const ", 6) == 0)
            s += 6;
        else if (strncmp(s, "volatile ", 9) == 0)
            s += 9;
        else
            return s;
    }
}

/* How a value of C type t crosses into the language (a result when
 * `result`, else a parameter); false when it cannot. */
static bool map_ctype(Arena *a, CXType t, bool result, CType *out)
{
    CXType ct = clang_getCanonicalType(t);
    if (ct.kind == CXType_Enum)
        ct = clang_getCanonicalType(clang_getEnumDeclIntegerType(clang_getTypeDeclaration(ct)));
    *out = (CType){ CT_SIGNED, (int)(8 * clang_Type_getSizeOf(ct)), NULL };
    switch (ct.kind) {
    case CXType_Void:
        if (!result)
            return false;
        *out = (CType){ CT_VOID, 0, "void" };
        return true;
    case CXType_Pointer:
        return map_pointer(ct, result, out);
    case CXType_Bool:
        out->kind = CT_UNSIGNED;
        out->bits = 1;
        break;
    case CXType_Char_U: case CXType_UChar: case CXType_UShort: case CXType_UInt:
    case CXType_ULong: case CXType_ULongLong:
        out->kind = CT_UNSIGNED;
        break;
    case CXType_Char_S: case CXType_SChar: case CXType_Short: case CXType_Int:
    case CXType_Long: case CXType_LongLong:
        break;
    case CXType_Float: case CXType_Double: case CXType_LongDouble:
        out->kind = CT_FLOAT;
        out->bits = 0;
        break;
    default:
        return false;
    }
    if (out->bits > 64)
        return false;
    out->spelling = unqualified(take_string(a, clang_getTypeSpelling(ct)));
    return true;
}

/* "double sqrt(double)", "int printf(const char *, ...)". */
static const char *prototype(Arena *a, const char *name, CXType ft)
{
    const char *ret = take_string(a, clang_getTypeSpelling(clang_getResultType(ft)));
    size_t n0 = strlen(ret);
    char *s = arena_printf(a, "%s%s%s(", ret, n0 && ret[n0 - 1] == '*' ? "" : " ", name);
    int n = clang_getNumArgTypes(ft);
    for (int i = 0; i < n; i++)
        s = arena_printf(a, "%s%s%s", s, i ? ", " : "",
                         take_string(a, clang_getTypeSpelling(clang_getArgType(ft, (unsigned)i))));
    if (ft.kind == CXType_FunctionProto && clang_isFunctionTypeVariadic(ft))
        s = arena_printf(a, "%s%s...", s, n ? ", " : "");
    else if (ft.kind == CXType_FunctionProto && n == 0)
        s = arena_printf(a, "%svoid", s);
    return arena_printf(a, "%s)", s);
}

/* Fills d's result and parameters, or says why the function is refused. */
static void map_signature(Arena *a, CXType ft, CDecl *d)
{
    if (ft.kind != CXType_FunctionProto) {
        d->refusal = "its declaration has no prototype";
        return;
    }
    if (clang_isFunctionTypeVariadic(ft)) {
        d->refusal = "it takes a variable number of arguments";
        return;
    }
    d->nparams = clang_getNumArgTypes(ft);
    d->params = arena_alloc(a, (size_t)(d->nparams + 1) * sizeof *d->params);
    for (int i = 0; i < d->nparams; i++) {
        CXType pt = clang_getArgType(ft, (unsigned)i);
        if (!map_ctype(a, pt, false, &d->params[i])) {
            d->refusal = arena_printf(a, "parameter %d has type '%s', which rtrans cannot pass",
                                      i + 1, take_string(a, clang_getTypeSpelling(pt)));
            return;
        }
    }
    CXType rt = clang_getResultType(ft);
    if (!map_ctype(a, rt, true, &d->ret))
        d->refusal = arena_printf(a, "its result has type '%s', which rtrans cannot convert",
                                  take_string(a, clang_getTypeSpelling(rt)));
}

typedef struct Reader {
    Arena *arena;
    CHeader *h;
} Reader;

static void add_function(Reader *r, CXCursor cur)
{
    CDecl d = { 0 };
    d.linked = -1;
    d.name = take_string(r->arena, clang_getCursorSpelling(cur));
    d.place = place_of(r->arena, clang_getCursorLocation(cur));
    d.order = r->h->nfuncs;
    CXType ft = clang_getCursorType(cur);
    d.proto = prototype(r->arena, d.name, ft);
    map_signature(r->arena, ft, &d);
    VEC_PUSH(r->arena, r->h->funcs, r->h->nfuncs, r->h->capfuncs, d);
}

static enum CXChildVisitResult visit_decl(CXCursor cur, CXCursor parent, CXClientData data)
{
    (void)parent;
    Reader *r = data;
    CName n;
    switch (clang_getCursorKind(cur)) {
    case CXCursor_FunctionDecl:
        add_function(r, cur);
        break;
    case CXCursor_VarDecl:
        n.name = take_string(r->arena, clang_getCursorSpelling(cur));
        n.place = place_of(r->arena, clang_getCursorLocation(cur));
        VEC_PUSH(r->arena, r->h->vars, r->h->nvars, r->h->capvars, n);
        break;
    case CXCursor_MacroDefinition:
        if (clang_Cursor_isMacroBuiltin(cur))
            break;
        n.name = take_string(r->arena, clang_getCursorSpelling(cur));
        n.place = place_of(r->arena, clang_getCursorLocation(cur));
        VEC_PUSH(r->arena, r->h->macros, r->h->nmacros, r->h->capmacros, n);
        break;
    default:
        break;
    }
    return CXChildVisit_Continue;
}

/* The first error of the parse, worded for the program's author; NULL
 * when there is none. */
static const char *parse_error(Arena *a, CXTranslationUnit tu, const char *header)
{
    unsigned n = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic dg = clang_getDiagnostic(tu, i);
        const char *msg = NULL;
        if (clang_getDiagnosticSeverity(dg) >= CXDiagnostic_Error) {
            char *text = take_string(a, clang_getDiagnosticSpelling(dg));
            CPlace p = place_of(a, clang_getDiagnosticLocation(dg));
            bool in_main = p.file && strcmp(p.file, main_name) == 0;
            if (in_main && strstr(text, "file not found"))
                msg = arena_printf(a, "cannot find C header '%s'", header);
            else
                msg = arena_printf(a, "C header '%s' does not compile: %s:%d: %s", header,
                                   p.file ? p.file : "?", p.line, text);
        }
        clang_disposeDiagnostic(dg);
        if (msg)
            return msg;
    }
    return NULL;
}

static int by_name_order(const void *x, const void *y)
{
    const CDecl *a = x, *b = y;
    int c = strcmp(a->name, b->name);
    return c ? c : (a->order > b->order) - (a->order < b->order);
}

static int by_name(const void *x, const void *y)
{
    return strcmp(((const CName *)x)->name, ((const CName *)y)->name);
}

/* Sorts the functions by name and keeps the first declaration of each. */
static void index_header(CHeader *h)
{
    if (h->nfuncs)
        qsort(h->funcs, (size_t)h->nfuncs, sizeof *h->funcs, by_name_order);
    int k = 0;
    for (int i = 0; i < h->nfuncs; i++)
        if (k == 0 || strcmp(h->funcs[k - 1].name, h->funcs[i].name) != 0)
            h->funcs[k++] = h->funcs[i];
    h->nfuncs = k;
    if (h->nvars)
        qsort(h->vars, (size_t)h->nvars, sizeof *h->vars, by_name);
    if (h->nmacros)
        qsort(h->macros, (size_t)h->nmacros, sizeof *h->macros, by_name);
}

static CHeader *read_header(Arena *a, const char *name)
{
    CHeader *h = arena_alloc(a, sizeof *h);
    h->name = name;
    char *src = arena_printf(a, "#include <%s>\n", name);
    struct CXUnsavedFile uf = { main_name, src, (unsigned long)strlen(src) };
    const char *args[] = { "-x", "c", "-std=c11" };
    CXIndex idx = clang_createIndex(0, 0);
    CXTranslationUnit tu = NULL;
    enum CXErrorCode rc = clang_parseTranslationUnit2(
        idx, main_name, args, 3, &uf, 1,
        CXTranslationUnit_SkipFunctionBodies | CXTranslationUnit_DetailedPreprocessingRecord, &tu);
    if (rc != CXError_Success || !tu)
        h->error = arena_printf(a, "libclang cannot parse C header '%s' (error %d)", name, (int)rc);
    else if (!(h->error = parse_error(a, tu, name))) {
        Reader r = { a, h };
        clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_decl, &r);
        index_header(h);
    }
    if (tu)
        clang_disposeTranslationUnit(tu);
    clang_disposeIndex(idx);
    return h;
}

/* ================================================================ lookups */

static CDecl *find_func(const CHeader *h, const char *name)
{
    int lo = 0, hi = h->nfuncs;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        int c = strcmp(h->funcs[mid].name, name);
        if (c == 0)
            return &h->funcs[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static const CName *find_name(const CName *v, int n, const char *name)
{
    CName key = { .name = name };
    return n ? bsearch(&key, v, (size_t)n, sizeof key, by_name) : NULL;
}

static struct CImports *state(Checker *c)
{
    if (!c->cimports)
        c->cimports = arena_alloc(c->arena, sizeof *c->cimports);
    return c->cimports;
}

static CHeader *header(Checker *c, const char *name)
{
    struct CImports *st = state(c);
    for (int i = 0; i < st->nheaders; i++)
        if (strcmp(st->headers[i]->name, name) == 0)
            return st->headers[i];
    CHeader *h = read_header(c->arena, name);
    VEC_PUSH(c->arena, st->headers, st->nheaders, st->capheaders, h);
    return h;
}

static CInclude *include_of(Checker *c, const ModuleInfo *m)
{
    struct CImports *st = c->cimports;
    for (int i = 0; st && i < st->nincs; i++)
        if (st->incs[i]->mod == m)
            return st->incs[i];
    return NULL;
}

bool chk_cimport_is_module(Checker *c, const ModuleInfo *m)
{
    return include_of(c, m) != NULL;
}

const CFunc *chk_cfunc(const Program *prog, const FuncInfo *fi)
{
    for (int i = 0; i < prog->ncfuncs; i++)
        if (prog->cfuncs[i]->fi == fi)
            return prog->cfuncs[i];
    return NULL;
}

/* Whether the C libraries every translated program links (libc, libm:
 * backend/cc.c) define the function: one that only a header declares, or
 * that another library defines, would fail when the program is linked.
 * (runtime/prelude/rtrans/c.py looks in the same libraries.) */
static bool linked_libraries_define(CDecl *d)
{
    static const char *const libs[] = { "libc.so.6", "libm.so.6" };
    if (d->linked < 0) {
        d->linked = 0;
        for (size_t i = 0; i < sizeof libs / sizeof libs[0] && !d->linked; i++) {
            void *h = dlopen(libs[i], RTLD_LAZY | RTLD_LOCAL);
            if (h) {
                d->linked = dlsym(h, d->name) != NULL;
                dlclose(h);
            }
        }
    }
    return d->linked;
}

/* ================================================================ notes */

static char *read_text(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb)
                free(buf);
            buf = nb;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

/* The source-table index of a header file (read once, for the source line
 * under a note). */
static int header_file(Checker *c, const char *path)
{
    struct CImports *st = state(c);
    for (int i = 0; i < st->npaths; i++)
        if (strcmp(st->paths[i], path) == 0)
            return st->file_ids[i];
    size_t len = 0;
    char *text = read_text(path, &len);
    int id = diag_add_file(c->diag, path, text, len);
    free(text);
    int n = st->npaths;
    VEC_PUSH(c->arena, st->paths, st->npaths, st->cappaths, path);
    VEC_PUSH(c->arena, st->file_ids, n, st->capids, id);
    return id;
}

static void note_at(Checker *c, CPlace p, const char *msg)
{
    Loc loc = { -1, 0, 0 };
    if (p.file)
        loc = (Loc){ header_file(c, p.file), p.line, p.col };
    diag_note(c->diag, loc, "%s", msg);
}

static void note_decl(Checker *c, const CInclude *inc, const CDecl *d)
{
    note_at(c, d->place, chk_fmt(c, "<%s> declares '%s'", inc->hdr->name, d->proto));
}

/* ================================================================ include() */

static Ast *set_err(Checker *c, Ast *e)
{
    e->ty = ty_prim(c->tt, TY_ERROR);
    return e;
}

static bool is_include_call(Checker *c, ModuleInfo *m, const Ast *v)
{
    if (!v || v->kind != AST_CALL || v->u.call.func->kind != AST_NAME)
        return false;
    Sym *s = chk_lookup_global(c, m, v->u.call.func->u.name.id);
    return s && s->kind == SYM_BUILTIN && s->builtin == BI_C_INCLUDE;
}

static bool is_str_const(const Ast *e)
{
    return e && e->kind == AST_STR;
}

/* A header name a C file could #include <...>: no absolute path, no '..',
 * no character that would end the directive. */
static bool header_name_ok(const char *s, size_t len)
{
    if (len == 0 || s[0] == '/' || strlen(s) != len || strstr(s, ".."))
        return false;
    for (const char *p = s; *p; p++)
        if (!(('a' <= *p && *p <= 'z') || ('A' <= *p && *p <= 'Z') || ('0' <= *p && *p <= '9') ||
              strchr("_./+-", *p)))
            return false;
    return true;
}

/* safe=[...]: names of functions the header declares. */
static void read_safe(Checker *c, CInclude *inc, Ast *list)
{
    if (list->kind != AST_LIST && list->kind != AST_TUPLE) {
        chk_error(c, list->loc, "safe= takes a list of function names: safe=[\"sqrt\", ...]");
        return;
    }
    for (int i = 0; i < list->u.seq.items.n; i++) {
        Ast *it = list->u.seq.items.items[i];
        if (!is_str_const(it)) {
            chk_error(c, it->loc, "safe= takes function names as string constants");
            continue;
        }
        if (!inc->hdr->error && !find_func(inc->hdr, it->u.str.s))
            chk_error(c, it->loc, "safe= names '%s', which <%s> does not declare as a function",
                      it->u.str.s, inc->hdr->name);
        VEC_PUSH(c->arena, inc->safe, inc->nsafe, inc->capsafe, it->u.str.s);
    }
}

/* The arguments of include(): the header (NULL after an error) and the
 * safe= list (or NULL). */
static Ast *include_args(Checker *c, Ast *call, Ast **safe)
{
    Ast *hdr = NULL;
    *safe = NULL;
    bool bad = false;
    for (int i = 0; i < call->u.call.args.n; i++) {
        Ast *a = call->u.call.args.items[i];
        if (a->kind == AST_KEYWORD && strcmp(a->u.kw.name, "safe") == 0)
            *safe = a->u.kw.value;
        else if (a->kind == AST_KEYWORD) {
            chk_error(c, a->loc, "include() got an unexpected keyword argument '%s'", a->u.kw.name);
            bad = true;
        } else if (hdr || !is_str_const(a)) {
            chk_error(c, a->loc, "include() takes one header name as a string constant: "
                      "include(\"math.h\")");
            bad = true;
        } else
            hdr = a;
    }
    if (!hdr && !bad)
        chk_error(c, call->loc, "include() needs a header name: include(\"math.h\")");
    if (hdr && !header_name_ok(hdr->u.str.s, hdr->u.str.len)) {
        chk_error(c, hdr->loc, "'%s' is not the name of a system header (such as \"math.h\")",
                  hdr->u.str.s);
        hdr = NULL;
    }
    return hdr;
}

static CInclude *new_include(Checker *c, const char *var, CHeader *h)
{
    struct CImports *st = state(c);
    CInclude *inc = arena_alloc(c->arena, sizeof *inc);
    inc->var = var;
    inc->hdr = h;
    inc->index = st->nincs;
    inc->made = arena_alloc(c->arena, (size_t)(h->nfuncs + 1) * sizeof *inc->made);
    ModuleInfo *mod = arena_alloc(c->arena, sizeof *mod);
    mod->name = arena_printf(c->arena, "<%s>", h->name);
    mod->syms = symtab_new(c->arena);
    inc->mod = mod;
    VEC_PUSH(c->arena, st->incs, st->nincs, st->capincs, inc);
    return inc;
}

static void bind_include(Checker *c, ModuleInfo *m, Ast *target, CInclude *inc)
{
    const char *name = target->u.name.id;
    Sym *old = symtab_get(m->syms, name);
    if (old) {
        chk_error(c, target->loc, "'%s' is already defined (line %d)", name, old->loc.line);
        return;
    }
    Sym *s = arena_alloc(c->arena, sizeof *s);
    s->kind = SYM_MODULE;
    s->name = name;
    s->loc = target->loc;
    s->module = inc->mod;
    s->type = ty_module(c->tt, inc->mod);
    symtab_put(m->syms, s);
}

bool chk_cimport_declare(Checker *c, ModuleInfo *m, Ast **sp)
{
    Ast *s = *sp;
    if (s->kind != AST_ASSIGN || !is_include_call(c, m, s->u.assign.value))
        return false;
    *sp = ast_simple(c->arena, AST_PASS, s->loc);
    Ast *target = s->u.assign.targets.items[0];
    if (s->u.assign.targets.n != 1 || target->kind != AST_NAME) {
        chk_error(c, target->loc, "the result of include() must be assigned to one name");
        return true;
    }
    Ast *safe;
    Ast *hdr = include_args(c, s->u.assign.value, &safe);
    CHeader *h = NULL;
    if (hdr) {
        h = header(c, hdr->u.str.s);
        if (h->error)
            chk_error(c, hdr->loc, "%s", h->error);
    } else {
        h = arena_alloc(c->arena, sizeof *h);
        h->name = "?";
        h->error = "";
    }
    CInclude *inc = new_include(c, target->u.name.id, h);
    if (safe)
        read_safe(c, inc, safe);
    bind_include(c, m, target, inc);
    return true;
}

Ast *chk_cimport_misplaced(Checker *c, Ast *call)
{
    chk_error(c, call->loc, "include() must be assigned to a name at module level: "
              "NAME = include(\"header.h\", safe=[...])");
    return set_err(c, call);
}

/* ================================================================ calls */

static Type *lang_type(Checker *c, const CType *t, bool result)
{
    switch (t->kind) {
    case CT_VOID: return ty_prim(c->tt, TY_NONE);
    case CT_SIGNED: case CT_UNSIGNED: return ty_prim(c->tt, TY_INT);
    case CT_FLOAT: return ty_prim(c->tt, TY_FLOAT);
    case CT_STR:
        return result ? ty_optional(c->tt, ty_prim(c->tt, TY_STR)) : ty_prim(c->tt, TY_STR);
    }
    CHK_UNREACHABLE();
}

static bool is_safe(const CInclude *inc, const char *name)
{
    for (int i = 0; i < inc->nsafe; i++)
        if (strcmp(inc->safe[i], name) == 0)
            return true;
    return false;
}

/* The CFunc (and the FuncInfo that stands for it) of inc's function d. */
static CFunc *cfunc_for(Checker *c, CInclude *inc, CDecl *d)
{
    int k = (int)(d - inc->hdr->funcs);
    if (inc->made[k])
        return inc->made[k];
    CFunc *cf = arena_alloc(c->arena, sizeof *cf);
    cf->name = d->name;
    cf->header = inc->hdr->name;
    cf->wrapper = arena_printf(c->arena, "rtc%d_%s", inc->index, d->name);
    cf->ret = d->ret;
    cf->params = d->params;
    cf->nparams = d->nparams;
    cf->safe = is_safe(inc, d->name);
    FuncInfo *fi = arena_alloc(c->arena, sizeof *fi);
    fi->name = d->name;
    fi->qualname = arena_printf(c->arena, "%s.%s", inc->var, d->name);
    fi->module = inc->mod;
    fi->nparams = d->nparams;
    fi->params = arena_alloc(c->arena, (size_t)(d->nparams + 1) * sizeof *fi->params);
    for (int i = 0; i < d->nparams; i++) {
        fi->params[i].name = arena_printf(c->arena, "arg%d", i + 1);
        fi->params[i].type = lang_type(c, &d->params[i], false);
    }
    fi->ret = lang_type(c, &d->ret, true);
    fi->vslot = -1;
    fi->extern_name = cf->wrapper;
    cf->fi = fi;
    inc->made[k] = cf;
    VEC_PUSH(c->arena, c->prog->cfuncs, c->prog->ncfuncs, c->prog->capcfuncs, cf);
    return cf;
}

/* `NAME.attr` names no callable function: says what it is instead. */
static void report_member(Checker *c, const CInclude *inc, const char *attr, Loc loc)
{
    const CHeader *h = inc->hdr;
    const CName *n;
    if ((n = find_name(h->vars, h->nvars, attr))) {
        chk_error(c, loc, "'%s' is a variable of <%s>, not a function", attr, h->name);
        note_at(c, n->place, chk_fmt(c, "<%s> declares '%s' here", h->name, attr));
    } else if ((n = find_name(h->macros, h->nmacros, attr))) {
        chk_error(c, loc, "'%s' is a macro of <%s>, not a function: only C functions can be called",
                  attr, h->name);
        note_at(c, n->place, chk_fmt(c, "<%s> defines the macro '%s' here", h->name, attr));
    } else {
        chk_error(c, loc, "<%s> declares no function '%s'", h->name, attr);
    }
}

/* Checks the argument expressions of a call that is already in error, so
 * that their own errors are still reported. */
static Ast *fail_call(Checker *c, Ast *call)
{
    for (int i = 0; i < call->u.call.args.n; i++) {
        Ast *a = call->u.call.args.items[i];
        if (a->kind == AST_KEYWORD)
            a->u.kw.value = chk_expr(c, a->u.kw.value);
        else
            call->u.call.args.items[i] = chk_expr(c, a);
    }
    return set_err(c, call);
}

/* The arguments against d's parameters: converted as for library
 * functions of a fixed number type (an int passes as a C double). */
static bool bind_c_args(Checker *c, Ast *call, const CInclude *inc, const CDecl *d,
                        FuncInfo *fi)
{
    AstList *args = &call->u.call.args;
    for (int i = 0; i < args->n; i++)
        if (args->items[i]->kind == AST_KEYWORD) {
            chk_error(c, args->items[i]->loc, "C function '%s' takes no keyword arguments",
                      d->name);
            note_decl(c, inc, d);
            return false;
        }
    if (args->n != d->nparams) {
        chk_error(c, call->loc, "%s() takes %d argument%s but %d %s given", d->name, d->nparams,
                  d->nparams == 1 ? "" : "s", args->n, args->n == 1 ? "was" : "were");
        note_decl(c, inc, d);
        return false;
    }
    bool ok = true;
    call->u.call.bound = (AstList){ 0 };
    for (int i = 0; i < args->n; i++) {
        Type *want = fi->params[i].type;
        Ast *a = args->items[i] = chk_expr_expect(c, args->items[i], want);
        Ast *ca = chk_coerce(c, a, want);
        if (!ca && a->ty->kind != TY_ERROR) {
            chk_error(c, a->loc, "argument %d of '%s' has type '%s', expected '%s'", i + 1, d->name,
                      chk_tyname(c, a->ty), chk_tyname(c, want));
            note_decl(c, inc, d);
        }
        ok &= ca != NULL;
        ast_list_push(c->arena, &call->u.call.bound, ca ? ca : a);
    }
    return ok;
}

/* The include NAME denotes at this point, or NULL. */
static CInclude *callee_include(Checker *c, const Ast *obj)
{
    if (obj->kind != AST_NAME)
        return NULL;
    Sym *s = chk_lookup_name(c, obj->u.name.id);
    return s && s->kind == SYM_MODULE ? include_of(c, s->module) : NULL;
}

/* The declaration NAME.attr calls, or NULL after reporting why it cannot
 * be called. */
static CDecl *callable_decl(Checker *c, CInclude *inc, Ast *f)
{
    CDecl *d = find_func(inc->hdr, f->u.attr.attr);
    if (!d) {
        report_member(c, inc, f->u.attr.attr, f->u.attr.attr_loc);
        return NULL;
    }
    if (d->refusal)
        chk_error(c, f->u.attr.attr_loc, "cannot call '%s' from C: %s", d->name, d->refusal);
    else if (!linked_libraries_define(d))
        chk_error(c, f->u.attr.attr_loc, "cannot call '%s' from C: <%s> declares it, but "
                  "neither libc nor libm defines it (a translated program links only those)",
                  d->name, inc->hdr->name);
    else
        return d;
    note_decl(c, inc, d);
    return NULL;
}

/* The callee NAME.f as the checked AST shows a module member function. */
static void resolve_callee(Checker *c, Ast *f, const CInclude *inc, FuncInfo *fi)
{
    Sym *s = arena_alloc(c->arena, sizeof *s);
    s->kind = SYM_FUNC;
    s->name = fi->name;
    s->func = fi;
    s->module = inc->mod;
    Type **ps = arena_alloc(c->arena, (size_t)(fi->nparams + 1) * sizeof *ps);
    for (int i = 0; i < fi->nparams; i++)
        ps[i] = fi->params[i].type;
    f->u.attr.res = RES_MODULE_MEMBER;
    f->u.attr.sym = s;
    f->ty = s->type = ty_callable(c->tt, ps, fi->nparams, fi->ret);
}

Ast *chk_cimport_call(Checker *c, Ast *call)
{
    Ast *f = call->u.call.func;
    CInclude *inc = callee_include(c, f->u.attr.obj);
    if (!inc)
        return NULL;
    f->u.attr.obj = chk_expr(c, f->u.attr.obj);
    CDecl *d = inc->hdr->error ? NULL : callable_decl(c, inc, f);
    if (!d)
        return fail_call(c, call);
    FuncInfo *fi = cfunc_for(c, inc, d)->fi;
    if (!bind_c_args(c, call, inc, d, fi))
        return fail_call(c, call);
    resolve_callee(c, f, inc, fi);
    call->u.call.res = RES_FUNC;
    call->u.call.target = fi;
    call->ty = fi->ret;
    return call;
}

Ast *chk_cimport_attr(Checker *c, Ast *attr)
{
    CInclude *inc = include_of(c, attr->u.attr.obj->ty->module);
    const char *name = attr->u.attr.attr;
    if (inc->hdr->error)
        return set_err(c, attr);
    if (find_func(inc->hdr, name))
        chk_error(c, attr->u.attr.attr_loc,
                  "C function '%s' can only be called, not used as a value: write %s.%s(...)",
                  name, inc->var, name);
    else
        report_member(c, inc, name, attr->u.attr.attr_loc);
    return set_err(c, attr);
}
