/* test_fuzz.c - a short, bounded libFuzzer run as part of the test suite.
 *
 * Runs $(B)/fuzz/fuzz-frontend over the seed corpus (tests/fuzz/corpus) and
 * then on mutations for FUZZ_SECONDS seconds (default 15), from the random
 * seed FUZZ_SEED (default 1; 0 lets libFuzzer pick one).  New inputs go
 * to a temporary directory, never into the seed corpus.  Any crash,
 * sanitizer report, leak or input slower than 30 s (generous: a loaded
 * machine must not fail the suite; a hang still does) makes libFuzzer exit
 * non-zero, and the test fails with the path of the reproducer.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef FUZZER_PATH
#error "FUZZER_PATH must name the fuzz target"
#endif
#ifndef FUZZ_DIR
#error "FUZZ_DIR must name tests/fuzz"
#endif

static int fuzz_seconds(void)
{
    const char *s = getenv("FUZZ_SECONDS");
    int n = s ? atoi(s) : 15;
    return n > 0 ? n : 15;
}

/* libFuzzer's seed: 1 unless FUZZ_SEED says otherwise (0: a random one),
 * so that the suite mutates the same way on every run. */
static long fuzz_seed(void)
{
    const char *s = getenv("FUZZ_SEED");
    return s ? strtol(s, NULL, 10) : 1;
}

START_TEST(test_bounded_fuzz_run)
{
    char tmp[] = "/tmp/rtrans-fuzz-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(tmp));
    char *cmd;
    int n = asprintf(&cmd,
                     "'%s' -seed=%ld -max_total_time=%d -timeout=30 -rss_limit_mb=2048 "
                     "-print_final_stats=1 -dict='%s/python.dict' "
                     "-artifact_prefix='%s/' '%s' '%s/corpus' > '%s/log' 2>&1",
                     FUZZER_PATH, fuzz_seed(), fuzz_seconds(), FUZZ_DIR, tmp, tmp, FUZZ_DIR, tmp);
    ck_assert_int_gt(n, 0);
    int status = system(cmd);
    free(cmd);
    char *show;
    ck_assert_int_gt(asprintf(&show, "tail -n 30 '%s/log'", tmp), 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        (void)!system(show);   /* the fuzzer's report, for the failure */
    free(show);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0,
                  "the fuzzer found a failure (status %d); reproducer and log in %s",
                  status, tmp);
    char *rm;
    ck_assert_int_gt(asprintf(&rm, "rm -rf '%s'", tmp), 0);
    (void)!system(rm);
    free(rm);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("fuzz-frontend");
    TCase *tc = tcase_create("bounded");
    tcase_set_timeout(tc, fuzz_seconds() + 60);
    tcase_add_test(tc, test_bounded_fuzz_run);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
