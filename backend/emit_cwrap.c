/* emit_cwrap.c - the C wrappers of C imports (docs/internals.md, "C imports").
 *
 * A call of a function of a system header (`libm.sqrt(x)`, frontend/
 * cimport.c) is a CALL_EXTERN of a wrapper whose extern carries an IrCFunc
 * (ir.h): the C function's name and its canonical C result and parameter
 * types.  emit_cimport_wrappers() defines one static wrapper per such
 * extern, after the includes (emit_c.c includes each extern's header once).
 *
 * A wrapper converts its arguments in order, each one checked first: an
 * integer outside the C type's range raises OverflowError, a str becomes a
 * malloc'd NUL-terminated UTF-8 copy (UnicodeError for a lone surrogate,
 * ValueError for a NUL character).  On the first failing argument it frees
 * the copies already made and returns with the exception set; otherwise it
 * calls the function, frees the copies and converts the result (a char *
 * is copied into a str, NULL giving 0, i.e. None; an unsigned 64-bit value
 * above INT64_MAX raises OverflowError).  The lowering flags the extern
 * IRX_RAISES|IRX_ALLOC exactly when one of these conversions may fail.
 *
 * Floating-point arguments pass through volatile locals: GCC evaluates a
 * call of a math function it knows (cbrt, pow, sin...) whose arguments are
 * constants at compile time, correctly rounded, where libm (which CPython
 * calls) may differ in the last bit: cbrt(27.0) is 3.0 folded but
 * 3.0000000000000004 from glibc.  The call must reach libm.
 *
 * The function is called by its plain name: where the header also defines
 * a function-like macro of that name, C's library rules (C11 7.1.4) make
 * the two equivalent, and a plain call is what the C verifier
 * (backend/cverify.c) resolves to the extern's effects.
 */
#include "backend/emit.h"

static void emit_cimport_helpers(Emitter *e)
{
    emit_printf(e, "\n/* ---- C imports ---- */\n#include <stdlib.h>\n"
                   "__attribute__((cold, noinline, unused))\n"
                   "static void rtc_arg_range(const char *fn, int i, const char *type)\n{\n"
                   "    rt_raise(RT_EXC_OVERFLOW_ERROR, \"argument %%d of '%%s' does not fit in C "
                   "'%%s'\", i, fn, type);\n}\n"
                   "__attribute__((unused)) static char *rtc_str_arg(stm_ref s)\n{\n"
                   "    size_t n;\n    char *p = rt_str_to_utf8(s, &n);\n"
                   "    if (p && strlen(p) != n) {\n        free(p);\n"
                   "        rt_raise(RT_EXC_VALUE_ERROR, \"embedded null byte\");\n"
                   "        return NULL;\n    }\n    return p;\n}\n");
}

/* The test of argument i against its C type's range, or 0 if none. */
static int emit_arg_check(Emitter *e, const IrCFunc *cf, int32_t i)
{
    const IrCType *t = &cf->params[i];
    if (t->kind == IRC_STR) {
        emit_printf(e, "    if (!(s%d = rtc_str_arg(a%d)))\n        goto fail;\n", i, i);
        return 1;
    }
    if (t->kind == IRC_SIGNED && t->bits < 64)
        emit_printf(e, "    if (a%d < INT64_C(%lld) || a%d > INT64_C(%lld)) {\n", i,
                    -(1LL << (t->bits - 1)), i, (1LL << (t->bits - 1)) - 1);
    else if (t->kind == IRC_UNSIGNED && t->bits < 64)
        emit_printf(e, "    if (a%d < 0 || a%d > INT64_C(%lld)) {\n", i, i, (1LL << t->bits) - 1);
    else if (t->kind == IRC_UNSIGNED)
        emit_printf(e, "    if (a%d < 0) {\n", i);
    else
        return 0;
    emit_printf(e, "        rtc_arg_range(\"%s\", %d, \"%s\");\n        goto fail;\n    }\n",
                cf->name, i + 1, t->spelling);
    return 1;
}

static void emit_cimport_call(Emitter *e, const IrExtern *x)
{
    const IrCFunc *cf = x->cfunc;
    emit_printf(e, "    ");
    if (cf->ret.kind != IRC_VOID)
        emit_printf(e, "%s%sr = ", cf->ret.kind == IRC_STR ? "const char *" : cf->ret.spelling,
                    cf->ret.kind == IRC_STR ? "" : " ");
    emit_printf(e, "%s(", cf->name);
    for (int32_t i = 0; i < x->nparams; i++) {
        if (cf->params[i].kind == IRC_STR)
            emit_printf(e, "%ss%d", i ? ", " : "", i);
        else
            emit_printf(e, "%s(%s)%c%d", i ? ", " : "", cf->params[i].spelling,
                        cf->params[i].kind == IRC_FLOAT ? 'v' : 'a', i);
    }
    emit_printf(e, ");\n");
    for (int32_t i = 0; i < x->nparams; i++)
        if (cf->params[i].kind == IRC_STR)
            emit_printf(e, "    free(s%d);\n", i);
}

static void emit_cimport_result(Emitter *e, const IrCFunc *cf)
{
    switch (cf->ret.kind) {
    case IRC_VOID:
        emit_printf(e, "    return;\n");
        return;
    case IRC_STR:
        emit_printf(e, "    return r ? rt_str_from_cstr(r) : 0;\n");
        return;
    case IRC_FLOAT:
        emit_printf(e, "    return (double)r;\n");
        return;
    case IRC_UNSIGNED:
        if (cf->ret.bits >= 64)
            emit_printf(e, "    if (r > (%s)INT64_MAX) {\n        rt_raise(RT_EXC_OVERFLOW_ERROR, "
                           "\"result of '%s' does not fit in a 64-bit int\");\n"
                           "        return 0;\n    }\n", cf->ret.spelling, cf->name);
        break;
    default:
        break;
    }
    emit_printf(e, "    return (int64_t)r;\n");
}

static void emit_cimport_wrapper(Emitter *e, const IrExtern *x)
{
    const IrCFunc *cf = x->cfunc;
    emit_printf(e, "\n/* %s from <%s> */\nstatic %s %s(", cf->name, x->header,
                emit_ctype((IrKind)x->ret.kind), x->c_name);
    for (int32_t i = 0; i < x->nparams; i++)
        emit_printf(e, "%s%s a%d", i ? ", " : "", emit_ctype((IrKind)x->params[i].kind), i);
    emit_printf(e, "%s)\n{\n", x->nparams ? "" : "void");
    for (int32_t i = 0; i < x->nparams; i++)
        if (cf->params[i].kind == IRC_STR)
            emit_printf(e, "    char *s%d = NULL;\n", i);
        else if (cf->params[i].kind == IRC_FLOAT)
            emit_printf(e, "    volatile double v%d = a%d;\n", i, i);
    int checks = 0;
    for (int32_t i = 0; i < x->nparams; i++)
        checks |= emit_arg_check(e, cf, i);
    emit_cimport_call(e, x);
    emit_cimport_result(e, cf);
    if (checks) {
        emit_printf(e, "fail:\n");
        for (int32_t i = 0; i < x->nparams; i++)
            if (cf->params[i].kind == IRC_STR)
                emit_printf(e, "    free(s%d);\n", i);
        emit_printf(e, "    return%s;\n", cf->ret.kind == IRC_VOID ? "" : " 0");
    }
    emit_printf(e, "}\n");
}

void emit_cimport_wrappers(Emitter *e)
{
    int any = 0;
    for (int32_t i = 0; i < e->m->nexterns; i++)
        if (e->m->externs[i].cfunc) {
            if (!any++)
                emit_cimport_helpers(e);
            emit_cimport_wrapper(e, &e->m->externs[i]);
        }
}

