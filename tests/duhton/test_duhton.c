/* test_duhton.c - runs a Duhton interpreter against the conformance cases
 * (tests/duhton/conformance.txt) and the self-describing programs
 * (tests/duhton/programs/NAME.duh), comparing stdout, stderr and the exit
 * status exactly.
 *
 * The interpreter command comes from the environment, so the same suite
 * checks CPython and the translated binaries:
 *   DUHTON="python3 examples/duhton/duhton.py"   (needs PYTHONPATH)
 *   DUHTON=build/bin/duhton-stm
 * (compiled with -DDUHTON_DEFAULT='"CMD"', CMD is used when DUHTON is unset).
 * DUHTON_TESTS names the folder holding conformance.txt and programs/
 * (default tests/duhton, relative to the repository root).
 *
 * Comment lines in a program drive its check:
 *   ; expect: TEXT         the next line of stdout (all of them, in order,
 *                          are the whole stdout)
 *   ; expect-stderr: TEXT  the next line of stderr (likewise)
 *   ; expect-exit: N       the exit status (default 0)
 *   ; args: A B            arguments given before the file name
 *   ; threads: 1 2 8       run once per count with --num-threads N, each
 *                          run expecting the same output
 *   ; gc-stress            also run every such case with RTRANS_GC_STRESS=1
 *                          (collections every few allocations, and the
 *                          runtime checks its own invariants as it goes)
 *   ; no-aborts            the program's transactions share nothing they
 *                          write: its runs (not the stress ones) set
 *                          RTRANS_STM_STATS=1, and the summary that the
 *                          STM build prints on stderr must count 0 aborts
 *                          (the summary is cut off before stderr is
 *                          compared; CPython prints none)
 * Every program also runs once with RTRANS_STM_ABORT_STRESS=3 (on the
 * largest thread count it names): a third of the transactions abort once
 * and run again, and the output must not change.
 */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define RUN_TIMEOUT_SECONDS 120
#define SHOWN_OUTPUT_MAX 3000

/* ------------------------------------------------------------ utilities */

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "test_duhton: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xrealloc(NULL, n), s, n);
}

static char *xasprintf(const char *fmt, ...)
{
    va_list ap, copy;
    va_start(ap, fmt);
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = xrealloc(NULL, (size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, copy);
    va_end(copy);
    return s;
}

/* A growable byte string, always NUL-terminated. */
typedef struct {
    char *data;
    size_t len, cap;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->data = xrealloc(b->data, b->cap);
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void buf_adds(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

static char *buf_take(Buf *b)
{
    if (!b->data)
        buf_add(b, "", 0);
    return b->data;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    fclose(f);
    if (len)
        *len = b.len;
    return buf_take(&b);
}

/* \n, \t and \\ in conformance values. */
static char *decode_escapes(const char *s)
{
    Buf b = {0};
    for (; *s; s++) {
        if (*s == '\\' && s[1] == 'n') {
            buf_adds(&b, "\n");
            s++;
        } else if (*s == '\\' && s[1] == 't') {
            buf_adds(&b, "\t");
            s++;
        } else if (*s == '\\' && s[1] == '\\') {
            buf_adds(&b, "\\");
            s++;
        } else {
            buf_add(&b, s, 1);
        }
    }
    return buf_take(&b);
}

/* s with every "@NPROC@" replaced by the number of online CPUs (the
 * interpreter's default thread count, shown by --help); frees s. */
static char *substitute_nproc(char *s)
{
    static const char pattern[] = "@NPROC@";
    char *nproc = xasprintf("%ld", sysconf(_SC_NPROCESSORS_ONLN));
    Buf b = {0};
    const char *p = s, *hit;
    while ((hit = strstr(p, pattern))) {
        buf_add(&b, p, (size_t)(hit - p));
        buf_adds(&b, nproc);
        p = hit + strlen(pattern);
    }
    buf_adds(&b, p);
    free(nproc);
    free(s);
    return buf_take(&b);
}

/* For failure messages: escapes newlines, shortens long outputs. */
static char *show(const char *s)
{
    Buf b = {0};
    size_t n = 0;
    for (; *s && n < SHOWN_OUTPUT_MAX; s++, n++) {
        if (*s == '\n')
            buf_adds(&b, "\\n");
        else
            buf_add(&b, s, 1);
    }
    if (*s)
        buf_adds(&b, "...");
    return buf_take(&b);
}

/* -------------------------------------------------------- running a case */

/* One expected run of the interpreter. */
typedef struct {
    char *name;        /* for messages */
    char **argv;       /* arguments after the interpreter command */
    int argc;
    char *stdin_text;
    char *out, *err;   /* expected stdout and stderr */
    int status;        /* expected exit status */
    int stress;        /* STRESS_GC or STRESS_ABORT, or 0 */
    int no_aborts;     /* check the RTRANS_STM_STATS summary */
} Case;

enum { STRESS_GC = 1, STRESS_ABORT };

typedef struct {
    Case *items;
    int len, cap;
} CaseList;

static CaseList cases;

/* Takes ownership of name. */
static Case *case_new(char *name)
{
    if (cases.len == cases.cap) {
        cases.cap = cases.cap ? cases.cap * 2 : 64;
        cases.items = xrealloc(cases.items, sizeof(Case) * (size_t)cases.cap);
    }
    Case *c = &cases.items[cases.len++];
    memset(c, 0, sizeof *c);
    c->name = name;
    c->stdin_text = xstrdup("");
    c->out = xstrdup("");
    c->err = xstrdup("");
    return c;
}

static void case_add_arg(Case *c, const char *arg)
{
    c->argv = xrealloc(c->argv, sizeof(char *) * (size_t)(c->argc + 2));
    c->argv[c->argc++] = xstrdup(arg);
    c->argv[c->argc] = NULL;
}

static void case_add_words(Case *c, const char *words)
{
    char *copy = xstrdup(words), *save = NULL;
    for (char *w = strtok_r(copy, " \t", &save); w;
         w = strtok_r(NULL, " \t", &save))
        case_add_arg(c, w);
    free(copy);
}

static char *temp_file(const char *contents)
{
    char *path = xstrdup("/tmp/duhton-test-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0)
        die("mkstemp: %s", strerror(errno));
    size_t n = strlen(contents);
    if (write(fd, contents, n) != (ssize_t)n)
        die("write %s: %s", path, strerror(errno));
    close(fd);
    return path;
}

static void redirect(const char *path, int fd, int flags)
{
    int f = open(path, flags, 0600);
    if (f < 0 || dup2(f, fd) < 0)
        _exit(126);
    close(f);
}

/* Runs $DUHTON with c's arguments through sh, so that the command may
 * hold several words; returns the exit status (128+N for signal N). */
static int run_interpreter(const Case *c, const char *in, const char *out,
                           const char *err)
{
    char **argv = xrealloc(NULL, sizeof(char *) * (size_t)(c->argc + 5));
    argv[0] = "sh";
    argv[1] = "-c";
    argv[2] = "exec $DUHTON \"$@\"";
    argv[3] = "duhton";
    for (int i = 0; i < c->argc; i++)
        argv[4 + i] = c->argv[i];
    argv[4 + c->argc] = NULL;
    pid_t pid = fork();
    if (pid < 0)
        die("fork: %s", strerror(errno));
    if (pid == 0) {
        redirect(in, 0, O_RDONLY);
        redirect(out, 1, O_WRONLY | O_TRUNC);
        redirect(err, 2, O_WRONLY | O_TRUNC);
        if (c->stress == STRESS_GC)
            setenv("RTRANS_GC_STRESS", "1", 1);
        if (c->stress == STRESS_ABORT)
            setenv("RTRANS_STM_ABORT_STRESS", "3", 1);
        if (c->no_aborts)
            setenv("RTRANS_STM_STATS", "1", 1);
        execv("/bin/sh", argv);
        _exit(127);
    }
    free(argv);
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            die("waitpid: %s", strerror(errno));
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

/* Cuts the runtime's RTRANS_STM_STATS summary off the end of err and
 * checks that its total line counts no abort (columns: total COMMITS
 * ABORTS ...; the GIL build's counts none either).  No summary is fine:
 * CPython prints none. */
static void check_no_aborts(const Case *c, char *err)
{
    char *summary = strstr(err, "rtrans statistics (");
    if (!summary)
        return;
    const char *total = strstr(summary, "\ntotal ");
    long commits = -1, aborts = -1;
    ck_assert_msg(total && sscanf(total, "\ntotal %ld %ld", &commits, &aborts) == 2,
                  "%s: no total line in the statistics:\n%s", c->name, summary);
    ck_assert_msg(aborts == 0, "%s: %ld aborts in %ld commits, expected none:\n%s",
                  c->name, aborts, commits, summary);
    *summary = 0;
}

static void check_case(const Case *c)
{
    char *in = temp_file(c->stdin_text), *out = temp_file(""),
         *err = temp_file("");
    int status = run_interpreter(c, in, out, err);
    char *got_out = read_file(out, NULL), *got_err = read_file(err, NULL);
    unlink(in);
    unlink(out);
    unlink(err);
    ck_assert_msg(got_out && got_err, "%s: cannot read the outputs", c->name);
    if (c->no_aborts)
        check_no_aborts(c, got_err);
    ck_assert_msg(strcmp(got_out, c->out) == 0,
                  "%s: stdout\n  expected: %s\n  got:      %s", c->name,
                  show(c->out), show(got_out));
    ck_assert_msg(strcmp(got_err, c->err) == 0,
                  "%s: stderr\n  expected: %s\n  got:      %s", c->name,
                  show(c->err), show(got_err));
    ck_assert_msg(status == c->status, "%s: exit status %d, expected %d",
                  c->name, status, c->status);
    free(got_out);
    free(got_err);
    free(in);
    free(out);
    free(err);
}

/* ------------------------------------------------- the conformance table */

static void replace(char **field, char *value)
{
    free(*field);
    *field = value;
}

static void set_field(Case *c, const char *key, const char *value,
                      const char *where)
{
    if (strcmp(key, "args") == 0)
        case_add_words(c, value);
    else if (strcmp(key, "stdin") == 0)
        replace(&c->stdin_text, decode_escapes(value));
    else if (strcmp(key, "stdout") == 0)
        replace(&c->out, substitute_nproc(decode_escapes(value)));
    else if (strcmp(key, "stderr") == 0)
        replace(&c->err, decode_escapes(value));
    else if (strcmp(key, "exit") == 0)
        c->status = atoi(value);
    else
        die("%s: unknown field '%s'", where, key);
}

static void load_conformance(const char *path)
{
    char *text = read_file(path, NULL);
    if (!text)
        die("cannot read %s", path);
    Case *c = NULL;
    int lineno = 0;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line;
         line = strtok_r(NULL, "\n", &save)) {
        lineno++;
        if (line[0] == '#' || line[0] == '\0')
            continue;
        if (strncmp(line, "=== ", 4) == 0) {
            c = case_new(xasprintf("conformance case %s", line + 4));
            continue;
        }
        char *where = xasprintf("%s: line %d", path, lineno);
        char *colon = strchr(line, ':');
        if (!c || !colon)
            die("%s: expected '=== ID' or 'key: value'", where);
        *colon = '\0';
        char *value = colon + 1;
        if (*value == ' ')
            value++;
        set_field(c, line, value, where);
        free(where);
    }
    free(text);
}

/* ------------------------------------------------- self-describing programs */

typedef struct {
    Buf out, err;
    int status;
    char *args;
    char *threads;
    int gc_stress;
    int no_aborts;
} Expect;

/* "; KEY: VALUE" lines; returns the value if line has KEY. */
static const char *directive(const char *line, const char *key)
{
    while (*line == ' ' || *line == '\t')
        line++;
    if (*line != ';')
        return NULL;
    line++;
    while (*line == ' ')
        line++;
    size_t n = strlen(key);
    if (strncmp(line, key, n) != 0 || line[n] != ':')
        return NULL;
    line += n + 1;
    return *line == ' ' ? line + 1 : line;
}

static void parse_expectations(char *text, Expect *e)
{
    char *save = NULL;
    const char *v;
    for (char *line = strtok_r(text, "\n", &save); line;
         line = strtok_r(NULL, "\n", &save)) {
        if ((v = directive(line, "expect"))) {
            buf_adds(&e->out, v);
            buf_adds(&e->out, "\n");
        } else if ((v = directive(line, "expect-stderr"))) {
            buf_adds(&e->err, v);
            buf_adds(&e->err, "\n");
        } else if ((v = directive(line, "expect-exit"))) {
            e->status = atoi(v);
        } else if ((v = directive(line, "args"))) {
            e->args = xstrdup(v);
        } else if ((v = directive(line, "threads"))) {
            e->threads = xstrdup(v);
        } else if (strcmp(line, "; gc-stress") == 0) {
            e->gc_stress = 1;
        } else if (strcmp(line, "; no-aborts") == 0) {
            e->no_aborts = 1;
        }
    }
}

static void add_program_case(const char *path, const Expect *e,
                             const char *threads, int stress)
{
    static const char *const stress_names[] = {"", " (RTRANS_GC_STRESS)",
                                               " (RTRANS_STM_ABORT_STRESS)"};
    Case *c = case_new(xasprintf("%s%s%s%s%s", path,
                                 threads ? " (--num-threads " : "",
                                 threads ? threads : "", threads ? ")" : "",
                                 stress_names[stress]));
    c->stress = stress;
    c->no_aborts = e->no_aborts && !stress;
    if (threads) {
        case_add_arg(c, "--num-threads");
        case_add_arg(c, threads);
    }
    if (e->args)
        case_add_words(c, e->args);
    case_add_arg(c, path);
    replace(&c->out, xstrdup(e->out.data ? e->out.data : ""));
    replace(&c->err, xstrdup(e->err.data ? e->err.data : ""));
    c->status = e->status;
}

static void load_program(const char *path)
{
    char *text = read_file(path, NULL);
    if (!text)
        die("cannot read %s", path);
    Expect e = {0};
    parse_expectations(text, &e);
    char *last = NULL;
    for (int stress = 0; stress <= e.gc_stress; stress++) {
        if (!e.threads) {
            add_program_case(path, &e, NULL, stress);
            continue;
        }
        char *threads = xstrdup(e.threads), *save = NULL;
        for (char *t = strtok_r(threads, " \t", &save); t;
             t = strtok_r(NULL, " \t", &save)) {
            add_program_case(path, &e, t, stress ? STRESS_GC : 0);
            if (!last || atoi(t) > atoi(last)) {
                free(last);
                last = xstrdup(t);
            }
        }
        free(threads);
    }
    add_program_case(path, &e, last, STRESS_ABORT);
    free(last);
    free(e.out.data);
    free(e.err.data);
    free(e.args);
    free(e.threads);
    free(text);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int load_programs(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        die("cannot open %s", dir);
    char **names = NULL;
    int n = 0;
    struct dirent *ent;
    while ((ent = readdir(d))) {
        size_t len = strlen(ent->d_name);
        if (len < 5 || strcmp(ent->d_name + len - 4, ".duh") != 0)
            continue;
        names = xrealloc(names, sizeof(char *) * (size_t)(n + 1));
        names[n++] = xasprintf("%s/%s", dir, ent->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof(char *), by_name);
    for (int i = 0; i < n; i++) {
        load_program(names[i]);
        free(names[i]);
    }
    free(names);
    return n;
}

/* ---------------------------------------------------------------- suite */

START_TEST(test_case)
{
    check_case(&cases.items[_i]);
}
END_TEST

static Suite *duhton_suite(int conformance_count)
{
    Suite *s = suite_create("duhton");
    TCase *conf = tcase_create("conformance");
    tcase_set_timeout(conf, RUN_TIMEOUT_SECONDS);
    tcase_add_loop_test(conf, test_case, 0, conformance_count);
    suite_add_tcase(s, conf);
    TCase *progs = tcase_create("programs");
    tcase_set_timeout(progs, RUN_TIMEOUT_SECONDS);
    tcase_add_loop_test(progs, test_case, conformance_count, cases.len);
    suite_add_tcase(s, progs);
    return s;
}

int main(void)
{
#ifdef DUHTON_DEFAULT
    /* the build names the translated interpreter when it wires this suite
     * into the tests target (tests/run-all.sh passes no environment) */
    if (!getenv("DUHTON") || !*getenv("DUHTON"))
        setenv("DUHTON", DUHTON_DEFAULT, 1);
#endif
    if (!getenv("DUHTON") || !*getenv("DUHTON"))
        die("set DUHTON to the interpreter command, e.g. "
            "DUHTON=\"python3 examples/duhton/duhton.py\"");
    const char *dir = getenv("DUHTON_TESTS");
    if (!dir || !*dir)
        dir = "tests/duhton";
    char *conformance = xasprintf("%s/conformance.txt", dir);
    char *programs_dir = xasprintf("%s/programs", dir);
    load_conformance(conformance);
    int conformance_count = cases.len;
    int programs = load_programs(programs_dir);
    free(conformance);
    free(programs_dir);
    printf("duhton: %d conformance cases, %d programs (%d runs) with "
           "DUHTON=%s\n", conformance_count, programs,
           cases.len - conformance_count, getenv("DUHTON"));
    fflush(stdout);
    SRunner *sr = srunner_create(duhton_suite(conformance_count));
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
