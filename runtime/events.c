/* events.c - the event log (RTRANS_STM_LOG=FILE) and the statistics
 * summary (RTRANS_STM_STATS=1).
 *
 * With logging off, stmi_event() is one predictable branch on stmi_log_on.
 * With it on, each thread appends records to its own buffer and writes
 * the buffer to the shared file, under a mutex, when it fills up and when
 * the thread ends.  The format is in stmlog_internal.h. */
#include "runtime/stm_internal.h"
#include "runtime/stmlog_internal.h"

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define EVBUF_FLUSH (64u * 1024u)

typedef struct stmi_evbuf {
    char *data;
    size_t len, cap;
} stmi_evbuf;

bool stmi_log_on;
bool stmi_timing;
static FILE *log_file;
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t log_start_ns;

/* Per-thread summaries of threads that have ended, for the statistics. */
typedef struct thread_summary {
    int id;
    stm_stats stats;
    uint64_t run_ns, abort_ns, wait_ns, gc_ns;
} thread_summary;
static thread_summary *retired;
static size_t nretired, cap_retired;
static uint64_t program_start_ns;

uint64_t stmi_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

extern char __executable_start;

static void write_header(void)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n < 0)
        n = 0;
    stmlog_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, STMLOG_MAGIC, 8);
    h.start_ns = log_start_ns;
    h.load_base = (uint64_t)(uintptr_t)&__executable_start;
    h.nsegs = (uint32_t)stmi_lay.nsegs;
    h.exe_len = (uint32_t)n;
    fwrite(&h, sizeof h, 1, log_file);
    fwrite(exe, 1, (size_t)n, log_file);
}

void stmi_events_init(void)
{
    program_start_ns = stmi_now_ns();
    stmi_timing = stmi_cfg.stats || stmi_cfg.log_path;
    free(retired);
    retired = NULL;
    nretired = cap_retired = 0;
    if (!stmi_cfg.log_path)
        return;
    log_file = fopen(stmi_cfg.log_path, "wb");
    if (!log_file)
        stm_fatal(2, "RTRANS_STM_LOG: cannot open '%s' for writing",
                  stmi_cfg.log_path);
    log_start_ns = program_start_ns;
    write_header();
    stmi_log_on = true;
}

static void flush_buffer(stmi_evbuf *b)
{
    if (!b->len)
        return;
    pthread_mutex_lock(&log_lock);
    if (log_file)
        fwrite(b->data, 1, b->len, log_file);
    pthread_mutex_unlock(&log_lock);
    b->len = 0;
}

void stmi_events_fini(void)
{
    if (!log_file)
        return;
    pthread_mutex_lock(&log_lock);
    stmi_log_on = false;
    fclose(log_file);
    log_file = NULL;
    pthread_mutex_unlock(&log_lock);
}

void stmi_events_thread_init(stmi_thread *t)
{
    if (!stmi_log_on)
        return;
    t->events = stmi_xcalloc(1, sizeof *t->events);
    stmi_event(t, STMLOG_THREAD_START, 0, 0, NULL);
}

void stmi_events_thread_fini(stmi_thread *t)
{
    pthread_mutex_lock(&stmi_threads_lock);
    if (nretired == cap_retired) {
        cap_retired = cap_retired ? cap_retired * 2 : 16;
        retired = stmi_xrealloc(retired, cap_retired * sizeof *retired);
    }
    retired[nretired++] = (thread_summary){t->id, t->stats, t->run_ns,
                                           t->abort_ns, t->wait_ns, t->gc_ns};
    pthread_mutex_unlock(&stmi_threads_lock);
    if (!t->events)
        return;
    stmi_event(t, STMLOG_THREAD_END, 0, 0, NULL);
    flush_buffer(t->events);
    free(t->events->data);
    free(t->events);
    t->events = NULL;
}

static void append(stmi_evbuf *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        b->cap = b->cap ? b->cap * 2 : EVBUF_FLUSH * 2;
        while (b->len + n > b->cap)
            b->cap *= 2;
        b->data = stmi_xrealloc(b->data, b->cap);
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

void stmi_event_words(stmi_thread *t, int kind, const uint64_t *words,
                    unsigned nwords, const char *text)
{
    if (!t || !t->events)
        return;
    size_t tl = text ? strlen(text) : 0;
    if (tl > 0xffff)
        tl = 0xffff;
    stmlog_record r = {
        .time_ns = stmi_now_ns() - log_start_ns,
        .thread = (uint32_t)t->id,
        .kind = (uint8_t)kind,
        .nwords = (uint8_t)nwords,
        .textlen = (uint16_t)tl,
    };
    append(t->events, &r, sizeof r);
    append(t->events, words, nwords * sizeof *words);
    append(t->events, text, tl);
    if (t->events->len >= EVBUF_FLUSH)
        flush_buffer(t->events);
}

int stm_log_enabled(void)
{
    return stmi_log_on;
}

void stm_log_marker_label(uint32_t id, const char *text)
{
    stmi_thread *t = stm_tl.priv;
    uint64_t w = id;
    if (stmi_log_on && t)
        stmi_event_words(t, STMLOG_MARKER_LABEL, &w, 1, text);
}

void stmi_event_slow(stmi_thread *t, int kind, uint64_t a, uint64_t b,
                   const char *text)
{
    uint64_t w[2] = {a, b};
    unsigned n = b ? 2 : a ? 1 : 0;
    stmi_event_words(t, kind, w, n, text);
}

/* ------------------------------------------------------------ statistics */

static void print_row(FILE *f, const char *who, const thread_summary *s)
{
    fprintf(f, "%-8s %9llu %8llu %6llu %7llu %5llu %9.1f %9.1f %9.1f %9.1f %8.1f\n",
            who, (unsigned long long)s->stats.commits,
            (unsigned long long)s->stats.aborts,
            (unsigned long long)s->stats.inevitable,
            (unsigned long long)s->stats.minor_collections,
            (unsigned long long)s->stats.major_collections,
            s->run_ns / 1e6, s->abort_ns / 1e6, s->wait_ns / 1e6,
            s->gc_ns / 1e6, s->stats.bytes_allocated / 1048576.0);
}

static void add_summary(thread_summary *to, const thread_summary *s)
{
    to->stats.commits += s->stats.commits;
    to->stats.aborts += s->stats.aborts;
    to->stats.inevitable += s->stats.inevitable;
    to->stats.minor_collections += s->stats.minor_collections;
    to->stats.major_collections += s->stats.major_collections;
    to->stats.bytes_allocated += s->stats.bytes_allocated;
    to->stats.yields += s->stats.yields;
    to->run_ns += s->run_ns;
    to->abort_ns += s->abort_ns;
    to->wait_ns += s->wait_ns;
    to->gc_ns += s->gc_ns;
}

void stmi_stats_print(void)
{
    FILE *f = stderr;
    thread_summary total = {0};
    fprintf(f, "rtrans statistics (%s build, %d segment%s, wall %.1f ms)\n",
#ifdef RTRANS_STM
            "STM",
#else
            "GIL",
#endif
            stmi_lay.nsegs, stmi_lay.nsegs == 1 ? "" : "s",
            (stmi_now_ns() - program_start_ns) / 1e6);
    fprintf(f, "%-8s %9s %8s %6s %7s %5s %9s %9s %9s %9s %8s\n", "thread",
            "commits", "aborts", "inev", "minor", "major", "run ms",
            "abort ms", "wait ms", "gc ms", "alloc MB");
    pthread_mutex_lock(&stmi_threads_lock);
    for (size_t i = 0; i < nretired && i < 32; i++) {
        char who[16];
        snprintf(who, sizeof who, "#%d", retired[i].id);
        print_row(f, who, &retired[i]);
    }
    if (nretired > 32)
        fprintf(f, "... %zu more threads\n", nretired - 32);
    for (size_t i = 0; i < nretired; i++)
        add_summary(&total, &retired[i]);
    for (stmi_thread *t = stmi_threads; t; t = t->next) {
        thread_summary s = {t->id, t->stats, t->run_ns, t->abort_ns,
                            t->wait_ns, t->gc_ns};
        char who[16];
        snprintf(who, sizeof who, "#%d", t->id);
        print_row(f, who, &s);
        add_summary(&total, &s);
    }
    pthread_mutex_unlock(&stmi_threads_lock);
    print_row(f, "total", &total);
    fprintf(f, "old generation: %.1f MB in use, limit %.1f MB\n",
            stmi_heap_used() / 1048576.0, stmi_heap_limit() / 1048576.0);
#ifdef RTRANS_STM
    stmi_pace_summary(f, total.stats.yields);
#endif
}
