/* verify_main.c - rtrans-verify FILE.c...: the libclang check of emitted
 * barriers (backend/cverify.c) on its own, for C that `rtrans --stm
 * --emit-c DIR` wrote (and someone may have edited since), without
 * translating again.  `rtrans --stm --verify` runs the same check inside a
 * translation. */
#include "driver/driver.h"
#include "backend/backend.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help_text[] =
    "usage: rtrans-verify [-I DIR] [-q] FILE.c...\n"
    "Check C files emitted by 'rtrans --stm --emit-c DIR': every access to a\n"
    "field or item of a GC object must be covered by the right STM barrier on\n"
    "every path since the transaction may last have broken.\n"
    "\n"
    "options:\n"
    "  -I DIR     the folder holding backend/rtgen.h and runtime/stm.h\n"
    "             (default: include/ of the runtime, PREFIX/lib/rtrans)\n"
    "  -q         print only the errors, not each file's count line\n"
    "  --help     this text\n"
    "  --version  version information\n"
    "\n"
    "exit status: 0 every file passes, 1 barrier errors found, 2 a file\n"
    "cannot be judged (it does not compile), 64 bad usage\n";

static void usage_error(const char *what, const char *arg)
{
    fprintf(stderr, "rtrans-verify: %s%s\n", what, arg);
    fputs("Try 'rtrans-verify --help' for more information.\n", stderr);
    exit(64);
}

/* Verify one file; with -q only the report's error lines are printed. */
static int verify_one(const char *path, const char *inc, int quiet)
{
    if (!quiet)
        return cverify_file(path, inc, stdout);
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    int rc = cverify_file(path, inc, mem ? mem : stdout);
    if (mem) {
        fclose(mem);
        for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n"))
            if (strstr(line, ": error: "))
                puts(line);
        free(text);
    }
    return rc;
}

int main(int argc, char **argv)
{
    const char *inc = NULL;
    int quiet = 0, nfiles = 0, worst = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0) {
            fputs(help_text, stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("rtrans-verify %s\n", RTRANS_VERSION);
            return 0;
        } else if (strcmp(a, "-q") == 0) {
            quiet = 1;
        } else if (strcmp(a, "-I") == 0) {
            if (++i >= argc)
                usage_error("option '-I' needs a value", "");
            inc = argv[i];
        } else if (strncmp(a, "-I", 2) == 0) {
            inc = a + 2;
        } else if (a[0] == '-' && a[1]) {
            usage_error("unknown option ", a);
        }
    }
    static char dflt[4096];
    if (!inc) {
        snprintf(dflt, sizeof dflt, "%s/include", drv_libdir());
        inc = dflt;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-I") == 0) {
            i++;
            continue;
        }
        if (a[0] == '-' && a[1])
            continue;
        nfiles++;
        int rc = verify_one(a, inc, quiet);
        int status = rc < 0 ? 2 : rc > 0 ? 1 : 0;
        if (status > worst)
            worst = status;
    }
    if (nfiles == 0)
        usage_error("no input file", "");
    return worst;
}
