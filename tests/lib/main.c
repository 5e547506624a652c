/* main.c - runs the support library's check suites (one process, no fork:
 * the runtime is set up once).  With --main-case=NAME it is instead the
 * subprocess of the rt_main tests (test_main.c). */
#include "tests/lib/harness.h"
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc >= 2 && strncmp(argv[1], "--main-case=", 12) == 0)
        return th_main_case(argv[1] + 12, argc, argv);
    th_setup(argc, argv);
    SRunner *sr = srunner_create(th_suite_data());
    srunner_add_suite(sr, th_suite_str());
    srunner_add_suite(sr, th_suite_io());
    srunner_add_suite(sr, th_suite_exc());
    srunner_add_suite(sr, th_suite_thread());
    srunner_add_suite(sr, th_suite_main());
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    th_io_cleanup();
    th_teardown();
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
