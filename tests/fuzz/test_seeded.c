/* test_seeded.c - seeded differential fuzzing of what rtrans produces, as
 * the check suite $(B)/tests/fuzz-seeded (issue 11, "fuzzing as a habit"):
 *
 *   runtime  tests/fuzz/runtime/rt_fuzz.py, translated (GIL, and --stm
 *            under RTRANS_STM_ABORT_STRESS=3), reads FUZZ_LINES lines made
 *            by gen_input.py from FUZZ_SEED: parsing, formatting, string
 *            and arithmetic operations of the support library on edge
 *            values.  Its output must equal CPython's, byte for byte.
 *   duhton   FUZZ_MUTANTS mutants of tests/duhton/programs (mutate.py,
 *            FUZZ_SEED) run by the translated Duhton and by duhton.py
 *            under CPython: the same stdout, stderr and exit status, and
 *            never a death by signal or a runtime failure (status 3, 70).
 *            A mutant that CPython does not finish in time (an endless
 *            loop), or that exhausts the stack, is skipped: the
 *            interpreters bound recursion differently (README).
 *
 * The defaults (seed 1, 3000 lines, 30 mutants) take seconds and are the
 * same on every run, so a failure reproduces; `./build.sh fuzz` runs with
 * fresh seeds and larger counts.  A failure keeps its folder (input,
 * outputs) and names it; the reproducer belongs in tests/programs or
 * tests/duhton/programs once fixed.
 */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef FS_SRCDIR
#error "FS_SRCDIR must name the source tree"
#endif
#ifndef FS_BUILDDIR
#error "FS_BUILDDIR must name the build tree"
#endif

/* Seconds a single run may take: generous, the machine may be loaded. */
#define RUN_TIMEOUT 120
#define MUTANT_TIMEOUT 5

static long env_long(const char *name, long dflt)
{
    const char *s = getenv(name);
    long v = s ? strtol(s, NULL, 10) : 0;
    return v > 0 ? v : dflt;
}

/* Runs a shell command built like printf; its wait status. */
__attribute__((format(printf, 1, 2)))
static int sh(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *cmd = NULL;
    int n = vasprintf(&cmd, fmt, ap);
    va_end(ap);
    ck_assert_int_ge(n, 0);
    int status = system(cmd);
    free(cmd);
    return status;
}

static int exit_code(int status)
{
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static char *make_dir(const char *what)
{
    char *dir = NULL;
    ck_assert_int_ge(asprintf(&dir, "/tmp/rtrans-fuzz-%s-XXXXXX", what), 0);
    ck_assert_ptr_nonnull(mkdtemp(dir));
    return dir;
}

/* The environment CPython runs the programs in (tests/harness/check.c). */
#define PY_ENV "PYTHONPATH='" FS_SRCDIR "/runtime/prelude' PYTHONIOENCODING=utf-8 " \
               "PYTHONUTF8=1 PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED= "

/* ---------------------------------------------------------------- runtime */

START_TEST(test_runtime)
{
    long seed = env_long("FUZZ_SEED", 1), lines = env_long("FUZZ_LINES", 3000);
    char *d = make_dir("runtime");
    const char *src = FS_SRCDIR "/tests/fuzz/runtime";
    ck_assert_int_eq(sh("python3 %s/gen_input.py %ld %ld > %s/in", src, seed, lines, d), 0);
    ck_assert_int_eq(sh("cd %s && %s/bin/rtrans %s/rt_fuzz.py -o fz > build.log 2>&1 && "
                        "%s/bin/rtrans --stm %s/rt_fuzz.py -o fz-stm >> build.log 2>&1",
                        d, FS_BUILDDIR, src, FS_BUILDDIR, src), 0);
    int py = sh("cd %s && " PY_ENV "timeout %d python3 %s/rt_fuzz.py < in > py.out 2> py.err",
                d, RUN_TIMEOUT, src);
    ck_assert_msg(exit_code(py) == 0, "CPython failed on seed %ld (%s/py.err)", seed, d);
    int gil = sh("cd %s && timeout %d ./fz < in > gil.out 2> gil.err", d, RUN_TIMEOUT);
    int stm = sh("cd %s && RTRANS_STM_ABORT_STRESS=3 timeout %d ./fz-stm < in > stm.out "
                 "2> stm.err", d, RUN_TIMEOUT);
    int same = exit_code(gil) == 0 && exit_code(stm) == 0
               && sh("cmp -s %s/py.out %s/gil.out && cmp -s %s/py.out %s/stm.out",
                     d, d, d, d) == 0;
    if (!same)
        sh("cd %s && diff py.out gil.out | head -20; diff py.out stm.out | head -20; "
           "tail -5 gil.err stm.err", d);
    ck_assert_msg(same, "seed %ld: the translated program differs from CPython (status "
                  "%d, --stm %d); input and outputs in %s", seed, gil, stm, d);
    sh("rm -rf %s", d);
    free(d);
}
END_TEST

/* ----------------------------------------------------------------- duhton */

/* Runs one mutant under CPython and the translated Duhton: 1 if they
 * agree or the mutant is skipped, 0 (after printing why) if not. */
static int check_mutant(const char *d, int n, int *skipped)
{
    int py = sh("cd %s && " PY_ENV "timeout %d python3 %s/examples/duhton/duhton.py "
                "--num-threads 1 m%04d.duh > py.out 2> py.err", d, MUTANT_TIMEOUT,
                FS_SRCDIR, n);
    if (exit_code(py) == 124 || sh("grep -q 'recursion' %s/py.err", d) == 0) {
        ++*skipped;
        return 1;
    }
    int tr = sh("cd %s && timeout %d %s/bin/duhton-gil --num-threads 1 m%04d.duh > tr.out "
                "2> tr.err", d, RUN_TIMEOUT, FS_BUILDDIR, n);
    int code = exit_code(tr);
    if (code == 124 || code == -1 || code == 3 || code == 70 || code != exit_code(py)
        || sh("cmp -s %s/py.out %s/tr.out && cmp -s %s/py.err %s/tr.err", d, d, d, d) != 0) {
        printf("duhton mutant %s/m%04d.duh: CPython status %d, translated %d\n", d, n,
               exit_code(py), code);
        sh("cd %s && diff py.out tr.out | head -10; diff py.err tr.err | head -10", d);
        return 0;
    }
    return 1;
}

START_TEST(test_duhton)
{
    long seed = env_long("FUZZ_SEED", 1), count = env_long("FUZZ_MUTANTS", 30);
    char *d = make_dir("duhton");
    ck_assert_int_eq(sh("python3 %s/tests/fuzz/duhton/mutate.py %ld %ld %s", FS_SRCDIR,
                        seed, count, d), 0);
    int failed = 0, skipped = 0;
    for (int n = 0; n < count; n++)
        failed += !check_mutant(d, n, &skipped);
    ck_assert_msg(failed == 0, "seed %ld: %d of %ld Duhton mutants differ; kept in %s",
                  seed, failed, count, d);
    ck_assert_msg(skipped < count / 2, "seed %ld: %d of %ld mutants skipped", seed,
                  skipped, count);
    sh("rm -rf %s", d);
    free(d);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("fuzz-seeded");
    TCase *tc = tcase_create("seeded");
    tcase_add_test(tc, test_runtime);
    tcase_add_test(tc, test_duhton);
    /* the mutants' timeouts bound the Duhton step */
    tcase_set_timeout(tc, (double)(600 + 2 * MUTANT_TIMEOUT * env_long("FUZZ_MUTANTS", 30)));
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
