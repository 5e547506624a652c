/* The checks on one program.  Every failure appends a paragraph to the
 * report naming the run ("translated -O1", "CPython", "--stm, 8 segments")
 * and showing what differs; checks go on after a failed run so that one
 * report shows everything that is wrong with the program. */
#include "harness.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { SHOW_MAX = 3000 }; /* bytes of diff or stderr shown per failure */

typedef struct ctx {
    const hs_config *cfg;
    const hs_spec *spec;
    const char *workdir;
    hs_buf *report;
    int runs;      /* numbers the run directories */
    bool ok;
} ctx;

/* What one run of the program produced. */
typedef struct outcome {
    hs_result res;
    hs_buf out, err;
    char *out_path;
    const char *label;
} outcome;

static void outcome_free(outcome *o)
{
    hs_buf_free(&o->out);
    hs_buf_free(&o->err);
    free(o->out_path);
}

static void fail(ctx *c, const char *label, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void fail(ctx *c, const char *label, const char *fmt, ...)
{
    va_list ap;
    char *text;
    va_start(ap, fmt);
    if (vasprintf(&text, fmt, ap) < 0)
        HS_DIE("vasprintf failed");
    va_end(ap);
    hs_buf_printf(c->report, "  [%s] %s\n", label, text);
    free(text);
    c->ok = false;
}

/* Appends `text` indented, keeping at most SHOW_MAX bytes (the tail when
 * `tail`, since the end of a traceback or of a compiler log matters most). */
static void show(ctx *c, const char *text, size_t len, bool tail)
{
    const char *start = text;
    if (len == 0) {
        hs_buf_puts(c->report, "    (empty)\n");
        return;
    }
    if (len > SHOW_MAX) {
        hs_buf_printf(c->report, "    ... (%zu bytes %s)\n", len - SHOW_MAX,
                      tail ? "before cut" : "after cut");
        if (tail)
            start = text + len - SHOW_MAX;
        len = SHOW_MAX;
    }
    hs_strvec lines = {0};
    hs_split_lines(start, len, &lines);
    for (size_t i = 0; i < lines.len; i++)
        hs_buf_printf(c->report, "    %s\n", lines.items[i]);
    hs_vec_free(&lines);
}

static char *expected_stdout(const hs_spec *spec)
{
    hs_buf b = {0};
    hs_buf_add(&b, "", 0);
    for (size_t i = 0; i < spec->expect.len; i++) {
        hs_buf_puts(&b, spec->expect.items[i]);
        hs_buf_puts(&b, "\n");
    }
    return b.data;
}

/* `# sort-stdout`: the lines of an output as a sorted multiset (threads
 * that print at the same time interleave their lines as the scheduler
 * decides, under CPython too). */
static int by_text(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *sorted_lines(const char *data, size_t len)
{
    hs_strvec lines = {0};
    hs_split_lines(data, len, &lines);
    if (lines.len)
        qsort(lines.items, lines.len, sizeof *lines.items, by_text);
    hs_buf b = {0};
    hs_buf_add(&b, "", 0);
    for (size_t i = 0; i < lines.len; i++) {
        hs_buf_puts(&b, lines.items[i]);
        hs_buf_puts(&b, "\n");
    }
    hs_vec_free(&lines);
    return b.data;
}

/* Whether two outputs are the same (as multisets with `# sort-stdout`). */
static bool same_stdout(const ctx *c, const char *a, size_t alen, const char *b, size_t blen)
{
    if (!c->spec->sort_stdout)
        return alen == blen && memcmp(a, b, alen) == 0;
    char *sa = sorted_lines(a, alen), *sb = sorted_lines(b, blen);
    bool same = strcmp(sa, sb) == 0;
    free(sa);
    free(sb);
    return same;
}

static char *work_path(ctx *c, const char *name)
{
    return hs_printf("%s/%s", c->workdir, name);
}

/* `diff -u` of two files into the report. */
static void show_diff(ctx *c, const char *a_path, const char *a_label,
                      const char *b_path, const char *b_label)
{
    char *diff_out = work_path(c, "diff.txt");
    char *argv[] = {"diff", "-u", "--label", (char *)a_label, "--label",
                    (char *)b_label, (char *)a_path, (char *)b_path, NULL};
    hs_cmd cmd = {.argv = argv, .stdout_path = diff_out, .stderr_path = diff_out,
                  .timeout = 30};
    hs_result res;
    hs_run(&cmd, &res);
    hs_buf text = {0};
    hs_read_file(diff_out, &text);
    show(c, text.data ? text.data : "", text.len, false);
    hs_buf_free(&text);
    free(diff_out);
}

static char *replace_tmpdir(const char *arg, const char *dir)
{
    static const char key[] = "{tmpdir}";
    hs_buf b = {0};
    hs_buf_add(&b, "", 0);
    const char *hit;
    while ((hit = strstr(arg, key))) {
        hs_buf_add(&b, arg, (size_t)(hit - arg));
        hs_buf_puts(&b, dir);
        arg = hit + sizeof key - 1;
    }
    hs_buf_puts(&b, arg);
    return b.data;
}

static char *stdin_file(ctx *c)
{
    char *path = work_path(c, "stdin.txt");
    hs_buf b = {0};
    hs_buf_add(&b, "", 0);
    for (size_t i = 0; i < c->spec->stdin_lines.len; i++) {
        hs_buf_puts(&b, c->spec->stdin_lines.items[i]);
        hs_buf_puts(&b, "\n");
    }
    if (!hs_write_file(path, b.data, b.len))
        HS_DIE("cannot write %s: %s", path, strerror(errno));
    hs_buf_free(&b);
    return path;
}

/* Runs `prefix` (the binary, or python3 and the script) plus the program's
 * arguments in a fresh directory, which is also what {tmpdir} names. */
static void run_once(ctx *c, char **prefix, size_t nprefix, const char **env,
                     const char *label, outcome *o)
{
    int n = ++c->runs;
    char *dir = hs_printf("%s/run%d", c->workdir, n);
    if (mkdir(dir, 0755) != 0)
        HS_DIE("mkdir %s: %s", dir, strerror(errno));
    size_t nargs = c->spec->args.len;
    char **argv = calloc(nprefix + nargs + 1, sizeof *argv);
    for (size_t i = 0; i < nprefix; i++)
        argv[i] = prefix[i];
    for (size_t i = 0; i < nargs; i++)
        argv[nprefix + i] = replace_tmpdir(c->spec->args.items[i], dir);
    char *in = stdin_file(c);
    o->out_path = hs_printf("%s/run%d.out", c->workdir, n);
    char *err_path = hs_printf("%s/run%d.err", c->workdir, n);
    hs_cmd cmd = {.argv = argv, .cwd = dir, .stdin_path = in,
                  .stdin_held_open = c->spec->stdin_held_open,
                  .ulimit_v = c->spec->ulimit_v,
                  .stdout_path = o->out_path, .stderr_path = err_path,
                  .stdout_mode = c->spec->stdout_mode, .stderr_mode = c->spec->stderr_mode,
                  .sigpipe_ignored = c->spec->sigpipe_ignored,
                  .sigint_after = c->spec->sigint_after.items,
                  .nsigint_after = c->spec->sigint_after.len,
                  .env = env, .timeout = c->cfg->run_timeout};
    /* a stream that does not go to its file leaves the file empty */
    hs_write_file(o->out_path, "", 0);
    hs_write_file(err_path, "", 0);
    hs_run(&cmd, &o->res);
    o->label = label;
    hs_read_file(o->out_path, &o->out);
    hs_read_file(err_path, &o->err);
    for (size_t i = 0; i < nargs; i++)
        free(argv[nprefix + i]);
    free(argv);
    free(in);
    free(err_path);
    free(dir);
}

static void check_status(ctx *c, const outcome *o)
{
    const hs_result *r = &o->res;
    int sig = c->spec->expect_signal;
    if (!r->timed_out && r->signal == sig && (sig || r->exit_status == c->spec->expect_exit))
        return;
    char *got = hs_describe_result(r, c->cfg->run_timeout);
    if (sig)
        fail(c, o->label, "expected death by signal %d, got %s; stderr:", sig, got);
    else
        fail(c, o->label, "expected exit status %d, got %s; stderr:",
             c->spec->expect_exit, got);
    show(c, o->err.data, o->err.len, true);
    free(got);
}

static void check_outcome(ctx *c, const outcome *o)
{
    char *want = expected_stdout(c->spec);
    if (!same_stdout(c, want, strlen(want), o->out.data, o->out.len)
        || strlen(o->out.data) != o->out.len) {
        char *want_path = work_path(c, "expected.txt");
        hs_write_file(want_path, want, strlen(want));
        fail(c, o->label, "stdout differs from the `# expect:` lines:");
        show_diff(c, want_path, "expected", o->out_path, o->label);
        free(want_path);
    }
    free(want);
    check_status(c, o);
    for (size_t i = 0; i < c->spec->stderr_has.len; i++) {
        const char *needle = c->spec->stderr_has.items[i];
        if (strstr(o->err.data, needle))
            continue;
        fail(c, o->label, "stderr lacks `%s`; stderr:", needle);
        show(c, o->err.data, o->err.len, true);
    }
}

/* Translates the program; false (and a report) if that failed. */
static bool translate(ctx *c, bool stm, const char *exe, const char *label)
{
    const hs_config *cfg = c->cfg;
    char **argv = calloc(cfg->opts.len + 6, sizeof *argv);
    size_t n = 0;
    argv[n++] = (char *)cfg->rtrans;
    for (size_t i = 0; i < cfg->opts.len; i++)
        argv[n++] = cfg->opts.items[i];
    if (stm)
        argv[n++] = "--stm";
    argv[n++] = c->spec->path;
    argv[n++] = "-o";
    argv[n++] = (char *)exe;
    char *log = work_path(c, stm ? "translate-stm.log" : "translate.log");
    /* the emitted C must compile without a warning (issue 13 §5) */
    const char *env[] = {"RTRANS_CFLAGS=-Wall -Wextra -Werror", NULL};
    hs_cmd cmd = {.argv = argv, .cwd = cfg->srcdir, .stdout_path = log,
                  .stderr_path = log, .env = env, .timeout = cfg->translate_timeout};
    hs_result res;
    hs_run(&cmd, &res);
    free(argv);
    bool ok = !res.timed_out && !res.signal && res.exit_status == 0;
    if (ok && access(exe, X_OK) != 0) {
        fail(c, label, "rtrans exited 0 but wrote no executable %s", exe);
        ok = false;
    } else if (!ok) {
        hs_buf text = {0};
        hs_read_file(log, &text);
        char *got = hs_describe_result(&res, cfg->translate_timeout);
        fail(c, label, "translation failed (%s):", got);
        show(c, text.data, text.len, true);
        free(got);
        hs_buf_free(&text);
    }
    free(log);
    return ok;
}

static void run_cpython(ctx *c, outcome *o)
{
    char *script = hs_printf("%s/%s", c->cfg->srcdir, c->spec->path);
    char *pythonpath = hs_printf("PYTHONPATH=%s/runtime/prelude", c->cfg->srcdir);
    /* PYTHONUNBUFFERED (set in some environments) would change when
     * write errors surface; empty means unset to CPython. */
    const char *env[] = {pythonpath, "PYTHONDONTWRITEBYTECODE=1", "PYTHONUTF8=1",
                         "PYTHONIOENCODING=utf-8", "PYTHONUNBUFFERED=", NULL};
    char *prefix[] = {(char *)c->cfg->python, script};
    run_once(c, prefix, 2, env, "CPython", o);
    check_outcome(c, o);
    free(pythonpath);
    free(script);
}

/* The program under the Python interpreter cfg->interp (rtpython), as
 * CPython runs it, against the `# expect:` lines. */
static void run_interp(ctx *c)
{
    if (c->spec->imports_rtrans || c->spec->rtpython_skip || c->spec->cpython_skip)
        return;
    outcome o = {0};
    char *script = hs_printf("%s/%s", c->cfg->srcdir, c->spec->path);
    char *prefix[] = {(char *)c->cfg->interp, script};
    run_once(c, prefix, 2, NULL, "rtpython", &o);
    check_outcome(c, &o);
    outcome_free(&o);
    free(script);
}

static void compare_runs(ctx *c, const outcome *a, const outcome *b)
{
    if (same_stdout(c, a->out.data, a->out.len, b->out.data, b->out.len)
        && a->res.exit_status == b->res.exit_status && a->res.signal == b->res.signal
        && a->res.timed_out == b->res.timed_out)
        return;
    fail(c, b->label, "output or exit status differs from the %s run:", a->label);
    show_diff(c, a->out_path, a->label, b->out_path, b->label);
}

/* The environment of a translated run: a and b (either may be NULL), then
 * the program's `# env:` lines.  Free the array (not the strings). */
static const char **translated_env(ctx *c, const char *a, const char *b)
{
    size_t n = c->spec->env.len;
    const char **env = calloc(n + 3, sizeof *env);
    size_t k = 0;
    if (a)
        env[k++] = a;
    if (b)
        env[k++] = b;
    for (size_t i = 0; i < n; i++)
        env[k++] = c->spec->env.items[i];
    return env;
}

/* One --stm run: RTRANS_STM_SEGMENTS=segments, and with abort_stress
 * RTRANS_STM_ABORT_STRESS=3 (a third of the transactions abort once
 * and run again). */
static void run_stm(ctx *c, const char *exe, const char *segments, bool abort_stress,
                    const outcome *gil)
{
    char *var = hs_printf("RTRANS_STM_SEGMENTS=%s", segments);
    char *label = hs_printf("--stm, %s segment%s%s", segments, strcmp(segments, "1") ? "s" : "",
                            abort_stress ? ", abort stress" : "");
    const char **env = translated_env(c, var, abort_stress ? "RTRANS_STM_ABORT_STRESS=3" : NULL);
    outcome o = {0};
    char *prefix[] = {(char *)exe};
    run_once(c, prefix, 1, env, label, &o);
    free(env);
    check_outcome(c, &o);
    if (gil)
        compare_runs(c, gil, &o);
    outcome_free(&o);
    free(label);
    free(var);
}

/* RTRANS_STM_STATS's table (runtime/events.c) in err: a row "#ID commits
 * aborts ..." per thread.  True when there is one, no row has an abort
 * and the rows have at least min_commits commits in all. */
static bool stats_conflict_free(const hs_buf *err, long min_commits)
{
    char *text = hs_printf("%.*s", (int)err->len, err->data ? err->data : "");
    unsigned long long total = 0;
    bool ok = true;
    for (const char *line = text; line && *line;) {
        unsigned long long commits, aborts;
        int id;
        if (line[0] == '#' && sscanf(line, "#%d %llu %llu", &id, &commits, &aborts) == 3) {
            ok = ok && aborts == 0;
            total += commits;
        }
        const char *nl = strchr(line, '\n');
        line = nl ? nl + 1 : NULL;
    }
    free(text);
    return ok && total >= (unsigned long long)min_commits;
}

/* The same table: true when no thread but the main one (#1, which starts
 * the others) had more than max inevitable transactions. */
static bool stats_workers_inevitable_at_most(const hs_buf *err, long max)
{
    char *text = hs_printf("%.*s", (int)err->len, err->data ? err->data : "");
    bool ok = true;
    int rows = 0;
    for (const char *line = text; line && *line;) {
        unsigned long long commits, aborts, inev;
        int id;
        if (line[0] == '#'
            && sscanf(line, "#%d %llu %llu %llu", &id, &commits, &aborts, &inev) == 4) {
            ok = ok && (id == 1 || inev <= (unsigned long long)max);
            rows++;
        }
        const char *nl = strchr(line, '\n');
        line = nl ? nl + 1 : NULL;
    }
    free(text);
    return ok && rows > 0;
}

#define STATS_TRIES 3

/* `# stm-no-conflicts: MIN`: on 2 segments with RTRANS_STM_STATS=1, no
 * thread may abort, and the threads must commit at least MIN transactions
 * in all (so that they overlapped in many transactions).
 * `# stm-max-inevitable: N`: no thread but the main one becomes inevitable
 * more than N times (printing must not make it: runtime/lib/io_defer.c;
 * a thread's end does once, as its entry stub resumes a fragment after
 * the target returns).  Whether threads overlap
 * is the scheduler's choice (a loaded machine may run one thread's loop
 * before the other's), so the best of STATS_TRIES runs counts; every run's
 * output must be right. */
static void run_stm_stats(ctx *c, const char *exe, const outcome *gil)
{
    const char *env[] = {"RTRANS_STM_SEGMENTS=2", "RTRANS_STM_STATS=1", NULL};
    const char *label = "--stm, 2 segments, RTRANS_STM_STATS=1";
    outcome o = {0};
    char *prefix[] = {(char *)exe};
    bool ok = false;
    for (int try = 0; try < STATS_TRIES && !ok; try++) {
        outcome_free(&o);
        memset(&o, 0, sizeof o);
        run_once(c, prefix, 1, env, label, &o);
        check_outcome(c, &o);
        if (gil)
            compare_runs(c, gil, &o);
        ok = (c->spec->no_conflicts <= 0
              || stats_conflict_free(&o.err, c->spec->no_conflicts))
             && (c->spec->max_inevitable < 0
                 || stats_workers_inevitable_at_most(&o.err, c->spec->max_inevitable));
    }
    if (!ok) {
        if (c->spec->no_conflicts > 0)
            fail(c, label, "want 0 aborts and >= %ld commits in all (best of %d runs); "
                 "stderr:", c->spec->no_conflicts, STATS_TRIES);
        else
            fail(c, label, "want at most %ld inevitable transactions per thread "
                 "outside the main one (best of %d runs); stderr:",
                 c->spec->max_inevitable, STATS_TRIES);
        show(c, o.err.data, o.err.len, true);
    }
    outcome_free(&o);
}

/* Every program also runs under --stm, once on one segment with forced
 * aborts (every restart path of a single-threaded program, in a fixed
 * order); multi-threaded ones on 1, 2 and 8 segments as well. */
static void check_stm(ctx *c, const outcome *gil)
{
    char *exe = work_path(c, "prog-stm");
    if (!translate(c, true, exe, "translate --stm")) {
        free(exe);
        return;
    }
    run_stm(c, exe, c->spec->threads ? "2" : "1", true, gil);
    if (c->spec->threads) {
        static const char *const segments[] = {"1", "2", "8"};
        for (size_t i = 0; i < sizeof segments / sizeof *segments; i++)
            run_stm(c, exe, segments[i], false, gil);
    }
    if (c->spec->no_conflicts > 0 || c->spec->max_inevitable >= 0)
        run_stm_stats(c, exe, gil);
    free(exe);
}

static void check_program(ctx *c)
{
    const hs_config *cfg = c->cfg;
    outcome native = {0}, py = {0};
    bool translated = false;
    if (cfg->interp) {
        run_interp(c);
        return;
    }
    if (!cfg->cpython_only && !cfg->have_rtrans)
        fail(c, "translate", "%s not found: build it first (./build.sh)", cfg->rtrans);
    if (!cfg->cpython_only && cfg->have_rtrans) {
        char *exe = work_path(c, "prog");
        translated = translate(c, false, exe, "translate");
        if (translated) {
            char *prefix[] = {exe};
            const char **env = translated_env(c, NULL, NULL);
            run_once(c, prefix, 1, env, "translated", &native);
            free(env);
            check_outcome(c, &native);
        }
        free(exe);
    }
    if (!c->spec->cpython_skip) {
        run_cpython(c, &py);
        if (translated)
            compare_runs(c, &native, &py);
    }
    if (!cfg->cpython_only && cfg->have_rtrans)
        check_stm(c, translated ? &native : NULL);
    outcome_free(&native);
    outcome_free(&py);
}

/* `path:LINE:COL: error: message`, the form rtrans prints diagnostics in. */
static bool is_diagnostic(const char *line)
{
    const char *mark = strstr(line, ": error: ");
    if (!mark)
        return false;
    const char *p = mark;
    for (int field = 0; field < 2; field++) {
        const char *digits_end = p;
        while (p > line && p[-1] >= '0' && p[-1] <= '9')
            p--;
        if (p == digits_end || p == line || p[-1] != ':')
            return false;
        p--;
    }
    return p > line;
}

static void check_error(ctx *c)
{
    const hs_config *cfg = c->cfg;
    if (cfg->cpython_only || cfg->interp)
        return;
    if (!cfg->have_rtrans) {
        fail(c, "translate", "%s not found: build it first (./build.sh)", cfg->rtrans);
        return;
    }
    char *exe = work_path(c, "prog");
    char *log = work_path(c, "translate.log");
    char *argv[] = {(char *)cfg->rtrans, c->spec->path, "-o", exe, NULL};
    hs_cmd cmd = {.argv = argv, .cwd = cfg->srcdir, .stdout_path = log,
                  .stderr_path = log, .timeout = cfg->translate_timeout};
    hs_result res;
    hs_run(&cmd, &res);
    hs_buf text = {0};
    hs_read_file(log, &text);
    if (res.timed_out || res.signal || res.exit_status != 1) {
        char *got = hs_describe_result(&res, cfg->translate_timeout);
        fail(c, "translate", "expected exit status 1 (rejected), got %s; output:", got);
        show(c, text.data, text.len, true);
        free(got);
    }
    hs_strvec lines = {0};
    hs_buf got = {0}, want = {0};
    hs_buf_add(&got, "", 0);
    hs_buf_add(&want, "", 0);
    hs_split_lines(text.data, text.len, &lines);
    for (size_t i = 0; i < lines.len; i++)
        if (is_diagnostic(lines.items[i]))
            hs_buf_printf(&got, "%s\n", lines.items[i]);
    for (size_t i = 0; i < c->spec->errors.len; i++) {
        const char *e = c->spec->errors.items[i];
        const char *space = strchr(e, ' ');
        hs_buf_printf(&want, "%s:%.*s: error: %s\n", c->spec->path,
                      (int)(space - e), e, space + 1);
    }
    if (strcmp(got.data, want.data) != 0) {
        char *want_path = work_path(c, "expected.txt"), *got_path = work_path(c, "got.txt");
        hs_write_file(want_path, want.data, want.len);
        hs_write_file(got_path, got.data, got.len);
        fail(c, "translate", "diagnostics differ from the `# expect error:` lines:");
        show_diff(c, want_path, "expected", got_path, "rtrans");
        free(want_path);
        free(got_path);
    }
    hs_vec_free(&lines);
    hs_buf_free(&got);
    hs_buf_free(&want);
    hs_buf_free(&text);
    free(log);
    free(exe);
}

bool hs_check(const hs_config *cfg, const hs_spec *spec, const char *workdir,
              hs_buf *report)
{
    ctx c = {.cfg = cfg, .spec = spec, .workdir = workdir, .report = report, .ok = true};
    if (spec->problem) {
        hs_buf_printf(report, "  bad test file: %s\n", spec->problem);
        return false;
    }
    if (spec->kind == HS_KIND_ERROR)
        check_error(&c);
    else
        check_program(&c);
    return c.ok;
}
