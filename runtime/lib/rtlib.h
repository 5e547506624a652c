/* rtlib.h - the rtrans support library: the built-in types and modules that
 * translated programs and the prelude (runtime/prelude/builtins.py) call.
 *
 * Built on the runtime API of runtime/stm.h.  Two archives hold the same
 * code: librtlib-gil.a (with librtgil.a) and librtlib-stm.a (-DRTRANS_STM,
 * with librtstm.a).  Sections, by source file:
 *
 *   conventions, exceptions, type ids ... (this header, top)
 *   str.c       str objects: layout hidden behind constructors/accessors
 *   strmeth.c   str methods (find, split, strip, replace, case, ...)
 *   unicode.c   character classes and case mappings (unicode_db.c: tables)
 *   num.c       int/float repr, parsing, rounding, arithmetic, hashing
 *   format.c    the format-spec mini-language of f-strings
 *   io.c        stdout/stderr/stdin and open() files
 *   exc.c       raising, tracebacks
 *   main.c      rt_main: program start-up and shut-down
 *   thread.c    threading: threads and locks
 *   sysmod.c    time, os, math
 *
 * ==========================================================================
 * CONVENTIONS
 * ==========================================================================
 *
 * Calling convention of externs.  int is int64_t, float is double, bool is
 *   uint8_t (0 or 1), every object (str, file, lock, list, ...) is stm_ref.
 *   An optional argument or result (`str | None`) is 0 for None.
 *
 * Indices.  Functions taking `start`/`end` (find, count, startswith, ...)
 *   apply Python's slice rules themselves (negative values count from the
 *   end, out-of-range values are clipped), so the prelude passes the user's
 *   values through; the prelude's defaults are start=0, end=INT64_MAX.
 *   rt_str_getitem() handles negative indices; rt_str_char_at() and
 *   rt_str_ord_at() expect 0 <= i < len (iteration).
 *
 * Raising.  A function that fails stores a new exception in stm_tl.exc and
 *   returns (its result is then meaningless, usually 0).  Callers test
 *   stm_tl.exc after every call that can raise; this header marks those
 *   "Raises".  Exception classes are defined in the prelude, so the program
 *   supplies a factory (rt_program.make_exc) that builds one from an
 *   RT_EXC_* kind and a message.
 *
 * Allocation and the shadow stack.  Every function returning a new object
 *   may collect ("may collect" is implied by returning stm_ref).  Arguments
 *   are passed in C locals: a function of this library that allocates keeps
 *   its reference arguments in shadow-stack slots across the allocation, so
 *   callers need not; callers must reload their own references afterwards.
 *
 * Lists built in C.  Functions returning list[str] (split, splitlines,
 *   readlines, sys.argv) build the prelude's list through two callbacks of
 *   the program: rt_program.str_list_new and str_list_append.
 *
 * Unicode.  Character classes (isalpha, isspace, ...), full case mappings
 *   (special casing such as 'ß'.upper() == 'SS', final sigma in lower()),
 *   decimal digits of every script (int('١٢'), float('١.٥')), printability
 *   (repr) and identifiers come from tables generated out of CPython 3.11's
 *   own behaviour (unicode_db.c, Unicode 14.0.0): every code point behaves
 *   as in CPython, not only ASCII and Latin-1.
 *
 * Invalid text.  Bytes that are not UTF-8 in a file or stdin raise
 *   UnicodeError with CPython's UnicodeDecodeError message ("'utf-8' codec
 *   can't decode byte 0xff in position 4: invalid start byte"; positions
 *   count from the start of the line or read() chunk, CPython counts within
 *   its decoder's buffer).  Writing a lone surrogate raises UnicodeError
 *   with the UnicodeEncodeError message; tracebacks on stderr show it as
 *   \udxxx (CPython's backslashreplace).  sys.argv and os.environ bytes that
 *   are not UTF-8 decode as CPython's surrogateescape does.
 *
 * STM (why each function needs no barrier, or which one it takes).
 *   - str objects are immutable once built.  A str under construction is
 *     reachable only from the thread building it.  Inside this library it
 *     is built and filled before any safe point, so it needs no barrier.
 *     The prelude's builder (rt_str_alloc + rt_str_copy_into) may run
 *     across transaction breaks, so rt_str_copy_into takes stm_write() on
 *     the destination (free when already taken).  Reading a str needs no
 *     stm_read: its contents never change once another piece of code can
 *     see it.
 *   - The cached hash of a str is a benign race: every writer stores the
 *     same deterministic value, and a lost or undone store only means it is
 *     computed again.
 *   - Numbers, formatting, parsing: no heap state besides fresh strs.
 *   - Files (including sys.std*): their state (descriptor, buffers, closed
 *     flag) lives in C memory, not in the GC heap; the GC object only
 *     points to it.  Every file operation is I/O: in the STM build it makes
 *     the transaction inevitable first (stm_become_inevitable), so it never
 *     runs twice; except writes and flushes of sys.stdout and sys.stderr
 *     in a program with several threads, which wait in the transaction's
 *     batch until it commits and are then written in commit order
 *     (io_defer.c).  rt_write() (the runtime's own messages, errors
 *     ignored) waits for the commit in any transaction that may abort.
 *   - Blocking calls (input, the *_blocking reads of stdin, sleep, join, a
 *     contended Lock.acquire) leave the transactional zone while they
 *     block; their externs must be declared "blocking".  Those
 *     returning nothing return outside a transaction (the generated caller
 *     starts the next one, stm.h's restart protocol).  Those returning an
 *     object (input, the *_blocking reads) start their own transaction to build
 *     it, keep it in a per-thread global root, and commit before returning
 *     if their frame is the root; the object stays valid (it is old, and
 *     old objects never move) and alive until the thread's next such call.
 *   - Locks keep their state in the GC object and use stm_read/stm_write,
 *     so acquiring and releasing are transactional (an aborted acquire is
 *     undone; two transactions taking one lock conflict).  Waiters are woken
 *     by an on-commit callback of the releasing transaction.
 *   - Thread start creates the OS thread in an on-commit callback, so an
 *     aborted start creates nothing and the new thread sees its argument
 *     committed.
 *   - Tracebacks are per-thread C state; the first change in a transaction
 *     saves a copy that an on-abort callback restores.
 *   - C temporaries (malloc'd buffers) that live across a safe point are
 *     tracked per thread; an abort frees those of the aborted transaction
 *     (the longjmp skips the frees).
 */
#ifndef RTRANS_RTLIB_H
#define RTRANS_RTLIB_H

#include <stdint.h>
#include <stddef.h>
#include "runtime/stm.h"

/* ==========================================================================
 * Exceptions (exc.c)
 * ========================================================================== */

/* Kinds the library raises; the program's make_exc maps each to the class
 * of the same name in the prelude.  RT_EXC_KINDS(X) is the one list:
 * X(KIND, "ClassName"). */
#define RT_EXC_KINDS(X) \
    X(BASE_EXCEPTION, "BaseException") \
    X(EXCEPTION, "Exception") \
    X(VALUE_ERROR, "ValueError") \
    X(INDEX_ERROR, "IndexError") \
    X(KEY_ERROR, "KeyError") \
    X(ZERO_DIVISION_ERROR, "ZeroDivisionError") \
    X(OVERFLOW_ERROR, "OverflowError") \
    X(TYPE_ERROR, "TypeError") \
    X(ATTRIBUTE_ERROR, "AttributeError") \
    X(RUNTIME_ERROR, "RuntimeError") \
    X(RECURSION_ERROR, "RecursionError") \
    X(STOP_ITERATION, "StopIteration") \
    X(EOF_ERROR, "EOFError") \
    X(OS_ERROR, "OSError") \
    X(FILE_NOT_FOUND_ERROR, "FileNotFoundError") \
    X(PERMISSION_ERROR, "PermissionError") \
    X(IS_A_DIRECTORY_ERROR, "IsADirectoryError") \
    X(NOT_A_DIRECTORY_ERROR, "NotADirectoryError") \
    X(FILE_EXISTS_ERROR, "FileExistsError") \
    X(BROKEN_PIPE_ERROR, "BrokenPipeError") \
    X(MEMORY_ERROR, "MemoryError") \
    X(UNICODE_ERROR, "UnicodeError") \
    X(UNICODE_DECODE_ERROR, "UnicodeDecodeError") \
    X(UNICODE_ENCODE_ERROR, "UnicodeEncodeError") \
    X(NOT_IMPLEMENTED_ERROR, "NotImplementedError") \
    X(ASSERTION_ERROR, "AssertionError") \
    X(SYSTEM_EXIT, "SystemExit") \
    X(KEYBOARD_INTERRUPT, "KeyboardInterrupt") \
    X(NAME_ERROR, "NameError") \
    X(LOOKUP_ERROR, "LookupError") \
    X(ARITHMETIC_ERROR, "ArithmeticError")

typedef enum rt_exc_kind {
#define RT_EXC_ENUM_(kind, name) RT_EXC_##kind,
    RT_EXC_KINDS(RT_EXC_ENUM_)
#undef RT_EXC_ENUM_
    RT_EXC_COUNT
} rt_exc_kind;

/* Name of a kind as Python spells it ("ValueError"; "Exception" for a
 * number that is no kind).  Inline so that the translator (passes/lower.c,
 * which maps each kind to its prelude class) and the library read the one
 * table without linking each other. */
/* An int compared with a float exactly, as CPython compares them
 * (2**53 + 1 > 9007199254740992.0 is true; converting the int to a float
 * first made it equal).  Rounding to the nearest float keeps the order,
 * so only equal conversions need a second look: then f is a whole number
 * and, below 2**63, an exact int64.  A NaN is unordered: only != holds.
 * op is an RT_CMP_*; inline, so a constant operand folds away. */
enum { RT_CMP_LT, RT_CMP_LE, RT_CMP_EQ, RT_CMP_NE, RT_CMP_GT, RT_CMP_GE };

static inline uint8_t rt_int_float_compare(int64_t i, double f, int64_t op)
{
    double d = (double)i;
    int c;                                   /* -1, 0, 1; 2: unordered */
    if (f != f)
        c = 2;
    else if (d != f)
        c = d < f ? -1 : 1;
    else if (f >= 9223372036854775808.0)
        c = -1;                              /* i < 2**63 == f */
    else
        c = i < (int64_t)f ? -1 : i > (int64_t)f;
    switch (op) {
    case RT_CMP_LT: return c == -1;
    case RT_CMP_LE: return c == -1 || c == 0;
    case RT_CMP_EQ: return c == 0;
    case RT_CMP_NE: return c != 0;
    case RT_CMP_GT: return c == 1;
    default: return c == 0 || c == 1;
    }
}

static inline const char *rt_exc_kind_name(int kind)
{
    switch (kind) {
#define RT_EXC_CASE_(kind, name) case RT_EXC_##kind: return name;
    RT_EXC_KINDS(RT_EXC_CASE_)
#undef RT_EXC_CASE_
    default: return "Exception";
    }
}

/* Raise kind with a message formatted by printf rules (UTF-8). */
__attribute__((format(printf, 2, 3)))
void rt_raise(int kind, const char *fmt, ...);
/* Raise kind with a message that is already a str (0: no message). */
void rt_raise_str(int kind, stm_ref msg);
/* Raise the OSError subclass CPython raises for errno (FileNotFoundError,
 * BrokenPipeError, ... or OSError), worded as CPython words it:
 * "[Errno 2] No such file or directory: 'path'" (path may be 0). */
void rt_raise_errno(int err, stm_ref path);

/* Asynchronous exceptions (async.c): SIGINT as KeyboardInterrupt.  The
 * flag is nonzero while one waits in this thread; generated code tests it
 * at its interruptible polls (with the runtime's poll word: one load of
 * stm_tl.poll_or_async) and calls rt_async_raise, which raises it
 * (becoming inevitable first under --stm) and returns 1, or returns 0. */
#define rt_async_pending (stm_tl.async)   /* RT_ASYNC_* bits: stm.h */
int rt_async_raise(void);

/* Traceback records.  Generated code keeps one static record per call
 * site and adds it as an exception leaves a frame, innermost first. */
typedef struct rt_tbloc {
    const char *file;       /* as given to rtrans, e.g. "prog.py" */
    const char *function;   /* "main", "<module>", "Node.length" */
    int32_t line;
} rt_tbloc;

/* A new exception is being raised in this thread: forget the old trace. */
void rt_tb_reset(void);
void rt_tb_add(const rt_tbloc *loc);
/* Print "Traceback (most recent call last):", the frames (with source lines
 * when the file can be read; the last 1000; runs of one frame folded as
 * "[Previous line repeated N more times]"), then "Name: message" or "Name"
 * to stderr.  Records with line <= 0 (scaffolding) are not shown.  No
 * 3.11-style ^^^ markers: the records carry no columns. */
void rt_print_exception(stm_ref exc);

/* ==========================================================================
 * Type ids
 * ========================================================================== */

/* stm.h leaves the split of type ids to the library: the table given to
 * stm_setup is rt_lib_types[] (tids 0 .. RT_TID_LIB_END-1) followed by the
 * program's table, whose first entry has tid RT_TID_PROGRAM_FIRST.  Tid 0 is
 * reserved (never allocated) so that a zeroed header is recognisable. */
enum {
    RT_TID_RESERVED = 0,
    RT_TID_STR1,            /* str, 1 byte per code point (all < 256) */
    RT_TID_STR4,            /* str, 4 bytes per code point (some >= 256) */
    RT_TID_FILE,            /* file object: points to C-side state */
    RT_TID_LOCK,            /* threading.Lock */
    RT_TID_THREAD,          /* handle of a started thread */
    RT_TID_LIB_END
};
#define RT_TID_PROGRAM_FIRST RT_TID_LIB_END

extern const stm_type rt_lib_types[RT_TID_LIB_END];

/* ==========================================================================
 * Program scaffolding (main.c)
 * ========================================================================== */

typedef struct rt_program {
    /* The program's types; tid of types[i] is RT_TID_PROGRAM_FIRST + i. */
    const stm_type *types;
    uint32_t ntypes;
    /* Runs the module initialisers in import order, then the main module's
     * body (which ends in sys.exit(main(sys.argv)), i.e. raises SystemExit).
     * Called inside a transaction on a thread with a 1 GiB stack; returns
     * with stm_tl.exc set or clear. */
    void (*init)(void);
    /* A new exception of class `kind` (RT_EXC_*) with message msg (a str,
     * or 0 for none).  Must not raise. */
    stm_ref (*make_exc)(int kind, stm_ref msg);
    /* The class name of exc and the text str(exc) would give (both str). */
    stm_ref (*exc_name)(stm_ref exc);
    stm_ref (*exc_message)(stm_ref exc);
    /* 1 and *code set when exc is a SystemExit (code: its int argument). */
    int (*exc_is_system_exit)(stm_ref exc, int64_t *code);
    /* 1 when exc is a KeyboardInterrupt. */
    int (*exc_is_keyboard_interrupt)(stm_ref exc);
    /* list[str] of the prelude: a new empty list, and append (may collect). */
    stm_ref (*str_list_new)(void);
    void (*str_list_append)(stm_ref list, stm_ref item);
} rt_program;

/* Set up the runtime and library, run prog->init on a big-stack thread in
 * a transaction, report an uncaught exception, wait for the other threads,
 * flush, tear down.  Returns the exit status. */
int rt_main(int argc, char **argv, const rt_program *prog);

/* For tests and embedders: the pieces of rt_main.  rt_lib_init() runs
 * inside a transaction of a registered thread after stm_setup() and
 * installs prog (its callbacks are used by the functions below); argv may
 * be NULL. */
void rt_lib_init(const rt_program *prog, int argc, char **argv);
/* Flush buffered output as CPython does at exit; returns 120 when
 * stdout or stderr could not be flushed (after reporting it), else 0. */
int rt_lib_fini(void);
const rt_program *rt_current_program(void);

/* sys.argv as the list[str] built at start-up (the same list each call). */
stm_ref rt_sys_argv(void);

/* ==========================================================================
 * str (str.c): layout is private; use these.
 * ========================================================================== */

/* Kinds of storage: 1 or 4 bytes per code point.  Strings made by this
 * library have kind 1 when all their code points are < 256; a builder's
 * output (rt_str_alloc) may be wider than needed, and every function
 * accepts that (equality, hashing and searching look at code points). */
#define RT_STR_KIND1 1
#define RT_STR_KIND4 4
/* In a string constant's kind: made at its first evaluation
 * (rt_str_const_lazy), not at start-up. */
#define RT_STR_LAZY 0x100

/* From UTF-8 bytes.  Raises UnicodeError on invalid UTF-8 (CPython's
 * UnicodeDecodeError message). */
stm_ref rt_str_from_utf8(const char *s, size_t n);
stm_ref rt_str_from_cstr(const char *s);            /* NUL-terminated UTF-8 */
stm_ref rt_str_from_latin1(const uint8_t *s, size_t n);
stm_ref rt_str_from_ucs4(const uint32_t *s, size_t n); /* any code points */
/* bytes (the prelude's _bytes.py keeps them as strs of characters < 256):
 * set byte i of a str under construction from rt_str_alloc(n, KIND1);
 * decode as UTF-8 (errors 0 strict, 1 replace, 2 ignore); encode a str. */
void rt_str_set_byte(stm_ref s, int64_t i, int64_t v);
stm_ref rt_bytes_decode_utf8(stm_ref s, int64_t errors);
stm_ref rt_str_encode_utf8(stm_ref s);
/* A string constant as the translator emits it, already in its storage
 * kind: data is length bytes (RT_STR_KIND1, Latin-1) or length uint32_t
 * code points, some >= 256 (RT_STR_KIND4).  Start-up then copies each
 * one instead of validating and decoding UTF-8 (rtpython keeps its
 * library modules as source-string constants: decoding them was 90% of
 * its start-up). */
typedef struct rt_str_const {
    const void *data;
    int64_t length;
    int kind;
} rt_str_const;
/* out[i] = the str of tab[i], for i < n, except the RT_STR_LAZY ones
 * (out[i] stays 0); out must be a registered root range (the allocations
 * may collect).  tab stays the table rt_str_const_lazy reads. */
void rt_str_make_constants(stm_ref *out, const rt_str_const *tab, size_t n);
/* A new str of the lazy constant tab[k] (the prelude's _lazy_str caches
 * it in a transactional list, so that every thread sees one object). */
stm_ref rt_str_const_lazy(int64_t k);
/* UTF-8 encoding in a malloc'd, NUL-terminated buffer (*n: its length
 * without the NUL; n may be NULL).  Raises UnicodeError for lone surrogates
 * and returns NULL.  The caller frees. */
char *rt_str_to_utf8(stm_ref s, size_t *n);

int64_t rt_str_len(stm_ref s);
int rt_str_kind(stm_ref s);
/* Code point i, 0 <= i < len (unchecked but asserted in debug builds). */
uint32_t rt_str_get(stm_ref s, int64_t i);
int64_t rt_str_ord_at(stm_ref s, int64_t i);
/* The 1-character str at i, 0 <= i < len (iteration; Latin-1 characters
 * are shared objects, no allocation). */
stm_ref rt_str_char_at(stm_ref s, int64_t i);
/* s[i], negative i counts from the end.  Raises IndexError "string index
 * out of range". */
stm_ref rt_str_getitem(stm_ref s, int64_t i);

/* Slices.  rt_str_slice: s[start:stop] with Python's clipping (the lowering
 * passes 0 and INT64_MAX for omitted bounds, which is exact for step 1).
 * rt_str_slice_step: s[start:stop:step], has_start/has_stop false for an
 * omitted bound (whose default depends on the sign of step).  Raises
 * ValueError "slice step cannot be zero". */
stm_ref rt_str_slice(stm_ref s, int64_t start, int64_t stop);
stm_ref rt_str_slice_step(stm_ref s, int64_t start, int64_t stop, int64_t step,
                          uint8_t has_start, uint8_t has_stop);

stm_ref rt_str_concat(stm_ref a, stm_ref b);
stm_ref rt_str_repeat(stm_ref s, int64_t n);        /* Raises OverflowError */
uint8_t rt_str_eq(stm_ref a, stm_ref b);
int64_t rt_str_cmp(stm_ref a, stm_ref b);           /* -1, 0, 1 by code point */
uint8_t rt_str_lt(stm_ref a, stm_ref b);
uint8_t rt_str_le(stm_ref a, stm_ref b);
uint8_t rt_str_gt(stm_ref a, stm_ref b);
uint8_t rt_str_ge(stm_ref a, stm_ref b);
/* Deterministic (same in every run and thread), cached in the object. */
int64_t rt_str_hash(stm_ref s);
uint8_t rt_str_contains(stm_ref s, stm_ref sub);    /* `sub in s` */
uint8_t rt_str_truth(stm_ref s);                    /* len != 0 */

/* Builder for join and friends: a new str of n code points of the given
 * kind (RT_STR_KIND1 or RT_STR_KIND4) to be filled with rt_str_copy_into
 * (which returns pos + len(src)).  The kind must be at least the largest
 * kind of the pieces copied in (rt_str_kind).  n == 0 gives the shared
 * empty string. */
stm_ref rt_str_alloc(int64_t n, int kind);
int64_t rt_str_copy_into(stm_ref dst, int64_t pos, stm_ref src);
/* The shared empty string. */
stm_ref rt_str_empty(void);

/* ord()/chr().  Raise TypeError "ord() expected a character, but string of
 * length N found" / ValueError "chr() arg not in range(0x110000)". */
int64_t rt_ord(stm_ref s);
stm_ref rt_chr(int64_t cp);
/* repr(s) with CPython's quoting and escaping. */
stm_ref rt_str_repr(stm_ref s);

/* ==========================================================================
 * str methods (strmeth.c).  Names follow Python; `s` is self.
 * ========================================================================== */

int64_t rt_str_find(stm_ref s, stm_ref sub, int64_t start, int64_t end);
int64_t rt_str_rfind(stm_ref s, stm_ref sub, int64_t start, int64_t end);
int64_t rt_str_index(stm_ref s, stm_ref sub, int64_t start, int64_t end);  /* Raises */
int64_t rt_str_rindex(stm_ref s, stm_ref sub, int64_t start, int64_t end); /* Raises */
int64_t rt_str_count(stm_ref s, stm_ref sub, int64_t start, int64_t end);
uint8_t rt_str_startswith(stm_ref s, stm_ref prefix, int64_t start, int64_t end);
uint8_t rt_str_endswith(stm_ref s, stm_ref suffix, int64_t start, int64_t end);

/* sep 0 = split on runs of whitespace; maxsplit < 0 = no limit.  Return
 * the prelude's list[str].  Raise ValueError "empty separator". */
stm_ref rt_str_split(stm_ref s, stm_ref sep, int64_t maxsplit);
stm_ref rt_str_rsplit(stm_ref s, stm_ref sep, int64_t maxsplit);
stm_ref rt_str_splitlines(stm_ref s, uint8_t keepends);

/* chars 0 = whitespace. */
stm_ref rt_str_strip(stm_ref s, stm_ref chars);
stm_ref rt_str_lstrip(stm_ref s, stm_ref chars);
stm_ref rt_str_rstrip(stm_ref s, stm_ref chars);

stm_ref rt_str_replace(stm_ref s, stm_ref old, stm_ref new_, int64_t count);

stm_ref rt_str_upper(stm_ref s);
stm_ref rt_str_lower(stm_ref s);
stm_ref rt_str_capitalize(stm_ref s);
stm_ref rt_str_title(stm_ref s);
stm_ref rt_str_swapcase(stm_ref s);
stm_ref rt_str_casefold(stm_ref s);

uint8_t rt_str_isdigit(stm_ref s);
uint8_t rt_str_isdecimal(stm_ref s);
uint8_t rt_str_isnumeric(stm_ref s);
uint8_t rt_str_isalpha(stm_ref s);
uint8_t rt_str_isalnum(stm_ref s);
uint8_t rt_str_isspace(stm_ref s);
uint8_t rt_str_isupper(stm_ref s);
uint8_t rt_str_islower(stm_ref s);
uint8_t rt_str_istitle(stm_ref s);
uint8_t rt_str_isidentifier(stm_ref s);
uint8_t rt_str_isascii(stm_ref s);
uint8_t rt_str_isprintable(stm_ref s);

/* fillchar: a 1-character str (TypeError "The fill character must be
 * exactly one character long" otherwise), 0 = space. */
stm_ref rt_str_ljust(stm_ref s, int64_t width, stm_ref fillchar);
stm_ref rt_str_rjust(stm_ref s, int64_t width, stm_ref fillchar);
stm_ref rt_str_center(stm_ref s, int64_t width, stm_ref fillchar);
stm_ref rt_str_zfill(stm_ref s, int64_t width);

/* partition/rpartition: the prelude builds the tuple from this index
 * (-1: not found) and slices.  Raise ValueError "empty separator". */
int64_t rt_str_partition_index(stm_ref s, stm_ref sep);
int64_t rt_str_rpartition_index(stm_ref s, stm_ref sep);

/* Character classes of one code point (unicode.c; the tables cover all of
 * Unicode as CPython 3.11's unicodedata, version 14.0.0). */
int rt_uc_isspace(uint32_t c);
int rt_uc_isalpha(uint32_t c);
int rt_uc_isdecimal(uint32_t c);
int rt_uc_isdigit(uint32_t c);
int rt_uc_isnumeric(uint32_t c);
int rt_uc_isupper(uint32_t c);
int rt_uc_islower(uint32_t c);
int rt_uc_istitle(uint32_t c);
int rt_uc_iscased(uint32_t c);
int rt_uc_iscaseignorable(uint32_t c);
int rt_uc_isprintable(uint32_t c);
int rt_uc_islinebreak(uint32_t c);
int rt_uc_isxid_start(uint32_t c);
int rt_uc_isxid_continue(uint32_t c);
/* Full case mappings: write up to 3 code points to out, return the count. */
int rt_uc_upper(uint32_t c, uint32_t out[3]);
int rt_uc_lower(uint32_t c, uint32_t out[3]);
int rt_uc_title(uint32_t c, uint32_t out[3]);
int rt_uc_fold(uint32_t c, uint32_t out[3]);
/* The decimal value of a decimal digit (any script), or -1. */
int rt_uc_decimal_value(uint32_t c);

/* ==========================================================================
 * Numbers (num.c)
 * ========================================================================== */

stm_ref rt_int_repr(int64_t v);
stm_ref rt_bool_repr(uint8_t v);                 /* "True" / "False" */
stm_ref rt_float_repr(double v);                 /* shortest round-trip */
/* The same texts in a caller's buffer (for C callers and formatting).
 * rt_float_repr_buf needs 32 bytes; returns the length. */
int rt_float_repr_buf(double v, char *buf);

/* int(s), int(s, base): Raises ValueError "invalid literal for int() with
 * base B: 'repr'" / "int() base must be >= 2 and <= 36, or 0";
 * OverflowError "integer overflow" outside int64 (documented divergence). */
int64_t rt_int_from_str(stm_ref s, int64_t base);
/* float(s): Raises ValueError "could not convert string to float: 'repr'". */
double rt_float_from_str(stm_ref s);
/* int(x) for a float: Raises OverflowError "cannot convert float infinity
 * to integer" / ValueError "cannot convert float NaN to integer", and
 * OverflowError "integer overflow" outside int64. */
int64_t rt_float_to_int(double v);

/* round(x) -> int, round(x, n) -> float, round(i, n) -> int: half to
 * even, correctly rounded from the exact binary value, as CPython. */
int64_t rt_float_round(double v);
double rt_float_round_n(double v, int64_t n);
int64_t rt_int_round_n(int64_t v, int64_t n);

/* Arithmetic with Python's results and errors.  int: Raise
 * ZeroDivisionError "integer division or modulo by zero" and
 * OverflowError "integer overflow". */
int64_t rt_int_floordiv(int64_t a, int64_t b);
int64_t rt_int_mod(int64_t a, int64_t b);
double rt_int_truediv(int64_t a, int64_t b);     /* "division by zero" */
/* Exponent < 0 raises ValueError (divergence: CPython returns a float). */
int64_t rt_int_pow(int64_t a, int64_t b);
int64_t rt_int_add(int64_t a, int64_t b);
int64_t rt_int_sub(int64_t a, int64_t b);
int64_t rt_int_mul(int64_t a, int64_t b);
int64_t rt_int_neg(int64_t a);
int64_t rt_int_abs(int64_t a);
int64_t rt_int_lshift(int64_t a, int64_t b);     /* "negative shift count" */
int64_t rt_int_rshift(int64_t a, int64_t b);
double rt_float_div(double a, double b);         /* "float division by zero" */
double rt_float_floordiv(double a, double b);    /* "float floor division by zero" */
double rt_float_mod(double a, double b);         /* "float modulo" */
/* divmod(a, b)[0] for floats: ZeroDivisionError "float divmod()" (the
 * prelude pairs it with rt_float_mod, which cannot fail after it). */
double rt_float_divmod_floor(double a, double b);
/* ZeroDivisionError "0.0 cannot be raised to a negative power",
 * OverflowError "(34, 'Numerical result out of range')", and ValueError
 * for a negative base with a fractional exponent (divergence: CPython
 * returns a complex number). */
double rt_float_pow(double a, double b);

/* hash() exactly as CPython: ints modulo 2**61-1 (-1 becomes -2), floats
 * equal to ints hash equal, inf -> 314159, nan -> 0 (rtrans has no object
 * identity for it). */
int64_t rt_int_hash(int64_t v);
int64_t rt_float_hash(double v);

/* A tuple's hash as CPython 3.8+ computes it (xxHash's mixing): start from
 * RT_TUPLE_HASH_START, fold in each item's hash in order with
 * rt_tuple_hash_add, end with rt_tuple_hash_end(acc, number of items). */
#define RT_TUPLE_HASH_START 2870177450012600261LL
int64_t rt_tuple_hash_add(int64_t acc, int64_t item_hash);
int64_t rt_tuple_hash_end(int64_t acc, int64_t n);

/* ==========================================================================
 * Format spec mini-language (format.c): f"{x:spec}".  An empty spec gives
 * str(x).  Raise ValueError with CPython's messages for invalid specs.
 * ========================================================================== */

stm_ref rt_format_int(int64_t v, stm_ref spec);
stm_ref rt_format_bool(uint8_t v, stm_ref spec);
stm_ref rt_format_float(double v, stm_ref spec);
stm_ref rt_format_str(stm_ref s, stm_ref spec);

/* ==========================================================================
 * I/O (io.c).  File objects are GC objects of type RT_TID_FILE.  All I/O
 * functions take the file object, or 0 for the default (sys.stdout for
 * writing, sys.stdin for reading).  Closed files raise ValueError "I/O
 * operation on closed file.".
 * ========================================================================== */

enum { RT_STREAM_STDOUT = 1, RT_STREAM_STDERR = 2 };

/* The one funnel for bytes to stdout/stderr (already UTF-8). */
void rt_write(int stream, const char *data, size_t n);
void rt_flush_std(void);        /* flush stdout then stderr; safe anywhere */

stm_ref rt_sys_stdin(void);
stm_ref rt_sys_stdout(void);
stm_ref rt_sys_stderr(void);

/* print(): the lowering builds the whole line (values converted to str,
 * separators, end) and writes it with one rt_print, so that lines of
 * different threads never interleave; file 0 is sys.stdout.  flush=True
 * adds rt_file_flush. */
void rt_print(stm_ref file, stm_ref s);
int64_t rt_file_write(stm_ref file, stm_ref s);   /* returns len(s) */
void rt_file_flush(stm_ref file);
/* read(n): n < 0 reads to the end. */
stm_ref rt_file_read(stm_ref file, int64_t n);
stm_ref rt_file_readline(stm_ref file);           /* "" at end of file */
stm_ref rt_file_readlines(stm_ref file);          /* list[str] */
/* Iteration: the next line, or 0 at end of file. */
stm_ref rt_file_next_line(stm_ref file);
/* The functions above never leave the transactional zone: waiting for
 * stdin keeps the (inevitable) transaction, and in the GIL build the GIL,
 * so they suit externs declared "io".  These variants leave the zone while
 * stdin has no data, letting other threads run; their extern must be
 * declared "blocking" (the caller restarts the transaction). */
stm_ref rt_file_read_blocking(stm_ref file, int64_t n);
stm_ref rt_file_readline_blocking(stm_ref file);
stm_ref rt_file_readlines_blocking(stm_ref file);
stm_ref rt_file_next_line_blocking(stm_ref file);
void rt_file_close(stm_ref file);
uint8_t rt_file_closed(stm_ref file);
/* open(path, mode) for modes "r", "w", "a", "x", with "+" (text, UTF-8;
 * "t" allowed).  Raises FileNotFoundError/OSError "[Errno N] text: 'path'"
 * and ValueError "invalid mode: 'x'".  rt_open_binary: the same for the
 * modes with "b": a binary file, whose reads return and whose writes take
 * a str of Latin-1 characters, one per byte (the prelude's bytes). */
stm_ref rt_open(stm_ref path, stm_ref mode);
stm_ref rt_open_binary(stm_ref path, stm_ref mode);
/* readline with a limit of n bytes (n < 0: none), for binary files */
stm_ref rt_file_readline_n(stm_ref file, int64_t n);
/* seek(offset, whence) (returns the new position), tell(), fileno(): as
 * CPython's, OSError from the device ("[Errno 29] Illegal seek"). */
int64_t rt_file_seek(stm_ref file, int64_t offset, int64_t whence);
int64_t rt_file_tell(stm_ref file);
int64_t rt_file_fileno(stm_ref file);
/* sys.stdin.buffer etc.: the binary object of a standard stream (others
 * raise NotImplementedError). */
stm_ref rt_file_buffer(stm_ref file);
/* input(prompt): prompt may be 0.  Raises EOFError "EOF when reading a
 * line".  Blocking: leaves the zone while stdin has no data. */
stm_ref rt_input(stm_ref prompt);

/* ==========================================================================
 * threading (thread.c)
 * ========================================================================== */

/* threading.Thread(target=f, args=...): the lowering builds the handle
 * with rt_thread_new, giving an entry stub that unpacks arg and calls the
 * target.  The thread's name is "Thread-N", N counting the handles made so
 * far; rt_thread_new_named adds CPython's " (target_name)" (static string,
 * may be NULL), rt_thread_new_target the same from a str (the lowering
 * passes the target function's name when it is known statically).  The handle keeps arg alive.  start(): the OS thread is
 * created when the calling transaction commits, runs entry(arg) in
 * transactions, and prints an uncaught exception as CPython's "Exception
 * in thread NAME:" report (SystemExit silently ends the thread).
 * RuntimeError "threads can only be started once" / "cannot join thread
 * before it is started".  join() blocks (leaves the transactional zone).
 * At the end of the program the main thread waits for every started
 * thread, as CPython does. */
stm_ref rt_thread_new(void (*entry)(stm_ref arg), stm_ref arg);
stm_ref rt_thread_new_named(void (*entry)(stm_ref arg), stm_ref arg, const char *target_name);
stm_ref rt_thread_new_target(void (*entry)(stm_ref arg), stm_ref arg, stm_ref target_name);
void rt_thread_start(stm_ref thread);
void rt_thread_join(stm_ref thread);
int64_t rt_thread_get_ident(void);
/* threading.stack_size(n): returns the previous value (0 = default 8 MiB).
 * Raises ValueError "size not valid: N bytes". */
int64_t rt_thread_stack_size(int64_t n);

stm_ref rt_lock_new(void);
/* blocking=False: returns at once; timeout -1: waits until the lock is
 * free, else at most `timeout` seconds (False when it passes).  CPython's
 * ValueError/OverflowError for a bad timeout.  RuntimeError "release
 * unlocked lock". */
#define RT_LOCK_TIMEOUT_MAX 9223372036.0    /* threading.TIMEOUT_MAX */
uint8_t rt_lock_acquire(stm_ref lock, uint8_t blocking, double timeout);
void rt_lock_release(stm_ref lock);
uint8_t rt_lock_locked(stm_ref lock);

/* rtrans.TDict and rtrans.TQueue (tcontainers.c): the prelude's access to
 * stm.h's hash table (int64 hash -> the prelude's entry chain, 0 = none)
 * and unordered queue (of the prelude's boxes; get: 0 when empty).
 * hashes(t, out): fills the Array[int] out with up to its length present
 * hashes, returns how many there are. */
stm_ref rt_thashtable_new(void);
stm_ref rt_thashtable_get(stm_ref table, int64_t hash);
void rt_thashtable_set(stm_ref table, int64_t hash, stm_ref chain);
int64_t rt_thashtable_len(stm_ref table);
int64_t rt_thashtable_hashes(stm_ref table, stm_ref out);
stm_ref rt_tqueue_new(void);
void rt_tqueue_put(stm_ref queue, stm_ref box);
stm_ref rt_tqueue_get(stm_ref queue);
/* get(True, timeout)'s wait until the queue has an item (blocking: leaves
 * the transactional zone); returns the timeout left (-1.0: unlimited;
 * 0.0: expired). */
double rt_tqueue_wait(stm_ref queue, double timeout);
int64_t rt_tqueue_len(stm_ref queue);

/* weakref.ref[T] and gc.collect() (weak.c): new(obj) takes an instance of
 * a program class; get returns it, or 0 once a collection found it
 * unreachable; gc_collect runs a full collection and returns how many
 * weak references it cleared, after gc_commit (blocking) committed the
 * caller's transaction. */
stm_ref rt_weakref_new(stm_ref target);
stm_ref rt_weakref_get(stm_ref w);
void rt_gc_commit(void);
int64_t rt_gc_collect(void);

/* The rtrans module: thin wrappers of stm.h.  transaction_break_point
 * commits when the runtime asks for a break (stm_should_break_transaction);
 * like every "blocking" function it may return outside a transaction, and
 * the caller starts the next one (stm.h, restart protocol). */
void rt_rtrans_transaction_break_point(void);
void rt_rtrans_become_inevitable(void);
void rt_rtrans_hint_commit_soon(void);
uint8_t rt_rtrans_is_atomic(void);
void rt_rtrans_enter_atomic(void);
void rt_rtrans_leave_atomic(void);  /* RuntimeError outside an atomic section */
int64_t rt_rtrans_segment_limit(void);
/* Markers live on the caller's shadow stack: push, update and pop in the
 * same function.  update/pop with no marker on top raise RuntimeError
 * (rather than overwrite the caller's GC roots). */
void rt_rtrans_push_marker(int64_t line, stm_ref label);
void rt_rtrans_update_marker(int64_t line);             /* Raises */
void rt_rtrans_pop_marker(void);                        /* Raises */

/* ==========================================================================
 * sys, time, os, math (sysmod.c)
 * ========================================================================== */

/* The recursion limit generated code checks (rtgen.h, rtg_stack_check);
 * ValueError below 1, RecursionError when not above the current depth. */
extern int64_t rt_recursion_limit;
void rt_sys_setrecursionlimit(int64_t n);
int64_t rt_sys_getrecursionlimit(void);

double rt_time_time(void);
double rt_time_perf_counter(void);
double rt_time_monotonic(void);
void rt_time_sleep(double seconds);   /* ValueError "sleep length must be non-negative" */
/* time.localtime/gmtime/mktime/strftime (sysmod.c): broken-down times as
 * an Array[int] in struct_time's order with the UTC offset last.
 * rt_time_fields fills out for secs (local time if local, else UTC) and
 * returns the zone's abbreviation; rt_time_strftime takes the zone to show
 * for %Z ("": the C library's own). */
enum {
    RT_TM_YEAR, RT_TM_MON, RT_TM_MDAY, RT_TM_HOUR, RT_TM_MIN, RT_TM_SEC,
    RT_TM_WDAY, RT_TM_YDAY, RT_TM_ISDST, RT_TM_GMTOFF, RT_TM_NFIELDS
};
stm_ref rt_time_fields(int64_t secs, int64_t local, stm_ref out);
double rt_time_mktime(stm_ref fields);
stm_ref rt_time_strftime(stm_ref format, stm_ref fields, stm_ref zone);
void rt_time_tzset(void);

stm_ref rt_os_environ_get(stm_ref name, stm_ref dflt);   /* dflt may be 0 */
void rt_os_setenv(stm_ref name, stm_ref value);   /* ValueError for a bad name */
void rt_os_unsetenv(stm_ref name);
int64_t rt_os_getpid(void);
int64_t rt_os_cpu_count(void);
__attribute__((noreturn)) void rt_os_exit(int64_t code);  /* no flushing */

/* math: ValueError "math domain error", OverflowError "math range error". */
double rt_math_sqrt(double x);
double rt_math_exp(double x);
double rt_math_log(double x);
double rt_math_log_base(double x, double base);
double rt_math_log2(double x);
double rt_math_log10(double x);
double rt_math_sin(double x);
double rt_math_cos(double x);
double rt_math_tan(double x);
double rt_math_atan(double x);
double rt_math_atan2(double y, double x);
double rt_math_fabs(double x);
double rt_math_pow(double x, double y);
int64_t rt_math_floor(double x);     /* float -> int errors as int(x) */
int64_t rt_math_ceil(double x);
int64_t rt_math_trunc(double x);
uint8_t rt_math_isnan(double x);
uint8_t rt_math_isinf(double x);
/* math.isfinite, copysign, hypot, and the remaining functions of the
 * module with CPython's error rules. */
uint8_t rt_math_isfinite(double x);
double rt_math_asin(double x);
double rt_math_acos(double x);
double rt_math_sinh(double x);
double rt_math_cosh(double x);
double rt_math_tanh(double x);
double rt_math_hypot(double x, double y);
double rt_math_copysign(double x, double y);
double rt_math_fmod(double x, double y);
int64_t rt_math_gcd(int64_t a, int64_t b);
double rt_math_log1p(double x);
double rt_math_expm1(double x);
double rt_math_exp2(double x);
double rt_math_cbrt(double x);
double rt_math_asinh(double x);
double rt_math_acosh(double x);
double rt_math_atanh(double x);
double rt_math_erf(double x);
double rt_math_erfc(double x);
double rt_math_ldexp(double x, int64_t e);
double rt_math_frexp_mant(double x);     /* frexp(x)[0] */
int64_t rt_math_frexp_exp(double x);     /* frexp(x)[1] */
double rt_math_modf_frac(double x);      /* modf(x)[0] */
double rt_math_modf_int(double x);       /* modf(x)[1] */
int64_t rt_math_isqrt(int64_t n);
/* os.path: 0 missing, 1 file, 2 directory, 3 other; os.getcwd(). */
int64_t rt_os_stat_kind(stm_ref path);
stm_ref rt_os_getcwd(void);
/* osfs.c: os.listdir (list[str]), os.stat/lstat (follow 0) writing the
 * fields below into out (an Array[int] of RT_STAT_NFIELDS), os.readlink,
 * os.chdir; OSError subclasses as CPython's. */
enum {
    RT_STAT_MODE, RT_STAT_INO, RT_STAT_DEV, RT_STAT_NLINK, RT_STAT_UID,
    RT_STAT_GID, RT_STAT_SIZE, RT_STAT_ATIME, RT_STAT_ATIME_NS, RT_STAT_MTIME,
    RT_STAT_MTIME_NS, RT_STAT_CTIME, RT_STAT_CTIME_NS, RT_STAT_BLKSIZE,
    RT_STAT_BLOCKS, RT_STAT_RDEV, RT_STAT_NFIELDS
};
stm_ref rt_os_listdir(stm_ref path);
void rt_os_stat(stm_ref path, int64_t follow, stm_ref out);
stm_ref rt_os_readlink(stm_ref path);
void rt_os_chdir(stm_ref path);
int64_t rt_random_seed_entropy(void);    /* random.seed() without argument */

#endif /* RTRANS_RTLIB_H */
