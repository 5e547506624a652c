/* osfs.c - the os module's file-system calls: listdir, stat, lstat,
 * readlink, chdir.
 *
 * Errors are CPython's: the OSError subclass of errno with the text
 * "[Errno 2] No such file or directory: 'path'" (rt_raise_errno), and
 * ValueError "embedded null byte" for a path holding "\0".
 *
 * STM: listdir, stat, lstat and readlink only read the file system, so an
 * aborted transaction may run them again and they stay transaction-safe
 * (their externs are not "io"); chdir changes the process and makes the
 * transaction inevitable first.  A directory is read whole before the
 * first allocation (a safe point where an abort longjmps out), so no DIR
 * is left open by an abort; the names wait in tracked memory. */
#include "runtime/lib/rtlib-int.h"
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

stm_ref rt_str_from_os(const char *s);

/* path as a malloc'd C string, or NULL with the exception set. */
static char *c_path(stm_ref path)
{
    size_t len;
    char *p = rt_str_to_utf8(path, &len);
    if (p && strlen(p) != len) {
        free(p);
        rt_raise(RT_EXC_VALUE_ERROR, "embedded null byte");
        return NULL;
    }
    return p;
}

/* Appends the names of dir's entries but "." and "..", each with its NUL;
 * returns 0, or the errno of a failed read. */
static int read_names(DIR *dir, rt_cbuf *names, int64_t *count)
{
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(dir);
        if (!e)
            return errno;
        const char *n = e->d_name;
        if (strcmp(n, ".") == 0 || strcmp(n, "..") == 0)
            continue;
        rt_cbuf_append(names, n, strlen(n) + 1);
        (*count)++;
    }
}

stm_ref rt_os_listdir(stm_ref path)
{
    char *p = c_path(path);
    if (!p)
        return 0;
    DIR *dir = opendir(p);
    free(p);
    if (!dir) {
        rt_raise_errno(errno, path);
        return 0;
    }
    rt_cbuf names = {0};
    int64_t count = 0;
    int err = read_names(dir, &names, &count);
    closedir(dir);
    if (err) {
        rt_cbuf_free(&names);
        rt_raise_errno(err, path);
        return 0;
    }
    RT_FRAME(f, 2);
    f[0] = rt_list_new();
    size_t at = 0;
    for (int64_t i = 0; i < count; i++) {
        f[1] = rt_str_from_os(names.p + at);
        rt_list_append(f[0], f[1]);
        at += strlen(names.p + at) + 1;
    }
    rt_cbuf_free(&names);
    stm_ref r = f[0];
    RT_POP(f);
    return r;
}

/* The fields in the order of RT_STAT_* (rtlib.h). */
static void put_stat(const struct stat *st, int64_t *out)
{
    out[RT_STAT_MODE] = st->st_mode;
    out[RT_STAT_INO] = (int64_t)st->st_ino;
    out[RT_STAT_DEV] = (int64_t)st->st_dev;
    out[RT_STAT_NLINK] = (int64_t)st->st_nlink;
    out[RT_STAT_UID] = st->st_uid;
    out[RT_STAT_GID] = st->st_gid;
    out[RT_STAT_SIZE] = st->st_size;
    out[RT_STAT_ATIME] = st->st_atim.tv_sec;
    out[RT_STAT_ATIME_NS] = st->st_atim.tv_nsec;
    out[RT_STAT_MTIME] = st->st_mtim.tv_sec;
    out[RT_STAT_MTIME_NS] = st->st_mtim.tv_nsec;
    out[RT_STAT_CTIME] = st->st_ctim.tv_sec;
    out[RT_STAT_CTIME_NS] = st->st_ctim.tv_nsec;
    out[RT_STAT_BLKSIZE] = st->st_blksize;
    out[RT_STAT_BLOCKS] = st->st_blocks;
    out[RT_STAT_RDEV] = (int64_t)st->st_rdev;
}

void rt_os_stat(stm_ref path, int64_t follow, stm_ref out)
{
    char *p = c_path(path);
    if (!p)
        return;
    struct stat st;
    int r = follow ? stat(p, &st) : lstat(p, &st);
    free(p);
    if (r != 0) {
        rt_raise_errno(errno, path);
        return;
    }
    int64_t fields[RT_STAT_NFIELDS];
    put_stat(&st, fields);
    stm_write(out);
    rt_int_array RT_GC *a = (rt_int_array RT_GC *)out;
    for (int64_t i = 0; i < RT_STAT_NFIELDS && i < a->length; i++)
        a->items[i] = fields[i];
}

stm_ref rt_os_readlink(stm_ref path)
{
    char *p = c_path(path);
    if (!p)
        return 0;
    size_t cap = 256;
    for (;;) {
        char *buf = rt_xmalloc(cap);
        ssize_t n = readlink(p, buf, cap);
        if (n >= 0 && (size_t)n < cap) {
            buf[n] = '\0';
            free(p);
            size_t slot = rt_tmp_track(buf);
            stm_ref r = rt_str_from_os(buf);
            rt_tmp_free(slot, buf);
            return r;
        }
        int err = errno;
        free(buf);
        if (n < 0) {
            free(p);
            rt_raise_errno(err, path);
            return 0;
        }
        cap *= 2;               /* the target may be longer: read again */
    }
}

void rt_os_chdir(stm_ref path)
{
    rt_io_begin("os.chdir");        /* may abort: before the malloc */
    char *p = c_path(path);
    if (!p)
        return;
    int r = chdir(p);
    int err = errno;
    free(p);
    if (r != 0)
        rt_raise_errno(err, path);
}
