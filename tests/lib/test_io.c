/* test_io.c - files, stdout buffering, stdin, input(). */
#include "tests/lib/harness.h"
#include "runtime/lib/rtlib-int.h"
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char tmpdir[] = "/tmp/rtlib-io-XXXXXX";
static int tmpdir_made;

static void make_tmpdir(void)
{
    if (!tmpdir_made && !mkdtemp(tmpdir))
        ck_abort_msg("mkdtemp failed");
    tmpdir_made = 1;
}

static stm_ref tmp_path(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    return th_str(path);
}

static char *slurp(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *fp = fopen(path, "rb");
    ck_assert_msg((fp) != 0, "expected a result");
    char *buf = calloc(1, 65536);
    size_t n = fread(buf, 1, 65535, fp);
    buf[n] = 0;
    fclose(fp);
    return buf;
}

static void write_raw(const char *name, const char *data, size_t n)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *fp = fopen(path, "wb");
    fwrite(data, 1, n, fp);
    fclose(fp);
}

START_TEST(io_write_then_read_lines)
{
    make_tmpdir();
    TH_TX_BEGIN(2);
    th_frame[0] = rt_open(tmp_path("a.txt"), th_str("w"));
    ck_assert_msg((th_frame[0]) != 0, "expected a result");
    ck_assert_int_eq(rt_file_write(th_frame[0], th_str("h\xc3\xa9llo\nw\xc3\xb6rld\r\nx\ry")), 16);
    rt_file_close(th_frame[0]);
    rt_file_close(th_frame[0]);                       /* closing twice is fine */
    char *raw = slurp("a.txt");
    ck_assert_str_eq(raw, "h\xc3\xa9llo\nw\xc3\xb6rld\r\nx\ry");
    free(raw);
    th_frame[0] = rt_open(tmp_path("a.txt"), th_str("r"));
    th_assert_str(rt_file_readline(th_frame[0]), "h\xc3\xa9llo\n", "line 1");
    th_assert_str(rt_file_read(th_frame[0], 3), "w\xc3\xb6r", "read(3)");
    th_assert_str(rt_file_readline(th_frame[0]), "ld\n", "line 2 (\\r\\n)");
    th_assert_str(rt_file_next_line(th_frame[0]), "x\n", "line 3 (\\r)");
    th_assert_str(rt_file_readline(th_frame[0]), "y", "last line");
    th_assert_str(rt_file_readline(th_frame[0]), "", "at end");
    ck_assert_msg((rt_file_next_line(th_frame[0])) == 0, "expected no result");
    rt_file_close(th_frame[0]);
    th_frame[0] = rt_open(tmp_path("a.txt"), th_str("rt"));
    th_frame[1] = rt_file_readlines(th_frame[0]);
    ck_assert_int_eq(th_list_len(th_frame[1]), 4);
    th_assert_str(th_list_get(th_frame[1], 1), "w\xc3\xb6rld\n", "readlines[1]");
    rt_file_close(th_frame[0]);
    th_frame[0] = rt_open(tmp_path("a.txt"), th_str("r"));
    th_assert_str(rt_file_read(th_frame[0], -1), "h\xc3\xa9llo\nw\xc3\xb6rld\nx\ny", "read()");
    rt_file_close(th_frame[0]);
    TH_TX_END();
}
END_TEST

START_TEST(io_append_and_errors)
{
    make_tmpdir();
    TH_TX_BEGIN(1);
    th_frame[0] = rt_open(tmp_path("b.txt"), th_str("w"));
    rt_file_write(th_frame[0], th_str("one\n"));
    rt_file_close(th_frame[0]);
    th_frame[0] = rt_open(tmp_path("b.txt"), th_str("a"));
    rt_file_write(th_frame[0], th_str("two\n"));
    rt_file_close(th_frame[0]);
    char *raw = slurp("b.txt");
    ck_assert_str_eq(raw, "one\ntwo\n");
    free(raw);

    rt_file_write(th_frame[0], th_str("x"));
    char *e = th_take_exc();
    ck_assert_str_eq(e, "ValueError: I/O operation on closed file.");
    free(e);
    rt_file_readline(th_frame[0]);
    e = th_take_exc();
    ck_assert_str_eq(e, "ValueError: I/O operation on closed file.");
    free(e);

    ck_assert_msg((rt_open(th_str("/nonexistent-dir/x.txt"), th_str("r"))) == 0, "expected no result");
    e = th_take_exc();
    ck_assert_str_eq(e, "FileNotFoundError: [Errno 2] No such file or directory: "
                        "'/nonexistent-dir/x.txt'");
    free(e);
    ck_assert_msg((rt_open(th_str("/tmp"), th_str("r"))) == 0, "expected no result");
    e = th_take_exc();
    ck_assert_str_eq(e, "IsADirectoryError: [Errno 21] Is a directory: '/tmp'");
    free(e);
    ck_assert_msg((rt_open(rt_str_from_utf8("a\0b", 3), th_str("r"))) == 0, "expected no result");
    e = th_take_exc();
    ck_assert_str_eq(e, "ValueError: embedded null byte");
    free(e);
    ck_assert(rt_os_environ_get(rt_str_from_utf8("PATH\0x", 6), th_str("dflt")) != 0);
    th_assert_str(rt_os_environ_get(rt_str_from_utf8("PATH\0x", 6), th_str("dflt")), "dflt",
                  "environ.get with NUL");
    ck_assert(rt_os_environ_get(th_str("RTLIB_SURELY_UNSET_VARIABLE"), 0) == 0);
    ck_assert_msg((rt_open(th_str("x"), th_str("q"))) == 0, "expected no result");
    e = th_take_exc();
    ck_assert_str_eq(e, "ValueError: invalid mode: 'q'");
    free(e);
    th_frame[0] = rt_open(tmp_path("b.txt"), th_str("r"));
    rt_file_write(th_frame[0], th_str("x"));
    e = th_take_exc();
    ck_assert_str_eq(e, "OSError: not writable");
    free(e);
    rt_file_close(th_frame[0]);
    TH_TX_END();
}
END_TEST

START_TEST(io_invalid_utf8_raises)
{
    make_tmpdir();
    write_raw("c.txt", "ok\nbad \xff here\n", 14);
    TH_TX_BEGIN(1);
    th_frame[0] = rt_open(tmp_path("c.txt"), th_str("r"));
    th_assert_str(rt_file_readline(th_frame[0]), "ok\n", "valid line");
    ck_assert_msg((rt_file_readline(th_frame[0])) == 0, "expected no result");
    char *e = th_take_exc();
    ck_assert_str_eq(e, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 4: "
                        "invalid start byte");
    free(e);
    rt_file_close(th_frame[0]);
    TH_TX_END();
}
END_TEST

/* A file object that dies unclosed is flushed and closed by its finalizer. */
START_TEST(io_finalizer_closes)
{
    make_tmpdir();
    TH_TX_BEGIN(1);
    th_frame[0] = rt_open(tmp_path("d.txt"), th_str("w"));
    rt_file_write(th_frame[0], th_str("buffered"));
    th_frame[0] = 0;
    for (int i = 0; i < 3; i++)
        stm_collect(1);
    TH_TX_END();
    char *raw = slurp("d.txt");
    ck_assert_str_eq(raw, "buffered");
    free(raw);
}
END_TEST

/* Runs fn with fd `fd` redirected to a file; returns what was written. */
static char *capture_fd(int fd, void (*fn)(void))
{
    char path[] = "/tmp/rtlib-cap-XXXXXX";
    int t = mkstemp(path);
    int saved = dup(fd);
    dup2(t, fd);
    fn();
    dup2(saved, fd);
    close(saved);
    lseek(t, 0, SEEK_SET);
    char *buf = calloc(1, 65536);
    ssize_t n = read(t, buf, 65535);
    buf[n > 0 ? n : 0] = 0;
    close(t);
    unlink(path);
    return buf;
}

static void print_some(void)
{
    stm_ref *f = stm_push_frame(1);
    f[0] = th_str("a\xce\xa3");
    rt_print(0, f[0]);
    rt_print(rt_sys_stdout(), th_str(" b\n"));
    rt_file_flush(0);
    stm_pop_frame(f);
}

START_TEST(io_stdout_goes_through_rt_write)
{
    TH_TX_BEGIN(1);
    char *out = capture_fd(1, print_some);
    ck_assert_str_eq(out, "a\xce\xa3 b\n");
    free(out);
    TH_TX_END();
}
END_TEST

static void stderr_some(void)
{
    rt_file_write(rt_sys_stderr(), th_str("e1 "));
    rt_write(RT_STREAM_STDERR, "e2\n", 3);
}

START_TEST(io_stderr_is_unbuffered)
{
    TH_TX_BEGIN(1);
    char *out = capture_fd(2, stderr_some);   /* no flush: written at once */
    ck_assert_str_eq(out, "e1 e2\n");
    free(out);
    TH_TX_END();
}
END_TEST

#ifdef RTRANS_STM
/* A second registered thread, idle, so that output is buffered with the
 * transaction (a single-threaded program writes at once). */
static pthread_mutex_t idle_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t idle_cond = PTHREAD_COND_INITIALIZER;
static int idle_state;          /* 1: registered, 2: asked to end */

static void *idle_thread(void *arg)
{
    (void)arg;
    stm_register_thread();
    pthread_mutex_lock(&idle_lock);
    idle_state = 1;
    pthread_cond_broadcast(&idle_cond);
    while (idle_state != 2)
        pthread_cond_wait(&idle_cond, &idle_lock);
    pthread_mutex_unlock(&idle_lock);
    stm_unregister_thread();
    return NULL;
}

static void idle_wait(int state)
{
    pthread_mutex_lock(&idle_lock);
    while (idle_state != state)
        pthread_cond_wait(&idle_cond, &idle_lock);
    pthread_mutex_unlock(&idle_lock);
}

static int defer_round;
static size_t layers_before_commit;

/* An aborted attempt's output is dropped; the retry's waits for the
 * commit, then goes through the layers (a flush record included). */
static void print_deferred(void)
{
    defer_round = 0;
    TH_TX_BEGIN(1);
    rt_print(0, th_str(defer_round ? "kept\n" : "dropped\n"));
    rt_file_flush(0);
    if (defer_round++ == 0)
        stm_abort_transaction();
    ck_assert(!stm_is_inevitable());
    layers_before_commit = rt_std_out.pend.n + rt_std_out.wbuf.n;
    TH_TX_END();
}

START_TEST(io_stdout_waits_for_commit)
{
    pthread_t th;
    idle_state = 0;
    pthread_create(&th, NULL, idle_thread, NULL);
    idle_wait(1);
    char *out = capture_fd(1, print_deferred);
    ck_assert_int_eq(layers_before_commit, 0);
    ck_assert_int_eq(defer_round, 2);
    ck_assert_str_eq(out, "kept\n");
    free(out);
    pthread_mutex_lock(&idle_lock);
    idle_state = 2;
    pthread_cond_broadcast(&idle_cond);
    pthread_mutex_unlock(&idle_lock);
    pthread_join(th, NULL);
}
END_TEST
#endif

static char *input_results;

static size_t add_result(size_t len, size_t cap, stm_ref s)
{
    char *t = th_utf8(s);
    len += (size_t)snprintf(input_results + len, cap - len, "[%s]", t);
    free(t);
    return len;
}

static void do_input(void)
{
    stm_ref *f = stm_push_frame(2);
    /* len changes after the restart points below (see stm.h) */
    size_t cap = 4096;
    volatile size_t len = 0;
    input_results = calloc(1, cap);
    f[0] = rt_input(th_str("prompt> "));
    TH_TX_RESUME_F(f);
    len = add_result(len, cap, f[0]);
    f[0] = rt_file_readline(rt_sys_stdin());
    TH_TX_RESUME_F(f);
    len = add_result(len, cap, f[0]);
    f[0] = rt_file_read(0, -1);
    TH_TX_RESUME_F(f);
    len = add_result(len, cap, f[0]);
    f[0] = rt_input(0);
    TH_TX_RESUME_F(f);
    char *e = th_take_exc();
    snprintf(input_results + len, cap - len, "[%s]", e ? e : "no exception");
    free(e);
    rt_file_flush(0);
    if (stm_is_root_frame())
        stm_commit_transaction();
    stm_pop_frame(f);
}

START_TEST(io_stdin_and_input)
{
    make_tmpdir();
    write_raw("in.txt", "first line\r\nsecond\nrest\nof it", 30);
    char path[256];
    snprintf(path, sizeof path, "%s/in.txt", tmpdir);
    int fd = open(path, O_RDONLY);
    int saved = dup(0);
    dup2(fd, 0);
    close(fd);
    TH_TX_BEGIN(1);
    char *out = capture_fd(1, do_input);
    TH_TX_END();
    dup2(saved, 0);
    close(saved);
    ck_assert_str_eq(out, "prompt> ");
    ck_assert_str_eq(input_results,
                     "[first line][second\n][rest\nof it][EOFError: EOF when reading a line]");
    free(out);
    free(input_results);
}
END_TEST

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

void th_io_cleanup(void)
{
    if (tmpdir_made)
        nftw(tmpdir, remove_entry, 8, FTW_DEPTH | FTW_PHYS);
}

Suite *th_suite_io(void)
{
    Suite *s = suite_create("io");
    TCase *tc = tcase_create("io");
    tcase_add_test(tc, io_write_then_read_lines);
    tcase_add_test(tc, io_append_and_errors);
    tcase_add_test(tc, io_invalid_utf8_raises);
    tcase_add_test(tc, io_finalizer_closes);
    tcase_add_test(tc, io_stdout_goes_through_rt_write);
    tcase_add_test(tc, io_stderr_is_unbuffered);
#ifdef RTRANS_STM
    tcase_add_test(tc, io_stdout_waits_for_commit);
#endif
    tcase_add_test(tc, io_stdin_and_input);
    suite_add_tcase(s, tc);
    return s;
}
