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
#include <string.h>
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

/* In the child: never returns. */
static _Noreturn void exec_child(const hs_cmd *cmd)
{
    setpgid(0, 0);
    redirect(cmd->stdin_path, 0, O_RDONLY);
    redirect(cmd->stdout_path, 1, O_WRONLY | O_CREAT | O_TRUNC);
    /* One file for both streams must share one offset, or they overwrite
     * each other. */
    if (cmd->stderr_path && cmd->stdout_path && strcmp(cmd->stderr_path, cmd->stdout_path) == 0)
        dup2(1, 2);
    else
        redirect(cmd->stderr_path, 2, O_WRONLY | O_CREAT | O_TRUNC);
    if (cmd->cwd && chdir(cmd->cwd) != 0) {
        dprintf(2, "harness: cannot chdir to %s: %s\n", cmd->cwd, strerror(errno));
        _exit(126);
    }
    for (const char **e = cmd->env; e && *e; e++)
        putenv((char *)*e);
    execvp(cmd->argv[0], cmd->argv);
    dprintf(2, "harness: cannot run %s: %s\n", cmd->argv[0], strerror(errno));
    _exit(127);
}

static void kill_group(pid_t pid)
{
    kill(-pid, SIGKILL);
    kill(pid, SIGKILL);
}

void hs_run(const hs_cmd *cmd, hs_result *res)
{
    memset(res, 0, sizeof *res);
    double start = now_seconds();
    pid_t pid = fork();
    if (pid < 0)
        HS_DIE("fork: %s", strerror(errno));
    if (pid == 0)
        exec_child(cmd);
    setpgid(pid, pid); /* also in the parent: no race with kill_group */
    int status = 0;
    struct timespec pause = {0, 2 * 1000 * 1000};
    for (;;) {
        pid_t got = waitpid(pid, &status, WNOHANG);
        if (got == pid)
            break;
        if (got < 0 && errno != EINTR)
            HS_DIE("waitpid: %s", strerror(errno));
        if (now_seconds() - start > cmd->timeout) {
            kill_group(pid);
            waitpid(pid, &status, 0);
            res->timed_out = true;
            break;
        }
        nanosleep(&pause, NULL);
        if (pause.tv_nsec < 20 * 1000 * 1000)
            pause.tv_nsec += 1000 * 1000;
    }
    kill(-pid, SIGKILL); /* leftovers of the group (a stray grandchild) */
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
