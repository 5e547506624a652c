/* main.c - runs the STM passes' check suites (see tp.h). */
#include "tests/passes/tp.h"

#include <stdlib.h>

int main(void)
{
    SRunner *sr = srunner_create(tp_stm_suite());
    srunner_add_suite(sr, tp_report_suite());
    srunner_add_suite(sr, tp_frozen_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
