/* fuzz_frontend.c - libFuzzer target over the frontend.
 *
 * Every input goes through each stage of `stages`, in pipeline order.
 * A stage must not crash, leak, hang or trip a sanitizer on any input, and
 * checks the invariants below with abort() (which libFuzzer reports):
 *   - every diagnostic that has a line points into the file: the line
 *     exists and the column is at most one past its end;
 *   - a tree returned without errors has every node on an existing line.
 *
 * Extending it (the checker, later phases): write a stage that takes the
 * text, runs the phase after parsing, and add it to `stages`.
 *
 * Build: clang -fsanitize=fuzzer,address,undefined (frontend/build.mk,
 * target $(B)/fuzz/fuzz-frontend).  A bounded run is part of the test
 * suite (tests/fuzz/test_fuzz.c); longer runs:
 *   build/fuzz/fuzz-frontend -dict=tests/fuzz/python.dict NEWDIR tests/fuzz/corpus
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *sink;

/* Display width of a line: tabs to multiples of 8, one column per UTF-8
 * character, as diag.c and the lexer count. */
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

static void check_loc(const DiagCtx *d, Loc loc, const char *what)
{
    if (loc.file < 0 || loc.line <= 0)
        return;
    size_t len;
    const char *line = diag_line_text(d, loc.file, loc.line, &len);
    if (!line && loc.line == 1 && diag_file_text(d, loc.file, &len) && len == 0)
        return;   /* an empty file still has a line 1 to point at */
    if (!line || loc.col < 1 || loc.col > line_width(line, len) + 1) {
        fprintf(stderr, "bad %s location %d:%d (line %s)\n", what, loc.line, loc.col,
                line ? "too short" : "missing");
        abort();
    }
}

static void check_diagnostics(const DiagCtx *d)
{
    for (int i = 0; i < diag_count(d); i++)
        check_loc(d, diag_get(d, i)->loc, "diagnostic");
}

typedef struct NodeCheck {
    const DiagCtx *diag;
} NodeCheck;

static void check_node(Ast *node, void *data)
{
    NodeCheck *nc = data;
    if (node->loc.line < 1 || node->loc.col < 1) {
        fprintf(stderr, "node %s without location\n", ast_kind_names[node->kind]);
        abort();
    }
    check_loc(nc->diag, node->loc, ast_kind_names[node->kind]);
    ast_visit_children(node, check_node, data);
}

/* Lexer, parser, error recovery, diagnostics printing, AST dump. */
static void stage_parse(const char *text, size_t len)
{
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    Ast *module = parse_string(d, a, "fuzz.py", text, len);
    check_diagnostics(d);
    diag_print(d, sink);
    if (module && !diag_errors(d)) {
        NodeCheck nc = {d};
        ast_visit_children(module, check_node, &nc);
        ast_dump(module, sink);
    }
    arena_free(a);
    diag_free(d);
}

/* The expression entry point (string annotations). */
static void stage_expression(const char *text, size_t len)
{
    DiagCtx *d = diag_new();
    Arena *a = arena_new();
    int file = diag_add_file(d, "fuzz.py", text, len);
    size_t nlen;
    const char *normalised = diag_file_text(d, file, &nlen);
    Ast *e = parse_expression(d, a, normalised, nlen, (Loc){file, 1, 1});
    if (e)
        ast_dump(e, sink);
    diag_print(d, sink);
    arena_free(a);
    diag_free(d);
}

typedef void Stage(const char *text, size_t len);

static Stage *const stages[] = {
    stage_parse,
    stage_expression,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!sink)
        sink = fopen("/dev/null", "w");
    if (!sink)
        abort();
    /* The API takes a length, but a copy without slack makes ASan catch
     * any read past it. */
    char *text = malloc(size ? size : 1);
    if (!text)
        abort();
    memcpy(text, data, size);
    for (size_t i = 0; i < sizeof stages / sizeof stages[0]; i++)
        stages[i](text, size);
    free(text);
    return 0;
}
