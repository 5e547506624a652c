/* test_stmlog.c - the path a user takes to find out why transactions
 * conflict: run the --stm Duhton interpreter with RTRANS_STM_LOG, then
 * rtrans-stmlog, whose report must name the Duhton source line (file and
 * line, from the interpreter's markers) of both sides of the conflict and
 * the interpreter's own source line of each access.
 *
 * Then the same log drawn by rtrans-stmlog --html, checked in headless
 * Chromium as a reader would see it (the page's script ran, every link
 * resolves, the timeline has each thread's committed and aborted
 * transactions, the conflict rows link both sides to their source).
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

/* Run conflict.duh with a log until the log holds a conflict (at most 5
 * times); returns rtrans-stmlog's text report. */
static char *log_a_conflict(const char *log, const char *env, const char *stmlog_options)
{
    char cmd[1024];
    char *report = NULL;
    for (int attempt = 0; attempt < 5; attempt++) {
        int status;
        snprintf(cmd, sizeof cmd,
                 "%s RTRANS_STM_LOG=%s %s/duhton-stm --num-threads 2 tests/duhton/stmlog/conflict.duh",
                 env, log, STMLOG_BIN);
        char *out = capture(cmd, &status);
        ck_assert_msg(out && status == 0 && strcmp(out, "400\n") == 0,
                      "the program failed (status %d): %s", status, out ? out : "");
        free(out);
        snprintf(cmd, sizeof cmd, "%s/rtrans-stmlog %s %s 2>&1", STMLOG_BIN, stmlog_options, log);
        free(report);
        report = capture(cmd, &status);
        ck_assert_msg(report && status == 0, "rtrans-stmlog failed: %s", report ? report : "");
        if (!strstr(report, "\n0 conflict locations"))
            break;
    }
    return report;
}

START_TEST(test_conflict_names_duhton_lines)
{
    char log[256];
    snprintf(log, sizeof log, "/tmp/rtrans-stmlog-test-%d.log", (int)getpid());
    char *report = log_a_conflict(log, "", "");
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

static char *chromium_dom(const char *html_path)
{
    const char *chromium = getenv("CHROMIUM") ? getenv("CHROMIUM") : "/usr/bin/chromium";
    if (access(chromium, X_OK) != 0)
        ck_abort_msg("%s is missing: apt-get install chromium (./build.sh test does)", chromium);
    char profile[] = "/tmp/rtrans-chromium-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(profile));
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "%s --headless --no-sandbox --disable-gpu "
             "--disable-background-networking --disable-component-update --disable-sync "
             "--no-first-run --user-data-dir=%s --dump-dom file://%s 2>/dev/null; rm -rf %s",
             chromium, profile, html_path, profile);
    int status;
    char *dom = capture(cmd, &status);
    ck_assert_msg(dom && status == 0, "chromium failed (%d)", status);
    return dom;
}

/* The first conflict row (the costliest first) that names the program's
 * line 7.  The scheduler makes no conflict of its own (its shared state
 * is a TQueue), but a row's place depends on timing, so any row may. */
static char *program_conflict_row(const char *dom)
{
    for (int k = 1; k <= 20; k++) {
        char id[32];
        snprintf(id, sizeof id, "id=\"conflict-%d\"", k);
        const char *row = strstr(dom, id);
        if (!row)
            break;
        const char *end = strstr(row, "</tr>");
        ck_assert_ptr_nonnull(end);
        char *r = strndup(row, (size_t)(end - row));
        if (strstr(r, "conflict.duh:7"))
            return r;
        free(r);
    }
    ck_abort_msg("no conflict row names conflict.duh:7");
    return NULL;
}

/* Forced aborts (RTRANS_STM_ABORT_STRESS) make sure the timeline has red
 * in it whatever the scheduler does; the conflict still comes from the
 * two threads. */
START_TEST(test_html_in_chromium)
{
    char log[256], html[256], options[300];
    snprintf(log, sizeof log, "/tmp/rtrans-stmlog-html-%d.log", (int)getpid());
    snprintf(html, sizeof html, "/tmp/rtrans-stmlog-html-%d.html", (int)getpid());
    snprintf(options, sizeof options, "--html %s", html);
    char *report = log_a_conflict(log, "RTRANS_STM_ABORT_STRESS=3", options);
    unlink(log);
    ck_assert_msg(strstr(report, "conflict.duh:7"), "%s", report);
    char *dom = chromium_dom(html);
    unlink(html);
    const char *body = strstr(dom, "<body");
    ck_assert_msg(body && strstr(body, "data-broken-links=\"0\""), "%.400s", body ? body : dom);
    ck_assert_msg(strstr(body, "data-lanes=\"2\""), "%.400s", body);
    ck_assert_msg(strstr(dom, "class=\"st-committed\""), "no committed transaction drawn");
    ck_assert_msg(strstr(dom, "class=\"st-aborted\"") || strstr(dom, "class=\"abort-tick\""),
                  "no aborted transaction drawn");
    ck_assert_msg(strstr(dom, "stress "), "no abort reason in the tooltips");
    char *r = program_conflict_row(dom);
    /* both sides: the Duhton line and the interpreter's line, linked */
    ck_assert_msg(strstr(r, "\">conflict.duh:7</a>") && strstr(r, "(set counter (+ k (get counter))))")
                  && strstr(r, "\">primitives.py:"), "%s", r);
    free(r);
    /* the excerpt the links lead to */
    ck_assert_msg(strstr(dom, "class=\"ln ref\"><i>7</i>  (set counter"), "no excerpt of line 7");
    free(dom);
    free(report);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("duhton-stmlog");
    TCase *tc = tcase_create("stmlog");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_conflict_names_duhton_lines);
    tcase_add_test(tc, test_html_in_chromium);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
