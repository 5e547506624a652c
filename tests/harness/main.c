/* The `programs` check suite: one test per corpus file.
 *
 * All the work happens before the check runner starts: worker processes
 * (one per CPU) each check one program at a time and leave a report file;
 * the tests then only read their report, so a failure names the program and
 * the suite's wall time is the corpus's divided by the CPU count.
 *
 * Environment (all optional):
 *   RTRANS_BIN                  translator (default BUILD/bin/rtrans)
 *   RTRANS_TEST_OPT             translator options (default "-O1")
 *   RTRANS_TEST_JOBS            parallel workers (default: online CPUs)
 *   RTRANS_TEST_TIMEOUT         seconds per program run (default 30)
 *   RTRANS_TEST_ONLY            only files whose path contains this text
 *   RTRANS_TEST_KEEP            keep the work directory and print its path
 *   RTRANS_CORPUS_CPYTHON_ONLY  check the corpus under CPython alone
 *   RTRANS_CORPUS_INTERP        check tests/programs under this Python
 *                               interpreter alone (rtpython), against the
 *                               `# expect:` lines; the build of
 *                               $(B)/tests/python-corpus sets it to
 *                               rtpython-gil (HS_CORPUS_INTERP)
 *   PYTHON                      CPython (default python3)
 */
#include "harness.h"

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef HS_SRCDIR
#error "build with -DHS_SRCDIR=\"/abs/source/root\""
#endif
#ifndef HS_BUILDDIR
#error "build with -DHS_BUILDDIR=\"/abs/build/dir\""
#endif

typedef struct entry {
    hs_spec spec;
    bool passed;
    char *report;
    double seconds;  /* the worker's wall time on this file */
} entry;

#ifdef HS_CORPUS_INTERP
#define SUITE_NAME "python-corpus"
#else
#define SUITE_NAME "programs"
#define HS_CORPUS_INTERP ""
#endif

static entry *corpus;
static size_t corpus_len;

static const char *env_or(const char *name, const char *dflt)
{
    const char *v = getenv(name);
    return v && *v ? v : dflt;
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends to `out` the corpus files of srcdir/dir: NAME.py and, when
 * `subdirs`, NAME/main.py. */
static void discover(const char *dir, bool subdirs, hs_strvec *out)
{
    char *full = hs_printf("%s/%s", HS_SRCDIR, dir);
    DIR *d = opendir(full);
    if (!d) {
        free(full);
        return;
    }
    const char *only = getenv("RTRANS_TEST_ONLY");
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        char *rel = NULL;
        char *abs_path = hs_printf("%s/%s", full, de->d_name);
        char *main_path = hs_printf("%s/main.py", abs_path);
        if (has_suffix(de->d_name, ".py") && is_file(abs_path))
            rel = hs_printf("%s/%s", dir, de->d_name);
        else if (subdirs && is_file(main_path))
            rel = hs_printf("%s/%s/main.py", dir, de->d_name);
        if (rel && only && *only && !strstr(rel, only)) {
            free(rel);
            rel = NULL;
        }
        if (rel)
            hs_vec_push(out, rel);
        free(abs_path);
        free(main_path);
    }
    closedir(d);
    free(full);
}

static void load_corpus(const hs_config *cfg)
{
    hs_strvec programs = {0}, errors = {0};
    discover("tests/programs", true, &programs);
    if (!cfg->interp) /* an interpreter has no translation errors to check */
        discover("tests/errors", false, &errors);
    qsort(programs.items, programs.len, sizeof(char *), cmp_str);
    qsort(errors.items, errors.len, sizeof(char *), cmp_str);
    corpus_len = programs.len + errors.len;
    corpus = calloc(corpus_len ? corpus_len : 1, sizeof *corpus);
    for (size_t i = 0; i < programs.len; i++)
        hs_spec_load(&corpus[i].spec, HS_SRCDIR, programs.items[i], HS_KIND_PROGRAM);
    for (size_t i = 0; i < errors.len; i++)
        hs_spec_load(&corpus[programs.len + i].spec, HS_SRCDIR, errors.items[i],
                     HS_KIND_ERROR);
    hs_vec_free(&programs);
    hs_vec_free(&errors);
}

static void free_corpus(void)
{
    for (size_t i = 0; i < corpus_len; i++) {
        hs_spec_free(&corpus[i].spec);
        free(corpus[i].report);
    }
    free(corpus);
    corpus = NULL;
    corpus_len = 0;
}

static void split_opts(const char *s, hs_strvec *out)
{
    char *copy = hs_strdup(s), *save = NULL;
    for (char *w = strtok_r(copy, " \t", &save); w; w = strtok_r(NULL, " \t", &save))
        hs_vec_push(out, hs_strdup(w));
    free(copy);
}

static void make_config(hs_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->srcdir = HS_SRCDIR;
    cfg->rtrans = env_or("RTRANS_BIN", HS_BUILDDIR "/bin/rtrans");
    cfg->have_rtrans = access(cfg->rtrans, X_OK) == 0;
    cfg->cpython_only = getenv("RTRANS_CORPUS_CPYTHON_ONLY") != NULL;
    split_opts(env_or("RTRANS_TEST_OPT", "-O1"), &cfg->opts);
    cfg->python = env_or("PYTHON", "python3");
    cfg->interp = env_or("RTRANS_CORPUS_INTERP", HS_CORPUS_INTERP);
    if (!*cfg->interp)
        cfg->interp = NULL;
    cfg->run_timeout = atof(env_or("RTRANS_TEST_TIMEOUT", "30"));
    if (cfg->run_timeout <= 0)
        cfg->run_timeout = 30;
    cfg->translate_timeout = 180;
}

/* In a worker: check entry i, leave "PASS\n" or "FAIL\n" + report. */
static _Noreturn void worker(const hs_config *cfg, size_t i, const char *root)
{
    char *dir = hs_printf("%s/%zu", root, i);
    if (mkdir(dir, 0755) != 0)
        HS_DIE("mkdir %s: %s", dir, strerror(errno));
    hs_buf report = {0};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    bool ok = hs_check(cfg, &corpus[i].spec, dir, &report);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double took = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    hs_buf out = {0};
    hs_buf_printf(&out, "%s %.2f\n%s", ok ? "PASS" : "FAIL", took,
                  report.data ? report.data : "");
    char *path = hs_printf("%s/result", dir);
    if (!hs_write_file(path, out.data, out.len))
        HS_DIE("cannot write %s", path);
    _exit(0);
}

static void collect(size_t i, const char *root)
{
    entry *e = &corpus[i];
    char *path = hs_printf("%s/%zu/result", root, i);
    hs_buf text = {0};
    const char *nl = NULL;
    if (hs_read_file(path, &text) && text.len >= 5)
        nl = strchr(text.data, '\n');
    if (!nl) {
        e->report = hs_strdup("  the harness worker for this program died\n");
    } else {
        e->passed = strncmp(text.data, "PASS ", 5) == 0;
        e->seconds = atof(text.data + 5);
        e->report = hs_strdup(nl + 1);
    }
    hs_buf_free(&text);
    free(path);
}

static void run_workers(const hs_config *cfg, const char *root)
{
    long jobs = atol(env_or("RTRANS_TEST_JOBS", "0"));
    if (jobs <= 0)
        jobs = sysconf(_SC_NPROCESSORS_ONLN);
    if (jobs <= 0)
        jobs = 2;
    long active = 0;
    fflush(NULL);
    for (size_t i = 0; i < corpus_len; i++) {
        while (active >= jobs) {
            if (wait(NULL) > 0)
                active--;
        }
        pid_t pid = fork();
        if (pid < 0)
            HS_DIE("fork: %s", strerror(errno));
        if (pid == 0)
            worker(cfg, i, root);
        active++;
    }
    while (active > 0 && wait(NULL) > 0)
        active--;
    for (size_t i = 0; i < corpus_len; i++)
        collect(i, root);
}

/* The files that took longest, for whoever wants the suite faster (a CI
 * log shows them without a rerun). */
static void print_slowest(size_t n)
{
    size_t *order = calloc(corpus_len ? corpus_len : 1, sizeof *order);
    for (size_t i = 0; i < corpus_len; i++) {
        size_t k = i;
        for (; k > 0 && corpus[order[k - 1]].seconds < corpus[i].seconds; k--)
            order[k] = order[k - 1];
        order[k] = i;
    }
    double total = 0;
    for (size_t i = 0; i < corpus_len; i++)
        total += corpus[i].seconds;
    printf("corpus: %.0f s of checks in all; slowest:", total);
    for (size_t i = 0; i < n && i < corpus_len; i++)
        printf("%s %s %.1f s", i ? "," : "", corpus[order[i]].spec.path, corpus[order[i]].seconds);
    printf("\n");
    free(order);
}

START_TEST(test_program)
{
    const entry *e = &corpus[_i];
    ck_assert_msg(e->passed, "%s:\n%s", e->spec.path, e->report);
}
END_TEST

START_TEST(test_corpus_found)
{
    ck_assert_msg(corpus_len > 0 || getenv("RTRANS_TEST_ONLY"),
                  "no program found in %s/tests/programs", HS_SRCDIR);
}
END_TEST

static Suite *corpus_suite(void)
{
    Suite *s = suite_create(SUITE_NAME);
    TCase *tc = tcase_create("corpus");
    tcase_add_test(tc, test_corpus_found);
    tcase_add_loop_test(tc, test_program, 0, (int)corpus_len);
    suite_add_tcase(s, tc);
    return s;
}

static void remove_tree(const char *dir)
{
    char *argv[] = {"rm", "-rf", (char *)dir, NULL};
    hs_cmd cmd = {.argv = argv, .timeout = 120};
    hs_result res;
    hs_run(&cmd, &res);
}

int main(void)
{
    if (!getenv("CK_MAX_MSG_SIZE"))
        setenv("CK_MAX_MSG_SIZE", "65536", 1); /* reports carry diffs */
    hs_config cfg;
    make_config(&cfg);
    load_corpus(&cfg);
    char *root = hs_printf("%s/rtrans-corpus.XXXXXX", env_or("TMPDIR", "/tmp"));
    if (!mkdtemp(root))
        HS_DIE("mkdtemp %s: %s", root, strerror(errno));
    if (cfg.interp)
        printf("corpus: %zu files, under %s\n", corpus_len, cfg.interp);
    else
        printf("corpus: %zu files, translator %s%s\n", corpus_len, cfg.rtrans,
               cfg.cpython_only ? " (CPython only)"
               : cfg.have_rtrans ? "" : " (NOT FOUND)");
    run_workers(&cfg, root);
    print_slowest(8);
    if (getenv("RTRANS_TEST_KEEP"))
        printf("corpus: work directory kept: %s\n", root);
    else
        remove_tree(root);
    free(root);
    hs_vec_free(&cfg.opts);
    SRunner *sr = srunner_create(corpus_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    free_corpus();
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
