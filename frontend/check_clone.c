/* check_clone.c - ast_clone: a deep copy of a syntax tree without its
 * [checker] annotations.  Template instances check their own copy of the
 * template's AST, since the checker writes per-instance facts (types,
 * resolutions, conversions) into the nodes. */
#include <string.h>

#include "frontend/check.h"

static AstList clone_list(Arena *a, const AstList *l)
{
    AstList r = { 0 };
    for (int i = 0; i < l->n; i++)
        ast_list_push(a, &r, ast_clone(a, l->items[i]));
    return r;
}

static void clone_fstring(Arena *a, Ast *d, const Ast *n)
{
    int k = n->u.fstr.parts.n;
    d->u.fstr.parts = clone_list(a, &n->u.fstr.parts);
    if (n->u.fstr.convs) {
        d->u.fstr.convs = arena_alloc(a, (size_t)k + 1);
        memcpy(d->u.fstr.convs, n->u.fstr.convs, (size_t)k);
    }
    if (n->u.fstr.specs) {
        d->u.fstr.specs = arena_alloc(a, (size_t)(k + 1) * sizeof *d->u.fstr.specs);
        for (int i = 0; i < k; i++)
            d->u.fstr.specs[i] = n->u.fstr.specs[i] ? ast_clone(a, n->u.fstr.specs[i]) : NULL;
    }
}

static void clone_compare(Arena *a, Ast *d, const Ast *n)
{
    int k = n->u.compare.operands.n - 1;
    d->u.compare.operands = clone_list(a, &n->u.compare.operands);
    d->u.compare.ops = arena_alloc(a, (size_t)(k + 1) * sizeof *d->u.compare.ops);
    memcpy(d->u.compare.ops, n->u.compare.ops, (size_t)k * sizeof *d->u.compare.ops);
    d->u.compare.methods = NULL;
    d->u.compare.disps = NULL;
}

#define C(x) ast_clone(a, (x))
#define L(x) clone_list(a, &(x))

static void clone_expr(Arena *a, Ast *d, const Ast *n)
{
    switch (n->kind) {
    case AST_FSTRING: clone_fstring(a, d, n); break;
    case AST_NAME: d->u.name.sym = NULL; break;
    case AST_ATTR:
        d->u.attr = (__typeof__(d->u.attr)){ .obj = C(n->u.attr.obj), .attr = n->u.attr.attr,
                                          .attr_loc = n->u.attr.attr_loc };
        break;
    case AST_SUBSCRIPT:
        d->u.sub = (__typeof__(d->u.sub)){ .obj = C(n->u.sub.obj), .index = C(n->u.sub.index) };
        break;
    case AST_SLICE:
        d->u.slice.lo = C(n->u.slice.lo);
        d->u.slice.hi = C(n->u.slice.hi);
        d->u.slice.step = C(n->u.slice.step);
        break;
    case AST_CALL:
        d->u.call = (__typeof__(d->u.call)){ .func = C(n->u.call.func), .args = L(n->u.call.args) };
        break;
    case AST_KEYWORD: d->u.kw.value = C(n->u.kw.value); break;
    case AST_UNARY:
        d->u.unary.operand = C(n->u.unary.operand);
        d->u.unary.disp = NULL;
        d->u.unary.slice = NULL;
        break;
    case AST_BINARY: case AST_BOOLOP:
        d->u.binary = (__typeof__(d->u.binary)){ .op = n->u.binary.op, .left = C(n->u.binary.left),
                                              .right = C(n->u.binary.right) };
        break;
    case AST_COMPARE: clone_compare(a, d, n); break;
    case AST_IFEXP:
        d->u.ifexp.test = C(n->u.ifexp.test);
        d->u.ifexp.body = C(n->u.ifexp.body);
        d->u.ifexp.orelse = C(n->u.ifexp.orelse);
        break;
    case AST_LIST: case AST_TUPLE: case AST_SET: case AST_DEL:
        d->u.seq.items = L(n->u.seq.items);
        break;
    case AST_DICT:
        d->u.dict.keys = L(n->u.dict.keys);
        d->u.dict.values = L(n->u.dict.values);
        break;
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENEXP:
        d->u.comp.elt = C(n->u.comp.elt);
        d->u.comp.value = C(n->u.comp.value);
        d->u.comp.fors = L(n->u.comp.fors);
        d->u.comp.scope = NULL;
        break;
    case AST_COMPFOR:
        d->u.compfor = (__typeof__(d->u.compfor)){ .target = C(n->u.compfor.target),
                                                .iter = C(n->u.compfor.iter),
                                                .ifs = L(n->u.compfor.ifs) };
        break;
    case AST_STARRED: case AST_YIELD: case AST_YIELDFROM:
        d->u.unary.operand = C(n->u.unary.operand);
        break;
    case AST_LAMBDA:
        d->u.func = (__typeof__(d->u.func)){ .name = n->u.func.name, .params = L(n->u.func.params),
                                          .body = L(n->u.func.body) };
        break;
    case AST_CONVERT: d->u.convert.operand = C(n->u.convert.operand); break;
    case AST_NAMEDEXPR:
        d->u.named.target = C(n->u.named.target);
        d->u.named.value = C(n->u.named.value);
        break;
    default: break;
    }
}

static void clone_stmt(Arena *a, Ast *d, const Ast *n)
{
    switch (n->kind) {
    case AST_EXPR_STMT: case AST_DECORATOR: d->u.expr_stmt.value = C(n->u.expr_stmt.value); break;
    case AST_ASSIGN:
        d->u.assign.targets = L(n->u.assign.targets);
        d->u.assign.value = C(n->u.assign.value);
        break;
    case AST_ANNASSIGN:
        d->u.annassign.target = C(n->u.annassign.target);
        d->u.annassign.annotation = C(n->u.annassign.annotation);
        d->u.annassign.value = C(n->u.annassign.value);
        break;
    case AST_AUGASSIGN:
        d->u.augassign = (__typeof__(d->u.augassign)){ .op = n->u.augassign.op,
                                                    .target = C(n->u.augassign.target),
                                                    .value = C(n->u.augassign.value) };
        break;
    case AST_RETURN: d->u.ret.value = C(n->u.ret.value); break;
    case AST_RAISE:
        d->u.raise.exc = C(n->u.raise.exc);
        d->u.raise.cause = C(n->u.raise.cause);
        break;
    case AST_ASSERT:
        d->u.assert_.test = C(n->u.assert_.test);
        d->u.assert_.msg = C(n->u.assert_.msg);
        break;
    case AST_IF:
        d->u.if_.test = C(n->u.if_.test);
        d->u.if_.body = L(n->u.if_.body);
        d->u.if_.orelse = L(n->u.if_.orelse);
        break;
    case AST_WHILE: case AST_FOR:
        d->u.loop = (__typeof__(d->u.loop)){ .target = C(n->u.loop.target), .test = C(n->u.loop.test),
                                          .iter = C(n->u.loop.iter), .body = L(n->u.loop.body),
                                          .orelse = L(n->u.loop.orelse) };
        break;
    case AST_TRY:
        d->u.try_.body = L(n->u.try_.body);
        d->u.try_.handlers = L(n->u.try_.handlers);
        d->u.try_.orelse = L(n->u.try_.orelse);
        d->u.try_.finalbody = L(n->u.try_.finalbody);
        break;
    case AST_HANDLER:
        d->u.handler = (__typeof__(d->u.handler)){ .type = C(n->u.handler.type),
                                                .name = n->u.handler.name,
                                                .body = L(n->u.handler.body), .local = -1 };
        break;
    case AST_WITH:
        d->u.with.items = L(n->u.with.items);
        d->u.with.body = L(n->u.with.body);
        break;
    case AST_WITHITEM:
        d->u.withitem = (__typeof__(d->u.withitem)){ .expr = C(n->u.withitem.expr),
                                                  .target = C(n->u.withitem.target) };
        break;
    case AST_MATCH:
        d->u.match = (__typeof__(d->u.match)){ .subject = C(n->u.match.subject),
                                            .cases = L(n->u.match.cases) };
        break;
    case AST_MATCHCASE:
        d->u.mcase = (__typeof__(d->u.mcase)){ .pattern = C(n->u.mcase.pattern),
                                            .guard = C(n->u.mcase.guard),
                                            .body = L(n->u.mcase.body) };
        break;
    case AST_FUNCDEF:
        d->u.func = (__typeof__(d->u.func)){ .name = n->u.func.name, .params = L(n->u.func.params),
                                          .returns = C(n->u.func.returns),
                                          .body = L(n->u.func.body),
                                          .decorators = L(n->u.func.decorators) };
        break;
    case AST_PARAM:
        d->u.param.annotation = C(n->u.param.annotation);
        d->u.param.default_value = C(n->u.param.default_value);
        break;
    case AST_CLASSDEF:
        d->u.cls = (__typeof__(d->u.cls)){ .name = n->u.cls.name, .bases = L(n->u.cls.bases),
                                        .body = L(n->u.cls.body),
                                        .decorators = L(n->u.cls.decorators) };
        break;
    case AST_IMPORT: case AST_IMPORTFROM:
        d->u.import.names = L(n->u.import.names);
        break;
    case AST_MODULE:
        d->u.module.body = L(n->u.module.body);
        d->u.module.info = NULL;
        break;
    default:
        break;
    }
}

Ast *ast_clone(Arena *a, const Ast *n)
{
    if (!n)
        return NULL;
    Ast *d = ast_new(a, n->kind, n->loc);
    d->u = n->u;
    d->ty = NULL;
    d->wide = n->wide;      /* syntax; wrap is the checker's */
    if (n->kind < AST_EXPR_STMT)
        clone_expr(a, d, n);
    else
        clone_stmt(a, d, n);
    return d;
}
