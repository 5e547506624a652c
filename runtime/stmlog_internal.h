/* stmlog_internal.h - the binary format of RTRANS_STM_LOG files, shared by
 * the runtime (events.c) and the reader (tools/stmlog.c).
 *
 * A file is a header followed by records.  All integers are little-endian
 * (the runtime only runs on x86-64).  Records of one thread appear in time
 * order; records of different threads are interleaved in blocks (each
 * thread buffers its records), so a reader sorts or keeps per-thread state.
 *
 *   header:  char magic[8] = "RTSTMLG1"
 *            u64 start_ns       CLOCK_MONOTONIC at start; times are relative
 *            u64 load_base      where the executable is mapped, so that code
 *                               addresses can be turned into file:line
 *            u32 nsegs, u32 exe_len, then exe_len bytes: the executable path
 *   record:  u64 time_ns, u32 thread, u8 kind, u8 nwords, u16 textlen,
 *            then nwords u64 and textlen bytes (not NUL-terminated)
 */
#ifndef RTRANS_STMLOG_INTERNAL_H
#define RTRANS_STMLOG_INTERNAL_H

#include <stdint.h>

#define STMLOG_MAGIC "RTSTMLG1"
#define STM_MARKER_LABEL_BITS 32   /* = STM_MARKER_LABEL_SHIFT of stm.h */

typedef struct stmlog_header {
    char magic[8];
    uint64_t start_ns;
    uint64_t load_base;
    uint32_t nsegs;
    uint32_t exe_len;
} stmlog_header;

typedef struct stmlog_record {
    uint64_t time_ns;
    uint32_t thread;
    uint8_t kind;
    uint8_t nwords;
    uint16_t textlen;
} stmlog_record;

/* Record kinds and their words (text in brackets). */
enum stmlog_kind {
    STMLOG_TX_START,        /* [] */
    STMLOG_TX_COMMIT,       /* [] */
    STMLOG_TX_ABORT,        /* reason (STMLOG_ABORT_*), ns lost */
    STMLOG_INEVITABLE,      /* [reason] */
    STMLOG_WAIT_START,      /* [what: "GIL", "segment", "inevitable", ...] */
    STMLOG_WAIT_END,        /* [what] */
    STMLOG_CONTENTION,      /* see STMLOG_CONFLICT_WORDS below; [type name] */
    STMLOG_MINOR_START,     /* [] */
    STMLOG_MINOR_END,       /* bytes allocated, bytes copied */
    STMLOG_MAJOR_START,     /* heap bytes */
    STMLOG_MAJOR_END,       /* heap bytes before, after */
    STMLOG_THREAD_START,    /* [] */
    STMLOG_THREAD_END,      /* [] */
    STMLOG_MARKER_LABEL,    /* label id [label]: markers whose value has
                               this id in bits 32.. name the label (the
                               line is in bits 0..31) */
    STMLOG_NKINDS
};

enum stmlog_abort_reason {
    STMLOG_ABORT_WRITE_READ,    /* another transaction committed what we read */
    STMLOG_ABORT_WRITE_WRITE,   /* lost a write-lock conflict */
    STMLOG_ABORT_INEVITABLE,    /* an inevitable transaction needed our lock */
    STMLOG_ABORT_EXPLICIT,      /* stm_abort_transaction() */
    STMLOG_ABORT_OTHER,
    STMLOG_ABORT_STRESS,        /* RTRANS_STM_ABORT_STRESS */
    STMLOG_NREASONS
};

/* Words of a STMLOG_CONTENTION record, emitted by the transaction that
 * aborted (or waited): */
enum stmlog_conflict_word {
    STMLOG_CW_KIND,          /* STMLOG_ABORT_* of the conflict */
    STMLOG_CW_OTHER_THREAD,  /* the other side's thread number (0: unknown) */
    STMLOG_CW_OBJECT,        /* offset of the object */
    STMLOG_CW_WRITER_MARKER, /* innermost marker of the writer (0: none) */
    STMLOG_CW_WRITER_CODE,   /* code address of the write barrier's caller */
    STMLOG_CW_READER_MARKER, /* innermost marker of the reader (0: unknown) */
    STMLOG_CW_READER_CODE,   /* code address of the first read */
    STMLOG_CW_LOST_NS,       /* time lost (aborted work or waiting) */
    STMLOG_CW_COUNT
};

#endif /* RTRANS_STMLOG_INTERNAL_H */
