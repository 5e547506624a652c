/* test_verify.c - the libclang verifier of emitted barriers
 * (backend/cverify*.c), as the check suite $(B)/tests/verify:
 *
 *   rules      hand-written C (data/rules.c): exactly the lines marked
 *              "expect: WORDS" are reported, each with those words;
 *   broken     a file that does not compile is refused, not judged;
 *   corpus     every program of tests/programs and examples, translated
 *              with --stm by the rtrans binary: no error;
 *   deleted    the C of a program with one stm_read(...) line deleted by
 *              sed: exactly one error, naming the function, the C line of
 *              the access and the Python line;
 *   inevitable the same with the stm_become_inevitable before
 *              time.time()'s rt_time_time deleted, checked with the
 *              rtrans-verify command.
 */
#include <check.h>
#include <ctype.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "backend/backend.h"

#ifndef TV_SRCDIR
#define TV_SRCDIR "."
#endif
#ifndef TV_BUILDDIR
#define TV_BUILDDIR "build"
#endif

/* Run the verifier; its report in *out (malloc'd). */
static int verify(const char *c_path, char **out)
{
    size_t len = 0;
    FILE *report = open_memstream(out, &len);
    int r = cverify_file(c_path, TV_SRCDIR, report);
    fclose(report);
    return r;
}

/* ---------------------------------------------------------------- rules */

START_TEST(test_rules)
{
    const char *path = TV_SRCDIR "/tests/verify/data/rules.c";
    char *report;
    int errors = verify(path, &report);
    FILE *f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    char line[1024];
    int lineno = 0, expected = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *e = strstr(line, "/* expect: ");
        char at[64];
        snprintf(at, sizeof at, "rules.c:%d:", lineno);
        char *hit = strstr(report, at);
        if (!e) {
            ck_assert_msg(hit == NULL, "line %d reported but not expected:\n%s", lineno, report);
            continue;
        }
        expected++;
        ck_assert_msg(hit != NULL, "line %d not reported:\n%s", lineno, report);
        char *words = strndup(e + 11, (size_t)(strstr(e, " */") - (e + 11)));
        char *msg_end = strchr(hit, '\n');
        for (char *w = strtok(words, " "); w; w = strtok(NULL, " ")) {
            char *found = strstr(hit, w);
            ck_assert_msg(found && found < msg_end, "line %d: '%s' missing in the message", lineno, w);
        }
        free(words);
    }
    fclose(f);
    ck_assert_int_eq(errors, expected);
    free(report);
}
END_TEST

START_TEST(test_broken)
{
    char *report;
    ck_assert_int_eq(verify(TV_SRCDIR "/tests/verify/data/broken.c", &report), -1);
    ck_assert_msg(strstr(report, "incomplete definition of type 'struct s9_Missing'")
                  && strstr(report, "does not compile; not verified"), "%s", report);
    free(report);
}
END_TEST

/* --------------------------------------------------------------- corpus */

static glob_t corpus;

/* Every program: tests/programs/NAME.py, tests/programs/NAME/main.py and
 * examples/NAME/NAME.py (the other modules there are imported). */
static void find_corpus(void)
{
    static const char *const patterns[] = {
        TV_SRCDIR "/tests/programs/*.py", TV_SRCDIR "/tests/programs/*/main.py",
        TV_SRCDIR "/tests/passes/data/report_demo.py",
    };
    for (size_t i = 0; i < sizeof patterns / sizeof patterns[0]; i++)
        glob(patterns[i], i ? GLOB_APPEND : 0, NULL, &corpus);
    glob_t dirs;
    if (glob(TV_SRCDIR "/examples/*/", GLOB_ONLYDIR, NULL, &dirs) != 0)
        return;
    for (size_t i = 0; i < dirs.gl_pathc; i++) {
        char *dir = strdup(dirs.gl_pathv[i]), *main_py = NULL;
        dir[strlen(dir) - 1] = 0;
        const char *name = strrchr(dir, '/') + 1;
        if (asprintf(&main_py, "%s/%s.py", dir, name) >= 0)
            glob(main_py, GLOB_APPEND, NULL, &corpus);
        free(main_py);
        free(dir);
    }
    globfree(&dirs);
}

/* Translate with --stm into a fresh directory; the C file's path, or
 * NULL when rtrans does not translate the program (not this suite's
 * business: the programs suite reports it). */
static char *emit(const char *py, char *dir)
{
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *cmd = NULL;
    ck_assert_int_ge(asprintf(&cmd, "cd %s && %s/bin/rtrans --stm --emit-c %s %s >/dev/null 2>&1",
                              TV_SRCDIR, TV_BUILDDIR, dir, py), 0);
    int rc = system(cmd);
    free(cmd);
    if (rc != 0)
        return NULL;
    char pattern[4200];
    snprintf(pattern, sizeof pattern, "%s/*.c", dir);
    glob_t g;
    if (glob(pattern, 0, NULL, &g) != 0 || g.gl_pathc != 1)
        return NULL;
    char *c = strdup(g.gl_pathv[0]);
    globfree(&g);
    return c;
}

static void remove_dir(const char *dir)
{
    char *cmd = NULL;
    if (asprintf(&cmd, "rm -rf %s", dir) >= 0 && system(cmd) != 0)
        fprintf(stderr, "cannot remove %s\n", dir);
    free(cmd);
}

START_TEST(test_corpus)
{
    const char *py = corpus.gl_pathv[_i];
    char dir[] = "/tmp/rtrans-verify-XXXXXX";
    char *c = emit(py, dir);
    if (!c) {
        fprintf(stderr, "verify: %s does not translate; skipped\n", py);
        remove_dir(dir);
        return;
    }
    char *report;
    int errors = verify(c, &report);
    ck_assert_msg(errors == 0, "%s: the verifier rejects the emitted C:\n%s", py, report);
    free(report);
    free(c);
    remove_dir(dir);
}
END_TEST

/* rtpython, the flagship: examples/python/main.py is not NAME/NAME.py, so
 * the corpus misses it, and its 250,000 lines of C take the verifier
 * longer than a corpus program's timeout.  It must translate. */
START_TEST(test_rtpython)
{
    char dir[] = "/tmp/rtrans-verify-XXXXXX";
    char *c = emit("examples/python/main.py", dir);
    ck_assert_msg(c != NULL, "examples/python/main.py does not translate with --stm");
    char *report;
    int errors = verify(c, &report);
    ck_assert_msg(errors == 0, "rtpython: the verifier rejects the emitted C:\n%s", report);
    free(report);
    free(c);
    remove_dir(dir);
}
END_TEST

/* -------------------------------------------------------------- deleted */

/* The line of the "    stm_read(" inside the definition of the function
 * whose C name ends in suffix, followed (past #line directives) by a line
 * containing `next`; the function's C name in *fname, and in *gap how many
 * lines after the barrier the access is. */
static int read_before(const char *c, const char *suffix, const char *next, char **fname,
                       int *gap)
{
    FILE *f = fopen(c, "r");
    ck_assert_ptr_nonnull(f);
    char line[4096];
    int n = 0, inside = 0;
    while (fgets(line, sizeof line, f)) {
        n++;
        char *paren = strchr(line, '(');
        if (strncmp(line, "static ", 7) == 0 && paren && !strchr(line, ';')) {
            /* a definition: the name ends right before the parenthesis */
            char *start = paren;
            while (start > line && (start[-1] == '_' || isalnum((unsigned char)start[-1])))
                start--;
            size_t len = (size_t)(paren - start), sl = strlen(suffix);
            inside = len > sl && strncmp(paren - sl, suffix, sl) == 0;
            if (inside)
                *fname = strndup(start, len);
        }
        if (inside && strncmp(line, "    stm_read(", 13) == 0) {
            /* the access follows, after any #line directive */
            char after[4096];
            int skipped = 0, eof = 0;
            do {
                if (!fgets(after, sizeof after, f)) {
                    eof = 1;
                    break;
                }
                skipped++;
            } while (strncmp(after, "#line", 5) == 0);
            if (eof)
                break;
            if (strstr(after, next)) {
                fclose(f);
                *gap = skipped;
                return n;
            }
            n += skipped;
        }
    }
    fclose(f);
    return -1;
}

START_TEST(test_deleted_barrier)
{
    char dir[] = "/tmp/rtrans-verify-XXXXXX";
    char *c = emit("tests/passes/data/report_demo.py", dir);
    ck_assert_msg(c != NULL, "report_demo.py does not translate");
    char *report;
    ck_assert_int_eq(verify(c, &report), 0);
    free(report);
    char *fname = NULL;
    /* s += a.balance: the barrier on a covers that read only */
    int gap = 0;
    int line = read_before(c, "_total", "_balance;", &fname, &gap);
    ck_assert_msg(line > 0, "no stm_read before a.balance in total()");
    char *cmd = NULL;
    ck_assert_int_ge(asprintf(&cmd, "sed -i '%dd' %s", line, c), 0);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
    ck_assert_int_eq(verify(c, &report), 1);
    /* the access moved up one line, to where the barrier was plus the
     * #line directives in between */
    char want[512];
    snprintf(want, sizeof want, "%s:%d:", c, line + gap - 1);
    ck_assert_msg(strstr(report, want) == report, "expected %s first in:\n%s", want, report);
    snprintf(want, sizeof want, "error: in %s (", fname);
    ck_assert_msg(strstr(report, want) != NULL, "expected \"%s\" in:\n%s", want, report);
    ck_assert_msg(strstr(report, "report_demo.py:22): read of '") != NULL, "%s", report);
    ck_assert_msg(strstr(report, "->f1_balance' without stm_read(") != NULL, "%s", report);
    free(report);
    free(fname);
    free(c);
    remove_dir(dir);
}
END_TEST

/* The line of the first `    stm_become_inevitable("CALLEE");` of the C
 * file, or -1. */
static int inevitable_before(const char *c, const char *callee)
{
    FILE *f = fopen(c, "r");
    ck_assert_ptr_nonnull(f);
    char want[256], line[4096];
    snprintf(want, sizeof want, "    stm_become_inevitable(\"%s\");\n", callee);
    int n = 0, found = -1;
    while (found < 0 && fgets(line, sizeof line, f)) {
        n++;
        if (strcmp(line, want) == 0)
            found = n;
    }
    fclose(f);
    return found;
}

/* Issue 11 §8: deleting the inevitable barrier before a C call that
 * cannot be undone (the clock's I/O) is caught like a deleted stm_read, by the
 * command a user runs on emitted C. */
START_TEST(test_deleted_inevitable)
{
    char dir[] = "/tmp/rtrans-verify-XXXXXX";
    char *c = emit("tests/passes/data/report_demo.py", dir);
    ck_assert_msg(c != NULL, "report_demo.py does not translate");
    int line = inevitable_before(c, "rt_time_time");
    ck_assert_msg(line > 0, "no stm_become_inevitable before rt_time_time in %s", c);
    char *cmd = NULL;
    ck_assert_int_ge(asprintf(&cmd, "%s/bin/rtrans-verify %s > %s/ok.txt 2>&1",
                              TV_BUILDDIR, c, dir), 0);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
    ck_assert_int_ge(asprintf(&cmd, "sed -i '%dd' %s && %s/bin/rtrans-verify %s",
                              line, c, TV_BUILDDIR, c), 0);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    char report[8192];
    size_t n = fread(report, 1, sizeof report - 1, p);
    report[n] = 0;
    int status = pclose(p);
    free(cmd);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 1, "status %d:\n%s", status,
                  report);
    /* the call moved up to where the barrier was, past its #line (at the
     * column of the call: `vN = rt_time_time();`) */
    char want[512];
    snprintf(want, sizeof want, "%s:%d:", c, line + 1);
    ck_assert_msg(strstr(report, want) == report, "expected %s first in:\n%s", want, report);
    ck_assert_msg(strstr(report, ": error: in ") != NULL, "%s", report);
    ck_assert_msg(strstr(report, "report_demo.py:44): call of 'rt_time_time', which cannot be "
                                 "undone, without stm_become_inevitable()") != NULL, "%s", report);
    ck_assert_msg(strstr(report, ", 1 error\n") != NULL, "%s", report);
    free(c);
    remove_dir(dir);
}
END_TEST

int main(void)
{
    find_corpus();
    Suite *s = suite_create("cverify");
    TCase *rules = tcase_create("rules");
    tcase_add_test(rules, test_rules);
    tcase_add_test(rules, test_broken);
    tcase_add_test(rules, test_deleted_barrier);
    tcase_add_test(rules, test_deleted_inevitable);
    tcase_set_timeout(rules, 30);
    suite_add_tcase(s, rules);
    TCase *tc = tcase_create("corpus");
    tcase_set_timeout(tc, 30);
    tcase_add_loop_test(tc, test_corpus, 0, (int)corpus.gl_pathc);
    suite_add_tcase(s, tc);
    TCase *big = tcase_create("rtpython");
    tcase_set_timeout(big, 900);
    tcase_add_test(big, test_rtpython);
    suite_add_tcase(s, big);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    globfree(&corpus);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
