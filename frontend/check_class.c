/* check_class.c - facts about classes that need whole bodies: required
 * fields assigned in __init__ before self escapes, immutable-field
 * inference, class constants and field defaults.
 *
 * A field is required when its type is not a value type, not optional and
 * it has no default.  A field is immutable when every assignment to it is
 * `self.f = ...` in the __init__ of the class that declares it (or it is
 * Final); the owner's Field is the canonical record, copied to subclasses
 * by chk_finish_fields. */
#include <string.h>

#include "frontend/check.h"

static bool required(const Field *f)
{
    if (!f->type || f->pending)
        return false;   /* a discovery check of __init__ runs before it is known */
    if (f->set_flag)
        return false;   /* assigned outside __init__: reads check (check_infer.c) */
    return !f->default_value && !ty_is_value(f->type) && f->type->kind != TY_OPTIONAL &&
           f->type->kind != TY_ERROR;
}

static bool in_user_init(Checker *c)
{
    return c->fn && c->fn->is_init && c->fn->cls && !c->fn->cls->is_builtin;
}

void chk_init_begin(Checker *c)
{
    if (!c->fn->is_init || !c->fn->cls)
        return;
    ClassInfo *cls = c->fn->cls;
    c->flow_fields = cls->nfields;
    c->flow = flow_new(c);
    for (int i = 0; i < c->fn->nparams; i++)
        c->flow->assigned[i] = 1;
    for (int i = 0; i < cls->nfields; i++)
        c->flow->fields[i] = !required(&cls->fields[i]);
}

void chk_init_super(Checker *c)
{
    ClassInfo *base = c->fn->cls->base;
    for (int i = 0; base && i < base->nfields && i < c->flow->nfields; i++)
        c->flow->fields[i] = 1;
}

static int first_missing(Checker *c)
{
    for (int i = 0; i < c->flow->nfields; i++)
        if (!c->flow->fields[i])
            return i;
    return -1;
}

void chk_init_exit_check(Checker *c, Loc loc)
{
    if (!in_user_init(c) || c->flow->dead)
        return;
    int i = first_missing(c);
    if (i >= 0)
        chk_error(c, loc, "'__init__' of '%s' does not assign field '%s' on every path",
                  c->fn->cls->name, c->fn->cls->fields[i].name);
}

void chk_init_credit(Checker *c, FuncInfo *m)
{
    if (!in_user_init(c) || !m || c->flow->dead)
        return;
    for (int k = 0; k < m->ncredits; k++) {
        Field *f = chk_find_field(c->fn->cls, m->credits[k]);
        if (f && f->index < c->flow->nfields)
            c->flow->fields[f->index] = 1;
    }
}

void chk_self_use(Checker *c, Ast *name)
{
    if (!in_user_init(c) || c->self_field_access || c->flow->dead)
        return;
    int i = first_missing(c);
    if (i >= 0) {
        chk_error(c, name->loc, "'self' is used before field '%s' is assigned",
                  c->fn->cls->fields[i].name);
        for (int k = 0; k < c->flow->nfields; k++)
            c->flow->fields[k] = 1;   /* report once */
    }
}

/* A read of self.f in __init__: f must be assigned by now. */
void chk_self_field_read(Checker *c, Ast *attr)
{
    if (!in_user_init(c) || attr->u.attr.res != RES_FIELD)
        return;
    int i = attr->u.attr.index;
    if (i < c->flow->nfields && !c->flow->fields[i] && !c->flow->dead) {
        chk_error(c, attr->loc, "field '%s' is used before assignment in __init__", attr->u.attr.attr);
        c->flow->fields[i] = 1;
    }
}

static Field *canonical(Field *f)
{
    return &f->owner->fields[f->index];
}

void chk_field_store(Checker *c, Ast *attr)
{
    Ast *obj = attr->u.attr.obj;
    Type *ot = ty_strip_optional(obj->ty);
    ClassInfo *cls = ot->kind == TY_CLASS ? ot->cls : chk_class_of(c, ot);
    Field *f = canonical(&cls->fields[attr->u.attr.index]);
    bool self = c->fn && c->fn->nparams > 0 && obj->kind == AST_NAME && !c->fn->is_static &&
                c->fn->is_method && strcmp(obj->u.name.id, c->fn->params[0].name) == 0;
    bool own_init = self && c->fn->is_init && c->fn->cls == f->owner;
    if (self && c->fn->is_init && attr->u.attr.index < c->flow->nfields)
        c->flow->fields[attr->u.attr.index] = 1;
    if (own_init || c->discovering)
        return;
    if (f->is_final)
        chk_error(c, attr->loc, "cannot assign to final field '%s' outside %s.__init__", f->name,
                  f->owner->name);
    f->immutable = 0;
}

void chk_class_consts(Checker *c, ClassInfo *cls)
{
    if (!cls || cls->is_template)
        return;
    for (int i = 0; i < cls->nconsts; i++) {
        ClassConst *k = &cls->consts[i];
        if (k->global) {
            chk_class_attr_value(c, cls, k);
            continue;
        }
        k->value = chk_expr(c, k->value);
        if (k->value->ty->kind != TY_ERROR && !chk_is_constant(c, k->value))
            chk_error(c, k->value->loc, "class constant '%s' must be a constant expression", k->name);
        k->type = k->value->ty;
        if (k->type->kind == TY_NONE) {
            chk_error(c, k->value->loc, "class constant '%s' cannot be None", k->name);
            k->type = ty_prim(c->tt, TY_ERROR);
        }
    }
    for (int i = 0; i < cls->nfields; i++) {
        Field *f = &cls->fields[i];
        if (f->owner != cls)
            continue;
        f->immutable = 1;
        if (!f->default_value)
            continue;
        Ast *d = chk_expr_expect(c, f->default_value, f->type);
        if (!chk_is_constant(c, d))
            chk_error(c, d->loc, "field defaults must be constants");
        if (!chk_fit(c, d, f->type))
            chk_error(c, d->loc, "incompatible types in assignment: expected '%s', got '%s'%s",
                      chk_tyname(c, f->type), chk_tyname(c, d->ty),
                      chk_widen_advice(c, d, f->type));
        f->default_value = d;
    }
}

void chk_finish_fields(Checker *c)
{
    for (int k = 0; k < c->prog->nclasses; k++) {
        ClassInfo *cls = c->prog->classes[k];
        if (cls->tmpl)
            for (int i = 0; i < cls->nfields; i++)
                if (cls->fields[i].owner == cls)
                    cls->fields[i].immutable = 0;   /* prelude internals: not inferred */
    }
    for (int k = 0; k < c->prog->nclasses; k++) {
        ClassInfo *cls = c->prog->classes[k];
        for (int i = 0; i < cls->nfields; i++) {
            Field *f = &cls->fields[i];
            if (f->name[0] == '$')
                f->immutable = 0;   /* a set flag (check_infer.c): written by the lowering */
            if (f->owner != cls) {
                f->immutable = canonical(f)->immutable;
                f->default_value = canonical(f)->default_value;
                f->type = canonical(f)->type;
            }
        }
        if (!cls->def)
            continue;           /* env records, generator frames */
        if (cls->is_builtin || chk_find_method(cls, "__init__") != NULL)
            if (cls->is_builtin || chk_find_method(cls, "__init__")->cls == cls)
                continue;
        for (int i = 0; i < cls->nfields; i++)
            if (cls->fields[i].owner == cls && required(&cls->fields[i])) {
                chk_error(c, cls->def->loc, "class '%s' needs an __init__ that assigns field '%s'",
                          cls->name, cls->fields[i].name);
                break;
            }
    }
}
