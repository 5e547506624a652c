/* check_clone.c - ast_clone: a deep copy of a syntax tree without its
 * [checker] annotations.  Template instances check their own copy of the
 * template's AST, since the checker writes per-instance facts (types,
 * resolutions, conversions) into the nodes.
 *
 * The copy takes the node's syntax fields as they are, forgets the
 * checker's fields (the list below follows ast.h's [checker] marks), and
 * lets ast_visit_slots hand out the children: every list gets its own
 * array before its items are replaced by their copies. */
#include <string.h>

#include "frontend/check.h"

static void *copy_array(Arena *a, const void *src, size_t n, size_t size)
{
    void *d = arena_alloc(a, (n + 1) * size);
    if (n)
        memcpy(d, src, n * size);
    return d;
}

/* What the checker wrote into u: an instance starts from the syntax. */
static void forget_annotations(Ast *d)
{
    switch (d->kind) {
    case AST_NAME: d->u.name.sym = NULL; break;
    case AST_ATTR:
        d->u.attr.res = 0;
        d->u.attr.index = 0;
        d->u.attr.func = NULL;
        d->u.attr.sym = NULL;
        d->u.attr.builtin = 0;
        d->u.attr.check_bound = 0;
        break;
    case AST_SUBSCRIPT: d->u.sub.method = NULL; break;
    case AST_CALL:
        d->u.call.res = 0;
        d->u.call.target = NULL;
        d->u.call.recv = NULL;
        d->u.call.cls = NULL;
        d->u.call.builtin = 0;
        d->u.call.bound = (AstList){ 0 };
        break;
    case AST_UNARY: case AST_STARRED: d->u.unary.disp = NULL; d->u.unary.slice = NULL; break;
    case AST_BINARY: case AST_BOOLOP:
        d->u.binary.method = NULL;
        d->u.binary.reflected = 0;
        d->u.binary.disp = NULL;
        d->u.binary.truth_only = 0;
        break;
    case AST_COMPARE: d->u.compare.methods = NULL; d->u.compare.disps = NULL; break;
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENEXP:
        d->u.comp.scope = NULL;
        break;
    case AST_COMPFOR: d->u.compfor.iter_fn = NULL; d->u.compfor.next_fn = NULL; break;
    case AST_AUGASSIGN: d->u.augassign.method = NULL; d->u.augassign.disp = NULL; break;
    case AST_WHILE: case AST_FOR: d->u.loop.iter_fn = NULL; d->u.loop.next_fn = NULL; break;
    case AST_HANDLER:
        d->u.handler.classes = NULL;
        d->u.handler.nclasses = 0;
        d->u.handler.local = -1;
        break;
    case AST_MATCH: d->u.match.init = NULL; d->u.match.all_members = 0; break;
    case AST_MATCHCASE: d->u.mcase.steps = (AstList){ 0 }; break;
    case AST_WITHITEM: d->u.withitem.enter_fn = NULL; d->u.withitem.exit_fn = NULL; break;
    case AST_FUNCDEF: case AST_LAMBDA:
        d->u.func.info = NULL;
        d->u.func.synth = 0;
        d->u.func.scope = NULL;
        d->u.func.bind = NULL;
        break;
    case AST_CLASSDEF: d->u.cls.info = NULL; break;
    case AST_MODULE: d->u.module.info = NULL; break;
    default: break;
    }
}

/* Arrays that are not child lists: an f-string's conversions and specs,
 * a comparison's operators. */
static void own_arrays(Arena *a, Ast *d)
{
    if (d->kind == AST_FSTRING) {
        size_t k = (size_t)d->u.fstr.parts.n;
        if (d->u.fstr.convs)
            d->u.fstr.convs = copy_array(a, d->u.fstr.convs, k, 1);
        if (d->u.fstr.specs)
            d->u.fstr.specs = copy_array(a, d->u.fstr.specs, k, sizeof *d->u.fstr.specs);
    } else if (d->kind == AST_COMPARE) {
        size_t k = (size_t)d->u.compare.operands.n - 1;
        d->u.compare.ops = copy_array(a, d->u.compare.ops, k, sizeof *d->u.compare.ops);
    }
}

static void own_list(AstList *l, void *arena)
{
    l->items = copy_array(arena, l->items, (size_t)l->n, sizeof *l->items);
    l->cap = l->n + 1;
}

static void clone_slot(Ast **slot, void *arena)
{
    *slot = ast_clone(arena, *slot);
}

Ast *ast_clone(Arena *a, const Ast *n)
{
    if (!n)
        return NULL;
    Ast *d = ast_new(a, n->kind, n->loc);
    d->u = n->u;
    d->ty = NULL;
    d->wide = n->wide;      /* syntax; wrap is the checker's */
    forget_annotations(d);
    own_arrays(a, d);
    ast_visit_slots(d, clone_slot, own_list, a);
    return d;
}
