/* test_stmlog.c - the path a user takes to find out why transactions
 * conflict: run the --stm Duhton interpreter with RTRANS_STM_LOG, then
 * rtrans-stmlog, whose report must name the Duhton source line (file and
 * line, from the interpreter's markers) of both sides of the conflict and
 * the interpreter's own source line of each access.
 *
 * Whether two threads conflict at all depends on the scheduler, so a run
 * whose log holds no conflict is repeated a few times. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef STMLOG_BIN
#define STMLOG_BIN "build/bin"
#endif

static char *capture(const char *cmd, int *status)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return NULL;
    size_t n = 0, cap = 4096;
    char *out = malloc(cap);
    size_t got;
    while (out && (got = fread(out + n, 1, cap - n - 1, p)) > 0) {
        n += got;
        if (cap - n < 2)
            out = realloc(out, cap *= 2);
    }
    int st = pclose(p);
    *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    if (out)
        out[n] = 0;
    return out;
}

START_TEST(test_conflict_names_duhton_lines)
{
    char log[256], cmd[1024];
    snprintf(log, sizeof log, "/tmp/rtrans-stmlog-test-%d.log", (int)getpid());
    char *report = NULL;
    for (int attempt = 0; attempt < 5; attempt++) {
        int status;
        snprintf(cmd, sizeof cmd,
                 "RTRANS_STM_LOG=%s %s/duhton-stm --num-threads 2 tests/duhton/stmlog/conflict.duh",
                 log, STMLOG_BIN);
        char *out = capture(cmd, &status);
        ck_assert_msg(out && status == 0 && strcmp(out, "400\n") == 0,
                      "the program failed (status %d): %s", status, out ? out : "");
        free(out);
        snprintf(cmd, sizeof cmd, "%s/rtrans-stmlog %s 2>&1", STMLOG_BIN, log);
        free(report);
        report = capture(cmd, &status);
        ck_assert_msg(report && status == 0, "rtrans-stmlog failed: %s", report ? report : "");
        if (!strstr(report, "\n0 conflict locations"))
            break;
    }
    unlink(log);
    ck_assert_msg(strstr(report, "conflict on DuContainer")
                  || strstr(report, "conflicts on DuContainer"), "%s", report);
    ck_assert_msg(strstr(report, "writer: tests/duhton/stmlog/conflict.duh:7 at "), "%s", report);
    ck_assert_msg(strstr(report, "reader: tests/duhton/stmlog/conflict.duh:7 at ")
                  || strstr(report, "other writer: tests/duhton/stmlog/conflict.duh:7 at "),
                  "%s", report);
    ck_assert_msg(strstr(report, "primitives.py:"), "%s", report);
    free(report);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("duhton-stmlog");
    TCase *tc = tcase_create("stmlog");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_conflict_names_duhton_lines);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
