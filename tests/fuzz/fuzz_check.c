/* fuzz_check.c - libFuzzer target over the whole frontend: lexer, parser,
 * module loading and the type checker (chk_program), with the real
 * prelude.  fuzz_frontend.c covers the parser alone, faster.
 *
 * Each input is written as the main module of a program into a private
 * directory (so `import x` finds nothing but what the input names) and
 * checked.  The checker must not crash, leak, hang or trip a sanitizer,
 * and every diagnostic must point into its file (abort() otherwise).  A
 * program without errors is also dumped with chk_dump_types.
 *
 * Build: $(B)/fuzz/fuzz-check (frontend/build.mk).  The test suite runs it
 * for a bounded time ($(B)/tests/fuzz-check) from tests/fuzz/check/corpus;
 * longer runs:
 *   build/fuzz/fuzz-check -dict=tests/fuzz/python.dict NEWDIR tests/fuzz/check/corpus
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontend/check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *sink;
static char dir[] = "/tmp/rtrans-fuzz-check-XXXXXX";
static char path[sizeof dir + 16];

static int line_width(const char *s, size_t len)
{
    int col = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\t')
            col = (col / 8 + 1) * 8;
        else if ((c & 0xC0) != 0x80)
            col++;
    }
    return col;
}

static void check_loc(const DiagCtx *d, Loc loc)
{
    if (loc.file < 0 || loc.line <= 0)
        return;
    size_t len;
    const char *line = diag_line_text(d, loc.file, loc.line, &len);
    if (!line && diag_file_text(d, loc.file, &len) && len == 0)
        return;   /* an empty file */
    if (!line || loc.col < 1 || loc.col > line_width(line, len) + 1) {
        fprintf(stderr, "bad diagnostic location %d:%d (line %s): %s\n", loc.line, loc.col,
                line ? "too short" : "missing", diag_get(d, 0)->msg);
        abort();
    }
}

static void setup(void)
{
    sink = fopen("/dev/null", "w");
    if (!sink || !mkdtemp(dir))
        abort();
    snprintf(path, sizeof path, "%s/main.py", dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!sink)
        setup();
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
        abort();
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    Program *prog = NULL;
    int errors = chk_program(d, a, path, &prog);
    for (int i = 0; i < diag_count(d); i++)
        check_loc(d, diag_get(d, i)->loc);
    diag_print(d, sink);
    if (!errors) {
        if (!prog || !prog->main)
            abort();
        chk_dump_types(prog, prog->main, sink);
    }
    arena_free(a);
    diag_free(d);
    return 0;
}
