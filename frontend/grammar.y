/* grammar.y - the Python 3 syntax rtrans reads, for lemon.
 *
 * The lexer (lexer.c) pushes tokens; parse.c drives the parser.  Actions
 * are one-liners: constructors of ast.c, or parse_* helpers of parse.c
 * for the checks CPython's own parser makes.  Levels of the expression
 * grammar follow Python's (lowest first): lambda, if-else, or, and, not,
 * comparisons, |, ^, &, shifts, + -, * / // % @, unary + - ~, **, await,
 * primaries.  Constructs rtrans rejects still parse, so that their error
 * names them: those the AST represents (lambda, *x, **kw, *args, the bare
 * '*', decorators, nonlocal, raise from, relative imports) are left to the
 * checker; the others are reported here by parse_unsupported.
 *
 * Error recovery: `error` is accepted where a statement starts; the
 * statement is skipped up to its NEWLINE (and the indented block that
 * follows it, if any), and reporting is re-enabled at once so that the
 * next bad line gets its own message (lemon would otherwise stay quiet
 * for three tokens).
 *
 * Every value is allocated in the parse's arena, so the destructors have
 * nothing to free.
 */

%include {
#include <stdlib.h>
#include "frontend/frontend.h"

/* The arena of this parse. */
#define AR (ctx->arena)
/* The statement-level error rules end error recovery: report again. */
#define RESYNC(block) (yypParser->yyerrcnt = -1, parse_recovered(ctx, (block)))

typedef struct DictItems {
    AstList keys, values;
} DictItems;

static AstList empty_list(void) { return (AstList){0}; }
}

%name parse_lemon
%token_prefix TK_
%token_type {Token}
%default_type {Ast *}
%extra_context {ParseCtx *ctx}
%stack_size 0
%start_symbol input

%syntax_error { parse_syntax_error(ctx, yymajor, &TOKEN); }
%stack_overflow { FE_DIE("out of memory for the parser stack"); }
%default_destructor { (void)ctx; /* arena-owned: nothing to free */ }

/* Layout tokens first, then everything the lexer produces. */
%token NEWLINE INDENT DEDENT ERRTOK FEXPR NAME INT FLOAT STRING.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL
       ELIF ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL
       NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD MATCH CASE.
%token PLUS MINUS STAR DSTAR SLASH DSLASH PERCENT AT LSHIFT RSHIFT AMP BAR CARET
       TILDE COLONEQ LT GT LE GE EQEQ NE LPAREN RPAREN LBRACKET RBRACKET LBRACE
       RBRACE COMMA COLON DOT SEMI EQ ARROW ELLIPSIS PLUSEQ MINUSEQ STAREQ
       SLASHEQ DSLASHEQ PERCENTEQ DSTAREQ ATEQ AMPEQ BAREQ CARETEQ LSHIFTEQ
       RSHIFTEQ.

/* ------------------------------------------------------------ top level */

input ::= file_input.
input ::= FEXPR fexpr(E).                 { ctx->expr = E; }

fexpr(A) ::= texprs(E).                   { A = E; }
fexpr(A) ::= yield_expr(E).               { A = E; }

file_input ::= .
file_input ::= file_input stmt(S).        { parse_push_stmts(ctx, S); }

%type stmt {AstList}
stmt(A) ::= simple_stmt(S).               { A = S; }
stmt(A) ::= compound_stmt(S).             { A = ast_list1(AR, S); }
stmt(A) ::= error NEWLINE.                { A = empty_list(); RESYNC(false); }
stmt(A) ::= error NEWLINE INDENT stmts DEDENT. { A = empty_list(); RESYNC(true); }
stmt(A) ::= error INDENT stmts DEDENT.    { A = empty_list(); RESYNC(true); }

%type stmts {AstList}
stmts(A) ::= stmt(S).                     { A = S; }
stmts(A) ::= stmts(L) stmt(S).            { A = L; ast_list_append(AR, &A, &S); }

%type suite {AstList}
suite(A) ::= simple_stmt(S).              { A = S; }
suite(A) ::= NEWLINE INDENT stmts(S) DEDENT. { A = S; }
suite(A) ::= NEWLINE INDENT stmts(S) error DEDENT. { A = S; RESYNC(true); }
suite(A) ::= NEWLINE INDENT error DEDENT. { A = empty_list(); RESYNC(true); }

/* ------------------------------------------------------ simple statements */

%type simple_stmt {AstList}
simple_stmt(A) ::= small_stmts(L) NEWLINE.      { A = L; }
simple_stmt(A) ::= small_stmts(L) SEMI NEWLINE. { A = L; }

%type small_stmts {AstList}
small_stmts(A) ::= small_stmt(S).         { A = ast_list1(AR, S); }
small_stmts(A) ::= small_stmts(L) SEMI small_stmt(S). { A = L; ast_list_push(AR, &A, S); }

small_stmt(A) ::= expr_stmt(S).           { A = S; }
small_stmt(A) ::= import_stmt(S).         { A = S; }
small_stmt(A) ::= PASS(T).                { A = ast_simple(AR, AST_PASS, T.loc); }
small_stmt(A) ::= BREAK(T).               { A = ast_simple(AR, AST_BREAK, T.loc); }
small_stmt(A) ::= CONTINUE(T).            { A = ast_simple(AR, AST_CONTINUE, T.loc); }
small_stmt(A) ::= RETURN(T).              { A = ast_return(AR, T.loc, NULL); }
small_stmt(A) ::= RETURN(T) texprs(E).    { A = ast_return(AR, T.loc, E); }
small_stmt(A) ::= RAISE(T).               { A = ast_raise(AR, T.loc, NULL, NULL); }
small_stmt(A) ::= RAISE(T) test(E).       { A = ast_raise(AR, T.loc, E, NULL); }
small_stmt(A) ::= RAISE(T) test(E) FROM test(C). { A = ast_raise(AR, T.loc, E, C); }
small_stmt(A) ::= ASSERT(T) test(E).      { A = ast_assert(AR, T.loc, E, NULL); }
small_stmt(A) ::= ASSERT(T) test(E) COMMA test(M). { A = ast_assert(AR, T.loc, E, M); }
small_stmt(A) ::= GLOBAL(T) names(N).     { A = ast_names(AR, AST_GLOBAL, T.loc, &N); }
small_stmt(A) ::= NONLOCAL(T) names(N).   { A = ast_names(AR, AST_NONLOCAL, T.loc, &N); }
small_stmt(A) ::= DEL(T) xexprs(L).       { A = parse_del(ctx, T.loc, L.items); }
small_stmt(A) ::= DEL(T) xexprs(L) COMMA. { A = parse_del(ctx, T.loc, L.items); }

expr_stmt(A) ::= texprs(E).               { A = ast_expr_stmt(AR, ast_start_loc(E), E); }
expr_stmt(A) ::= yield_expr(E).           { A = ast_expr_stmt(AR, ast_start_loc(E), E); }
expr_stmt(A) ::= texprs(T) augassign(O) rhs(V). { A = parse_augassign(ctx, O, T, V); }
expr_stmt(A) ::= texprs(T) COLON test(N). { A = parse_annassign(ctx, T, N, NULL); }
expr_stmt(A) ::= texprs(T) COLON test(N) EQ rhs(V). { A = parse_annassign(ctx, T, N, V); }
expr_stmt(A) ::= targets(L) rhs(V).       { A = parse_assign(ctx, L, V); }

%type targets {AstList}
targets(A) ::= texprs(T) EQ.              { A = ast_list1(AR, T); }
targets(A) ::= targets(L) texprs(T) EQ.   { A = L; ast_list_push(AR, &A, T); }

rhs(A) ::= texprs(E).                     { A = E; }
rhs(A) ::= yield_expr(E).                 { A = E; }

%type augassign {OpTok}
augassign(A) ::= PLUSEQ(T).               { A = (OpTok){OP_ADD, T.loc}; }
augassign(A) ::= MINUSEQ(T).              { A = (OpTok){OP_SUB, T.loc}; }
augassign(A) ::= STAREQ(T).               { A = (OpTok){OP_MUL, T.loc}; }
augassign(A) ::= SLASHEQ(T).              { A = (OpTok){OP_DIV, T.loc}; }
augassign(A) ::= DSLASHEQ(T).             { A = (OpTok){OP_FLOORDIV, T.loc}; }
augassign(A) ::= PERCENTEQ(T).            { A = (OpTok){OP_MOD, T.loc}; }
augassign(A) ::= DSTAREQ(T).              { A = (OpTok){OP_POW, T.loc}; }
augassign(A) ::= ATEQ(T).                 { A = (OpTok){OP_MATMUL, T.loc}; }
augassign(A) ::= AMPEQ(T).                { A = (OpTok){OP_BITAND, T.loc}; }
augassign(A) ::= BAREQ(T).                { A = (OpTok){OP_BITOR, T.loc}; }
augassign(A) ::= CARETEQ(T).              { A = (OpTok){OP_BITXOR, T.loc}; }
augassign(A) ::= LSHIFTEQ(T).             { A = (OpTok){OP_LSHIFT, T.loc}; }
augassign(A) ::= RSHIFTEQ(T).             { A = (OpTok){OP_RSHIFT, T.loc}; }

%type names {NameList}
names(A) ::= NAME(N).                     { A = (NameList){.loc = N.loc}; ast_names_push(AR, &A, N.v.name); }
names(A) ::= names(L) COMMA NAME(N).      { A = L; ast_names_push(AR, &A, N.v.name); }

/* import a.b as c, d / from ..m import (x as y, z) */
import_stmt(A) ::= IMPORT(T) dotted_as_names(L). { A = ast_import(AR, AST_IMPORT, T.loc, NULL, 0, L); }
import_stmt(A) ::= FROM(T) dotted_name(M) IMPORT import_targets(L). { A = ast_import(AR, AST_IMPORTFROM, T.loc, M.text, 0, L); }
import_stmt(A) ::= FROM(T) dots(N) dotted_name(M) IMPORT import_targets(L). { A = ast_import(AR, AST_IMPORTFROM, T.loc, M.text, N, L); }
import_stmt(A) ::= FROM(T) dots(N) IMPORT import_targets(L). { A = ast_import(AR, AST_IMPORTFROM, T.loc, NULL, N, L); }

%type dots {int}
dots(A) ::= DOT.                          { A = 1; }
dots(A) ::= ELLIPSIS.                     { A = 3; }
dots(A) ::= dots(L) DOT.                  { A = L + 1; }
dots(A) ::= dots(L) ELLIPSIS.             { A = L + 3; }

%type dotted_name {DottedName}
dotted_name(A) ::= NAME(N).               { A = (DottedName){.loc = N.loc}; ast_dotted_push(AR, &A, N.v.name); }
dotted_name(A) ::= dotted_name(L) DOT NAME(N). { A = L; ast_dotted_push(AR, &A, N.v.name); }

%type dotted_as_names {AstList}
dotted_as_names(A) ::= dotted_as_name(E). { A = ast_list1(AR, E); }
dotted_as_names(A) ::= dotted_as_names(L) COMMA dotted_as_name(E). { A = L; ast_list_push(AR, &A, E); }

dotted_as_name(A) ::= dotted_name(D).     { A = ast_alias(AR, D.loc, D.text, NULL); }
dotted_as_name(A) ::= dotted_name(D) AS NAME(N). { A = ast_alias(AR, D.loc, D.text, N.v.name); }

%type import_targets {AstList}
import_targets(A) ::= STAR(T).            { A = ast_list1(AR, ast_alias(AR, T.loc, "*", NULL)); }
import_targets(A) ::= as_names(L).        { A = L; }
import_targets(A) ::= LPAREN as_names(L) RPAREN. { A = L; }
import_targets(A) ::= LPAREN as_names(L) COMMA RPAREN. { A = L; }

%type as_names {AstList}
as_names(A) ::= as_name(E).               { A = ast_list1(AR, E); }
as_names(A) ::= as_names(L) COMMA as_name(E). { A = L; ast_list_push(AR, &A, E); }

as_name(A) ::= NAME(N).                   { A = ast_alias(AR, N.loc, N.v.name, NULL); }
as_name(A) ::= NAME(N) AS NAME(M).        { A = ast_alias(AR, N.loc, N.v.name, M.v.name); }

/* ---------------------------------------------------- compound statements */

compound_stmt(A) ::= if_stmt(S).          { A = S; }
compound_stmt(A) ::= while_stmt(S).       { A = S; }
compound_stmt(A) ::= for_stmt(S).         { A = S; }
compound_stmt(A) ::= try_stmt(S).         { A = S; }
compound_stmt(A) ::= with_stmt(S).        { A = S; }
compound_stmt(A) ::= funcdef(S).          { A = S; }
compound_stmt(A) ::= classdef(S).         { A = S; }
compound_stmt(A) ::= decorated(S).        { A = S; }
compound_stmt(A) ::= match_stmt(S).       { A = S; }
compound_stmt(A) ::= async_funcdef(S).    { A = S; }
compound_stmt(A) ::= ASYNC(T) for_stmt(S). { A = parse_unsupported(ctx, T.loc, "'async for'", S); }
compound_stmt(A) ::= ASYNC(T) with_stmt(S). { A = parse_unsupported(ctx, T.loc, "'async with'", S); }

if_stmt(A) ::= IF(T) named(C) COLON suite(B) else_part(E). { A = ast_if(AR, T.loc, C, B, E); }

/* elif becomes an IF node alone in its parent's orelse */
%type else_part {AstList}
else_part(A) ::= .                        { A = empty_list(); }
else_part(A) ::= ELSE COLON suite(B).     { A = B; }
else_part(A) ::= ELIF(T) named(C) COLON suite(B) else_part(E). { A = ast_list1(AR, ast_if(AR, T.loc, C, B, E)); }

while_stmt(A) ::= WHILE(T) named(C) COLON suite(B) opt_else(E). { A = ast_while(AR, T.loc, C, B, E); }

for_stmt(A) ::= FOR(T) target_list(X) IN texprs(I) COLON suite(B) opt_else(E). { A = ast_for(AR, T.loc, parse_target(ctx, X, "assign to"), I, B, E); }

%type opt_else {AstList}
opt_else(A) ::= .                         { A = empty_list(); }
opt_else(A) ::= ELSE COLON suite(B).      { A = B; }

try_stmt(A) ::= TRY(T) COLON suite(B) handlers(H) opt_else(E) opt_finally(F). { A = parse_try(ctx, T.loc, B, H, E, F); }
try_stmt(A) ::= TRY(T) COLON suite(B) FINALLY COLON suite(F). { A = parse_try(ctx, T.loc, B, empty_list(), empty_list(), F); }

%type opt_finally {AstList}
opt_finally(A) ::= .                      { A = empty_list(); }
opt_finally(A) ::= FINALLY COLON suite(F). { A = F; }

%type handlers {AstList}
handlers(A) ::= handler(H).               { A = ast_list1(AR, H); }
handlers(A) ::= handlers(L) handler(H).   { A = L; ast_list_push(AR, &A, H); }

handler(A) ::= EXCEPT(T) COLON suite(B).  { A = ast_handler(AR, T.loc, NULL, NULL, B); }
handler(A) ::= EXCEPT(T) test(E) COLON suite(B). { A = ast_handler(AR, T.loc, E, NULL, B); }
handler(A) ::= EXCEPT(T) test(E) AS NAME(N) COLON suite(B). { A = ast_handler(AR, T.loc, E, N.v.name, B); }

/* The header is reduced at its ':', before the line's end: see parse_with. */
with_stmt(A) ::= with_head(H) suite(B).   { A = H; A->u.with.body = B; }

with_head(A) ::= WITH(T) with_items(L) COLON. { A = parse_with(ctx, T.loc, L); }

%type with_items {AstList}
with_items(A) ::= with_item(I).           { A = ast_list1(AR, I); }
with_items(A) ::= with_items(L) COMMA with_item(I). { A = L; ast_list_push(AR, &A, I); }

with_item(A) ::= test(E).                 { A = ast_withitem(AR, E, NULL); }
with_item(A) ::= test(E) AS expr(X).      { A = ast_withitem(AR, E, parse_target(ctx, X, "assign to")); }

/* match/case are soft keywords: the driver (parse.c) turns the NAME into
 * MATCH or CASE where it starts such a statement.  Patterns parse as
 * expressions (no comparisons or boolean operators, so that `if` starts
 * the guard); the checker reads them as patterns. */
match_stmt(A) ::= MATCH(T) texprs(S) COLON NEWLINE INDENT cases(C) DEDENT. { A = ast_match(AR, T.loc, S, C); }

%type cases {AstList}
cases(A) ::= case_block(B).               { A = ast_list1(AR, B); }
cases(A) ::= cases(L) case_block(B).      { A = L; ast_list_push(AR, &A, B); }

/* The header is reduced at its ':', before the line's end: see parse_case. */
case_block(A) ::= case_head(H) suite(B).  { A = H; A->u.mcase.body = B; }

case_head(A) ::= CASE(T) patterns(P) COLON. { A = parse_case(ctx, T.loc, P, NULL); }
case_head(A) ::= CASE(T) patterns(P) IF test(G) COLON. { A = parse_case(ctx, T.loc, P, G); }

patterns(A) ::= xexprs(L).                { A = ast_tuple_or_item(AR, L.loc, &L, 0); }
patterns(A) ::= xexprs(L) COMMA.          { A = ast_tuple_or_item(AR, L.loc, &L, 1); }
patterns(A) ::= xexprs(L) AS NAME(N).     { A = ast_withitem(AR, ast_tuple_or_item(AR, L.loc, &L, 0), ast_name(AR, N.loc, N.v.name)); }

funcdef(A) ::= funchead(H) COLON suite(B). { A = ast_set_body(H, B); }

funchead(A) ::= DEF(T) NAME(N) LPAREN params(P) RPAREN. { A = parse_funcdef(ctx, T.loc, N.v.name, P, NULL); }
funchead(A) ::= DEF(T) NAME(N) LPAREN params(P) RPAREN ARROW test(R). { A = parse_funcdef(ctx, T.loc, N.v.name, P, R); }

async_funcdef(A) ::= ASYNC(T) funcdef(F). { A = parse_unsupported(ctx, T.loc, "'async def'", F); }

%type params {AstList}
params(A) ::= .                           { A = empty_list(); }
params(A) ::= param_list(L).              { A = L; }
params(A) ::= param_list(L) COMMA.        { A = L; }

%type param_list {AstList}
param_list(A) ::= param(P).               { A = empty_list(); if (P) ast_list_push(AR, &A, P); }
param_list(A) ::= param_list(L) COMMA param(P). { A = L; if (P) ast_list_push(AR, &A, P); }

param(A) ::= NAME(N).                     { A = ast_param(AR, N.loc, N.v.name, NULL, NULL, 0); }
param(A) ::= NAME(N) COLON test(T).       { A = ast_param(AR, N.loc, N.v.name, T, NULL, 0); }
param(A) ::= NAME(N) EQ test(D).          { A = ast_param(AR, N.loc, N.v.name, NULL, D, 0); }
param(A) ::= NAME(N) COLON test(T) EQ test(D). { A = ast_param(AR, N.loc, N.v.name, T, D, 0); }
param(A) ::= STAR(S).                     { A = ast_param(AR, S.loc, NULL, NULL, NULL, 1); }
param(A) ::= STAR(S) NAME(N).             { A = ast_param(AR, S.loc, N.v.name, NULL, NULL, 1); }
param(A) ::= STAR(S) NAME(N) COLON test(T). { A = ast_param(AR, S.loc, N.v.name, T, NULL, 1); }
param(A) ::= DSTAR(S) NAME(N).            { A = ast_param(AR, S.loc, N.v.name, NULL, NULL, 2); }
param(A) ::= DSTAR(S) NAME(N) COLON test(T). { A = ast_param(AR, S.loc, N.v.name, T, NULL, 2); }
param(A) ::= SLASH(S).                    { A = parse_unsupported(ctx, S.loc, "positional-only parameter marker ('/')", NULL); }

classdef(A) ::= CLASS(T) NAME(N) COLON suite(B). { A = ast_classdef(AR, T.loc, N.v.name, empty_list(), B); }
classdef(A) ::= CLASS(T) NAME(N) LPAREN RPAREN COLON suite(B). { A = ast_classdef(AR, T.loc, N.v.name, empty_list(), B); }
classdef(A) ::= CLASS(T) NAME(N) LPAREN args(L) RPAREN COLON suite(B). { A = ast_classdef(AR, T.loc, N.v.name, L, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAREN args(L) COMMA RPAREN COLON suite(B). { A = ast_classdef(AR, T.loc, N.v.name, L, B); }

decorated(A) ::= decorators(D) funcdef(F). { A = ast_decorate(F, D); }
decorated(A) ::= decorators(D) classdef(C). { A = ast_decorate(C, D); }
decorated(A) ::= decorators(D) async_funcdef(F). { A = ast_decorate(F, D); }

%type decorators {AstList}
decorators(A) ::= decorator(E).           { A = ast_list1(AR, E); }
decorators(A) ::= decorators(L) decorator(E). { A = L; ast_list_push(AR, &A, E); }

decorator(A) ::= AT(T) test(E) NEWLINE.   { A = ast_decorator(AR, T.loc, E); }

/* ------------------------------------------------------------ expressions */

/* A comma-separated list of expressions and *starred: a tuple when there
 * is a comma. */
%type exprs {ExprList}
exprs(A) ::= texpr(E).                    { A = (ExprList){ast_list1(AR, E), E->loc}; }
exprs(A) ::= exprs(L) COMMA texpr(E).     { A = L; ast_list_push(AR, &A.items, E); }

texprs(A) ::= exprs(L).                   { A = ast_tuple_or_item(AR, L.loc, &L, 0); }
texprs(A) ::= exprs(L) COMMA.             { A = ast_tuple_or_item(AR, L.loc, &L, 1); }

texpr(A) ::= test(E).                     { A = E; }
texpr(A) ::= star_expr(E).                { A = E; }

star_expr(A) ::= STAR(T) expr(E).         { A = ast_starred(AR, T.loc, OP_MUL, E); }

/* Targets of for and del: no comparison at the top, so that `in` ends them. */
%type xexprs {ExprList}
xexprs(A) ::= xexpr(E).                   { A = (ExprList){ast_list1(AR, E), E->loc}; }
xexprs(A) ::= xexprs(L) COMMA xexpr(E).   { A = L; ast_list_push(AR, &A.items, E); }

xexpr(A) ::= expr(E).                     { A = E; }
xexpr(A) ::= star_expr(E).                { A = E; }

/* Inside parentheses an item may be `x as y`: valid only as the items of
 * a with statement, `with (a as b, c):` (parse_with). */
%type pexprs {ExprList}
pexprs(A) ::= pexpr(E).                   { A = (ExprList){ast_list1(AR, E), E->loc}; }
pexprs(A) ::= pexprs(L) COMMA pexpr(E).   { A = L; ast_list_push(AR, &A.items, E); }

pexpr(A) ::= nexpr(E).                    { A = E; }
pexpr(A) ::= test(E) AS(T) expr(X).       { A = parse_as_item(ctx, T.loc, E, X); }

target_list(A) ::= xexprs(L).             { A = ast_tuple_or_item(AR, L.loc, &L, 0); }
target_list(A) ::= xexprs(L) COMMA.       { A = ast_tuple_or_item(AR, L.loc, &L, 1); }

yield_expr(A) ::= YIELD(T).               { A = ast_yield(AR, T.loc, AST_YIELD, NULL); }
yield_expr(A) ::= YIELD(T) texprs(E).     { A = ast_yield(AR, T.loc, AST_YIELD, E); }
yield_expr(A) ::= YIELD(T) FROM test(E).  { A = ast_yield(AR, T.loc, AST_YIELDFROM, E); }

test(A) ::= or_test(E).                   { A = E; }
test(A) ::= or_test(B) IF or_test(C) ELSE test(O). { A = ast_ifexp(AR, B, C, O); }
test(A) ::= lambdef(E).                   { A = E; }

/* An assignment expression, where CPython's grammar takes a
 * named_expression: if/elif/while conditions, call arguments, subscripts,
 * display items and comprehension elements, and inside parentheses.
 * Anywhere else (a statement, an assignment's value, a lambda body, a
 * comprehension's `if`) `:=` is a syntax error, as in CPython. */
named(A) ::= test(E).                     { A = E; }
named(A) ::= NAME(N) COLONEQ test(E).     { A = ast_named(AR, N.loc, ast_name(AR, N.loc, N.v.name), E); }

nexpr(A) ::= named(E).                    { A = E; }
nexpr(A) ::= star_expr(E).                { A = E; }

%type nexprs {ExprList}
nexprs(A) ::= nexpr(E).                   { A = (ExprList){ast_list1(AR, E), E->loc}; }
nexprs(A) ::= nexprs(L) COMMA nexpr(E).   { A = L; ast_list_push(AR, &A.items, E); }

lambdef(A) ::= LAMBDA(T) COLON test(E).   { A = parse_lambda(ctx, T.loc, empty_list(), E); }
lambdef(A) ::= LAMBDA(T) lparams(P) COLON test(E). { A = parse_lambda(ctx, T.loc, P, E); }

%type lparams {AstList}
lparams(A) ::= lparam_list(L).            { A = L; }
lparams(A) ::= lparam_list(L) COMMA.      { A = L; }

%type lparam_list {AstList}
lparam_list(A) ::= lparam(P).             { A = empty_list(); if (P) ast_list_push(AR, &A, P); }
lparam_list(A) ::= lparam_list(L) COMMA lparam(P). { A = L; if (P) ast_list_push(AR, &A, P); }

lparam(A) ::= NAME(N).                    { A = ast_param(AR, N.loc, N.v.name, NULL, NULL, 0); }
lparam(A) ::= NAME(N) EQ test(D).         { A = ast_param(AR, N.loc, N.v.name, NULL, D, 0); }
lparam(A) ::= STAR(S).                    { A = ast_param(AR, S.loc, NULL, NULL, NULL, 1); }
lparam(A) ::= STAR(S) NAME(N).            { A = ast_param(AR, S.loc, N.v.name, NULL, NULL, 1); }
lparam(A) ::= DSTAR(S) NAME(N).           { A = ast_param(AR, S.loc, N.v.name, NULL, NULL, 2); }
lparam(A) ::= SLASH(S).                   { A = parse_unsupported(ctx, S.loc, "positional-only parameter marker ('/')", NULL); }

or_test(A) ::= and_test(E).               { A = E; }
or_test(A) ::= or_test(L) OR(T) and_test(R). { A = ast_boolop(AR, (OpTok){OP_OR, T.loc}, L, R); }

and_test(A) ::= not_test(E).              { A = E; }
and_test(A) ::= and_test(L) AND(T) not_test(R). { A = ast_boolop(AR, (OpTok){OP_AND, T.loc}, L, R); }

not_test(A) ::= NOT(T) not_test(E).       { A = ast_unary(AR, T.loc, OP_NOT, E); }
not_test(A) ::= comparison(E).            { A = E; }

/* a < b <= c is one COMPARE; (a < b) <= c is two. */
comparison(A) ::= expr(E).                { A = E; }
comparison(A) ::= comp_chain(E).          { A = E; }

comp_chain(A) ::= expr(L) comp_op(O) expr(R). { A = ast_compare(AR, O, L, R); }
comp_chain(A) ::= comp_chain(L) comp_op(O) expr(R). { A = ast_compare_more(AR, L, O, R); }

%type comp_op {OpTok}
comp_op(A) ::= LT(T).                     { A = (OpTok){OP_LT, T.loc}; }
comp_op(A) ::= GT(T).                     { A = (OpTok){OP_GT, T.loc}; }
comp_op(A) ::= EQEQ(T).                   { A = (OpTok){OP_EQ, T.loc}; }
comp_op(A) ::= GE(T).                     { A = (OpTok){OP_GE, T.loc}; }
comp_op(A) ::= LE(T).                     { A = (OpTok){OP_LE, T.loc}; }
comp_op(A) ::= NE(T).                     { A = (OpTok){OP_NE, T.loc}; }
comp_op(A) ::= IN(T).                     { A = (OpTok){OP_IN, T.loc}; }
comp_op(A) ::= NOT(T) IN.                 { A = (OpTok){OP_NOTIN, T.loc}; }
comp_op(A) ::= IS(T).                     { A = (OpTok){OP_IS, T.loc}; }
comp_op(A) ::= IS(T) NOT.                 { A = (OpTok){OP_ISNOT, T.loc}; }

expr(A) ::= xor_expr(E).                  { A = E; }
expr(A) ::= expr(L) BAR(T) xor_expr(R).   { A = ast_binary(AR, (OpTok){OP_BITOR, T.loc}, L, R); }

xor_expr(A) ::= and_expr(E).              { A = E; }
xor_expr(A) ::= xor_expr(L) CARET(T) and_expr(R). { A = ast_binary(AR, (OpTok){OP_BITXOR, T.loc}, L, R); }

and_expr(A) ::= shift_expr(E).            { A = E; }
and_expr(A) ::= and_expr(L) AMP(T) shift_expr(R). { A = ast_binary(AR, (OpTok){OP_BITAND, T.loc}, L, R); }

shift_expr(A) ::= arith_expr(E).          { A = E; }
shift_expr(A) ::= shift_expr(L) LSHIFT(T) arith_expr(R). { A = ast_binary(AR, (OpTok){OP_LSHIFT, T.loc}, L, R); }
shift_expr(A) ::= shift_expr(L) RSHIFT(T) arith_expr(R). { A = ast_binary(AR, (OpTok){OP_RSHIFT, T.loc}, L, R); }

arith_expr(A) ::= term(E).                { A = E; }
arith_expr(A) ::= arith_expr(L) PLUS(T) term(R). { A = ast_binary(AR, (OpTok){OP_ADD, T.loc}, L, R); }
arith_expr(A) ::= arith_expr(L) MINUS(T) term(R). { A = ast_binary(AR, (OpTok){OP_SUB, T.loc}, L, R); }

term(A) ::= factor(E).                    { A = E; }
term(A) ::= term(L) STAR(T) factor(R).    { A = ast_binary(AR, (OpTok){OP_MUL, T.loc}, L, R); }
term(A) ::= term(L) SLASH(T) factor(R).   { A = ast_binary(AR, (OpTok){OP_DIV, T.loc}, L, R); }
term(A) ::= term(L) DSLASH(T) factor(R).  { A = ast_binary(AR, (OpTok){OP_FLOORDIV, T.loc}, L, R); }
term(A) ::= term(L) PERCENT(T) factor(R). { A = ast_binary(AR, (OpTok){OP_MOD, T.loc}, L, R); }
term(A) ::= term(L) AT(T) factor(R).      { A = ast_binary(AR, (OpTok){OP_MATMUL, T.loc}, L, R); }

factor(A) ::= PLUS(T) factor(E).          { A = ast_unary(AR, T.loc, OP_POS, E); }
factor(A) ::= MINUS(T) factor(E).         { A = parse_negate(ctx, T.loc, E); }
factor(A) ::= TILDE(T) factor(E).         { A = ast_unary(AR, T.loc, OP_INVERT, E); }
factor(A) ::= power(E).                   { A = E; }

/* -x ** y is -(x ** y); x ** -y is x ** (-y) */
power(A) ::= await_primary(E).            { A = E; }
power(A) ::= await_primary(L) DSTAR(T) factor(R). { A = ast_binary(AR, (OpTok){OP_POW, T.loc}, L, R); }

await_primary(A) ::= primary(E).          { A = E; }
await_primary(A) ::= AWAIT(T) primary(E). { A = parse_unsupported(ctx, T.loc, "'await'", E); }

primary(A) ::= atom(E).                   { A = E; }
primary(A) ::= primary(O) DOT NAME(N).    { A = ast_attr(AR, O, N.v.name, N.loc); }
primary(A) ::= primary(O) LBRACKET subscripts(I) RBRACKET. { A = ast_subscript(AR, O->loc, O, I); }
primary(A) ::= primary(F) LPAREN RPAREN.  { A = parse_call(ctx, F, empty_list()); }
primary(A) ::= primary(F) LPAREN args(L) RPAREN. { A = parse_call(ctx, F, L); }
primary(A) ::= primary(F) LPAREN args(L) COMMA RPAREN. { A = parse_call(ctx, F, L); }
primary(A) ::= primary(F) LPAREN(T) named(E) comp_for(C) RPAREN. { A = parse_call(ctx, F, ast_list1(AR, ast_comp(AR, AST_GENEXP, T.loc, E, NULL, C))); }

%type args {AstList}
args(A) ::= arg(E).                       { A = ast_list1(AR, E); }
args(A) ::= args(L) COMMA arg(E).         { A = L; ast_list_push(AR, &A, E); }

arg(A) ::= named(E).                      { A = E; }
arg(A) ::= test(N) EQ test(V).            { A = parse_keyword_arg(ctx, N, V); }
arg(A) ::= STAR(T) test(E).               { A = ast_starred(AR, T.loc, OP_MUL, E); }
arg(A) ::= DSTAR(T) test(E).              { A = ast_starred(AR, T.loc, OP_POW, E); }

/* a[i], a[i:j:k], a[:], a[1, 2] (a tuple index) */
subscripts(A) ::= sublist(L).             { A = ast_tuple_or_item(AR, L.loc, &L, 0); }
subscripts(A) ::= sublist(L) COMMA.       { A = ast_tuple_or_item(AR, L.loc, &L, 1); }

%type sublist {ExprList}
sublist(A) ::= subscript(E).              { A = (ExprList){ast_list1(AR, E), E->loc}; }
sublist(A) ::= sublist(L) COMMA subscript(E). { A = L; ast_list_push(AR, &A.items, E); }

subscript(A) ::= named(E).                { A = E; }
subscript(A) ::= opt_test(L) COLON(T) opt_test(H). { A = ast_slice(AR, L ? L->loc : T.loc, L, H, NULL); }
subscript(A) ::= opt_test(L) COLON(T) opt_test(H) COLON opt_test(S). { A = ast_slice(AR, L ? L->loc : T.loc, L, H, S); }

opt_test(A) ::= .                         { A = NULL; }
opt_test(A) ::= test(E).                  { A = E; }

atom(A) ::= NAME(N).                      { A = ast_name(AR, N.loc, N.v.name); }
atom(A) ::= INT(T).                       { A = parse_int_literal(ctx, &T); }
atom(A) ::= FLOAT(T).                     { A = ast_float(AR, T.loc, T.v.fval); }
atom(A) ::= strings(L).                   { A = parse_strings(ctx, &L); }
atom(A) ::= NONE(T).                      { A = ast_new(AR, AST_NONE, T.loc); }
atom(A) ::= TRUE(T).                      { A = ast_bool(AR, T.loc, 1); }
atom(A) ::= FALSE(T).                     { A = ast_bool(AR, T.loc, 0); }
atom(A) ::= ELLIPSIS(T).                  { A = ast_new(AR, AST_ELLIPSIS, T.loc); }
atom(A) ::= LPAREN(T) RPAREN.             { A = ast_seq(AR, AST_TUPLE, T.loc, empty_list()); }
atom(A) ::= LPAREN(T) pexprs(L) RPAREN.   { A = ast_tuple_or_item(AR, T.loc, &L, 0); }
atom(A) ::= LPAREN(T) pexprs(L) COMMA RPAREN. { A = ast_tuple_or_item(AR, T.loc, &L, 1); }
atom(A) ::= LPAREN(T) named(E) comp_for(C) RPAREN. { A = ast_comp(AR, AST_GENEXP, T.loc, E, NULL, C); }
atom(A) ::= LPAREN yield_expr(E) RPAREN.  { A = E; }
atom(A) ::= LBRACKET(T) RBRACKET.         { A = ast_seq(AR, AST_LIST, T.loc, empty_list()); }
atom(A) ::= LBRACKET(T) nexprs(L) RBRACKET. { A = ast_seq(AR, AST_LIST, T.loc, L.items); }
atom(A) ::= LBRACKET(T) nexprs(L) COMMA RBRACKET. { A = ast_seq(AR, AST_LIST, T.loc, L.items); }
atom(A) ::= LBRACKET(T) named(E) comp_for(C) RBRACKET. { A = ast_comp(AR, AST_LISTCOMP, T.loc, E, NULL, C); }
atom(A) ::= LBRACE(T) RBRACE.             { A = ast_dict(AR, T.loc, empty_list(), empty_list()); }
atom(A) ::= LBRACE(T) nexprs(L) RBRACE.    { A = ast_seq(AR, AST_SET, T.loc, L.items); }
atom(A) ::= LBRACE(T) nexprs(L) COMMA RBRACE. { A = ast_seq(AR, AST_SET, T.loc, L.items); }
atom(A) ::= LBRACE(T) named(E) comp_for(C) RBRACE. { A = ast_comp(AR, AST_SETCOMP, T.loc, E, NULL, C); }
atom(A) ::= LBRACE(T) dict_items(D) RBRACE. { A = ast_dict(AR, T.loc, D.keys, D.values); }
atom(A) ::= LBRACE(T) dict_items(D) COMMA RBRACE. { A = ast_dict(AR, T.loc, D.keys, D.values); }
atom(A) ::= LBRACE(T) test(K) COLON test(V) comp_for(C) RBRACE. { A = ast_comp(AR, AST_DICTCOMP, T.loc, K, V, C); }

%type dict_items {DictItems}
dict_items(A) ::= test(K) COLON test(V).  { A = (DictItems){ast_list1(AR, K), ast_list1(AR, V)}; }
dict_items(A) ::= dict_items(L) COMMA test(K) COLON test(V). { A = L; ast_list_push(AR, &A.keys, K); ast_list_push(AR, &A.values, V); }
/* `**d`: a NULL key (as in CPython's ast), the dict as the value */
dict_items(A) ::= DSTAR expr(E).          { A = (DictItems){ast_list1(AR, NULL), ast_list1(AR, E)}; }
dict_items(A) ::= dict_items(L) COMMA DSTAR expr(E). { A = L; ast_list_push(AR, &A.keys, NULL); ast_list_push(AR, &A.values, E); }

/* Adjacent literals, plain and f-strings mixed, make one string. */
%type strings {AstList}
strings(A) ::= STRING(T).                 { A = ast_list1(AR, T.v.str); }
strings(A) ::= strings(L) STRING(T).      { A = L; ast_list_push(AR, &A, T.v.str); }

/* for x in xs if c for y in ys: a COMPFOR per for, ifs attached to the
 * for they follow */
%type comp_for {AstList}
comp_for(A) ::= comp_clause(C).           { A = ast_list1(AR, C); }
comp_for(A) ::= comp_for(L) comp_clause(C). { A = L; ast_list_push(AR, &A, C); }
comp_for(A) ::= comp_for(L) IF or_test(E). { A = L; ast_list_push(AR, &A.items[A.n - 1]->u.compfor.ifs, E); }

comp_clause(A) ::= FOR(T) target_list(X) IN or_test(E). { A = ast_compfor(AR, T.loc, parse_target(ctx, X, "assign to"), E); }
comp_clause(A) ::= ASYNC(T) FOR target_list(X) IN or_test(E). { A = parse_unsupported(ctx, T.loc, "'async for'", ast_compfor(AR, T.loc, X, E)); }
