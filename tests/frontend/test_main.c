/* test_main.c - runs the frontend suites. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/frontend/tests.h"

char *dump_string(const Ast *node)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    ast_dump(node, f);
    fclose(f);
    if (len && buf[len - 1] == '\n')
        buf[len - 1] = '\0';
    return buf;
}

int main(void)
{
    SRunner *sr = srunner_create(lexer_suite());
    srunner_add_suite(sr, parser_suite());
    srunner_add_suite(sr, errors_suite());
    srunner_add_suite(sr, diag_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
