/* driver.h - the rtrans command: options and the pipeline that runs them.
 *
 *   main.c         option parsing, --help, --version
 *   pipeline.c     check -> lower -> passes -> emit -> cc, with timings
 *   paths.c        where the runtime is, relative to the running binary
 *   verify_main.c  the rtrans-verify command (the libclang check alone)
 */
#ifndef RTRANS_DRIVER_H
#define RTRANS_DRIVER_H

#define RTRANS_VERSION "0.1"

typedef struct DriverOptions {
    const char *input;        /* MAIN.py */
    const char *output;       /* -o */
    const char *emit_c_dir;   /* --emit-c */
    const char *dump_ir;      /* --dump-ir=PASS */
    const char *cc;           /* --cc or $CC */
    const char *opt_level;    /* -O0..-O3 */
    const char *barriers;     /* --barriers=FILE (.txt or .html) */
    int stm, debug, verbose, check_only, no_lines, verify;
} DriverOptions;

/* Run the whole translation; returns the process exit status. */
int drv_run(const DriverOptions *o);

/* $RTRANS_LIBDIR, else lib/rtrans beside the binary's bin/ folder: the
 * runtime archives, include/ and prelude/. */
const char *drv_libdir(void);

#endif
