/* main_gil.c - the GIL build's runtime suite: GC tests and GIL tests. */
#include "tests/runtime/rtt.h"

#include <stdlib.h>

/* Under AddressSanitizer (debug builds) freed malloc memory sits in a
 * 256 MB quarantine, which the tests that bound the resident size would
 * count as a leak; keep it small.  Ignored in release builds. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "quarantine_size_mb=16";
}

int main(void)
{
    SRunner *sr = srunner_create(rtt_gc_suite());
    srunner_add_suite(sr, rtt_gil_suite());
    srunner_add_suite(sr, rtt_containers_suite());
    srunner_add_suite(sr, rtt_liveness_suite());
    srunner_add_suite(sr, rtt_weakref_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
