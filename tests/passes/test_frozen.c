/* test_frozen.c - frozen fields (passes/frozen.c) on a real program,
 * tests/passes/data/frozen.py: exactly the field that keeps every condition
 * of the rule is frozen, and only reads through it lose their barriers.
 * Each other class breaks one condition; a rule that forgot it would call
 * that class's field frozen and fail here. */
#include "tests/passes/tp.h"

#include <string.h>

#define DATA TP_SRCDIR "/tests/passes/data/frozen.py"

static const IrField *field_of(const IrModule *m, const char *cls, const char *name)
{
    for (int32_t s = 0; s < m->nstructs; s++)
        for (int32_t k = 0; strcmp(m->structs[s].name, cls) == 0 && k < m->structs[s].nfields; k++)
            if (strcmp(m->structs[s].fields[k].name, name) == 0)
                return &m->structs[s].fields[k];
    ck_abort_msg("no field %s.%s", cls, name);
    return NULL;
}

static int32_t func_of(const IrModule *m, const char *src_name)
{
    for (int32_t f = 0; f < m->nfuncs; f++)
        if (strcmp(m->funcs[f].src_name, src_name) == 0)
            return f;
    ck_abort_msg("no function %s", src_name);
    return -1;
}

/* Barrier notes of function fid that say why as the reason. */
static int notes_why(const IrModule *m, int32_t fid, IrWhy why)
{
    int n = 0;
    for (int32_t i = 0; i < m->nnotes; i++)
        n += m->notes[i].func == fid && m->notes[i].why == why;
    return n;
}

START_TEST(test_only_good_is_frozen)
{
    DiagCtx *diag;
    Arena *arena;
    IrModule *m = tp_compile(DATA, &diag, &arena);
    ck_assert_msg(field_of(m, "Good", "code")->frozen, "Good.code keeps the rule");
    static const char *const broken[] = {
        "LaterWrite", "WriteAfterStore", "NotFresh", "EscapesBefore",
        "EscapesInCallee", "StoredElsewhere", "Returned", "SharesInner",
    };
    for (size_t i = 0; i < sizeof broken / sizeof broken[0]; i++)
        ck_assert_msg(!field_of(m, broken[i], "code")->frozen, "%s.code is not frozen", broken[i]);
    ck_assert(!field_of(m, "Holder", "xs")->frozen);
    ir_module_free(m);
    arena_free(arena);
    diag_free(diag);
}
END_TEST

START_TEST(test_reads_through_frozen_lose_barriers)
{
    DiagCtx *diag;
    Arena *arena;
    IrModule *m = tp_compile(DATA, &diag, &arena);
    int32_t good = func_of(m, "run_good"), later = func_of(m, "run_later_write");
    ck_assert_int_gt(notes_why(m, good, IRW_FROZEN), 0);
    ck_assert_int_eq(notes_why(m, later, IRW_FROZEN), 0);
    /* a callee gets no exemption: it also reads lists that are not frozen */
    ck_assert_int_eq(notes_why(m, func_of(m, "total"), IRW_FROZEN), 0);
    ir_module_free(m);
    arena_free(arena);
    diag_free(diag);
}
END_TEST

Suite *tp_frozen_suite(void)
{
    Suite *s = suite_create("frozen");
    TCase *tc = tcase_create("frozen");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_only_good_is_frozen);
    tcase_add_test(tc, test_reads_through_frozen_lose_barriers);
    suite_add_tcase(s, tc);
    return s;
}
