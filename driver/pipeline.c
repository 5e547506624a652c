/* pipeline.c - the phases of a translation, timed, with the IR verified
 * between passes. */
#include "driver/driver.h"
#include "backend/backend.h"
#include "frontend/check.h"
#include "passes/passes.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

typedef struct Timer {
    const DriverOptions *o;
    struct timespec last;
} Timer;

static double now_diff(struct timespec *last)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    double d = (double)(t.tv_sec - last->tv_sec) + (double)(t.tv_nsec - last->tv_nsec) / 1e9;
    *last = t;
    return d;
}

static void phase_done(Timer *t, const char *phase)
{
    double d = now_diff(&t->last);
    if (t->o->verbose)
        fprintf(stderr, "rtrans: %-12s %8.3f s\n", phase, d);
}

static int file_exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

static void dump_if(const DriverOptions *o, IrModule *m, const char *pass)
{
    if (o->dump_ir && (strcmp(o->dump_ir, pass) == 0 || strcmp(o->dump_ir, "all") == 0)) {
        printf("; ---- IR after %s ----\n", pass);
        ir_dump(m, stdout);
    }
}

static int verify(IrModule *m, const PassDef *p)
{
    if (pass_verify(p, m, stderr) == 0)
        return 0;
    fprintf(stderr, "rtrans: internal error: the IR is invalid after pass '%s'\n", p->name);
    return 70;
}

static int run_passes(const DriverOptions *o, IrModule *m, Timer *t)
{
    static const PassDef lower = { "lower", NULL, 0, NULL };
    int rc = verify(m, &lower);
    if (rc)
        return rc;
    dump_if(o, m, "lower");
    for (const PassDef *p = pass_pipeline; p->name; p++) {
        if ((p->stm_only == 1 && !o->stm) || (p->stm_only == -1 && o->stm))
            continue;
        p->run(m);
        if ((rc = verify(m, p)))
            return rc;
        dump_if(o, m, p->name);
    }
    phase_done(t, "passes");
    if (o->barriers && pass_barrier_report(m, o->barriers, stderr) != 0)
        return 1;
    return 0;
}

/* The C file's path: DIR/stem.c for --emit-c, else in a temporary folder. */
static char *c_path(const DriverOptions *o, char *tmpdir, size_t cap)
{
    char *in = strdup(o->input);
    char *stem = basename(in);
    stem[strlen(stem) - 3] = 0;
    char *path = NULL;
    if (o->emit_c_dir) {
        mkdir(o->emit_c_dir, 0777);
        if (asprintf(&path, "%s/%s.c", o->emit_c_dir, stem) < 0)
            path = NULL;
    } else {
        const char *tmp = getenv("TMPDIR");
        snprintf(tmpdir, cap, "%s/rtrans-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        if (mkdtemp(tmpdir) && asprintf(&path, "%s/%s.c", tmpdir, stem) < 0)
            path = NULL;
    }
    free(in);
    return path;
}

static char *default_output(const char *input)
{
    char *in = strdup(input);
    char *stem = strdup(basename(in));
    stem[strlen(stem) - 3] = 0;
    free(in);
    return stem;
}

/* The executable can be written: its folder exists and accepts it, and it
 * is not a folder itself.  A file we create here and then fail to compile
 * into is removed again (*created).  Returns 0, or 1 after the message. */
static int check_output(const char *out, int *created)
{
    struct stat st;
    int existed = stat(out, &st) == 0;
    if (existed && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "rtrans: cannot write %s: %s\n", out, strerror(EISDIR));
        return 1;
    }
    int fd = open(out, O_WRONLY | O_CREAT, 0777);
    if (fd < 0) {
        fprintf(stderr, "rtrans: cannot write %s: %s\n", out, strerror(errno));
        return 1;
    }
    close(fd);
    *created = !existed;
    return 0;
}

/* After the C compiler failed: was it the output that could not be
 * written (a full disk, a device such as /dev/full)?  That is the user's
 * error: 1 after the message; else 0. */
static int output_failed(const char *out)
{
    struct stat st;
    int err = 0;
    if (stat(out, &st) == 0 && !S_ISREG(st.st_mode)) {
        int fd = open(out, O_WRONLY);
        if (fd < 0 || write(fd, "", 1) != 1)
            err = errno;
        if (fd >= 0)
            close(fd);
    } else {
        char *copy = strdup(out);
        struct statvfs vfs;
        if (copy && statvfs(dirname(copy), &vfs) == 0 && vfs.f_bavail == 0)
            err = ENOSPC;
        free(copy);
    }
    if (!err)
        return 0;
    fprintf(stderr, "rtrans: cannot write %s: %s\n", out, strerror(err));
    return 1;
}

static int compile(const DriverOptions *o, const char *cfile, Timer *t)
{
    const char *lib = drv_libdir();
    char need[PATH_MAX + 64];
    snprintf(need, sizeof need, "%s/%s", lib, o->stm ? "librtstm.a" : "librtgil.a");
    if (!file_exists(need)) {
        fprintf(stderr, "rtrans: runtime library not found: %s (set RTRANS_LIBDIR)\n", need);
        return 70;
    }
    char *out = o->output ? strdup(o->output) : default_output(o->input);
    int created = 0;
    if (check_output(out, &created) != 0) {
        free(out);
        return 1;
    }
    CcOptions cc = { o->cc, cfile, out, lib, o->opt_level, o->stm, o->debug, o->verbose, NULL };
    int rc = cc_compile(&cc);
    phase_done(t, "cc");
    if (rc != 0) {
        rc = output_failed(out) ? 1 : 70;
        if (created)
            unlink(out);
        if (rc == 70)
            fprintf(stderr, "rtrans: internal error: the C compiler failed on the generated code\n");
    }
    free(out);
    return rc;
}

/* --verify: the libclang check of the emitted barriers.  A failure is a
 * bug of the passes, not of the program. */
static int verify_c(const DriverOptions *o, const char *cfile, Timer *t)
{
    char inc[PATH_MAX + 16];
    snprintf(inc, sizeof inc, "%s/include", drv_libdir());
    /* The report (a count line, or the errors) only with -v or on failure. */
    FILE *quiet = o->verbose ? stderr : fopen("/dev/null", "w");
    int bad = cverify_file(cfile, inc, quiet ? quiet : stderr);
    if (quiet && quiet != stderr)
        fclose(quiet);
    phase_done(t, "verify");
    if (bad) {
        if (!o->verbose)
            cverify_file(cfile, inc, stderr);
        fprintf(stderr, "rtrans: internal error: the emitted C failed barrier verification\n");
        return 70;
    }
    return 0;
}

static int emit_and_compile(const DriverOptions *o, IrModule *m, Timer *t)
{
    char tmpdir[PATH_MAX];
    tmpdir[0] = 0;
    char *cfile = c_path(o, tmpdir, sizeof tmpdir);
    FILE *f = cfile ? fopen(cfile, "w") : NULL;
    if (!f) {
        fprintf(stderr, "rtrans: cannot write %s: %s\n", cfile ? cfile : "C file", strerror(errno));
        free(cfile);
        return 1;
    }
    EmitOptions eo = { o->stm, !o->no_lines };
    int rc = emit_c(m, &eo, f);
    rc |= fclose(f);
    phase_done(t, "emit");
    if (rc == 0 && o->verify)
        rc = verify_c(o, cfile, t);
    if (rc == 0 && !o->emit_c_dir)
        rc = compile(o, cfile, t);
    if (!o->emit_c_dir) {
        unlink(cfile);
        rmdir(tmpdir);
    }
    free(cfile);
    return rc;
}

int drv_run(const DriverOptions *o)
{
    Timer t = { o, { 0, 0 } };
    now_diff(&t.last);
    if (o->verbose)
        fprintf(stderr, "rtrans: runtime %s\nrtrans: prelude %s\n", drv_libdir(),
                chk_default_prelude_path());
    DiagCtx *diag = diag_new();
    Arena *arena = arena_new();
    Program *prog = NULL;
    int rc = 0;
    if (chk_program(diag, arena, o->input, &prog) != 0 || !prog) {
        diag_print(diag, stderr);
        rc = 1;
        goto done;
    }
    phase_done(&t, "check");
    if (o->check_only)
        goto done;
    LowerOptions lo = { o->stm };
    IrModule *m = pass_lower(prog, diag, &lo);
    phase_done(&t, "lower");
    if (!m) {
        diag_print(diag, stderr);
        rc = 1;
        goto done;
    }
    if (o->stm)
        m->flags |= IRM_STM;
    rc = run_passes(o, m, &t);
    if (rc == 0)
        rc = emit_and_compile(o, m, &t);
    ir_module_free(m);
done:
    arena_free(arena);
    diag_free(diag);
    return rc;
}
