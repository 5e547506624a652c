/* main.c - the rtrans command line: options, then the pipeline
 * check -> lower -> passes -> emit C -> compile. */
#include "driver/driver.h"
#include "passes/passes.h"

#include <execinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_text[] =
    "usage: rtrans [options] MAIN.py\n";

static const char help_text[] =
    "Translate a program written in the rtrans language (a statically typed\n"
    "subset of Python 3; see docs/language.md) into C and compile it.\n"
    "\n"
    "options:\n"
    "  -o FILE          name of the executable (default: MAIN without .py)\n"
    "  --stm            parallel build: software transactional memory runtime,\n"
    "                   barriers placed by the STM passes\n"
    "  -O0, -O1, -O2, -O3\n"
    "                   optimisation level given to the C compiler (default -O2)\n"
    "  -g               full debug information in the executable\n"
    "  --emit-c DIR     write the C program to DIR/NAME.c and stop\n"
    "  --check          check the program and stop (no output)\n"
    "  --dump-ir=PASS   print the IR after PASS to stdout (PASS: ";

/* After the pass names, which come from pass_pipeline (help_passes). */
static const char help_tail[] =
    "  --barriers=FILE  with --stm: write where each barrier was placed or why it\n"
    "                   was not, per source line (FILE.html: a colored page)\n"
    "  --verify         with --stm: check the emitted C with libclang (every GC\n"
    "                   access covered by the right barrier on every path)\n"
    "  --cc=CC          C compiler to run (default: $CC, else cc)\n"
    "  --no-line-directives\n"
    "                   do not map the C back to .py lines (#line)\n"
    "  -v               print the runtime and prelude in use, phase timings and\n"
    "                   the compiler command\n"
    "  --help           this text\n"
    "  --version        version information\n"
    "\n"
    "exit status: 0 success, 1 errors in the program, 64 bad usage,\n"
    "70 internal error (please report it)\n"
    "\n"
    "See also rtrans-verify(1), rtrans-stmlog(1), and man rtrans for the\n"
    "environment variables of translated programs.\n";

_Noreturn static void usage_error(const char *fmt, const char *arg)
{
    fputs("rtrans: ", stderr);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    fputs(usage_text, stderr);
    fputs("Try 'rtrans --help' for more information.\n", stderr);
    exit(64);
}

static int starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Options that take a value, as "-o X", "--opt X" or "--opt=X". */
static const char *value_of(int argc, char **argv, int *i, const char *name)
{
    size_t n = strlen(name);
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] != 0)
        return NULL;
    if (*i + 1 >= argc)
        usage_error("option '%s' needs a value", name);
    return argv[++*i];
}


/* "lower, summaries, ..., or all)" wrapped under the option's text. */
static void help_passes(void)
{
    int col = 59;
    const char *names[64];
    int n = 0;
    names[n++] = "lower";
    for (const PassDef *p = pass_pipeline; p->name && n < 62; p++)
        names[n++] = p->name;
    names[n++] = "or all)";
    for (int i = 0; i < n; i++) {
        int len = (int)strlen(names[i]) + (i + 1 < n ? 1 : 0);
        if (i && col + 1 + len > 78) {
            fputs("\n                  ", stdout);
            col = 18;
        }
        printf("%s%s%s", i ? " " : "", names[i], i + 1 < n ? "," : "");
        col += (i ? 1 : 0) + len;
    }
    fputc('\n', stdout);
}
static int parse_long(DriverOptions *o, int argc, char **argv, int *i)
{
    const char *a = argv[*i], *v;
    if (strcmp(a, "--stm") == 0)
        o->stm = 1;
    else if (strcmp(a, "--check") == 0)
        o->check_only = 1;
    else if (strcmp(a, "--no-line-directives") == 0)
        o->no_lines = 1;
    else if (strcmp(a, "--verify") == 0)
        o->verify = 1;
    else if (strcmp(a, "--help") == 0) {
        fputs(usage_text, stdout);
        fputs(help_text, stdout);
        help_passes();
        fputs(help_tail, stdout);
        exit(0);
    } else if (strcmp(a, "--version") == 0) {
        printf("rtrans %s\n", RTRANS_VERSION);
        exit(0);
    } else if (starts(a, "--emit-c") && (v = value_of(argc, argv, i, "--emit-c")))
        o->emit_c_dir = v;
    else if (starts(a, "--dump-ir") && (v = value_of(argc, argv, i, "--dump-ir")))
        o->dump_ir = v;
    else if (starts(a, "--cc") && (v = value_of(argc, argv, i, "--cc")))
        o->cc = v;
    else if (starts(a, "--barriers") && (v = value_of(argc, argv, i, "--barriers")))
        o->barriers = v;
    else
        return 0;
    return 1;
}

static void parse_short(DriverOptions *o, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    if (strcmp(a, "-o") == 0) {
        if (*i + 1 >= argc)
            usage_error("option '%s' needs a value", a);
        o->output = argv[++*i];
    } else if (starts(a, "-o") && a[2]) {
        o->output = a + 2;
    } else if (strcmp(a, "-O0") == 0 || strcmp(a, "-O1") == 0 || strcmp(a, "-O2") == 0
               || strcmp(a, "-O3") == 0) {
        o->opt_level = a;
    } else if (strcmp(a, "-g") == 0) {
        o->debug = 1;
    } else if (strcmp(a, "-v") == 0) {
        o->verbose = 1;
    } else {
        usage_error("unknown option '%s'", a);
    }
}

/* --dump-ir=PASS names "lower", "all" or a pass of pass_pipeline that this
 * build runs (gcbarrier without --stm, stm_* with it): anything else would
 * print nothing. */
static void check_dump_ir(const DriverOptions *o)
{
    const char *want = o->dump_ir;
    if (strcmp(want, "lower") == 0 || strcmp(want, "all") == 0)
        return;
    for (const PassDef *p = pass_pipeline; p->name; p++) {
        if (strcmp(want, p->name) != 0)
            continue;
        if (p->stm_only == 1 && !o->stm)
            usage_error("--dump-ir=%s needs --stm", want);
        if (p->stm_only == -1 && o->stm)
            usage_error("--dump-ir=%s runs only without --stm", want);
        return;
    }
    char msg[1024];
    int n = snprintf(msg, sizeof msg, "unknown pass '%s' for --dump-ir (passes: lower", want);
    for (const PassDef *p = pass_pipeline; p->name && n > 0 && (size_t)n < sizeof msg; p++)
        n += snprintf(msg + n, sizeof msg - (size_t)n, ", %s", p->name);
    if (n > 0 && (size_t)n < sizeof msg)
        snprintf(msg + n, sizeof msg - (size_t)n, ", or all)");
    usage_error("%s", msg);
}

static void parse_args(DriverOptions *o, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] == '-' && a[1] == '-' && a[2]) {
            if (!parse_long(o, argc, argv, &i))
                usage_error("unknown option '%s'", a);
        } else if (a[0] == '-' && a[1]) {
            parse_short(o, argc, argv, &i);
        } else if (o->input) {
            usage_error("more than one input file ('%s')", a);
        } else {
            o->input = a;
        }
    }
    if (!o->input)
        usage_error("%s", "no input file");
    size_t n = strlen(o->input);
    if (n < 4 || strcmp(o->input + n - 3, ".py") != 0)
        usage_error("input '%s' is not a .py file", o->input);
    if ((o->barriers || o->verify) && !o->stm)
        usage_error("%s needs --stm", o->barriers ? "--barriers" : "--verify");
    if (o->dump_ir)
        check_dump_ir(o);
}

/* A crash of the translator is an internal error too: status 70 and where
 * it happened (the return addresses; addr2line turns them into lines),
 * never a signal's 128+N.  Not under the sanitizers, whose reports are
 * better, nor with RTRANS_ABORT=1 (a debugger wants the signal). */
static void on_fatal_signal(int sig)
{
    static const char head[] = "rtrans: internal error: fatal signal ";
    char num[4] = { (char)('0' + sig / 10 % 10), (char)('0' + sig % 10), '\n', 0 };
    void *frames[64];
    int n = backtrace(frames, 64);
    if (write(2, head, sizeof head - 1) < 0 || write(2, num, 3) < 0)
        _exit(70);
    backtrace_symbols_fd(frames, n, 2);
    _exit(70);
}

static void catch_fatal_signals(void)
{
#if !defined(__SANITIZE_ADDRESS__)
    const char *a = getenv("RTRANS_ABORT");
    if (a && *a && strcmp(a, "0") != 0)
        return;
    static const int sigs[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        signal(sigs[i], on_fatal_signal);
#endif
}

int main(int argc, char **argv)
{
    catch_fatal_signals();
    DriverOptions o = { 0 };
    o.opt_level = "-O2";
    o.cc = getenv("CC");
    parse_args(&o, argc, argv);
    return drv_run(&o);
}
