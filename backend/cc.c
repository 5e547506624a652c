/* cc.c - compile the emitted C and link it with the runtime. */
#include "backend/backend.h"

#include <errno.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

extern char **environ;

typedef struct Argv {
    char **v;
    int n, cap;
} Argv;

static void push(Argv *a, const char *s)
{
    if (a->n + 2 > a->cap) {
        a->cap = a->cap ? a->cap * 2 : 32;
        a->v = realloc(a->v, sizeof(char *) * (size_t)a->cap);
        if (!a->v)
            IR_DIE("out of memory");
    }
    a->v[a->n++] = strdup(s);
    a->v[a->n] = NULL;
}

static void pushf(Argv *a, const char *fmt, const char *arg)
{
    char *s = NULL;
    if (asprintf(&s, fmt, arg) < 0)
        IR_DIE("out of memory");
    push(a, s);
    free(s);
}

/* GCC's %gs address space: keep loop optimisations from rewriting
 * segment-relative accesses into plain ones (stmgc's experience). */
static void push_stm_flags(Argv *a)
{
    push(a, "-DRTRANS_STM");
    push(a, "-mfsgsbase");
    push(a, "-fno-tree-loop-distribute-patterns");
}

/* The words of LIBDIR/cc-flags: what the runtime libraries were built
 * with that their users need too (the sanitizers of a debug build).  A
 * missing file means none. */
static void push_lib_flags(const CcOptions *o, Argv *a)
{
    char *path = NULL;
    if (asprintf(&path, "%s/cc-flags", o->libdir) < 0)
        IR_DIE("out of memory");
    FILE *f = fopen(path, "r");
    free(path);
    if (!f)
        return;
    char word[256];
    while (fscanf(f, "%255s", word) == 1)
        push(a, word);
    fclose(f);
}

/* RTRANS_CFLAGS: more words for the C compiler, after ours (the test
 * suite compiles the corpus with -Wall -Wextra -Werror this way). */
static void push_env_flags(Argv *a)
{
    const char *env = getenv("RTRANS_CFLAGS");
    char *copy = env ? strdup(env) : NULL, *save = NULL;
    for (char *w = copy ? strtok_r(copy, " \t", &save) : NULL; w; w = strtok_r(NULL, " \t", &save))
        push(a, w);
    free(copy);
}

static void build_argv(const CcOptions *o, Argv *a)
{
    push(a, o->cc ? o->cc : "cc");
    push(a, "-std=gnu11");
    push(a, o->opt_level ? o->opt_level : "-O2");
    if (o->debug)
        push(a, "-g");
    else
        push(a, "-g1");   /* line tables only: conflict reports name .py lines */
    push(a, "-fno-strict-aliasing");
    push_lib_flags(o, a);
    if (o->stm)
        push_stm_flags(a);
    pushf(a, "-I%s/include", o->libdir);
    push_env_flags(a);
    push(a, o->c_file);
    push(a, "-o");
    push(a, o->output);
    pushf(a, o->stm ? "%s/librtlib-stm.a" : "%s/librtlib-gil.a", o->libdir);
    pushf(a, o->stm ? "%s/librtstm.a" : "%s/librtgil.a", o->libdir);
    for (const char **x = o->extra; x && *x; x++)
        push(a, *x);
    push(a, "-lpthread");
    push(a, "-lm");
}

int cc_compile(const CcOptions *o)
{
    Argv a = { 0 };
    build_argv(o, &a);
    if (o->verbose) {
        for (int i = 0; i < a.n; i++)
            fprintf(stderr, "%s%s", i ? " " : "", a.v[i]);
        fputc('\n', stderr);
    }
    pid_t pid;
    int rc = posix_spawnp(&pid, a.v[0], NULL, NULL, a.v, environ);
    int status = -1;
    if (rc != 0)
        fprintf(stderr, "rtrans: cannot run the C compiler '%s': %s\n", a.v[0], strerror(rc));
    else if (waitpid(pid, &status, 0) < 0)
        status = -1;
    else
        status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    for (int i = 0; i < a.n; i++)
        free(a.v[i]);
    free(a.v);
    return rc != 0 ? -1 : status;
}
