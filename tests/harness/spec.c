/* Reading a program's directives: comment lines that start in column 0
 * with `# `.  The table in tests/README.md is the reference. */
#include "harness.h"

#include <stdlib.h>
#include <string.h>

/* If `line` starts with `name` followed by ':' returns the text after
 * "name: " (or "" for a bare "name:"), else NULL. */
static const char *directive_value(const char *line, const char *name)
{
    size_t n = strlen(name);
    if (strncmp(line, name, n) != 0 || line[n] != ':')
        return NULL;
    const char *v = line + n + 1;
    return *v == ' ' ? v + 1 : v;
}

static void set_problem(hs_spec *spec, int lineno, const char *what)
{
    if (!spec->problem)
        spec->problem = hs_printf("%s:%d: %s", spec->path, lineno, what);
}

static void split_words(const char *s, hs_strvec *out)
{
    while (*s) {
        while (*s == ' ' || *s == '\t')
            s++;
        const char *start = s;
        while (*s && *s != ' ' && *s != '\t')
            s++;
        if (s > start)
            hs_vec_push(out, hs_strndup(start, (size_t)(s - start)));
    }
}

static bool parse_exit(const char *v, int *out)
{
    char *end;
    long n = strtol(v, &end, 10);
    if (end == v || *end != '\0' || n < 0 || n > 255)
        return false;
    *out = (int)n;
    return true;
}

/* "LINE:COL MESSAGE" (or "LINE:COL: MESSAGE") with positive numbers and a
 * non-empty message; returns it normalised to "LINE:COL MESSAGE", or NULL. */
static char *parse_error(const char *v)
{
    char *end;
    long line = strtol(v, &end, 10);
    if (line <= 0 || *end != ':')
        return NULL;
    long col = strtol(end + 1, &end, 10);
    if (col <= 0)
        return NULL;
    if (*end == ':')
        end++;
    if (*end != ' ' || end[1] == '\0')
        return NULL;
    return hs_printf("%ld:%ld %s", line, col, end + 1);
}

static bool parse_stream(const char *v, int *out)
{
    if (strcmp(v, "full") == 0)
        *out = HS_STREAM_FULL;
    else if (strcmp(v, "closed-pipe") == 0)
        *out = HS_STREAM_CLOSED_PIPE;
    else
        return false;
    return true;
}

static void directive(hs_spec *spec, const char *line, int lineno)
{
    const char *d = line + 2; /* after "# " */
    const char *v;
    if ((v = directive_value(d, "expect")))
        hs_vec_push(&spec->expect, hs_strdup(v));
    else if ((v = directive_value(d, "expect-stderr")))
        hs_vec_push(&spec->stderr_has, hs_strdup(v));
    else if ((v = directive_value(d, "stdin")))
        hs_vec_push(&spec->stdin_lines, hs_strdup(v));
    else if ((v = directive_value(d, "env"))) {
        if (!strchr(v, '=') || *v == '=')
            set_problem(spec, lineno, "write `# env: NAME=VALUE`");
        hs_vec_push(&spec->env, hs_strdup(v));
    } else if ((v = directive_value(d, "args")))
        split_words(v, &spec->args);
    else if ((v = directive_value(d, "expect-exit"))) {
        if (!parse_exit(v, &spec->expect_exit))
            set_problem(spec, lineno, "# expect-exit: needs a status 0..255");
    } else if ((v = directive_value(d, "cpython"))) {
        if (strncmp(v, "skip ", 5) != 0 || v[5] == '\0')
            set_problem(spec, lineno, "write `# cpython: skip REASON`");
        spec->cpython_skip = true;
    } else if ((v = directive_value(d, "rtpython"))) {
        if (strncmp(v, "skip ", 5) != 0 || v[5] == '\0')
            set_problem(spec, lineno, "write `# rtpython: skip REASON`");
        spec->rtpython_skip = true;
    } else if ((v = directive_value(d, "stdout"))) {
        if (!parse_stream(v, &spec->stdout_mode))
            set_problem(spec, lineno, "write `# stdout: full` or `# stdout: closed-pipe`");
    } else if ((v = directive_value(d, "stderr"))) {
        if (!parse_stream(v, &spec->stderr_mode))
            set_problem(spec, lineno, "write `# stderr: full` or `# stderr: closed-pipe`");
    } else if ((v = directive_value(d, "sigpipe"))) {
        if (strcmp(v, "ignored") != 0 && strcmp(v, "default") != 0)
            set_problem(spec, lineno, "write `# sigpipe: ignored` or `# sigpipe: default`");
        spec->sigpipe_ignored = strcmp(v, "ignored") == 0;
    } else if ((v = directive_value(d, "sigint-after"))) {
        hs_vec_push(&spec->sigint_after, hs_strdup(v));
    } else if ((v = directive_value(d, "expect-signal"))) {
        if (strcmp(v, "SIGINT") != 0)
            set_problem(spec, lineno, "write `# expect-signal: SIGINT`");
        spec->expect_signal = 2;
    } else if ((v = directive_value(d, "ulimit-v"))) {
        char *end;
        spec->ulimit_v = strtol(v, &end, 10);
        if (end == v || *end || spec->ulimit_v <= 0)
            set_problem(spec, lineno, "write `# ulimit-v: KIB` (a positive number)");
    } else if (strcmp(d, "stdin-held-open") == 0) {
        spec->stdin_held_open = true;
    } else if ((v = directive_value(d, "stm-no-conflicts"))) {
        char *end;
        spec->no_conflicts = strtol(v, &end, 10);
        if (end == v || *end || spec->no_conflicts <= 0)
            set_problem(spec, lineno, "write `# stm-no-conflicts: MIN` (a positive number)");
    } else if (strcmp(d, "threads") == 0)
        spec->threads = true;
    else if (strcmp(d, "sort-stdout") == 0)
        spec->sort_stdout = true;
    else if ((v = directive_value(d, "stm-max-inevitable"))) {
        char *end;
        spec->max_inevitable = strtol(v, &end, 10);
        if (end == v || *end || spec->max_inevitable < 0)
            set_problem(spec, lineno, "write `# stm-max-inevitable: N` (0 or more)");
    }
    else if (strncmp(d, "expect error:", 13) == 0) {
        char *e = parse_error(d + 13 + (d[13] == ' '));
        if (!e)
            set_problem(spec, lineno, "write `# expect error: LINE:COL MESSAGE`");
        hs_vec_push(&spec->errors, e ? e : hs_strdup("0:0 ?"));
    } else if (strncmp(d, "expect", 6) == 0 || strncmp(d, "stdin", 5) == 0
               || strncmp(d, "args", 4) == 0 || strncmp(d, "cpython", 7) == 0
               || strncmp(d, "rtpython", 8) == 0
               || strncmp(d, "stdout", 6) == 0 || strncmp(d, "stderr", 6) == 0
               || strncmp(d, "sigpipe", 7) == 0 || strncmp(d, "sigint", 6) == 0
               || strncmp(d, "ulimit", 6) == 0 || strncmp(d, "stm-", 4) == 0)
        set_problem(spec, lineno, "malformed directive (see tests/README.md)");
}

static void check_complete(hs_spec *spec)
{
    if (spec->kind == HS_KIND_ERROR) {
        if (spec->errors.len == 0)
            set_problem(spec, 0, "no `# expect error:` line");
        return;
    }
    if (spec->errors.len)
        set_problem(spec, 0, "`# expect error:` belongs in tests/errors/");
    if (spec->expect.len == 0 && spec->expect_exit == 0 && spec->stderr_has.len == 0
        && spec->expect_signal == 0)
        set_problem(spec, 0, "checks nothing: no `# expect:` line and exit status 0");
}

void hs_spec_load(hs_spec *spec, const char *srcdir, const char *path, hs_kind kind)
{
    memset(spec, 0, sizeof *spec);
    spec->kind = kind;
    spec->max_inevitable = -1;
    spec->path = hs_strdup(path);
    char *full = hs_printf("%s/%s", srcdir, path);
    hs_buf text = {0};
    if (!hs_read_file(full, &text)) {
        spec->problem = hs_printf("%s: cannot read", path);
        free(full);
        return;
    }
    hs_strvec lines = {0};
    hs_split_lines(text.data, text.len, &lines);
    for (size_t i = 0; i < lines.len; i++) {
        char *line = lines.items[i];
        size_t n = strlen(line);
        if (n && line[n - 1] == '\r')
            line[n - 1] = '\0';
        if (line[0] == '#' && line[1] == ' ')
            directive(spec, line, (int)i + 1);
        else if (strncmp(line, "import rtrans", 13) == 0
                 || strncmp(line, "from rtrans", 11) == 0)
            spec->imports_rtrans = true;
    }
    check_complete(spec);
    hs_vec_free(&lines);
    hs_buf_free(&text);
    free(full);
}

void hs_spec_free(hs_spec *spec)
{
    free(spec->path);
    free(spec->problem);
    hs_vec_free(&spec->expect);
    hs_vec_free(&spec->stderr_has);
    hs_vec_free(&spec->args);
    hs_vec_free(&spec->stdin_lines);
    hs_vec_free(&spec->env);
    hs_vec_free(&spec->errors);
    hs_vec_free(&spec->sigint_after);
}
