/* barrier_counts.c - static barrier counts of the STM passes: for each
 * program given, translate it in-process (check, lower, the pass pipeline
 * with --stm) and count, in the program's own files (not the prelude), the
 * accesses that a naive placement would barrier and the barriers the passes
 * placed, per kind; then the totals over all programs.
 *
 *   barrier_counts [-v] PROGRAM.py...     (-v: one row per program)
 *
 * Built and run by bench/stm/run.sh.  Exit status 1 if no program could be
 * translated.
 */
#include "frontend/check.h"
#include "passes/report.h"

#include <stdlib.h>
#include <string.h>

typedef struct Totals {
    RepCounts c;
    int programs, skipped;
} Totals;

static void add_counts(RepCounts *dst, const RepCounts *src)
{
    for (int k = 0; k < IRB__COUNT; k++) {
        dst->naive[k] += src->naive[k];
        dst->placed[k] += src->placed[k];
        for (int w = 0; w < IRW__COUNT; w++)
            dst->why[k][w] += src->why[k][w];
    }
}

/* Placed barriers at accesses (hoisted ones sit before loops). */
static int32_t at_access(const RepCounts *c, int k)
{
    return c->placed[k] - c->why[k][IRW_HOISTED];
}

static IrModule *translate(const char *path, DiagCtx *diag, Arena *arena)
{
    Program *prog = NULL;
    if (chk_program(diag, arena, path, &prog) != 0 || !prog)
        return NULL;
    LowerOptions lo = { 1 };
    IrModule *m = pass_lower(prog, diag, &lo);
    if (!m)
        return NULL;
    m->flags |= IRM_STM;
    for (const PassDef *p = pass_pipeline; p->name; p++) {
        if (p->stm_only == -1)
            continue;
        p->run(m);
        if (pass_verify(p, m, stderr) != 0) {
            ir_module_free(m);
            return NULL;
        }
    }
    return m;
}

static void row(const char *name, const RepCounts *c)
{
    printf("%-40s", name);
    for (int k = 0; k < IRB__COUNT; k++)
        if (rep_kind_counted((IrBarrierKind)k))
            printf(" %6d %6d", c->naive[k], c->placed[k]);
    printf("\n");
}

static void header(void)
{
    printf("%-40s", "");
    for (int k = 0; k < IRB__COUNT; k++)
        if (rep_kind_counted((IrBarrierKind)k))
            printf(" %13s", ir_barriers[k].word);
    printf("\n%-40s", "program");
    for (int k = 0; k < IRB__COUNT; k++)
        if (rep_kind_counted((IrBarrierKind)k))
            printf(" %6s %6s", "naive", "placed");
    printf("\n");
}

static void count_one(Totals *t, const char *path, int verbose)
{
    DiagCtx *diag = diag_new();
    Arena *arena = arena_new();
    IrModule *m = translate(path, diag, arena);
    if (!m) {
        fprintf(stderr, "barrier_counts: %s does not translate; skipped\n", path);
        t->skipped++;
    } else {
        Report r;
        rep_build(&r, m);
        add_counts(&t->c, &r.program);
        if (verbose) {
            const char *slash = strrchr(path, '/');
            row(slash ? slash + 1 : path, &r.program);
        }
        rep_free_report(&r);
        ir_module_free(m);
        t->programs++;
    }
    arena_free(arena);
    diag_free(diag);
}

static void reasons(const RepCounts *c, int k, int placed)
{
    const char *sep = "";
    for (int w = 1; w < IRW__COUNT; w++)
        if (ir_whys[w].placed == placed && c->why[k][w]) {
            printf("%s%s %d", sep, ir_whys[w].name, c->why[k][w]);
            sep = ", ";
        }
}

static void summary(const Totals *t)
{
    printf("\n%d programs (%d skipped): barriers placed against a naive placement "
           "(one barrier per access)\n", t->programs, t->skipped);
    printf("  %-11s %8s %8s %8s %8s  %s\n", "kind", "naive", "placed", "at-access", "elided",
           "elided because");
    for (int k = 0; k < IRB__COUNT; k++) {
        if (!rep_kind_counted((IrBarrierKind)k))
            continue;
        const RepCounts *c = &t->c;
        int32_t elided = c->naive[k] - at_access(c, k);
        printf("  %-11s %8d %8d %8d %7.1f%%  ", ir_barriers[k].word, c->naive[k], c->placed[k],
               at_access(c, k), c->naive[k] ? 100.0 * elided / c->naive[k] : 0.0);
        reasons(c, k, 0);
        printf("\n  %-11s %45s placed because ", "", "");
        reasons(c, k, 1);
        printf("\n");
    }
    printf("  (placed = at accesses + hoisted before loops; elided = accesses without "
           "a barrier of their own)\n");
}

int main(int argc, char **argv)
{
    Totals t = { 0 };
    int verbose = 0;
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "-v") == 0)
            verbose = 1;
    if (verbose)
        header();
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "-v") != 0)
            count_one(&t, argv[i], verbose);
    summary(&t);
    return t.programs ? 0 : 1;
}
