/* rtrans-check FILE: parse and type-check a program with its modules and
 * the prelude; print the diagnostics; exit 1 on errors.  --types prints
 * every expression's type (chk_dump_types) of the main module. */
#include <stdio.h>
#include <string.h>

#include "frontend/check.h"

int main(int argc, char **argv)
{
    bool types = argc > 2 && strcmp(argv[1], "--types") == 0;
    if (argc != 2 && !types) {
        fprintf(stderr, "usage: rtrans-check [--types] FILE.py\n");
        return 64;
    }
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    Program *prog = NULL;
    int errors = chk_program(d, a, argv[argc - 1], &prog);
    diag_print(d, stderr);
    if (!errors && types)
        chk_dump_types(prog, prog->main, stdout);
    arena_free(a);
    diag_free(d);
    return errors ? 1 : 0;
}
