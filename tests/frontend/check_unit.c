/* Unit tests of the checker: golden type dumps (tests/frontend/check/NAME.py
 * against NAME.types, as `rtrans-check --types` prints them), template
 * instance deduplication, the methods marked used for the lowering,
 * immutable-field inference, narrowing and definite assignment on small
 * programs written here. */
#include <check.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend/check.h"
#include "tests/frontend/check_unit.h"

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    size_t got = fread(s, 1, (size_t)n, f);
    s[got] = 0;
    fclose(f);
    return s;
}

/* A checked program and what owns it. */
typedef struct Checked {
    DiagCtx *diag;
    Arena *arena;
    Program *prog;
    int errors;
    char path[64];
} Checked;

static void check_path(Checked *k, const char *path)
{
    k->diag = diag_new();
    k->arena = arena_new();
    k->prog = NULL;
    k->errors = chk_program(k->diag, k->arena, path, &k->prog);
}

/* Checks a program given as text (written to a temporary file). */
static void check_text(Checked *k, const char *src)
{
    strcpy(k->path, "/tmp/rtrans-check-unit-XXXXXX.py");
    int fd = mkstemps(k->path, 3);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, src, strlen(src)), (long)strlen(src));
    close(fd);
    check_path(k, k->path);
}

static void release(Checked *k)
{
    if (k->path[0])
        unlink(k->path);
    arena_free(k->arena);
    diag_free(k->diag);
}

static const char *first_error(Checked *k)
{
    return diag_count(k->diag) ? diag_get(k->diag, 0)->msg : "(none)";
}

#define MAIN_GUARD \
    "\n\ndef main(argv: list[str]) -> int:\n    return 0\n\n\n" \
    "if __name__ == \"__main__\":\n    sys.exit(main(sys.argv))\n"

/* ------------------------------------------------------------ goldens */

static int golden_file(const char *py)
{
    char want_path[4096];
    snprintf(want_path, sizeof want_path, "%.*s.types", (int)(strlen(py) - 3), py);
    char *want = slurp(want_path);
    if (!want) {
        printf("%s: missing golden file %s\n", py, want_path);
        return 1;
    }
    Checked k = { 0 };
    check_path(&k, py);
    int bad = 0;
    if (k.errors) {
        printf("%s: %d errors, first: %s\n", py, k.errors, first_error(&k));
        bad = 1;
    } else {
        char *got = NULL;
        size_t len = 0;
        FILE *out = open_memstream(&got, &len);
        chk_dump_types(k.prog, k.prog->main, out);
        fclose(out);
        if (strcmp(got, want) != 0) {
            printf("%s: type dump differs from %s (regenerate with "
                   "build/tools/rtrans-check --types and review the diff)\n", py, want_path);
            bad = 1;
        }
        free(got);
    }
    fflush(stdout);
    release(&k);
    free(want);
    return bad;
}

START_TEST(test_golden_types)
{
    const char *dir = "tests/frontend/check";
    DIR *dp = opendir(dir);
    ck_assert_ptr_nonnull(dp);
    int files = 0, bad = 0;
    struct dirent *e;
    while ((e = readdir(dp))) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".py") != 0)
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        bad += golden_file(path);
        files++;
    }
    closedir(dp);
    ck_assert_int_ge(files, 3);
    ck_assert_int_eq(bad, 0);
}
END_TEST

/* ---------------------------------------------------------- templates */

static int count_instances(Program *p, const char *tmpl, Type *arg)
{
    int n = 0;
    for (int i = 0; i < p->nclasses; i++) {
        ClassInfo *cls = p->classes[i];
        if (cls->tmpl && strcmp(cls->tmpl->name, tmpl) == 0 && cls->targs[0] == arg)
            n++;
    }
    return n;
}

START_TEST(test_template_dedup)
{
    Checked k = { 0 };
    check_path(&k, "tests/frontend/check/fields.py");
    ck_assert_msg(k.errors == 0, "fields.py: %s", first_error(&k));
    Type *i = ty_prim(k.prog->types, TY_INT);
    Type *li = ty_list(k.prog->types, i);
    /* list[int] is written four ways in fields.py: one instance */
    ck_assert_int_eq(count_instances(k.prog, "list", i), 1);
    ck_assert_int_eq(count_instances(k.prog, "list", li), 1);
    ck_assert_int_eq(count_instances(k.prog, "dict", i), 1);
    /* what the lowering calls is checked even if the program never names it */
    static const char *const needed[] = { "__init__", "append", "__len__", "__getitem__",
                                          "__repr__", "__eq__", NULL };
    for (int j = 0; needed[j]; j++)
        ck_assert_msg(chk_method_of(k.prog, li, needed[j]) != NULL, "list[int].%s", needed[j]);
    Type *kv[2] = { i, li };
    Type *d = ty_dict(k.prog->types, kv[0], kv[1]);
    ck_assert_ptr_nonnull(chk_method_of(k.prog, d, "__setitem__"));
    ck_assert_ptr_nonnull(chk_method_of(k.prog, d, "__getitem__"));
    ck_assert_ptr_nonnull(chk_method_of(k.prog, i, "__hash__"));
    ck_assert_ptr_nonnull(chk_method_of(k.prog, i, "__repr__"));
    /* a template function is never lowered itself, only its instances */
    for (int j = 0; j < k.prog->nfuncs; j++)
        ck_assert(!k.prog->funcs[j]->is_template);
    release(&k);
}
END_TEST

START_TEST(test_tuple_items_printable)
{
    Checked k = { 0 };
    check_text(&k, "import sys\n\n\nclass P:\n    def __repr__(self) -> str:\n"
                   "        return 'P'\n\n\ndef f() -> None:\n    t = (P(), 1.5)\n"
                   "    print(t)\n" MAIN_GUARD);
    ck_assert_msg(k.errors == 0, "%s", first_error(&k));
    Type *p = NULL;
    for (int i = 0; i < k.prog->nclasses; i++)
        if (strcmp(k.prog->classes[i]->name, "P") == 0)
            p = k.prog->classes[i]->type;
    ck_assert_ptr_nonnull(p);
    ck_assert_ptr_nonnull(chk_method_of(k.prog, p, "__repr__"));
    ck_assert_ptr_nonnull(chk_method_of(k.prog, ty_prim(k.prog->types, TY_FLOAT), "__repr__"));
    release(&k);
}
END_TEST

/* ------------------------------------------------------------- fields */

static Field *field_of(Program *p, const char *cls, const char *name)
{
    for (int i = 0; i < p->nclasses; i++) {
        ClassInfo *c = p->classes[i];
        if (strcmp(c->name, cls) != 0)
            continue;
        for (int j = 0; j < c->nfields; j++)
            if (strcmp(c->fields[j].name, name) == 0)
                return &c->fields[j];
    }
    return NULL;
}

START_TEST(test_immutable_fields)
{
    Checked k = { 0 };
    check_path(&k, "tests/frontend/check/fields.py");
    ck_assert_msg(k.errors == 0, "fields.py: %s", first_error(&k));
    struct { const char *cls, *field; int immutable; } want[] = {
        { "Point", "x", 0 },       /* += in move() */
        { "Point", "y", 0 },       /* assigned in a subclass's __init__ */
        { "Point", "tag", 1 },     /* Final */
        { "Point", "moves", 0 },   /* default, then += in move() */
        { "Point3", "z", 1 },      /* only in its own class's __init__ */
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        Field *f = field_of(k.prog, want[i].cls, want[i].field);
        ck_assert_msg(f != NULL, "%s.%s", want[i].cls, want[i].field);
        ck_assert_msg(f->immutable == want[i].immutable, "%s.%s immutable=%d", want[i].cls,
                      want[i].field, f->immutable);
    }
    /* inherited fields come first, with the same index */
    Field *x3 = field_of(k.prog, "Point3", "x");
    ck_assert_ptr_nonnull(x3);
    ck_assert_int_eq(x3->index, 0);
    ck_assert_int_eq(field_of(k.prog, "Point3", "z")->index, 4);
    release(&k);
}
END_TEST

/* ---------------------------------------------- flow: valid programs */

/* Programs the flow analysis must accept (narrowing, definite assignment). */
static const char *const flow_ok[] = {
    /* assigned on both branches */
    "def f(b: bool) -> int:\n    if b:\n        x = 1\n    else:\n        x = 2\n    return x\n",
    /* the branch that does not assign leaves */
    "def f(b: bool) -> int:\n    if b:\n        x = 1\n    else:\n        return 0\n    return x\n",
    /* while True: the loop exits only through the break after the assignment */
    "def f() -> int:\n    while True:\n        x = 3\n        break\n    return x\n",
    /* every handler assigns or leaves */
    "def f(s: str) -> int:\n    try:\n        n = int(s)\n    except ValueError:\n"
    "        n = 0\n    return n\n",
    "def f(s: str) -> int:\n    try:\n        n = int(s)\n    except ValueError:\n"
    "        raise\n    return n\n",
    /* narrowing by an early exit, by 'and', by 'not ... or', by isinstance */
    "def f(s: str | None) -> int:\n    if s is None:\n        return 0\n    return len(s)\n",
    "def f(s: str | None) -> bool:\n    return s is not None and len(s) > 1\n",
    "def f(s: str | None) -> bool:\n    return s is None or len(s) > 1\n",
    "def f(s: str | None) -> int:\n    if not s:\n        return 0\n    return len(s)\n",
    "def f(s: str | None) -> int:\n    while s is not None:\n        return len(s)\n    return 0\n",
    "def f(xs: list[str | None]) -> list[int]:\n    return [len(x) for x in xs if x is not None]\n",
    /* a non-None assignment narrows until the next assignment */
    "def f() -> int:\n    s: str | None = None\n    s = 'abc'\n    return len(s)\n",
    /* and/or in a test: operands of different types, the left narrows the right */
    "def f(s: str | None, n: int) -> int:\n    if s and len(s) > n or not (n and s):\n"
    "        return 1\n    return 0\n",
    "def f(s: str | None, xs: list[int]) -> list[int]:\n"
    "    return [x for x in xs if s and x < len(s)]\n",
    /* sys.exit ends a path */
    "def f(b: bool) -> int:\n    if b:\n        x = 1\n    else:\n        sys.exit(1)\n    return x\n",
};

START_TEST(test_flow_accepts)
{
    Checked k = { 0 };
    char *src = NULL;
    if (asprintf(&src, "import sys\n\n\n%s" MAIN_GUARD, flow_ok[_i]) < 0)
        ck_abort();
    check_text(&k, src);
    ck_assert_msg(k.errors == 0, "case %d: %s\n%s", _i, first_error(&k), flow_ok[_i]);
    free(src);
    release(&k);
}
END_TEST

/* Programs it must reject, with the message. */
static const struct { const char *src, *msg; } flow_bad[] = {
    { "def f(b: bool) -> int:\n    if b:\n        x = 1\n    return x\n",
      "variable 'x' may be used before assignment" },
    { "def f(s: str | None) -> int:\n    if s is not None:\n        s = None\n"
      "        return len(s)\n    return 0\n",
      "object of type 'str | None' has no len()" },
    { "def f(s: str | None) -> bool:\n    return s is None and len(s) > 1\n",
      "object of type 'str | None' has no len()" },
    { "def f(s: str | None, b: bool) -> int:\n    if b and s is not None:\n        pass\n"
      "    return len(s)\n",
      "object of type 'str | None' has no len()" },
    { "def f(n: int) -> int:\n    for i in range(n):\n        y = i\n    return y\n",
      "variable 'y' may be used before assignment" },
};

START_TEST(test_flow_rejects)
{
    Checked k = { 0 };
    char *src = NULL;
    if (asprintf(&src, "import sys\n\n\n%s" MAIN_GUARD, flow_bad[_i].src) < 0)
        ck_abort();
    check_text(&k, src);
    ck_assert_msg(k.errors > 0, "case %d accepted:\n%s", _i, flow_bad[_i].src);
    ck_assert_str_eq(first_error(&k), flow_bad[_i].msg);
    free(src);
    release(&k);
}
END_TEST

/* ------------------------------------------------- unreadable files */

/* A missing main file is reported at the file itself (no line), GNU
 * style; an unreadable import at the import. */
START_TEST(test_unreadable_files)
{
    Checked k = { 0 };
    check_path(&k, "/nonexistent/prog.py");
    ck_assert_int_eq(k.errors, 1);
    const Diagnostic *g = diag_get(k.diag, 0);
    ck_assert_str_eq(diag_file_path(k.diag, g->loc.file), "/nonexistent/prog.py");
    ck_assert_int_eq(g->loc.line, 0);
    ck_assert_str_eq(g->msg, "cannot read: No such file or directory");
    release(&k);

    char dir[] = "/tmp/rtrans-check-unit-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char sub[sizeof dir + 16], main_py[sizeof dir + 16];
    snprintf(sub, sizeof sub, "%s/util.py", dir);
    snprintf(main_py, sizeof main_py, "%s/main.py", dir);
    ck_assert_int_eq(mkdir(sub, 0700), 0);     /* a folder named like a module */
    FILE *f = fopen(main_py, "w");
    ck_assert_ptr_nonnull(f);
    fputs("import util\n", f);
    fclose(f);
    check_path(&k, main_py);
    ck_assert_int_ge(k.errors, 1);
    g = diag_get(k.diag, 0);
    ck_assert_int_eq(g->loc.line, 1);
    ck_assert_int_eq(g->loc.col, 8);
    char want[sizeof sub + 64];
    snprintf(want, sizeof want, "cannot read %s: Is a directory", sub);
    ck_assert_str_eq(g->msg, want);
    release(&k);
    unlink(main_py);
    rmdir(sub);
    rmdir(dir);
}
END_TEST

void check_unit_add(Suite *s)
{
    TCase *tc = tcase_create("unit");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_golden_types);
    tcase_add_test(tc, test_template_dedup);
    tcase_add_test(tc, test_tuple_items_printable);
    tcase_add_test(tc, test_immutable_fields);
    tcase_add_test(tc, test_unreadable_files);
    tcase_add_loop_test(tc, test_flow_accepts, 0, (int)(sizeof flow_ok / sizeof flow_ok[0]));
    tcase_add_loop_test(tc, test_flow_rejects, 0, (int)(sizeof flow_bad / sizeof flow_bad[0]));
    suite_add_tcase(s, tc);
}
