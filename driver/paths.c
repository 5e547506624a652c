/* paths.c - where the installed pieces are, found from the running binary
 * so that a build tree and any installation prefix work alike:
 *
 *   PREFIX/bin/rtrans, PREFIX/bin/rtrans-verify
 *   PREFIX/lib/rtrans/        the runtime archives, include/, prelude/
 *
 * (the build tree has the same shape under build/).  The prelude is found
 * by the frontend the same way (chk_default_prelude_path). */
#include "driver/driver.h"

#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

const char *drv_libdir(void)
{
    static char path[PATH_MAX + 32];
    const char *env = getenv("RTRANS_LIBDIR");
    if (env && *env)
        return env;
    if (path[0])
        return path;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n < 0)
        return "lib/rtrans";
    exe[n] = 0;
    /* .../PREFIX/bin/rtrans -> .../PREFIX; /proc/self/exe has the symbolic
     * links resolved, so a link to the binary from elsewhere works too. */
    snprintf(path, sizeof path, "%s/lib/rtrans", dirname(dirname(exe)));
    return path;
}
