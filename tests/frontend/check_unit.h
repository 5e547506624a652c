/* check_unit.h - the checker's unit test case, added to the checker suite
 * by check_errors.c's main. */
#ifndef RTRANS_TESTS_CHECK_UNIT_H
#define RTRANS_TESTS_CHECK_UNIT_H

#include <check.h>

void check_unit_add(Suite *s);

#endif
