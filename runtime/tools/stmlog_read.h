/* stmlog_read.h - loading an RTRANS_STM_LOG file (runtime/tools).
 * The format is described in runtime/stmlog_internal.h. */
#ifndef RTRANS_STMLOG_READ_H
#define RTRANS_STMLOG_READ_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/stmlog_internal.h"

typedef struct slog_event {
    uint64_t time_ns;
    uint32_t thread;
    uint8_t kind;
    uint8_t nwords;
    uint64_t words[STMLOG_CW_COUNT];   /* unused words are 0 */
    const char *text;                  /* NUL-terminated copy, or "" */
} slog_event;

typedef struct slog {
    stmlog_header header;
    char *exe;                         /* path of the executable */
    slog_event *events;                /* sorted by time (stable per thread) */
    size_t nevents;
    char *texts;                       /* storage of every text */
} slog;

/* Reads path into log; on failure returns -1 and sets *err to a message. */
int slog_load(const char *path, slog *log, const char **err);
void slog_free(slog *log);

#endif /* RTRANS_STMLOG_READ_H */
