/* test_ir.c - golden IR dumps of the lowering and the passes.
 *
 * Each tests/ir/NAME.py names the pass and the functions to compare in a
 * comment line "# dump-ir: PASS FUNC...".  The test runs
 *     rtrans --dump-ir=PASS --emit-c TMP NAME.py
 * (with --stm when PASS is one of the STM passes, stm_*), extracts those
 * functions from the dump and compares them with
 * tests/ir/NAME.ir.  RTRANS_UPDATE_GOLDEN=1 rewrites the golden files
 * (review the diff before committing them).
 */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef IR_SRCDIR
#define IR_SRCDIR "."
#endif
#ifndef IR_RTRANS
#define IR_RTRANS "build/bin/rtrans"
#endif

typedef struct Case {
    char *name;          /* NAME, without .py */
} Case;

static Case *cases;
static int ncases;

static char *slurp(FILE *f)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n < 1024)
            buf = realloc(buf, cap *= 2);
    }
    buf[n] = 0;
    return buf;
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    char *s = slurp(f);
    fclose(f);
    return s;
}

/* The "# dump-ir:" line's words: PASS then function names. */
static int directive(const char *src, char words[][128], int max)
{
    const char *p = strstr(src, "# dump-ir:");
    if (!p)
        return 0;
    p += strlen("# dump-ir:");
    int n = 0;
    while (*p && *p != '\n' && n < max) {
        while (*p == ' ')
            p++;
        int k = 0;
        while (*p && *p != ' ' && *p != '\n' && k < 127)
            words[n][k++] = *p++;
        words[n][k] = 0;
        if (k)
            n++;
    }
    return n;
}

/* Append the dump of function fname (from "func fname(" to the next
 * blank line) to out. */
static void extract(const char *dump, const char *fname, char **out, size_t *len)
{
    char head[160];
    snprintf(head, sizeof head, "\nfunc %s(", fname);
    const char *p = strstr(dump, head);
    if (!p) {
        size_t add = strlen(fname) + 32;
        *out = realloc(*out, *len + add);
        *len += (size_t)snprintf(*out + *len, add, "<no function %s>\n", fname);
        return;
    }
    p++;
    const char *end = strstr(p, "\n\n");
    size_t n = end ? (size_t)(end - p) + 1 : strlen(p);
    *out = realloc(*out, *len + n + 2);
    memcpy(*out + *len, p, n);
    *len += n;
    (*out)[(*len)++] = '\n';
    (*out)[*len] = 0;
}

START_TEST(test_golden)
{
    const char *name = cases[_i].name;
    char path[1024], golden[1024], cmd[4096];
    snprintf(path, sizeof path, "%s/tests/ir/%s.py", IR_SRCDIR, name);
    snprintf(golden, sizeof golden, "%s/tests/ir/%s.ir", IR_SRCDIR, name);
    char *src = read_file(path);
    ck_assert_msg(src != NULL, "cannot read %s", path);
    char words[16][128];
    int nw = directive(src, words, 16);
    ck_assert_msg(nw >= 2, "%s: no '# dump-ir: PASS FUNC...' line", path);
    char tmp[] = "/tmp/rtrans-ir-XXXXXX";
    ck_assert(mkdtemp(tmp) != NULL);
    const char *stm = strncmp(words[0], "stm_", 4) == 0 ? " --stm" : "";
    snprintf(cmd, sizeof cmd, "'%s'%s --dump-ir=%s --emit-c %s '%s' 2>&1", IR_RTRANS, stm,
             words[0], tmp, path);
    FILE *p = popen(cmd, "r");
    ck_assert(p != NULL);
    char *dump = slurp(p);
    int status = pclose(p);
    ck_assert_msg(status == 0, "%s failed:\n%s", cmd, dump);
    char *got = calloc(1, 1);
    size_t len = 0;
    for (int i = 1; i < nw; i++)
        extract(dump, words[i], &got, &len);
    if (getenv("RTRANS_UPDATE_GOLDEN")) {
        FILE *f = fopen(golden, "w");
        fputs(got, f);
        fclose(f);
    }
    char *want = read_file(golden);
    ck_assert_msg(want != NULL, "no golden file %s (RTRANS_UPDATE_GOLDEN=1 writes it)", golden);
    ck_assert_msg(strcmp(want, got) == 0, "%s: IR after %s differs from %s\n--- got:\n%s", name,
                  words[0], golden, got);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    if (system(cmd) != 0)
        ck_abort_msg("cannot remove %s", tmp);
    free(want);
    free(got);
    free(dump);
    free(src);
}
END_TEST

START_TEST(test_found)
{
    ck_assert_msg(ncases >= 3, "expected the IR cases in %s/tests/ir, found %d", IR_SRCDIR, ncases);
}
END_TEST

static void find_cases(void)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/ir", IR_SRCDIR);
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t n = strlen(de->d_name);
        if (n < 4 || strcmp(de->d_name + n - 3, ".py") != 0)
            continue;
        cases = realloc(cases, sizeof(Case) * (size_t)(ncases + 1));
        cases[ncases].name = strndup(de->d_name, n - 3);
        ncases++;
    }
    closedir(d);
}

int main(void)
{
    find_cases();
    Suite *s = suite_create("ir");
    TCase *tc = tcase_create("golden");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_found);
    tcase_add_loop_test(tc, test_golden, 0, ncases);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
