/* emit_types.c - GC structs and the program's type table.
 *
 * Records become C structs whose first member is the object header;
 * classes repeat their base's fields first, so a pointer to a subclass
 * instance can be used as a pointer to its base.  Arrays are a header, an
 * int64 length and a flexible array of items.  Opaque structs belong to the
 * support library and are not emitted.
 *
 * Type ids: the program's table follows the library's, in struct-id order
 * without the opaque ones, so that the lowering's preorder numbering of
 * classes stays contiguous and isinstance is a range check on the tid.
 */
#include "backend/emit.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void emit_printf(Emitter *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(e->out, fmt, ap);
    va_end(ap);
}

const char *emit_ctype(IrKind k)
{
    switch (k) {
    case IRK_VOID: return "void";
    case IRK_BOOL: return "uint8_t";
    case IRK_I64:  return "int64_t";
    case IRK_F64:  return "double";
    case IRK_REF:  return "stm_ref";
    case IRK_PTR:  return "void *";
    case IRK_U8:   return "uint8_t";
    case IRK_I32:  return "int32_t";
    case IRK__COUNT: break;
    }
    IR_DIE("bad kind %d", (int)k);
}

/* Identifier-safe copy of a source name: letters, digits, underscores. */
static void sanitize(const char *in, char *out, size_t cap)
{
    size_t n = 0;
    for (; *in && n + 1 < cap; in++)
        out[n++] = isalnum((unsigned char)*in) ? *in : '_';
    out[n] = 0;
}

/* A name's buffer, from the emitter's name arena. */
static char *name_buf(Emitter *e)
{
    return arena_alloc(e->names, 160);
}

const char *emit_struct_name(Emitter *e, int32_t sid)
{
    const IrStruct *s = &e->m->structs[sid];
    char *buf = name_buf(e);
    if (s->kind == IRS_OPAQUE) {
        snprintf(buf, 160, "%s", s->c_name ? s->c_name : "rtg_array");
        return buf;
    }
    char clean[120];
    sanitize(s->name, clean, sizeof clean);
    snprintf(buf, 160, "s%d_%s", sid, clean);
    return buf;
}

const char *emit_func_name(Emitter *e, int32_t fid)
{
    char clean[120];
    sanitize(e->m->funcs[fid].name, clean, sizeof clean);
    char *buf = name_buf(e);
    snprintf(buf, 160, "f%d_%s", fid, clean);
    return buf;
}

const char *emit_field_name(Emitter *e, int32_t sid, int64_t field)
{
    char clean[120];
    sanitize(e->m->structs[sid].fields[field].name, clean, sizeof clean);
    char *buf = name_buf(e);
    snprintf(buf, 160, "f%lld_%s", (long long)field, clean);
    return buf;
}

void emit_tid(Emitter *e, int32_t sid)
{
    int32_t idx = e->table_index[sid];
    if (idx < 0)
        IR_DIE("struct %s has no program type id", e->m->structs[sid].name);
    emit_printf(e, "(RTG_TID_BASE + %d)", idx);
}

void emit_cstring(Emitter *e, const char *bytes, int64_t len)
{
    fputc('"', e->out);
    for (int64_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)bytes[i];
        if (c == '"' || c == '\\')
            fprintf(e->out, "\\%c", c);
        else if (c >= 32 && c < 127 && c != '?')
            fputc(c, e->out);
        else
            fprintf(e->out, "\\%03o", c);   /* octal: never runs on */
        if (i % 100 == 99 && i + 1 < len)
            fputs("\"\n    \"", e->out);
    }
    fputc('"', e->out);
}

void emit_fnptr_type(Emitter *e, const IrFunc *f, int closure)
{
    emit_printf(e, "%s (*)(", emit_ctype((IrKind)f->ret.kind));
    int first = 1;
    if (closure) {
        emit_printf(e, "stm_ref");
        first = 0;
    }
    for (int32_t i = 0; i < f->nparams; i++) {
        emit_printf(e, "%s%s", first ? "" : ", ", emit_ctype((IrKind)f->vregs[i].type.kind));
        first = 0;
    }
    if (first)
        emit_printf(e, "void");
    emit_printf(e, ")");
}

/* Item and field types: bools are stored as bytes. */
static const char *storage_type(IrKind k)
{
    return k == IRK_BOOL ? "uint8_t" : emit_ctype(k);
}

static void emit_record(Emitter *e, int32_t sid)
{
    const IrStruct *s = &e->m->structs[sid];
    emit_printf(e, "struct %s {   /* %s */\n    stm_hdr hdr;\n", emit_struct_name(e, sid), s->name);
    /* the C verifier reads these comments (backend/cverify.c) */
    for (int32_t i = 0; i < s->nfields; i++)
        emit_printf(e, "    %s %s;%s%s\n", storage_type((IrKind)s->fields[i].type.kind),
                    emit_field_name(e, sid, i), s->fields[i].immutable ? "   /* immutable */" : "",
                    s->fields[i].frozen ? "   /* frozen */" : "");
    emit_printf(e, "};\n");
}

static void emit_array(Emitter *e, int32_t sid)
{
    const IrStruct *s = &e->m->structs[sid];
    emit_printf(e, "struct %s {   /* %s */\n    stm_hdr hdr;\n    int64_t length;\n"
                   "    %s items[];%s\n};\n",
                emit_struct_name(e, sid), s->name, storage_type((IrKind)s->elem.kind),
                s->elem_immutable ? "   /* immutable */" : "");
}

static int all_immutable(const IrStruct *s)
{
    if (s->kind == IRS_ARRAY)
        return s->elem_immutable;
    for (int32_t i = 0; i < s->nfields; i++)
        if (!s->fields[i].immutable)
            return 0;
    return 1;
}

static void emit_ref_offsets(Emitter *e, int32_t sid)
{
    const IrStruct *s = &e->m->structs[sid];
    int n = 0;
    for (int32_t i = 0; i < s->nfields; i++)
        n += s->fields[i].type.kind == IRK_REF;
    if (n == 0)
        return;
    emit_printf(e, "static const uint32_t rtg_refs_%d[] = {", sid);
    for (int32_t i = 0; i < s->nfields; i++)
        if (s->fields[i].type.kind == IRK_REF)
            emit_printf(e, " offsetof(struct %s, %s),", emit_struct_name(e, sid),
                        emit_field_name(e, sid, i));
    emit_printf(e, " };\n");
}

static void emit_type_entry(Emitter *e, int32_t sid)
{
    const IrStruct *s = &e->m->structs[sid];
    const char *sn = emit_struct_name(e, sid);
    unsigned flags = all_immutable(s) ? 1u : 0u;   /* STM_TYPE_IMMUTABLE */
    emit_printf(e, "    { \"");
    for (const char *p = s->name; *p; p++)
        if (*p != '"' && *p != '\\')
            fputc(*p, e->out);
    emit_printf(e, "\", ");
    if (s->kind == IRS_ARRAY) {
        int ref = s->elem.kind == IRK_REF;
        if (s->cards)
            flags |= 2u;                             /* STM_TYPE_CARDS */
        emit_printf(e, "sizeof(struct %s), sizeof(%s), offsetof(struct %s, length), "
                       "offsetof(struct %s, items), 0, NULL, %d, %s, %uu, NULL },\n",
                    sn, storage_type((IrKind)s->elem.kind), sn, sn, ref,
                    ref ? "rtg_item_ref" : "NULL", flags);
        return;
    }
    int n = 0;
    for (int32_t i = 0; i < s->nfields; i++)
        n += s->fields[i].type.kind == IRK_REF;
    emit_printf(e, "RTG_SIZE(sizeof(struct %s)), 0, 0, 0, %d, ", sn, n);
    if (n)
        emit_printf(e, "rtg_refs_%d", sid);
    else
        emit_printf(e, "NULL");
    emit_printf(e, ", 0, NULL, %uu, NULL },\n", flags);
}

void emit_types(Emitter *e)
{
    IrModule *m = e->m;
    e->table_index = calloc((size_t)m->nstructs + 1, sizeof(int32_t));
    e->ntable = 0;
    for (int32_t i = 0; i < m->nstructs; i++)
        e->table_index[i] = m->structs[i].kind == IRS_OPAQUE ? -1 : e->ntable++;

    emit_printf(e, "\n/* ---- GC types ---- */\n\n");
    for (int32_t i = 0; i < m->nstructs; i++) {
        if (m->structs[i].kind == IRS_RECORD)
            emit_record(e, i);
        else if (m->structs[i].kind == IRS_ARRAY)
            emit_array(e, i);
    }
    emit_printf(e, "\nstatic const uint32_t rtg_item_ref[] = { 0 };\n");
    emit_printf(e, "static const uint32_t rtg_fn_refs[] = { offsetof(rtg_fn, self) };\n");
    for (int32_t i = 0; i < m->nstructs; i++)
        if (m->structs[i].kind == IRS_RECORD)
            emit_ref_offsets(e, i);
    emit_printf(e, "\n#define RTG_TID_FN (RTG_TID_BASE + %d)\n", e->ntable);
    emit_printf(e, "static const stm_type rtg_types[] = {\n");
    for (int32_t i = 0; i < m->nstructs; i++)
        if (e->table_index[i] >= 0)
            emit_type_entry(e, i);
    emit_printf(e, "    { \"function\", RTG_SIZE(sizeof(rtg_fn)), 0, 0, 0, 1, rtg_fn_refs, "
                   "0, NULL, 1u, NULL },\n};\n");
}
