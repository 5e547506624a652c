/* unicode_db.h - shape of the generated tables in unicode_db.c (private to
 * unicode.c). */
#ifndef RTRANS_UNICODE_DB_H
#define RTRANS_UNICODE_DB_H

#include <stdint.h>
#include <stddef.h>

/* Sorted, disjoint, inclusive ranges of code points having a property. */
typedef struct rt_range_tab {
    const uint32_t (*r)[2];
    size_t n;
} rt_range_tab;

/* A code point whose mapping differs from itself: n (1..3) code points. */
typedef struct rt_case_row {
    uint32_t cp;
    uint32_t n;
    uint32_t map[3];
} rt_case_row;

typedef struct rt_case_tab {
    const rt_case_row *rows;   /* sorted by cp */
    size_t n;
} rt_case_tab;

typedef struct rt_uc_tables {
    rt_range_tab space, alpha, decimal, digit, numeric, upper, lower, title,
                 cased, case_ignorable, printable, xid_start, xid_continue;
    rt_case_tab case_upper, case_lower, case_title, case_fold;
    const uint32_t *decimal_zero;  /* code point of each '0' of a digit run */
    size_t ndecimal_zero;
} rt_uc_tables;

extern const rt_uc_tables rt_uc_db;

#endif /* RTRANS_UNICODE_DB_H */
