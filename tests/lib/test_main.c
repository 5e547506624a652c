/* test_main.c - rt_main end to end: the test binary runs itself with
 * --main-case=NAME, which calls rt_main with a program whose init does
 * what the case needs; the test checks status, stdout and stderr. */
#include "tests/lib/harness.h"
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* --------------------------------------------------------- subprocess */

static const rt_tbloc loc_module = { "prog.py", "<module>", 1 };

static void say(const char *s)
{
    rt_print(0, th_str(s));
}

static void init_exit3(void)
{
    say("before exit\n");
    stm_tl.exc = th_system_exit(3);
}

static void init_error(void)
{
    say("out\n");
    rt_raise(RT_EXC_VALUE_ERROR, "bad");
    rt_tb_add(&loc_module);
}

static void init_argv(void)
{
    stm_ref *f = stm_push_frame(2);
    f[0] = rt_sys_argv();
    if (f[0] != rt_sys_argv())
        say("sys.argv is not one list\n");
    for (int64_t i = 1; i < th_list_len(f[0]); i++) {
        f[1] = rt_str_repr(th_list_get(f[0], i));
        rt_print(0, f[1]);
        say("\n");
    }
    stm_pop_frame(f);
}

static void from_thread(stm_ref arg)
{
    rt_print(0, arg);
}

static void init_thread(void)
{
    stm_ref *f = stm_push_frame(1);
    f[0] = rt_thread_new_named(from_thread, th_str("from thread\n"), "t");
    rt_thread_start(f[0]);
    say("main done\n");
    stm_pop_frame(f);
}

static int depth_reached;

static int recurse(int n)
{
    volatile char pad[2048];
    pad[n % 2048] = (char)n;
    if (n == 0)
        return pad[0];
    int r = recurse(n - 1) + pad[n % 2048];
    depth_reached++;
    return r;
}

static void init_deep(void)
{
    recurse(200000);       /* ~450 MiB of C stack: needs the big stack */
    char buf[64];
    snprintf(buf, sizeof buf, "deep ok %d\n", depth_reached);
    say(buf);
}

int th_main_case(const char *name, int argc, char **argv)
{
    static rt_program prog;
    prog = th_program;
    if (strcmp(name, "exit3") == 0)
        prog.init = init_exit3;
    else if (strcmp(name, "error") == 0)
        prog.init = init_error;
    else if (strcmp(name, "argv") == 0)
        prog.init = init_argv;
    else if (strcmp(name, "thread") == 0)
        prog.init = init_thread;
    else if (strcmp(name, "deep") == 0)
        prog.init = init_deep;
    else
        return 99;
    return rt_main(argc - 1, argv + 1, &prog);
}

/* -------------------------------------------------------------- tests */

typedef struct run_result {
    int status;
    char out[4096], err[4096];
} run_result;

static void read_file(int fd, char *buf, size_t cap)
{
    ssize_t n = pread(fd, buf, cap - 1, 0);
    buf[n > 0 ? n : 0] = 0;
}

static void run_case(const char *name, const char *const *extra, run_result *r)
{
    char out_path[] = "/tmp/rtlib-out-XXXXXX", err_path[] = "/tmp/rtlib-err-XXXXXX";
    int out = mkstemp(out_path), err = mkstemp(err_path);
    char arg[64];
    snprintf(arg, sizeof arg, "--main-case=%s", name);
    const char *argv[8] = { "rtlib", arg };
    int argc = 2;
    for (; extra && *extra && argc < 7; extra++)
        argv[argc++] = *extra;
    argv[argc] = NULL;
    pid_t pid = fork();
    if (pid == 0) {
        unsetenv("RTRANS_STM_STATS");    /* the cases compare stderr exactly */
        dup2(out, 1);
        dup2(err, 2);
        execv("/proc/self/exe", (char *const *)argv);
        _exit(98);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    r->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    read_file(out, r->out, sizeof r->out);
    read_file(err, r->err, sizeof r->err);
    close(out);
    close(err);
    unlink(out_path);
    unlink(err_path);
}

START_TEST(main_system_exit_status)
{
    run_result r;
    run_case("exit3", NULL, &r);
    ck_assert_int_eq(r.status, 3);
    ck_assert_str_eq(r.out, "before exit\n");
    ck_assert_str_eq(r.err, "");
}
END_TEST

START_TEST(main_uncaught_exception)
{
    run_result r;
    run_case("error", NULL, &r);
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.out, "out\n");
    ck_assert_str_eq(r.err, "Traceback (most recent call last):\n"
                            "  File \"prog.py\", line 1, in <module>\nValueError: bad\n");
}
END_TEST

START_TEST(main_argv)
{
    run_result r;
    const char *const args[] = { "x", "y z", "\xc3\xa9", "bad\xff", NULL };
    run_case("argv", args, &r);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "'x'\n'y z'\n'\xc3\xa9'\n'bad\\udcff'\n");
}
END_TEST

START_TEST(main_waits_for_threads)
{
    run_result r;
    run_case("thread", NULL, &r);
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strstr(r.out, "main done\n") && strstr(r.out, "from thread\n"),
                  "stdout: %s", r.out);
}
END_TEST

START_TEST(main_big_stack)
{
    run_result r;
    run_case("deep", NULL, &r);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "deep ok 200000\n");
}
END_TEST

Suite *th_suite_main(void)
{
    Suite *s = suite_create("rt_main");
    TCase *tc = tcase_create("rt_main");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, main_system_exit_status);
    tcase_add_test(tc, main_uncaught_exception);
    tcase_add_test(tc, main_argv);
    tcase_add_test(tc, main_waits_for_threads);
    tcase_add_test(tc, main_big_stack);
    suite_add_tcase(s, tc);
    return s;
}
