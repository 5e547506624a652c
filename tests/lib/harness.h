/* harness.h - the check suite of the support library (tests/lib): a small
 * stand-in for the program that rt_main normally gets (exception objects,
 * list[str]), and the transaction protocol around each test. */
#ifndef RTRANS_TESTS_LIB_HARNESS_H
#define RTRANS_TESTS_LIB_HARNESS_H

#include <check.h>
#include <stdint.h>
#include "runtime/lib/rtlib.h"

extern const rt_program th_program;
extern const stm_type th_types[];
extern const uint32_t th_ntypes;

/* Test program objects. */
int th_exc_kind(stm_ref exc);
stm_ref th_exc_msg(stm_ref exc);
int64_t th_list_len(stm_ref list);
stm_ref th_list_new(void);
void th_list_append(stm_ref list, stm_ref item);
stm_ref th_system_exit(int64_t code);
stm_ref th_list_get(stm_ref list, int64_t i);

/* Set up the runtime (the types of th_program after the library's) and
 * the library in this thread. */
void th_setup(int argc, char **argv);
void th_teardown(void);

/* str helpers: from/to a NUL-terminated UTF-8 C string (malloc'd). */
stm_ref th_str(const char *utf8);
char *th_utf8(stm_ref s);
/* Asserts s == expected (UTF-8) and frees nothing the caller owns. */
void th_assert_str(stm_ref s, const char *expected, const char *what);
/* The pending exception as "Kind: message" (malloc'd), cleared; NULL if none. */
char *th_take_exc(void);

/* Each test runs in its own transactions rooted in its frame (stm.h's
 * restart protocol), so that blocking calls inside tests work in both
 * builds. */
#define TH_TX_BEGIN(slots)                                   \
    stm_ref *th_frame = stm_push_frame((slots) < 1 ? 1 : (slots)); \
    if (STM_SETJMP()) { /* retry */ }                        \
    stm_start_transaction(th_frame)
#define TH_TX_RESUME()                                       \
    do {                                                     \
        if (!stm_in_transaction()) {                         \
            if (STM_SETJMP()) { /* retry */ }                \
            stm_start_transaction(th_frame);                 \
        }                                                    \
    } while (0)
/* The same for a helper function's own frame f. */
#define TH_TX_RESUME_F(f)                                    \
    do {                                                     \
        if (!stm_in_transaction()) {                         \
            if (STM_SETJMP()) { /* retry */ }                \
            stm_start_transaction(f);                        \
        }                                                    \
    } while (0)
#define TH_TX_END()                                          \
    do {                                                     \
        TH_TX_RESUME();                                      \
        stm_commit_transaction();                            \
        stm_pop_frame(th_frame);                             \
    } while (0)

Suite *th_suite_data(void);
Suite *th_suite_str(void);
Suite *th_suite_num(void);
Suite *th_suite_io(void);
void th_io_cleanup(void);       /* remove the io tests' temporary files */
Suite *th_suite_exc(void);
Suite *th_suite_thread(void);
Suite *th_suite_main(void);
/* Subprocess side of th_suite_main: runs rt_main for case `name`. */
int th_main_case(const char *name, int argc, char **argv);

#endif /* RTRANS_TESTS_LIB_HARNESS_H */
