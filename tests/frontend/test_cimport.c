/* test_cimport.c - C imports in the checker (frontend/cimport.c): the C
 * types read from real system headers, the language types the calls get,
 * the safe= flag, the wrappers' names, Program.cfuncs, the conversions of
 * arguments, and the errors and notes for misuse.  Programs are written
 * here and checked in-process. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontend/check.h"

typedef struct Checked {
    DiagCtx *diag;
    Arena *arena;
    Program *prog;
    int errors;
    char path[64];
} Checked;

#define PROLOGUE "import sys\nfrom rtrans.c import include\n"
#define MAIN_GUARD \
    "\n\ndef main(argv: list[str]) -> int:\n    return 0\n\n\n" \
    "if __name__ == \"__main__\":\n    sys.exit(main(sys.argv))\n"

static void check_text(Checked *k, const char *body)
{
    size_t n = strlen(PROLOGUE) + strlen(body) + strlen(MAIN_GUARD) + 1;
    char *src = malloc(n);
    snprintf(src, n, "%s%s%s", PROLOGUE, body, MAIN_GUARD);
    strcpy(k->path, "/tmp/rtrans-cimport-XXXXXX.py");
    int fd = mkstemps(k->path, 3);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, src, strlen(src)), (long)strlen(src));
    close(fd);
    free(src);
    k->diag = diag_new();
    k->arena = arena_new();
    k->prog = NULL;
    k->errors = chk_program(k->diag, k->arena, k->path, &k->prog);
}

static void release(Checked *k)
{
    unlink(k->path);
    arena_free(k->arena);
    diag_free(k->diag);
}

static const CFunc *cfunc_named(const Program *p, const char *name)
{
    for (int i = 0; i < p->ncfuncs; i++)
        if (strcmp(p->cfuncs[i]->name, name) == 0)
            return p->cfuncs[i];
    return NULL;
}

/* The first diagnostic of a kind, or NULL. */
static const Diagnostic *first_of(Checked *k, DiagKind kind)
{
    for (int i = 0; i < diag_count(k->diag); i++)
        if (diag_get(k->diag, i)->kind == kind)
            return diag_get(k->diag, i);
    return NULL;
}

START_TEST(test_c_types)
{
    Checked k;
    check_text(&k, "libm = include(\"math.h\", safe=[\"sqrt\"])\n"
                   "string = include(\"string.h\")\n"
                   "stdlib = include(\"stdlib.h\")\n"
                   "ctype = include(\"ctype.h\")\n"
                   "def f(s: str) -> None:\n"
                   "    print(libm.sqrt(2.0), libm.ldexp(1.0, 2), string.strlen(s))\n"
                   "    print(stdlib.getenv(s), stdlib.srand(3), ctype.toupper(97))\n");
    ck_assert_msg(k.errors == 0, "%s", first_of(&k, DIAG_ERROR)->msg);
    const CFunc *f = cfunc_named(k.prog, "strlen");
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(f->ret.kind, CT_UNSIGNED);         /* size_t, seen through */
    ck_assert_int_eq(f->ret.bits, 64);
    ck_assert_str_eq(f->ret.spelling, "unsigned long");
    ck_assert_int_eq(f->nparams, 1);
    ck_assert_int_eq(f->params[0].kind, CT_STR);
    ck_assert(!f->safe);
    f = cfunc_named(k.prog, "ldexp");
    ck_assert_int_eq(f->ret.kind, CT_FLOAT);
    ck_assert_int_eq(f->params[1].kind, CT_SIGNED);
    ck_assert_int_eq(f->params[1].bits, 32);
    ck_assert_str_eq(f->header, "math.h");
    f = cfunc_named(k.prog, "srand");
    ck_assert_int_eq(f->ret.kind, CT_VOID);
    ck_assert_int_eq(f->params[0].kind, CT_UNSIGNED);
    ck_assert_int_eq(f->params[0].bits, 32);
    ck_assert_str_eq(f->params[0].spelling, "unsigned int");
    f = cfunc_named(k.prog, "getenv");
    ck_assert_int_eq(f->ret.kind, CT_STR);
    ck_assert_str_eq(ty_name(k.arena, f->fi->ret), "str | None");
    ck_assert_str_eq(ty_name(k.arena, cfunc_named(k.prog, "srand")->fi->ret), "None");
    ck_assert_str_eq(ty_name(k.arena, cfunc_named(k.prog, "toupper")->fi->ret), "int");
    release(&k);
}
END_TEST

START_TEST(test_safe_and_wrappers)
{
    Checked k;
    check_text(&k, "a = include(\"math.h\", safe=[\"sqrt\"])\n"
                   "b = include(\"math.h\")\n"
                   "def f() -> float:\n"
                   "    return a.sqrt(1.0) + b.sqrt(4.0) + a.sqrt(9.0) + a.floor(0.5)\n");
    ck_assert_int_eq(k.errors, 0);
    /* One CFunc per (include, function), in the order of first use. */
    ck_assert_int_eq(k.prog->ncfuncs, 3);
    const CFunc *const *cf = (const CFunc *const *)k.prog->cfuncs;
    ck_assert_str_eq(cf[0]->name, "sqrt");
    ck_assert(cf[0]->safe);
    ck_assert_str_eq(cf[1]->name, "sqrt");
    ck_assert(!cf[1]->safe);
    ck_assert_str_eq(cf[2]->name, "floor");
    ck_assert(!cf[2]->safe);
    ck_assert_str_ne(cf[0]->wrapper, cf[1]->wrapper);
    ck_assert_ptr_eq(chk_cfunc(k.prog, cf[1]->fi), cf[1]);
    ck_assert_str_eq(cf[0]->fi->extern_name, cf[0]->wrapper);
    /* Functions of the program are not C functions. */
    for (int i = 0; i < k.prog->nfuncs; i++)
        ck_assert_ptr_null(chk_cfunc(k.prog, k.prog->funcs[i]));
    release(&k);
}
END_TEST

/* The call node: RES_FUNC to the C function, arguments converted where
 * CPython's ctypes would convert them (int and bool to a C double). */
START_TEST(test_call_node)
{
    Checked k;
    check_text(&k, "libm = include(\"math.h\")\n"
                   "def f(n: int) -> float:\n"
                   "    return libm.pow(n, True)\n");
    ck_assert_int_eq(k.errors, 0);
    const CFunc *pow_ = cfunc_named(k.prog, "pow");
    Ast *ret = NULL;
    for (int i = 0; i < k.prog->nfuncs; i++)
        if (strcmp(k.prog->funcs[i]->name, "f") == 0)
            ret = k.prog->funcs[i]->def->u.func.body.items[0];
    ck_assert_ptr_nonnull(ret);
    Ast *call = ret->u.ret.value;
    ck_assert_int_eq(call->kind, AST_CALL);
    ck_assert_int_eq(call->u.call.res, RES_FUNC);
    ck_assert_ptr_eq(call->u.call.target, pow_->fi);
    ck_assert_int_eq(call->u.call.bound.n, 2);
    for (int i = 0; i < 2; i++) {
        Ast *a = call->u.call.bound.items[i];
        ck_assert_int_eq(a->kind, AST_CONVERT);
        ck_assert_int_eq(a->ty->kind, TY_FLOAT);
    }
    release(&k);
}
END_TEST

/* Errors name the function and what is wrong, and a note shows the
 * header's declaration with its source line. */
START_TEST(test_errors_and_notes)
{
    static const struct { const char *src, *error, *note; } cases[] = {
        { "s = include(\"string.h\")\ndef f() -> None:\n    s.memset(\"a\", 0, 1)\n",
          "cannot call 'memset' from C: parameter 1 has type 'void *', which rtrans cannot pass",
          "<string.h> declares 'void *memset(void *, int, unsigned long)'" },
        { "m = include(\"math.h\")\ndef f() -> None:\n    m.frexp(1.0, 2)\n",
          "cannot call 'frexp' from C: parameter 2 has type 'int *', which rtrans cannot pass",
          "<math.h> declares 'double frexp(double, int *)'" },
        { "m = include(\"math.h\")\ndef f() -> None:\n    m.fabs()\n",
          "fabs() takes 1 argument but 0 were given", "<math.h> declares 'double fabs(double)'" },
        { "m = include(\"math.h\")\ndef f() -> None:\n    m.INFINITY()\n",
          "'INFINITY' is a macro of <math.h>, not a function: only C functions can be called",
          "<math.h> defines the macro 'INFINITY' here" },
        { "c = include(\"crypt.h\")\ndef f() -> None:\n    print(c.crypt(\"pw\", \"ab\"))\n",
          "cannot call 'crypt' from C: <crypt.h> declares it, but neither libc nor libm defines "
          "it (a translated program links only those)",
          "<crypt.h> declares 'char *crypt(const char *, const char *)'" },
        { "m = include(\"math.h\", safe=[\"sin\", \"sine\"])\n",
          "safe= names 'sine', which <math.h> does not declare as a function", NULL },
        { "m = include(\"rtrans_surely_missing.h\")\n",
          "cannot find C header 'rtrans_surely_missing.h'", NULL },
        { "m = include(\"/usr/include/math.h\")\n",
          "'/usr/include/math.h' is not the name of a system header (such as \"math.h\")", NULL },
        { "def f() -> None:\n    m = include(\"math.h\")\n",
          "include() must be assigned to a name at module level: "
          "NAME = include(\"header.h\", safe=[...])", NULL },
    };
    Checked k;
    check_text(&k, cases[_i].src);
    const Diagnostic *e = first_of(&k, DIAG_ERROR);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->msg, cases[_i].error);
    const Diagnostic *n = first_of(&k, DIAG_NOTE);
    if (cases[_i].note) {
        ck_assert_ptr_nonnull(n);
        ck_assert_str_eq(n->msg, cases[_i].note);
        size_t len = 0;
        ck_assert_ptr_nonnull(diag_line_text(k.diag, n->loc.file, n->loc.line, &len));
        ck_assert_int_gt((int)len, 0);
    } else {
        ck_assert_ptr_null(n);
    }
    release(&k);
}
END_TEST

static Suite *cimport_suite(void)
{
    Suite *s = suite_create("cimport");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_c_types);
    tcase_add_test(tc, test_safe_and_wrappers);
    tcase_add_test(tc, test_call_node);
    tcase_add_loop_test(tc, test_errors_and_notes, 0, 9);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(cimport_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
