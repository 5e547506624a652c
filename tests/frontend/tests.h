/* tests.h - the frontend check suites (binary $(B)/tests/frontend). */
#ifndef RTRANS_TESTS_FRONTEND_H
#define RTRANS_TESTS_FRONTEND_H

#include <check.h>

#include "frontend/frontend.h"

Suite *lexer_suite(void);
Suite *parser_suite(void);
Suite *errors_suite(void);
Suite *diag_suite(void);

/* ast_dump of node into a malloc'd string, without the final newline. */
char *dump_string(const Ast *node);

#endif
