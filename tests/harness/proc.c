/* Running one command with redirected standard streams, an environment
 * addition, a working directory and a wall-clock limit.  The child leads its
 * own process group so that a timeout also kills whatever it started (the
 * translator runs the C compiler). */
#include "harness.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <poll.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void redirect(const char *path, int fd, int flags)
{
    int src = open(path ? path : "/dev/null", flags, 0644);
    if (src < 0 || dup2(src, fd) < 0) {
        dprintf(2, "harness: cannot open %s: %s\n", path, strerror(errno));
        _exit(126);
    }
    close(src);
}

/* fd becomes the writing end of a pipe nobody will ever read. */
static void closed_pipe(int fd)
{
    int p[2];
    if (pipe(p) != 0 || dup2(p[1], fd) < 0) {
        dprintf(2, "harness: cannot make a pipe: %s\n", strerror(errno));
        _exit(126);
    }
    close(p[0]);
    if (p[1] != fd)
        close(p[1]);
}

static void redirect_out(int mode, const char *path, int fd)
{
    if (mode == HS_STREAM_FULL)
        redirect("/dev/full", fd, O_WRONLY);
    else if (mode == HS_STREAM_CLOSED_PIPE)
        closed_pipe(fd);
    else
        redirect(path, fd, O_WRONLY | O_CREAT | O_TRUNC);
}

/* In the child: never returns.  in_pipe: the reading end of the held-open
 * stdin pipe, or -1. */
static _Noreturn void exec_child(const hs_cmd *cmd, int in_pipe)
{
    setpgid(0, 0);
    signal(SIGPIPE, cmd->sigpipe_ignored ? SIG_IGN : SIG_DFL);
    signal(SIGINT, SIG_DFL);
    if (in_pipe >= 0)
        dup2(in_pipe, 0);
    else
        redirect(cmd->stdin_path, 0, O_RDONLY);
    redirect_out(cmd->stdout_mode, cmd->stdout_path, 1);
    /* One file for both streams must share one offset, or they overwrite
     * each other. */
    if (!cmd->stdout_mode && !cmd->stderr_mode && cmd->stderr_path && cmd->stdout_path
        && strcmp(cmd->stderr_path, cmd->stdout_path) == 0)
        dup2(1, 2);
    else
        redirect_out(cmd->stderr_mode, cmd->stderr_path, 2);
    if (cmd->cwd && chdir(cmd->cwd) != 0) {
        dprintf(2, "harness: cannot chdir to %s: %s\n", cmd->cwd, strerror(errno));
        _exit(126);
    }
    for (const char **e = cmd->env; e && *e; e++)
        putenv((char *)*e);
    if (cmd->ulimit_v > 0) {
        struct rlimit rl = {(rlim_t)cmd->ulimit_v * 1024, (rlim_t)cmd->ulimit_v * 1024};
        if (setrlimit(RLIMIT_AS, &rl) != 0) {
            dprintf(2, "harness: setrlimit: %s\n", strerror(errno));
            _exit(126);
        }
    }
    execvp(cmd->argv[0], cmd->argv);
    dprintf(2, "harness: cannot run %s: %s\n", cmd->argv[0], strerror(errno));
    _exit(127);
}

static void kill_group(pid_t pid)
{
    kill(-pid, SIGKILL);
    kill(pid, SIGKILL);
}

/* Does the file hold `line` as a whole line? */
static bool file_has_line(const char *path, const char *line)
{
    hs_buf text = {0};
    if (!path || !hs_read_file(path, &text))
        return false;
    bool found = false;
    size_t n = strlen(line);
    for (const char *p = text.data; p && !found;) {
        found = strncmp(p, line, n) == 0 && p[n] == '\n';
        p = strchr(p, '\n');
        p = p ? p + 1 : NULL;
    }
    hs_buf_free(&text);
    return found;
}

/* Waits until fd is readable or `seconds` have passed (a signal may end
 * the wait sooner: the caller looks again). */
static void wait_readable(int fd, double seconds)
{
    struct pollfd p = {.fd = fd, .events = POLLIN};
    double ms = seconds * 1000 + 1;
    poll(&p, 1, ms < 1 ? 1 : ms > 60000 ? 60000 : (int)ms);
}

void hs_run(const hs_cmd *cmd, hs_result *res)
{
    memset(res, 0, sizeof *res);
    int in_pipe[2] = {-1, -1};
    if (cmd->stdin_held_open && pipe(in_pipe) != 0)
        HS_DIE("pipe: %s", strerror(errno));
    double start = now_seconds();
    pid_t pid = fork();
    if (pid < 0)
        HS_DIE("fork: %s", strerror(errno));
    if (pid == 0) {
        if (in_pipe[1] >= 0)
            close(in_pipe[1]);
        exec_child(cmd, in_pipe[0]);
    }
    if (in_pipe[0] >= 0)
        close(in_pipe[0]);  /* the writing end stays open until the end */
    setpgid(pid, pid); /* also in the parent: no race with kill_group */
    /* Readable once the child has ended: the wait for it ends then, not at
     * the next poll (a run used to wait up to 20 ms past its end). */
    int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
    int status = 0;
    size_t signals_sent = 0;
    struct timespec pause = {0, 2 * 1000 * 1000};
    for (;;) {
        pid_t got = waitpid(pid, &status, WNOHANG);
        if (got == pid)
            break;
        if (signals_sent < cmd->nsigint_after
            && file_has_line(cmd->stdout_path, cmd->sigint_after[signals_sent])) {
            kill(pid, SIGINT);
            signals_sent++;
        }
        if (got < 0 && errno != EINTR)
            HS_DIE("waitpid: %s", strerror(errno));
        if (now_seconds() - start > cmd->timeout) {
            kill_group(pid);
            waitpid(pid, &status, 0);
            res->timed_out = true;
            break;
        }
        if (signals_sent < cmd->nsigint_after || pidfd < 0) {
            /* polls: stdout for the next line, or the exit without a pidfd */
            nanosleep(&pause, NULL);
            if (pause.tv_nsec < 20 * 1000 * 1000)
                pause.tv_nsec += 1000 * 1000;
        } else {
            wait_readable(pidfd, cmd->timeout - (now_seconds() - start));
        }
    }
    if (pidfd >= 0)
        close(pidfd);
    kill(-pid, SIGKILL); /* leftovers of the group (a stray grandchild) */
    if (in_pipe[1] >= 0)
        close(in_pipe[1]);
    res->seconds = now_seconds() - start;
    if (res->timed_out)
        return;
    if (WIFSIGNALED(status))
        res->signal = WTERMSIG(status);
    else
        res->exit_status = WEXITSTATUS(status);
    res->exec_failed = !res->signal && res->exit_status == 127;
}

char *hs_describe_result(const hs_result *res, double timeout)
{
    if (res->timed_out)
        return hs_printf("timed out after %g s", timeout);
    if (res->signal)
        return hs_printf("killed by signal %d (%s)", res->signal, strsignal(res->signal));
    return hs_printf("exit status %d", res->exit_status);
}
