/* Check suite: every tests/errors/NAME.py (or NAME/main.py with the
 * modules it imports) must fail to check with exactly
 * its "# expect error: LINE:COL: MESSAGE" diagnostics, in order; and every
 * tests/programs/ program must check without error. */
#include <check.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/check.h"
#include "tests/frontend/check_unit.h"

static char *read_all(const char *path)
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

/* Returns the number of mismatches, printing each. */
static int check_error_file(const char *path)
{
    char *text = read_all(path);
    ck_assert_ptr_nonnull(text);
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    int errors = chk_program(d, a, path, NULL);
    int bad = 0, k = 0;
    const char *prefix = "# expect error: ";
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (strncmp(line, prefix, strlen(prefix)) != 0)
            continue;
        const char *want = line + strlen(prefix);
        const Diagnostic *g = NULL;
        while (k < diag_count(d) && (g = diag_get(d, k))->kind != DIAG_ERROR)
            k++;
        if (k >= diag_count(d)) {
            printf("%s: missing diagnostic: %s\n", path, want);
            bad++;
            continue;
        }
        char got[4096];
        snprintf(got, sizeof got, "%d:%d: %s", g->loc.line, g->loc.col, g->msg);
        if (strcmp(got, want) != 0) {
            printf("%s: expected '%s', got '%s'\n", path, want, got);
            fflush(stdout);
            bad++;
        }
        k++;
    }
    if (errors == 0) {
        printf("%s: no error reported\n", path);
        bad++;
    }
    arena_free(a);
    diag_free(d);
    free(text);
    return bad;
}

static int walk(const char *dir, int (*fn)(const char *), int *files)
{
    DIR *dp = opendir(dir);
    ck_assert_ptr_nonnull(dp);
    int bad = 0;
    struct dirent *e;
    while ((e = readdir(dp))) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".py") != 0)
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        bad += fn(path);
        (*files)++;
    }
    closedir(dp);
    return bad;
}

static int walk_main_dirs(const char *dir, int (*fn)(const char *), int *files);

START_TEST(test_error_corpus)
{
    int files = 0;
    int bad = walk("tests/errors", check_error_file, &files);
    bad += walk_main_dirs("tests/errors", check_error_file, &files);
    ck_assert_int_gt(files, 0);
    ck_assert_int_eq(bad, 0);
}
END_TEST

static int check_valid_file(const char *path)
{
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    Program *p = NULL;
    int errors = chk_program(d, a, path, &p);
    if (errors) {
        printf("%s: %d errors, first: %d:%d: %s\n", path, errors, diag_get(d, 0)->loc.line,
               diag_get(d, 0)->loc.col, diag_get(d, 0)->msg);
    }
    arena_free(a);
    diag_free(d);
    return errors ? 1 : 0;
}

/* DIR/NAME/main.py: multi-module programs (fn checks each) */
static int walk_main_dirs(const char *dir, int (*fn)(const char *), int *files)
{
    DIR *dp = opendir(dir);
    ck_assert_ptr_nonnull(dp);
    int bad = 0;
    struct dirent *e;
    while ((e = readdir(dp))) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s/main.py", dir, e->d_name);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        fclose(f);
        bad += fn(path);
        (*files)++;
    }
    closedir(dp);
    return bad;
}

START_TEST(test_programs_check)
{
    int files = 0;
    int bad = walk("tests/programs", check_valid_file, &files);
    bad += walk_main_dirs("tests/programs", check_valid_file, &files);
    printf("programs: %d of %d type-check\n", files - bad, files);
    ck_assert_int_gt(files, 100);
    ck_assert_int_eq(bad, 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("checker");
    TCase *tc = tcase_create("corpus");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_error_corpus);
    tcase_add_test(tc, test_programs_check);
    suite_add_tcase(s, tc);
    check_unit_add(s);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
