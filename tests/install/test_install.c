/* test_install.c - rtrans installed the way a user installs it, and used
 * from elsewhere with nothing but the installed files: `make install` into
 * a temporary prefix (no root needed), then, from an empty folder,
 * translating and running a program with threads and C imports (GIL and
 * --stm), the same program under CPython with no environment variable, the
 * man pages through `man`, pkg-config and the C example against the
 * runtime library, mypy against the installed Python package; DESTDIR
 * staging with Debian's python3; the .deb unpacked in a scratch root; and
 * `make uninstall` leaving the prefix as it was.
 *
 * The prefix is a Python virtual environment: a python3 whose module path
 * lies in the prefix, as Debian's python3 looks in /usr/local/lib/python3.X/
 * dist-packages, so that "python3 prog.py works with no environment
 * variable" is tested as such. */
#include <check.h>
#include <dirent.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef TI_SRCDIR
#define TI_SRCDIR "."
#endif
#ifndef TI_BUILDDIR
#define TI_BUILDDIR "build"
#endif
#ifndef TI_VARIANT
#define TI_VARIANT "release"
#endif

static char root[PATH_MAX];     /* everything this suite writes */
static char prefix[PATH_MAX + 16];   /* the installation (a virtual environment) */

typedef struct Run {
    int status;
    char *out;                  /* stdout and stderr together */
} Run;

/* Run a shell command (printf-style); its output stays valid until the
 * test's process ends (each test is a process of its own). */
__attribute__((format(printf, 1, 2)))
static Run sh(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *cmd = NULL, *full = NULL;
    ck_assert_int_ge(vasprintf(&cmd, fmt, ap), 0);
    va_end(ap);
    ck_assert_int_ge(asprintf(&full, "( %s ) 2>&1", cmd), 0);
    FILE *p = popen(full, "r");
    ck_assert_ptr_nonnull(p);
    size_t len = 0;
    Run r = { -1, NULL };
    FILE *mem = open_memstream(&r.out, &len);
    char buf[4096];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, p)) > 0)
        fwrite(buf, 1, got, mem);
    fclose(mem);
    int st = pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    free(cmd);
    free(full);
    return r;
}

#define MUST(r, what) ck_assert_msg((r).status == 0, "%s failed (%d):\n%s", what, (r).status, (r).out)

/* A fresh empty folder in root, for a test to work in. */
static const char *workdir(const char *name)
{
    static char dir[PATH_MAX + 64];
    snprintf(dir, sizeof dir, "%s/work-%s", root, name);
    ck_assert_int_eq(mkdir(dir, 0755), 0);
    return dir;
}

/* ------------------------------------------------------------- fixture */

static const char *const clean_env[] = {
    "RTRANS_LIBDIR", "RTRANS_PRELUDE", "PYTHONPATH", "MANPATH", "PKG_CONFIG_PATH",
    "DESTDIR", "PREFIX", "PYTHONDIR", "MAKEFLAGS", "MFLAGS", "MAKELEVEL", "CC",
};

static void setup(void)
{
    for (size_t i = 0; i < sizeof clean_env / sizeof clean_env[0]; i++)
        unsetenv(clean_env[i]);
    snprintf(root, sizeof root, "/tmp/rtrans-install-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(root));
    snprintf(prefix, sizeof prefix, "%s/prefix", root);
    const char *python = getenv("PYTHON") ? getenv("PYTHON") : "python3";
    MUST(sh("%s -m venv --without-pip '%s'", python, prefix), "python3 -m venv");
    MUST(sh("cd '%s' && find . | sort > '%s/before.txt'", prefix, root), "listing the prefix");
    MUST(sh("make -s -C '%s' VARIANT=%s install PREFIX='%s' PYTHON='%s/bin/python3'", TI_SRCDIR,
            TI_VARIANT, prefix, prefix), "make install");
}

static void teardown(void)
{
    if (!getenv("RTRANS_TEST_KEEP"))
        sh("rm -rf '%s'", root);
    else
        fprintf(stderr, "install: kept %s\n", root);
}

/* ------------------------------------------------------------- layout */

static void must_exist(const char *rel)
{
    char path[PATH_MAX + 256];
    snprintf(path, sizeof path, "%s/%s", prefix, rel);
    struct stat st;
    ck_assert_msg(stat(path, &st) == 0, "%s was not installed", path);
}

/* Every program of the build's bin/ (the tools and the example
 * interpreters) is installed. */
START_TEST(test_layout)
{
    must_exist("lib/rtrans/librtstm.a");
    must_exist("lib/rtrans/librtgil.a");
    must_exist("lib/rtrans/include/runtime/stm.h");
    must_exist("lib/rtrans/prelude/builtins.py");
    must_exist("lib/rtrans/prelude/_bytes.py");
    must_exist("include/rtrans/stm.h");
    must_exist("lib/pkgconfig/rtrans-stm.pc");
    must_exist("share/man/man1/rtrans.1");
    must_exist("share/doc/rtrans/stm_bank.c");
    MUST(sh("ls '%s'/lib/python3*/site-packages/rtrans/py.typed", prefix), "py.typed");
    DIR *d = opendir(TI_BUILDDIR "/bin");
    ck_assert_ptr_nonnull(d);
    int n = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        char rel[300];
        snprintf(rel, sizeof rel, "bin/%s", e->d_name);
        must_exist(rel);
        n++;
    }
    closedir(d);
    ck_assert_msg(n >= 5, "only %d programs in %s/bin", n, TI_BUILDDIR);
}
END_TEST

/* The installed Python interpreters run a program from another folder:
 * their library modules are compiled in, they need nothing beside them. */
START_TEST(test_rtpython_elsewhere)
{
    const char *dir = workdir("rtpython");
    MUST(sh("printf '%%s\\n' 'import json, sys' 'print(json.dumps(sys.argv[1:]), 2**70)' "
            "> '%s/p.py'", dir), "writing p.py");
    for (int stm = 0; stm <= 1; stm++) {
        Run r = sh("cd '%s' && '%s/bin/rtpython-%s' p.py x y", dir, prefix,
                   stm ? "stm" : "gil");
        MUST(r, stm ? "rtpython-stm" : "rtpython-gil");
        ck_assert_str_eq(r.out, "[\"x\", \"y\"] 1180591620717411303424\n");
    }
}
END_TEST

/* ------------------------------------------------- from another folder */

static const char *expected_output = "total 166656\nstrlen 6\narguments ['a', 'b']\n";

START_TEST(test_translate_and_run_elsewhere)
{
    const char *dir = workdir("prog");
    MUST(sh("cp '%s/tests/install/threads_cimport.py' '%s/prog.py'", TI_SRCDIR, dir), "cp");
    /* -O0: the C compiler's time is not what this suite tests */
    Run r = sh("cd '%s' && '%s/bin/rtrans' -O0 -v prog.py -o prog", dir, prefix);
    MUST(r, "rtrans prog.py -o prog");
    /* the installed runtime and prelude, not the build tree's */
    char want[PATH_MAX + 128];
    snprintf(want, sizeof want, "rtrans: runtime %s/lib/rtrans\n", prefix);
    ck_assert_msg(strstr(r.out, want), "expected '%s' in:\n%s", want, r.out);
    snprintf(want, sizeof want, "rtrans: prelude %s/bin/../lib/rtrans/prelude/builtins.py\n", prefix);
    ck_assert_msg(strstr(r.out, want), "expected '%s' in:\n%s", want, r.out);
    r = sh("cd '%s' && ./prog a b", dir);
    ck_assert_msg(r.status == 0 && strcmp(r.out, expected_output) == 0, "./prog: %s", r.out);
    MUST(sh("cd '%s' && '%s/bin/rtrans' -O0 --stm prog.py -o prog-stm", dir, prefix), "rtrans --stm");
    r = sh("cd '%s' && ./prog-stm a b", dir);
    ck_assert_msg(r.status == 0 && strcmp(r.out, expected_output) == 0, "./prog-stm: %s", r.out);
    /* the installed rtrans package, found by python3 with no variable */
    r = sh("cd '%s' && '%s/bin/python3' prog.py a b", dir, prefix);
    ck_assert_msg(r.status == 0 && strcmp(r.out, expected_output) == 0, "python3: %s", r.out);
    /* the verifier command on the emitted C, with the installed headers */
    MUST(sh("cd '%s' && '%s/bin/rtrans' --stm --emit-c c prog.py", dir, prefix), "--emit-c");
    r = sh("cd '%s' && '%s/bin/rtrans-verify' c/prog.c", dir, prefix);
    ck_assert_msg(r.status == 0 && strstr(r.out, "GC accesses checked, 0 errors"), "%s", r.out);
}
END_TEST

/* ----------------------------------------------------------- man pages */

static void man_page_has(const char *page, const char *const *words)
{
    Run r = sh("MANPATH='%s/share/man' MANWIDTH=80 man --warnings -P cat %s", prefix, page);
    MUST(r, page);
    for (const char *const *w = words; *w; w++)
        ck_assert_msg(strstr(r.out, *w), "man %s: no '%s' in:\n%s", page, *w, r.out);
    ck_assert_msg(!strstr(r.out, "warning"), "man %s: %s", page, r.out);
}

START_TEST(test_man_pages)
{
    static const char *const rtrans_words[] = {
        "NAME", "SYNOPSIS", "OPTIONS", "--stm", "--barriers=FILE", "ENVIRONMENT",
        "RTRANS_STM_SEGMENTS", "RTRANS_STM_LOG", "RTRANS_STM_STATS", "RTRANS_HEAP_LIMIT",
        "RTRANS_GC_STRESS", "EXIT STATUS", "EXAMPLES", "rtrans-stmlog(1)", NULL };
    static const char *const stmlog_words[] = {
        "NAME", "--html OUT.html", "--top N", "EXIT STATUS", "EXAMPLES", NULL };
    static const char *const verify_words[] = {
        "NAME", "-I DIR", "EXIT STATUS", "cannot be judged", NULL };
    man_page_has("rtrans", rtrans_words);
    man_page_has("rtrans-stmlog", stmlog_words);
    man_page_has("rtrans-verify", verify_words);
}
END_TEST

/* ------------------------------------------------ the runtime from C */

START_TEST(test_pkg_config_and_c_example)
{
    const char *dir = workdir("c");
    Run r = sh("PKG_CONFIG_PATH='%s/lib/pkgconfig' pkg-config --cflags --libs rtrans-stm", prefix);
    MUST(r, "pkg-config rtrans-stm");
    char want[PATH_MAX + 128];
    snprintf(want, sizeof want, "-I%s/include", prefix);
    ck_assert_msg(strstr(r.out, want) && strstr(r.out, "-DRTRANS_STM") && strstr(r.out, "-lrtstm"),
                  "%s", r.out);
    const char *flavours[] = { "stm", "gil" };
    char *outputs[2];
    for (int i = 0; i < 2; i++) {
        MUST(sh("cd '%s' && cc -Wall -Wextra -Werror -O2 '%s/share/doc/rtrans/stm_bank.c' "
                "$(PKG_CONFIG_PATH='%s/lib/pkgconfig' pkg-config --cflags --libs rtrans-%s) "
                "-o bank-%s", dir, prefix, prefix, flavours[i], flavours[i]),
             "building the C example");
        r = sh("cd '%s' && ./bank-%s", dir, flavours[i]);
        MUST(r, "the C example");
        ck_assert_msg(strstr(r.out, "thread 1: 20000 transfers") && strstr(r.out, ": ok\n"),
                      "%s", r.out);
        outputs[i] = r.out;
    }
    ck_assert_str_eq(outputs[0], outputs[1]);
}
END_TEST

/* --------------------------------------------------------------- mypy */

/* One file's expected mypy errors: codes, or LINE:CODE. */
typedef struct Expect {
    char *file;
    char *codes[16];
    int ncodes;
    int seen[16];
} Expect;

static int read_expectations(Expect *ex, int cap)
{
    FILE *f = fopen(TI_SRCDIR "/tests/install/mypy.txt", "r");
    ck_assert_ptr_nonnull(f);
    char line[1024];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        char *word = strtok(line, " \t\n");
        if (!word || word[0] == '#')
            continue;
        ck_assert_int_lt(n, cap);
        memset(&ex[n], 0, sizeof ex[n]);
        ex[n].file = strdup(word);
        while ((word = strtok(NULL, " \t\n")) && ex[n].ncodes < 16)
            ex[n].codes[ex[n].ncodes++] = strdup(word);
        n++;
    }
    fclose(f);
    return n;
}

/* Does mypy's line "FILE:LINE: error: ...  [CODE]" match an expectation?
 * Marks it seen. */
static int expected(Expect *ex, int n, const char *msg)
{
    const char *colon = strchr(msg, ':'), *code = strrchr(msg, '[');
    if (!colon || !code)
        return 0;
    long line = atol(colon + 1);
    char name[64];
    snprintf(name, sizeof name, "%.*s", (int)strcspn(code + 1, "]"), code + 1);
    for (int i = 0; i < n; i++) {
        if (strncmp(msg, ex[i].file, (size_t)(colon - msg)) != 0
            || ex[i].file[colon - msg] != 0)
            continue;
        for (int k = 0; k < ex[i].ncodes; k++) {
            const char *c = ex[i].codes[k], *sep = strchr(c, ':');
            if ((sep && atol(c) == line && strcmp(sep + 1, name) == 0) || strcmp(c, name) == 0) {
                ex[i].seen[k] = 1;
                return 1;
            }
        }
    }
    return 0;
}

START_TEST(test_mypy)
{
    Expect ex[256];
    int n = read_expectations(ex, 256);
    char *files = NULL;
    size_t len = 0;
    FILE *list = open_memstream(&files, &len);
    for (int i = 0; i < n; i++)
        fprintf(list, " %s", ex[i].file);
    fclose(list);
    Run r = sh("cd '%s' && mypy --python-executable '%s/bin/python3' --cache-dir '%s/mypy-cache' "
               "--no-color-output --no-error-summary --show-error-codes%s", TI_SRCDIR, prefix,
               TI_BUILDDIR, files);
    ck_assert_msg(r.status == 0 || r.status == 1, "mypy failed to run (%d):\n%s", r.status, r.out);
    for (char *msg = strtok(r.out, "\n"); msg; msg = strtok(NULL, "\n"))
        if (strstr(msg, ": error: "))
            ck_assert_msg(expected(ex, n, msg), "unexpected mypy error (see tests/install/mypy.txt)"
                          ":\n%s", msg);
    for (int i = 0; i < n; i++)
        for (int k = 0; k < ex[i].ncodes; k++)
            ck_assert_msg(ex[i].seen[k], "mypy no longer reports %s on %s: update "
                          "tests/install/mypy.txt and docs/language.md", ex[i].codes[k], ex[i].file);
    free(files);
}
END_TEST

/* ------------------------------------------------ DESTDIR, Debian python */

/* Staged for /usr/local with Debian's own python3, the package lands where
 * that python3 looks without any variable; uninstall empties the stage. */
START_TEST(test_destdir_for_debian_python)
{
    if (access("/usr/bin/python3", X_OK) != 0)
        return;                              /* not a Debian system */
    char stage[PATH_MAX + 16];
    snprintf(stage, sizeof stage, "%s/stage", root);
    MUST(sh("make -s -C '%s' VARIANT=%s install DESTDIR='%s' PREFIX=/usr/local "
            "PYTHON=/usr/bin/python3", TI_SRCDIR, TI_VARIANT, stage), "make install DESTDIR");
    Run r = sh("cd '%s' && ls -d usr/local/lib/python3*/*-packages/rtrans", stage);
    MUST(r, "finding the staged package");
    r.out[strcspn(r.out, "\n")] = 0;
    char *pkgdir = strdup(r.out + strlen("usr/local"));
    pkgdir[strlen(pkgdir) - strlen("/rtrans")] = 0;
    r = sh("/usr/bin/python3 -c 'import sys; print(\"\\n\".join(sys.path))'");
    char want[PATH_MAX + 32];
    snprintf(want, sizeof want, "\n/usr/local%s\n", pkgdir);
    ck_assert_msg(strstr(r.out, want), "/usr/bin/python3 does not look in %s:\n%s", want + 1, r.out);
    MUST(sh("make -s -C '%s' VARIANT=%s uninstall DESTDIR='%s' PREFIX=/usr/local", TI_SRCDIR,
            TI_VARIANT, stage), "make uninstall DESTDIR");
    r = sh("find '%s' -mindepth 1", stage);
    ck_assert_msg(r.status == 0 && r.out[0] == 0, "left in the stage:\n%s", r.out);
    free(pkgdir);
}
END_TEST

/* ---------------------------------------------------------- the .deb */

START_TEST(test_deb_in_scratch_root)
{
    /* xz level 0: the package as ./build.sh deb makes it, compressed fast */
    Run r = sh("DEB_XZ_LEVEL=0 make -s -C '%s' VARIANT=%s deb", TI_SRCDIR, TI_VARIANT);
    MUST(r, "make deb");
    r.out[strcspn(r.out, "\n")] = 0;
    char deb[2 * PATH_MAX];
    snprintf(deb, sizeof deb, "%s/%s", r.out[0] == '/' ? "" : TI_SRCDIR, r.out);
    r = sh("dpkg-deb -f '%s' Package Depends", deb);
    ck_assert_msg(r.status == 0 && strstr(r.out, "Package: rtrans") && strstr(r.out, "gcc")
                  && strstr(r.out, "libclang1-14"), "%s", r.out);
    char scratch[PATH_MAX + 16];
    snprintf(scratch, sizeof scratch, "%s/deb-root", root);
    MUST(sh("dpkg -x '%s' '%s'", deb, scratch), "dpkg -x");
    const char *dir = workdir("deb");
    MUST(sh("cp '%s/tests/install/threads_cimport.py' '%s/prog.py'", TI_SRCDIR, dir), "cp");
    MUST(sh("cd '%s' && '%s/usr/bin/rtrans' -O0 prog.py -o prog", dir, scratch), "the .deb's rtrans");
    r = sh("cd '%s' && ./prog a b", dir);
    ck_assert_msg(r.status == 0 && strcmp(r.out, expected_output) == 0, "./prog: %s", r.out);
    /* Debian's python3 (the package's Recommends), quicker to start than a
     * python3 found on the PATH may be */
    const char *python = access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";
    r = sh("cd '%s' && PYTHONPATH='%s/usr/lib/python3/dist-packages' %s prog.py a b", dir,
           scratch, python);
    ck_assert_msg(r.status == 0 && strcmp(r.out, expected_output) == 0, "python3: %s", r.out);
    r = sh("gzip -dc '%s/usr/share/man/man1/rtrans.1.gz' | MANWIDTH=80 man -l -P cat -", scratch);
    ck_assert_msg(r.status == 0 && strstr(r.out, "EXIT STATUS"), "%s", r.out);
}
END_TEST

/* ----------------------------------------------------------- uninstall */

/* Last: the prefix is left exactly as it was before the installation
 * (Python's caches of the package, written by the runs above, included). */
START_TEST(test_uninstall)
{
    MUST(sh("make -s -C '%s' VARIANT=%s uninstall PREFIX='%s'", TI_SRCDIR, TI_VARIANT, prefix),
         "make uninstall");
    Run r = sh("cd '%s' && find . | sort | diff '%s/before.txt' -", prefix, root);
    ck_assert_msg(r.status == 0, "uninstall left or removed:\n%s", r.out);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("install");
    TCase *tc = tcase_create("install");
    tcase_set_timeout(tc, 300);
    tcase_add_unchecked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_layout);
    tcase_add_test(tc, test_translate_and_run_elsewhere);
    tcase_add_test(tc, test_rtpython_elsewhere);
    tcase_add_test(tc, test_man_pages);
    tcase_add_test(tc, test_pkg_config_and_c_example);
    tcase_add_test(tc, test_mypy);
    tcase_add_test(tc, test_destdir_for_debian_python);
    tcase_add_test(tc, test_deb_in_scratch_root);
    tcase_add_test(tc, test_uninstall);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
