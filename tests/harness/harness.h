/* The corpus harness: runs every self-describing program of tests/programs
 * and every rejected program of tests/errors through the translator (and
 * through CPython) and turns each into one check test.  Format of the
 * programs: tests/README.md.
 *
 * Sections, by file:
 *   buf.c    growable strings and string vectors
 *   spec.c   reading a program's `# ...` directives
 *   proc.c   running a command with a timeout, capturing its output
 *   check.c  the checks on one program, producing a report
 *   main.c   discovery, the parallel pre-run (timed: the slowest files are
 *            printed), the check suite
 */
#ifndef HARNESS_H
#define HARNESS_H

#include <stdbool.h>
#include <stddef.h>

/* ---- buf.c ---- */

/* A NUL-terminated growable string; `len` excludes the NUL. */
typedef struct hs_buf {
    char *data;
    size_t len, cap;
} hs_buf;

typedef struct hs_strvec {
    char **items;
    size_t len, cap;
} hs_strvec;

void hs_buf_add(hs_buf *b, const char *s, size_t n);
void hs_buf_puts(hs_buf *b, const char *s);
void hs_buf_printf(hs_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void hs_buf_free(hs_buf *b);
char *hs_strdup(const char *s);
char *hs_strndup(const char *s, size_t n);
char *hs_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void hs_vec_push(hs_strvec *v, char *owned);
void hs_vec_free(hs_strvec *v);
/* Splits text into lines (without '\n'); a final line without '\n' counts. */
void hs_split_lines(const char *text, size_t len, hs_strvec *out);
bool hs_read_file(const char *path, hs_buf *out);
bool hs_write_file(const char *path, const char *data, size_t len);
_Noreturn void hs_die(const char *where, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
#define HS_STR2(x) #x
#define HS_STR(x) HS_STR2(x)
#define HS_DIE(...) hs_die(__FILE__ ":" HS_STR(__LINE__), __VA_ARGS__)

/* ---- spec.c ---- */

typedef enum hs_kind {
    HS_KIND_PROGRAM, /* tests/programs: translate, run, compare */
    HS_KIND_ERROR,   /* tests/errors: translation must fail */
} hs_kind;

typedef struct hs_spec {
    hs_kind kind;
    char *path;          /* relative to the source root, e.g. tests/programs/x.py */
    hs_strvec expect;    /* stdout lines */
    hs_strvec stderr_has; /* substrings of stderr */
    hs_strvec args;      /* may contain {tmpdir} */
    hs_strvec stdin_lines;
    hs_strvec env;       /* `# env: NAME=VALUE`: set for the translated runs only */
    hs_strvec errors;    /* HS_KIND_ERROR: "LINE:COL MESSAGE" */
    int expect_exit;
    int stdout_mode;     /* hs_stream: `# stdout: full|closed-pipe` */
    int stderr_mode;     /* `# stderr: full` */
    bool sigpipe_ignored;/* `# sigpipe: ignored` (else the default action) */
    hs_strvec sigint_after; /* `# sigint-after: TEXT`: SIGINT once stdout has the line */
    int expect_signal;   /* `# expect-signal: SIGINT`: killed by it (0: exits) */
    bool stdin_held_open;/* `# stdin-held-open`: reading stdin blocks */
    long ulimit_v;       /* `# ulimit-v: KB`: RLIMIT_AS of the run (0: none) */
    bool cpython_skip;
    bool rtpython_skip;  /* `# rtpython: skip REASON` */
    bool imports_rtrans; /* a line `import rtrans...` or `from rtrans...` */
    bool threads;
    bool sort_stdout;    /* `# sort-stdout`: stdout compared as a multiset of lines */
    long no_conflicts;   /* `# stm-no-conflicts: MIN` (0: not asked) */
    long max_inevitable; /* `# stm-max-inevitable: N`, per thread but the main one (-1: not asked) */
    char *problem;       /* a malformed directive, reported as a failure */
} hs_spec;

/* Reads the directives of srcdir/path; never fails (problems go in ->problem). */
void hs_spec_load(hs_spec *spec, const char *srcdir, const char *path, hs_kind kind);
void hs_spec_free(hs_spec *spec);

/* ---- proc.c ---- */

/* Where a program's stdout or stderr goes: the capture file, /dev/full
 * (every write fails with ENOSPC), or a pipe whose reading end is closed
 * before the program starts (every write fails with EPIPE). */
typedef enum hs_stream { HS_STREAM_FILE, HS_STREAM_FULL, HS_STREAM_CLOSED_PIPE } hs_stream;

typedef struct hs_cmd {
    char **argv;            /* NULL-terminated; argv[0] searched in PATH */
    const char *cwd;
    const char *stdin_path; /* NULL: /dev/null */
    bool stdin_held_open;   /* instead: a pipe nobody writes to, open until the end */
    long ulimit_v;          /* KiB of address space (setrlimit RLIMIT_AS), 0: unlimited */
    const char *stdout_path;
    const char *stderr_path;
    int stdout_mode, stderr_mode;  /* hs_stream (FILE: the paths above) */
    bool sigpipe_ignored;   /* else SIGPIPE has its default action */
    /* Send SIGINT each time stdout (a file) gets the next of these lines. */
    char **sigint_after;
    size_t nsigint_after;
    const char **env;       /* NULL-terminated "NAME=VALUE" added to ours */
    double timeout;         /* seconds */
} hs_cmd;

typedef struct hs_result {
    int exit_status; /* valid when !signaled && !timed_out */
    int signal;      /* nonzero: killed by this signal */
    bool timed_out;
    bool exec_failed;
    double seconds;
} hs_result;

void hs_run(const hs_cmd *cmd, hs_result *res);
/* "exit status 1", "killed by signal 11 (Segmentation fault)", "timed out after 30 s" */
char *hs_describe_result(const hs_result *res, double timeout);

/* ---- check.c ---- */

typedef struct hs_config {
    const char *srcdir;   /* absolute source root */
    const char *rtrans;   /* absolute path of the translator */
    bool have_rtrans;
    bool cpython_only;    /* RTRANS_CORPUS_CPYTHON_ONLY: skip the translator */
    hs_strvec opts;       /* translator options, e.g. -O1 */
    const char *python;
    /* RTRANS_CORPUS_INTERP: check the corpus under this Python interpreter
     * (rtpython) alone, against the `# expect:` lines */
    const char *interp;
    double run_timeout, translate_timeout;
} hs_config;

/* Runs every check on one program in a fresh directory below workdir.
 * Returns true when all pass; `report` explains each failure. */
bool hs_check(const hs_config *cfg, const hs_spec *spec, const char *workdir,
              hs_buf *report);

#endif
