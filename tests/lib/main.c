/* main.c - runs the support library's check suites (one process, no fork:
 * the runtime is set up once). */
#include "tests/lib/harness.h"
#include <stdlib.h>

int main(int argc, char **argv)
{
    th_setup(argc, argv);
    SRunner *sr = srunner_create(th_suite_data());
    srunner_add_suite(sr, th_suite_str());
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    th_teardown();
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
