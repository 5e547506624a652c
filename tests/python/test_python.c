/* test_python.c - the conformance corpus of the Python interpreter
 * (examples/python): every tests/python/NAME.py and tests/python/DIR/main.py
 * (a program with modules beside it) runs under CPython and under each
 * translated interpreter (rtpython-gil, rtpython-stm), and standard output,
 * standard error and the exit status must be equal byte for byte.
 *
 * A program describes itself in its first comment lines; these lines
 * drive the run:
 *   # args: A B         command-line arguments after the program
 *   # stdin: TEXT       a line of standard input (in order)
 *   # cli: WORDS        the command line after the interpreter, instead of
 *                       the program's path and its args: {script} is the
 *                       program's path, {code} its whole text (for -c)
 *   # stm-stress: N     also run the --stm interpreters (names containing
 *                       "stm") with RTRANS_STM_ABORT_STRESS=N (every Nth
 *                       commit aborts): the same output is expected
 *   # stm-no-conflicts: MIN
 *                       also run them with RTRANS_STM_STATS=1: the
 *                       statistics must show no abort, and at least MIN
 *                       commits in two threads besides the main one
 *                       (stdout is still compared) in one of STATS_TRIES
 *                       runs
 *   # stm-conflict-at: LINE
 *                       also run them with RTRANS_STM_LOG=FILE: the report
 *                       of rtrans-stmlog FILE must name the program's
 *                       file and LINE (the Python line of a conflict)
 * In the outputs, the run's directory reads {tmpdir}, and CPython's name
 * at the start of its standard error (python3: can't open file ...) reads
 * "rtpython", the name the interpreters give themselves there.
 * Each run happens in a fresh empty directory (also $PWD), so programs may
 * create files.  The expected output is CPython's, computed at test time
 * ($PYTHON, default python3), so there is nothing to keep up to date.
 *
 * The runs are done in parallel (RTPY_TEST_JOBS workers, default the CPU
 * count) before check reports one test per program.  Environment:
 *   RTPY_TEST_ONLY=TEXT   only programs whose path contains TEXT
 *   RTPY_BINS="A;B"       the interpreter commands to check, ';' between
 *                         them, a command may hold several words
 *                         (default: both builds)
 */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef RTPY_SRCDIR
#define RTPY_SRCDIR "."
#endif
#ifndef RTPY_STMLOG
#define RTPY_STMLOG "build/bin/rtrans-stmlog"
#endif
#ifndef RTPY_BINS_DEFAULT
#define RTPY_BINS_DEFAULT "build/bin/rtpython-gil build/bin/rtpython-stm"
#endif

#define RUN_TIMEOUT_SECONDS 60
#define SHOWN_MAX 700
/* check refuses a failure message above 4 KiB by default (it then ends the
 * whole run): the report of a program is cut below that */
#define REPORT_MAX 3800
#define MAX_PROGRAMS 4096

/* ------------------------------------------------------------ utilities */

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "test_python: ");
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

static char *read_file(const char *path)
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
    return buf_take(&b);
}

static void write_file(const char *path, const char *s)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        die("cannot write %s: %s", path, strerror(errno));
    fputs(s, f);
    fclose(f);
}

static void remove_tree(const char *path)
{
    DIR *d = opendir(path);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d))) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                continue;
            char *p = xasprintf("%s/%s", path, e->d_name);
            remove_tree(p);
            free(p);
        }
        closedir(d);
        rmdir(path);
    } else {
        unlink(path);
    }
}

/* ------------------------------------------------------------- programs */

typedef struct {
    char *path;          /* relative to the source root */
    char **args;
    int nargs;
    char *stdin_text;
    int cli;             /* a "# cli:" line: words replace path and args */
    char **words;
    int nwords;
    int stress;          /* # stm-stress: N (0: none) */
    int min_commits;     /* # stm-no-conflicts: MIN (-1: none) */
    int conflict_line;   /* # stm-conflict-at: LINE (0: none) */
} Program;

static Program programs[MAX_PROGRAMS];
static int nprograms;

static void add_arg(Program *p, const char *a)
{
    p->args = xrealloc(p->args, sizeof(char *) * (size_t)(p->nargs + 1));
    p->args[p->nargs++] = xstrdup(a);
}

static void read_directives(Program *p)
{
    char *full = xasprintf("%s/%s", RTPY_SRCDIR, p->path);
    char *text = read_file(full);
    free(full);
    Buf in = {0};
    for (char *line = text; line && *line;) {
        char *nl = strchr(line, '\n');
        size_t n = nl ? (size_t)(nl - line) : strlen(line);
        if (n >= 8 && !strncmp(line, "# args: ", 8)) {
            char *copy = xrealloc(NULL, n - 7);
            memcpy(copy, line + 8, n - 8);
            copy[n - 8] = '\0';
            char *save = NULL;
            for (char *w = strtok_r(copy, " \t", &save); w;
                 w = strtok_r(NULL, " \t", &save))
                add_arg(p, w);
            free(copy);
        } else if (n >= 6 && !strncmp(line, "# cli:", 6)) {
            char *copy = xrealloc(NULL, n - 5);
            memcpy(copy, line + 6, n - 6);
            copy[n - 6] = '\0';
            p->cli = 1;
            char *save = NULL;
            for (char *w = strtok_r(copy, " \t", &save); w;
                 w = strtok_r(NULL, " \t", &save)) {
                p->words = xrealloc(p->words,
                                    sizeof(char *) * (size_t)(p->nwords + 1));
                p->words[p->nwords++] = xstrdup(w);
            }
            free(copy);
        } else if (n >= 14 && !strncmp(line, "# stm-stress: ", 14)) {
            p->stress = atoi(line + 14);
        } else if (n >= 19 && !strncmp(line, "# stm-conflict-at: ", 19)) {
            p->conflict_line = atoi(line + 19);
        } else if (n >= 20 && !strncmp(line, "# stm-no-conflicts: ", 20)) {
            p->min_commits = atoi(line + 20);
        } else if (n >= 9 && !strncmp(line, "# stdin: ", 9)) {
            buf_add(&in, line + 9, n - 9);
            buf_adds(&in, "\n");
        }
        line = nl ? nl + 1 : NULL;
    }
    free(text);
    p->stdin_text = buf_take(&in);
}

static int by_path(const void *a, const void *b)
{
    return strcmp(((const Program *)a)->path, ((const Program *)b)->path);
}

static void find_programs(void)
{
    char *dir = xasprintf("%s/tests/python", RTPY_SRCDIR);
    DIR *d = opendir(dir);
    if (!d)
        die("cannot open %s", dir);
    const char *only = getenv("RTPY_TEST_ONLY");
    struct dirent *e;
    while ((e = readdir(d))) {
        const char *name = e->d_name;
        if (name[0] == '.')
            continue;
        char *rel = NULL;
        size_t n = strlen(name);
        if (n > 3 && !strcmp(name + n - 3, ".py")) {
            rel = xasprintf("tests/python/%s", name);
        } else {
            char *main_py = xasprintf("%s/%s/main.py", dir, name);
            struct stat st;
            if (stat(main_py, &st) == 0)
                rel = xasprintf("tests/python/%s/main.py", name);
            free(main_py);
        }
        if (!rel)
            continue;
        if (only && !strstr(rel, only)) {
            free(rel);
            continue;
        }
        if (nprograms == MAX_PROGRAMS)
            die("too many programs");
        Program *p = &programs[nprograms++];
        memset(p, 0, sizeof *p);
        p->path = rel;
        p->min_commits = -1;
        read_directives(p);
    }
    closedir(d);
    free(dir);
    qsort(programs, (size_t)nprograms, sizeof(Program), by_path);
}

/* ---------------------------------------------------------------- running */

typedef struct {
    char *out, *err;
    int status;
} Result;

static void redirect(const char *path, int fd, int flags)
{
    int f = open(path, flags, 0600);
    if (f < 0 || dup2(f, fd) < 0)
        _exit(126);
    close(f);
}

/* s with every occurrence of from replaced by to (s is freed). */
static char *replace_all(char *s, const char *from, const char *to)
{
    size_t nf = strlen(from);
    if (nf == 0 || !strstr(s, from))
        return s;
    Buf b = {0};
    const char *at = s, *hit;
    while ((hit = strstr(at, from))) {
        buf_add(&b, at, (size_t)(hit - at));
        buf_adds(&b, to);
        at = hit + nf;
    }
    buf_adds(&b, at);
    free(s);
    return buf_take(&b);
}

/* Runs CMD (a program and its leading words) on program p in a fresh
 * directory; the status is 128+N for signal N. */
static const char *run_env;     /* NAME=VALUE for the next run, or NULL */

static Result run(char **cmd, int ncmd, const Program *p, const char *tag)
{
    char tmpl[] = "/tmp/rtpy-test-XXXXXX";
    char *dir = mkdtemp(tmpl);
    if (!dir)
        die("mkdtemp: %s", strerror(errno));
    char *in = xasprintf("%s.in", dir), *out = xasprintf("%s.out", dir),
         *err = xasprintf("%s.err", dir);
    write_file(in, p->stdin_text);
    char *script = xasprintf("%s/%s", RTPY_SRCDIR, p->path);
    char *code = read_file(script);
    char **argv = xrealloc(NULL, sizeof(char *)
                           * (size_t)(ncmd + p->nargs + p->nwords + 2));
    int k = 0;
    for (int i = 0; i < ncmd; i++)
        argv[k++] = cmd[i];
    if (p->cli) {
        for (int i = 0; i < p->nwords; i++) {
            const char *w = p->words[i];
            argv[k++] = !strcmp(w, "{script}") ? script
                        : !strcmp(w, "{code}") ? code : (char *)w;
        }
    } else {
        argv[k++] = script;
        for (int i = 0; i < p->nargs; i++)
            argv[k++] = p->args[i];
    }
    argv[k] = NULL;
    pid_t pid = fork();
    if (pid < 0)
        die("fork: %s", strerror(errno));
    if (pid == 0) {
        if (chdir(dir) != 0)
            _exit(126);
        setenv("PWD", dir, 1);
        char *pp = xasprintf("%s/runtime/prelude", RTPY_SRCDIR);
        setenv("PYTHONPATH", pp, 1);
        setenv("PYTHONHASHSEED", "0", 1);
        if (run_env)
            putenv((char *)run_env);
        redirect(in, 0, O_RDONLY);
        redirect(out, 1, O_WRONLY | O_CREAT | O_TRUNC);
        redirect(err, 2, O_WRONLY | O_CREAT | O_TRUNC);
        alarm(RUN_TIMEOUT_SECONDS);
        execvp(argv[0], argv);
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            die("waitpid: %s", strerror(errno));
    Result r;
    r.status = WIFSIGNALED(status) ? 128 + WTERMSIG(status)
                                   : WEXITSTATUS(status);
    r.out = read_file(out);
    r.err = read_file(err);
    if (!r.out)
        r.out = xstrdup("");
    if (!r.err)
        r.err = xstrdup("");
    r.out = replace_all(r.out, dir, "{tmpdir}");
    r.err = replace_all(r.err, dir, "{tmpdir}");
    if (!strcmp(tag, "cpython")) {
        const char *base = strrchr(cmd[0], '/') ? strrchr(cmd[0], '/') + 1
                                                : cmd[0];
        /* python3 names itself by the path it was started with (a
         * launcher may have made it absolute) */
        size_t nb = strlen(base);
        const char *colon = strstr(r.err, ": ");
        const char *nl = strchr(r.err, '\n');
        if (colon && (!nl || colon < nl) && (size_t)(colon - r.err) >= nb &&
            !strncmp(colon - nb, base, nb) &&
            (colon - nb == r.err || colon[-(long)nb - 1] == '/')) {
            char *e = xasprintf("rtpython%s", colon);
            free(r.err);
            r.err = e;
        }
    }
    free(code);
    unlink(in);
    unlink(out);
    unlink(err);
    remove_tree(dir);
    free(in);
    free(out);
    free(err);
    free(script);
    free(argv);
    return r;
}

static char *show(const char *s)
{
    Buf b = {0};
    size_t n = 0;
    for (; *s && n < SHOWN_MAX; s++, n++)
        buf_add(&b, s, 1);
    if (*s)
        buf_adds(&b, "...");
    return buf_take(&b);
}

/* A report of the first difference between two outputs, or NULL. */
static char *compare(const char *what, const char *bin, const Result *want,
                     const Result *got)
{
    if (want->status == got->status && !strcmp(want->out, got->out) &&
        !strcmp(want->err, got->err))
        return NULL;
    Buf b = {0};
    char *head = xasprintf("%s under %s differs from CPython", what, bin);
    buf_adds(&b, head);
    free(head);
    if (want->status != got->status) {
        char *s = xasprintf("\n  exit status: CPython %d, got %d",
                            want->status, got->status);
        buf_adds(&b, s);
        free(s);
    }
    const char *names[2] = {"stdout", "stderr"};
    const char *ws[2] = {want->out, want->err};
    const char *gs[2] = {got->out, got->err};
    for (int i = 0; i < 2; i++) {
        if (!strcmp(ws[i], gs[i]))
            continue;
        size_t at = 0;
        while (ws[i][at] && ws[i][at] == gs[i][at])
            at++;
        size_t from = at > 200 ? at - 200 : 0;
        char *w = show(ws[i] + from), *g = show(gs[i] + from);
        char *s = xasprintf("\n  %s differs at byte %zu:\n--- CPython:\n%s\n"
                            "--- got:\n%s", names[i], at, w, g);
        buf_adds(&b, s);
        free(s);
        free(w);
        free(g);
    }
    return buf_take(&b);
}

/* An interpreter command: its words. */
typedef struct {
    char *name;
    char **words;
    int nwords;
} Command;

static Command *bins;
static int nbins;
static char *results_dir;

static void parse_bins(void)
{
    const char *spec = getenv("RTPY_BINS");
    char *copy = xstrdup(spec ? spec : RTPY_BINS_DEFAULT), *save = NULL;
    for (char *c = strtok_r(copy, ";", &save); c; c = strtok_r(NULL, ";", &save)) {
        bins = xrealloc(bins, sizeof(Command) * (size_t)(nbins + 1));
        Command *cmd = &bins[nbins++];
        memset(cmd, 0, sizeof *cmd);
        cmd->name = xstrdup(c);
        char *save2 = NULL;
        for (char *w = strtok_r(c, " ", &save2); w; w = strtok_r(NULL, " ", &save2)) {
            cmd->words = xrealloc(cmd->words, sizeof(char *) * (size_t)(cmd->nwords + 1));
            cmd->words[cmd->nwords++] = xstrdup(w);
        }
    }
}

#define STATS_TRIES 3

/* RTRANS_STM_STATS's table (runtime/events.c): a row "#ID commits
 * aborts ..." per thread, then "total commits aborts ...".  No thread
 * may abort, and two threads (one if the program started only one), not
 * counting the main thread (#1), must each have ended at least
 * min_commits transactions, so that the check is not passed by threads
 * that never overlapped.  The main thread only starts and joins the
 * workers (a join waits outside the transactional zone), and a warm-up
 * thread does little: their counts say nothing. */
static int stats_ok(const char *err, unsigned long long min_commits)
{
    int threads = 0, busy = 0;
    for (const char *line = err; line && *line;) {
        unsigned long long commits, aborts;
        int id;
        if (line[0] == '#' && sscanf(line, "#%d %llu %llu", &id, &commits, &aborts) == 3) {
            if (aborts != 0)
                return 0;
            threads += id != 1;
            busy += id != 1 && commits >= min_commits;
        }
        const char *nl = strchr(line, '\n');
        line = nl ? nl + 1 : NULL;
    }
    return threads > 0 && busy >= (threads < 2 ? threads : 2);
}

/* The text rtrans-stmlog prints for LOG (NULL if it cannot run). */
static char *stmlog_report(const char *log)
{
    char *cmd = xasprintf("%s %s 2>&1", RTPY_STMLOG, log);
    FILE *f = popen(cmd, "r");
    free(cmd);
    if (!f)
        return NULL;
    Buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    pclose(f);
    return buf_take(&b);
}

/* # stm-conflict-at: the log of a run names the program's file and line. */
static void check_conflict_line(const Program *p, const Command *bin,
                                const Result *want, Buf *report)
{
    char *log = xasprintf("%s/stmlog-%d", results_dir, (int)getpid());
    char *env = xasprintf("RTRANS_STM_LOG=%s", log);
    char *where = xasprintf("%s/%s:%d ", RTPY_SRCDIR, p->path, p->conflict_line);
    Result got = {0};
    char *text = NULL;
    /* Whether two threads overlap at all is up to the OS scheduler (a
     * loaded machine may run one thread's whole loop before the other's):
     * the best of STATS_TRIES runs counts; a wrong line fails every run. */
    for (int try = 0; try < STATS_TRIES; try++) {
        free(got.out);
        free(got.err);
        free(text);
        run_env = env;
        got = run(bin->words, bin->nwords, p, bin->name);
        run_env = NULL;
        text = stmlog_report(log);
        if (text && strstr(text, where) && !strcmp(got.out, want->out))
            break;
    }
    if (!text || !strstr(text, where) || strcmp(got.out, want->out)) {
        char *s = xasprintf("%s under %s with RTRANS_STM_LOG: want a conflict "
                            "at %s and CPython's stdout; rtrans-stmlog says\n%s\n",
                            p->path, bin->name, where, text ? text : "(nothing)");
        buf_adds(report, s);
        free(s);
    }
    unlink(log);
    free(text);
    free(where);
    free(env);
    free(log);
    free(got.out);
    free(got.err);
}

/* The --stm runs a program asks for (# stm-stress, # stm-no-conflicts):
 * their reports are added to `report`. */
static void check_stm_runs(const Program *p, const Result *want, Buf *report)
{
    for (int b = 0; b < nbins; b++) {
        if (!strstr(bins[b].name, "stm"))
            continue;
        if (p->stress > 0) {
            char *env = xasprintf("RTRANS_STM_ABORT_STRESS=%d", p->stress);
            run_env = env;
            Result got = run(bins[b].words, bins[b].nwords, p, bins[b].name);
            run_env = NULL;
            char *what = xasprintf("%s (%s)", p->path, env);
            char *diff = compare(what, bins[b].name, want, &got);
            if (diff) {
                buf_adds(report, diff);
                buf_adds(report, "\n");
                free(diff);
            }
            free(what);
            free(env);
            free(got.out);
            free(got.err);
        }
        if (p->conflict_line > 0)
            check_conflict_line(p, &bins[b], want, report);
        if (p->min_commits >= 0) {
            /* A false conflict built into the interpreter (a shared
             * counter, a cache written on every call) aborts in every run.
             * The inline caches are per thread now, but under load a rare
             * abort still depends on how threads are scheduled (thr_spin:
             * 3 runs in 15, thr_independent: 1 in 15, next to two busy
             * loops).  So the best of STATS_TRIES runs counts: a
             * regression still fails. */
            Result got = {0};
            int ok = 0;
            for (int try = 0; try < STATS_TRIES && !ok; try++) {
                free(got.out);
                free(got.err);
                run_env = "RTRANS_STM_STATS=1";
                got = run(bins[b].words, bins[b].nwords, p, bins[b].name);
                run_env = NULL;
                ok = stats_ok(got.err, (unsigned long long)p->min_commits)
                     && !strcmp(got.out, want->out);
            }
            if (!ok) {
                char *s = xasprintf("%s under %s with RTRANS_STM_STATS=1: "
                                    "want 0 aborts, >= %d commits in two "
                                    "threads and CPython's stdout; got\n%s\n",
                                    p->path, bins[b].name, p->min_commits,
                                    got.err);
                buf_adds(report, s);
                free(s);
            }
            free(got.out);
            free(got.err);
        }
    }
}

/* Runs program i under CPython and every interpreter; writes the failure
 * report (empty if all agree) to results_dir/i. */
static void check_program(int i)
{
    const Program *p = &programs[i];
    const char *py = getenv("PYTHON") ? getenv("PYTHON") : "python3";
    char *pycmd[1] = {(char *)py};
    Result want = run(pycmd, 1, p, "cpython");
    Buf report = {0};
    for (int b = 0; b < nbins; b++) {
        Result got = run(bins[b].words, bins[b].nwords, p, bins[b].name);
        char *diff = compare(p->path, bins[b].name, &want, &got);
        if (diff) {
            buf_adds(&report, diff);
            buf_adds(&report, "\n");
            free(diff);
        }
        free(got.out);
        free(got.err);
    }
    check_stm_runs(p, &want, &report);
    char *text = buf_take(&report);
    if (strlen(text) > REPORT_MAX)
        strcpy(text + REPORT_MAX - 20, "\n... (report cut)");
    char *path = xasprintf("%s/%d", results_dir, i);
    write_file(path, text);
    free(path);
    free(want.out);
    free(want.err);
}

static void run_all(void)
{
    long jobs = sysconf(_SC_NPROCESSORS_ONLN);
    if (getenv("RTPY_TEST_JOBS"))
        jobs = atol(getenv("RTPY_TEST_JOBS"));
    if (jobs < 1)
        jobs = 1;
    char tmpl[] = "/tmp/rtpy-results-XXXXXX";
    char *d = mkdtemp(tmpl);
    if (!d)
        die("mkdtemp: %s", strerror(errno));
    results_dir = xstrdup(d);
    /* Each worker takes the next unchecked program from a shared counter
     * (not every jobs-th one: slow programs bunch up, and a fixed share
     * left one CPU idle while the other ran the bunch). */
    int *next = mmap(NULL, sizeof *next, PROT_READ | PROT_WRITE,
                     MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (next == MAP_FAILED)
        die("mmap: %s", strerror(errno));
    *next = 0;
    for (long w = 0; w < jobs; w++) {
        pid_t pid = fork();
        if (pid < 0)
            die("fork: %s", strerror(errno));
        if (pid == 0) {
            int i;
            while ((i = __atomic_fetch_add(next, 1, __ATOMIC_RELAXED)) < nprograms)
                check_program(i);
            _exit(0);
        }
    }
    int status;
    while (wait(&status) > 0 || errno == EINTR)
        ;
    munmap(next, sizeof *next);
}

/* ------------------------------------------------------------ the suite */

START_TEST(test_program)
{
    const Program *p = &programs[_i];
    char *path = xasprintf("%s/%d", results_dir, _i);
    char *report = read_file(path);
    free(path);
    ck_assert_msg(report != NULL, "%s: no result (worker crashed?)", p->path);
    ck_assert_msg(report[0] == '\0', "%s", report);
    free(report);
}
END_TEST

int main(void)
{
    find_programs();
    parse_bins();
    if (nprograms == 0)
        die("no programs found");
    run_all();
    Suite *s = suite_create("python");
    TCase *tc = tcase_create("conformance");
    tcase_set_timeout(tc, 30);
    tcase_add_loop_test(tc, test_program, 0, nprograms);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    remove_tree(results_dir);
    return failed == 0 ? 0 : 1;
}
