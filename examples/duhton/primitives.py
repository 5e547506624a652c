"""The builtins of the global frame (spec section 5).

Every builtin receives its argument chain unevaluated and the caller's
frame, and evaluates what it needs left to right.  For the builtins the
spec marks as checking their arity first, the count (DuCons.size, O(1)) is
checked before anything is evaluated.
"""
from __future__ import annotations

import sys
import time
from typing import Callable

import rtrans

from objects import (DuObject, DuSymbol, DuCons, DuList, DuContainer,
                     DuFunction, Frame, Pending, DU_NONE, ZERO, ONE, INT_MIN,
                     fail, fail_type, fatal, write_out, wrap32, make_int, make_bool,
                     as_int, eval_int, eval_progn, run_body, bind_args,
                     intern)
from printer import render, render_all
import scheduler

OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_DIV = 3
OP_MOD = 4
OP_XOR = 5
OP_SHL = 6
OP_SHR = 7

CMP_LT = 0
CMP_LE = 1
CMP_EQ = 2
CMP_NE = 3
CMP_GT = 4
CMP_GE = 5


# ------------------------------------------------------- argument helpers

def count(args: DuObject) -> int:
    if isinstance(args, DuCons):
        return args.size
    return 0


def first(args: DuObject) -> DuObject:
    if isinstance(args, DuCons):
        return args.car
    return DU_NONE


def rest(args: DuObject) -> DuObject:
    if isinstance(args, DuCons):
        return args.cdr
    return DU_NONE


def second(args: DuObject) -> DuObject:
    return first(rest(args))


def third(args: DuObject) -> DuObject:
    return first(rest(rest(args)))


def check_one(name: str, args: DuObject) -> None:
    if count(args) != 1:
        fatal(name + ": expected one argument")


def check_two(name: str, args: DuObject) -> None:
    if count(args) != 2:
        fatal(name + ": expected two arguments")


# ------------------------------------------------------------- core forms

def bi_progn(args: DuObject, frame: Frame) -> DuObject:
    return eval_progn(args, frame)


def bi_setq(args: DuObject, frame: Frame) -> DuObject:
    result: DuObject = DU_NONE
    pair = args
    while isinstance(pair, DuCons):
        value_cell = pair.cdr
        if not isinstance(value_cell, DuCons):
            return fail("setq: number of arguments is odd")
        result = value_cell.car.evaluate(frame)
        frame.set_var(pair.car, result)
        pair = value_cell.cdr
    return result


def bi_if(args: DuObject, frame: Frame) -> DuObject:
    if count(args) < 2:
        return fail("if: expected at least two arguments")
    if first(args).evaluate(frame).is_true():
        return second(args).evaluate(frame)
    return eval_progn(rest(rest(args)), frame)


def bi_while(args: DuObject, frame: Frame) -> DuObject:
    if not isinstance(args, DuCons):
        return fail("while: expected at least one argument")
    cond = args.car
    body = args.cdr
    while cond.evaluate(frame).is_true():
        run_body(body, frame, args.line)
    return DU_NONE


def bi_defun(args: DuObject, frame: Frame) -> DuObject:
    if not isinstance(args, DuCons) or args.size < 2:
        return fail("defun: expected at least two arguments")
    name = args.car
    if not isinstance(name, DuSymbol):
        return fail_type("DuSymbol_Id", "symbol", name)
    params = second(args)
    body = rest(rest(args))
    line = args.line
    first_form = first(body)
    if isinstance(first_form, DuCons):
        line = first_form.line
    frame.own_entry(name).func = DuFunction(name, params, body, line)
    return DU_NONE


def bi_quote(args: DuObject, frame: Frame) -> DuObject:
    check_one("quote", args)
    return first(args)


# --------------------------------------------------------------- integers

def c_div(a: int, b: int) -> int:
    """C's truncating division; its traps are fatal errors here."""
    if b == 0:
        fatal("division by zero")
    if a == INT_MIN and b == -1:
        fatal("integer overflow: -2147483648 / -1")
    q = abs(a) // abs(b)
    if (a < 0) != (b < 0):
        q = -q
    return q


def c_mod(a: int, b: int) -> int:
    """C's remainder: the sign of the dividend."""
    if b == 0:
        fatal("division by zero")
    if a == INT_MIN and b == -1:
        fatal("integer overflow: -2147483648 % -1")
    r = abs(a) % abs(b)
    if a < 0:
        r = -r
    return r


def apply_op(op: int, a: int, b: int) -> int:
    if op == OP_ADD:
        return wrap32(a + b)
    if op == OP_SUB:
        return wrap32(a - b)
    if op == OP_MUL:
        return wrap32(a * b)
    if op == OP_DIV:
        return c_div(a, b)
    if op == OP_MOD:
        return c_mod(a, b)
    if op == OP_XOR:
        return a ^ b
    if op == OP_SHL:
        return wrap32(a << (b & 31))
    return a >> (b & 31)


def fold(args: DuObject, frame: Frame, op: int, empty: int) -> DuObject:
    """((a op b) op c)...; no operand gives empty, one gives itself."""
    if not isinstance(args, DuCons):
        return make_int(empty)
    acc = eval_int(args.car, frame)
    operand = args.cdr
    while isinstance(operand, DuCons):
        acc = apply_op(op, acc, eval_int(operand.car, frame))
        operand = operand.cdr
    return make_int(acc)


def bi_add(args: DuObject, frame: Frame) -> DuObject:
    return fold(args, frame, OP_ADD, 0)


def bi_sub(args: DuObject, frame: Frame) -> DuObject:
    return fold(args, frame, OP_SUB, 0)


def bi_mul(args: DuObject, frame: Frame) -> DuObject:
    return fold(args, frame, OP_MUL, 1)


def bi_div(args: DuObject, frame: Frame) -> DuObject:
    return fold(args, frame, OP_DIV, 0)


def bi_mod(args: DuObject, frame: Frame) -> DuObject:
    return fold(args, frame, OP_MOD, 0)


def bi_xor(args: DuObject, frame: Frame) -> DuObject:
    return fold(args, frame, OP_XOR, 0)


def shift(args: DuObject, frame: Frame, op: int) -> DuObject:
    if not isinstance(args, DuCons):
        # the reference's message, from its cons walker
        return fail("_DuCons_NEXT: not a well-formed cons list")
    return fold(args, frame, op, 0)


def bi_shl(args: DuObject, frame: Frame) -> DuObject:
    return shift(args, frame, OP_SHL)


def bi_shr(args: DuObject, frame: Frame) -> DuObject:
    return shift(args, frame, OP_SHR)


def compare(args: DuObject, frame: Frame, op: int) -> DuObject:
    if count(args) != 2:
        return fail("comparison: expected two arguments")
    left = first(args).evaluate(frame)
    right = second(args).evaluate(frame)
    a = as_int(left)
    b = as_int(right)
    if op == CMP_LT:
        return make_bool(a < b)
    if op == CMP_LE:
        return make_bool(a <= b)
    if op == CMP_EQ:
        return make_bool(a == b)
    if op == CMP_NE:
        return make_bool(a != b)
    if op == CMP_GT:
        return make_bool(a > b)
    return make_bool(a >= b)


def bi_lt(args: DuObject, frame: Frame) -> DuObject:
    return compare(args, frame, CMP_LT)


def bi_le(args: DuObject, frame: Frame) -> DuObject:
    return compare(args, frame, CMP_LE)


def bi_eq(args: DuObject, frame: Frame) -> DuObject:
    return compare(args, frame, CMP_EQ)


def bi_ne(args: DuObject, frame: Frame) -> DuObject:
    return compare(args, frame, CMP_NE)


def bi_gt(args: DuObject, frame: Frame) -> DuObject:
    return compare(args, frame, CMP_GT)


def bi_ge(args: DuObject, frame: Frame) -> DuObject:
    return compare(args, frame, CMP_GE)


def bi_and(args: DuObject, frame: Frame) -> DuObject:
    operand = args
    while isinstance(operand, DuCons):
        if not operand.car.evaluate(frame).is_true():
            return ZERO
        operand = operand.cdr
    return ONE


def bi_or(args: DuObject, frame: Frame) -> DuObject:
    operand = args
    while isinstance(operand, DuCons):
        if operand.car.evaluate(frame).is_true():
            return ONE
        operand = operand.cdr
    return ZERO


def bi_not(args: DuObject, frame: Frame) -> DuObject:
    check_one("not", args)
    return make_bool(not first(args).evaluate(frame).is_true())


# ---------------------------------------------------------- data structures

def bi_list(args: DuObject, frame: Frame) -> DuObject:
    items: list[DuObject] = []
    operand = args
    while isinstance(operand, DuCons):
        items.append(operand.car.evaluate(frame))
        operand = operand.cdr
    return DuList(items)


def bi_len(args: DuObject, frame: Frame) -> DuObject:
    check_one("len", args)
    o = first(args).evaluate(frame)
    if isinstance(o, DuList):
        return make_int(len(o.items))
    return fail("object of type '" + o.type_name() + "' has no length")


def bi_get(args: DuObject, frame: Frame) -> DuObject:
    n = count(args)
    if n == 0:
        return fail("get: expected at least one argument")
    o = first(args).evaluate(frame)
    if isinstance(o, DuList):
        if n != 2:
            return fail("get with a list: expected two arguments")
        i = eval_int(second(args), frame)
        if i < 0 or i >= len(o.items):
            return fail("list_get: index out of range")
        return o.items[i]
    if isinstance(o, DuContainer):
        if n != 1:
            return fail("get with a container: expected one argument")
        return o.value
    return fail("get: bad argument type '" + o.type_name() + "'")


def bi_set(args: DuObject, frame: Frame) -> DuObject:
    n = count(args)
    if n < 2:
        return fail("set: expected at least two arguments")
    o = first(args).evaluate(frame)
    if isinstance(o, DuList):
        if n != 3:
            return fail("set with a list: expected three arguments")
        index = second(args).evaluate(frame)
        value = third(args).evaluate(frame)
        i = as_int(index)
        if i < 0 or i >= len(o.items):
            return fail("list_set: index out of range")
        o.items[i] = value
        return DU_NONE
    if isinstance(o, DuContainer):
        if n != 2:
            return fail("set with a container: expected two arguments")
        o.value = second(args).evaluate(frame)
        return DU_NONE
    return fail("set: bad argument type '" + o.type_name() + "'")


def bi_append(args: DuObject, frame: Frame) -> DuObject:
    check_two("append", args)
    target = first(args).evaluate(frame)
    value = second(args).evaluate(frame)
    if not isinstance(target, DuList):
        return fail_type("DuList_Append", "list", target)
    target.items.append(value)
    return target


def pop_last(target: DuObject) -> DuObject:
    if not isinstance(target, DuList):
        return fail_type("DuList_Size", "list", target)
    if len(target.items) == 0:
        return fail("pop: empty list")
    return target.items.pop()


def bi_pop(args: DuObject, frame: Frame) -> DuObject:
    n = count(args)
    if n == 0:
        return fail("pop: expected at least one argument")
    if n > 2:
        return fail("pop: expected at most two arguments")
    target = first(args).evaluate(frame)
    if n == 1:
        return pop_last(target)
    i = eval_int(second(args), frame)
    if not isinstance(target, DuList):
        return fail_type("DuList_Pop", "list", target)
    if i < 0 or i >= len(target.items):
        return fail("list_pop: index out of range")
    return target.items.pop(i)


def bi_container(args: DuObject, frame: Frame) -> DuObject:
    n = count(args)
    if n > 1:
        return fail("container: expected one argument")
    if n == 0:
        return DuContainer(DU_NONE)
    return DuContainer(first(args).evaluate(frame))


def bi_cons(args: DuObject, frame: Frame) -> DuObject:
    check_two("cons", args)
    car = first(args).evaluate(frame)
    cdr = second(args).evaluate(frame)
    return DuCons(car, cdr, 0)


def bi_car(args: DuObject, frame: Frame) -> DuObject:
    check_one("car", args)
    o = first(args).evaluate(frame)
    if isinstance(o, DuCons):
        return o.car
    return fail_type("DuCons_Car", "cons", o)


def bi_cdr(args: DuObject, frame: Frame) -> DuObject:
    check_one("cdr", args)
    o = first(args).evaluate(frame)
    if isinstance(o, DuCons):
        return o.cdr
    return fail_type("DuCons_Cdr", "cons", o)


def bi_pairp(args: DuObject, frame: Frame) -> DuObject:
    check_one("pair?", args)
    return make_bool(isinstance(first(args).evaluate(frame), DuCons))


def bi_type(args: DuObject, frame: Frame) -> DuObject:
    check_one("type", args)
    return first(args).evaluate(frame).type_symbol()


# ---------------------------------------------------------------- the rest

def bi_print(args: DuObject, frame: Frame) -> DuObject:
    values: list[DuObject] = []
    operand = args
    while isinstance(operand, DuCons):
        values.append(operand.car.evaluate(frame))
        operand = operand.cdr
    text = render_all(values) + "\n"
    rtrans.become_inevitable()
    write_out(text)
    return DU_NONE


def bi_definedp(args: DuObject, frame: Frame) -> DuObject:
    check_one("defined?", args)
    sym = first(args)
    if not isinstance(sym, DuSymbol):
        return fail_type("DuSymbol_Id", "symbol", sym)
    return make_bool(frame.has_var(sym))


def bi_assert(args: DuObject, frame: Frame) -> DuObject:
    check_one("assert", args)
    expr = first(args)
    if eval_int(expr, frame) == 0:
        rtrans.become_inevitable()
        write_out("assert failed: " + render(expr) + "\n")
        return fail("assert failed")
    return DU_NONE


def bi_time(args: DuObject, frame: Frame) -> DuObject:
    ms = int(time.time() * 1000.0 + 0.5)
    return make_int(ms & 0x7FFFFFFF)


def bi_sleepms(args: DuObject, frame: Frame) -> DuObject:
    check_one("sleepms", args)
    ms = eval_int(first(args), frame)
    sys.stderr.write("[sleeping " + str(ms) + " ms]\n")
    sys.stderr.flush()
    if ms > 0:
        time.sleep(ms / 1000.0)
    sys.stderr.write("[slept " + str(ms) + " ms]\n")
    sys.stderr.flush()
    return DU_NONE


def bi_transaction(args: DuObject, frame: Frame) -> DuObject:
    if not isinstance(args, DuCons):
        return fail("transaction: expected at least one argument")
    name = args.car
    if not isinstance(name, DuSymbol):
        return fail_type("DuSymbol_Id", "symbol", name)
    entry = frame.entry_for_call(name)
    f = entry.func
    if f is None:
        if entry.builtin is not None:
            return fail("symbol refers to a macro: '" + name.name + "'")
        return fail("symbol not defined as a function: '" + name.name + "'")
    prepared = bind_args(f, args.cdr, frame)
    frame.ctx.queued.append(Pending(f, prepared.entries))
    return DU_NONE


def bi_run_transactions(args: DuObject, frame: Frame) -> DuObject:
    if isinstance(args, DuCons):
        return fail("run-transactions: expected no argument")
    scheduler.run_all(frame.ctx)
    return DU_NONE


# ------------------------------------------------------------ registration

def register(name: str, fn: Callable[[DuObject, Frame], DuObject]) -> None:
    intern(name).glob.builtin = fn


def install() -> None:
    """Fill the global frame: the builtins and the variable None."""
    register("progn", bi_progn)
    register("setq", bi_setq)
    register("if", bi_if)
    register("while", bi_while)
    register("defun", bi_defun)
    register("quote", bi_quote)
    register("+", bi_add)
    register("-", bi_sub)
    register("*", bi_mul)
    register("/", bi_div)
    register("%", bi_mod)
    register("^", bi_xor)
    register("<<", bi_shl)
    register(">>", bi_shr)
    register("<", bi_lt)
    register("<=", bi_le)
    register("==", bi_eq)
    register("!=", bi_ne)
    register(">", bi_gt)
    register(">=", bi_ge)
    register("&&", bi_and)
    register("||", bi_or)
    register("not", bi_not)
    register("list", bi_list)
    register("len", bi_len)
    register("get", bi_get)
    register("set", bi_set)
    register("append", bi_append)
    register("pop", bi_pop)
    register("container", bi_container)
    register("cons", bi_cons)
    register("car", bi_car)
    register("cdr", bi_cdr)
    register("pair?", bi_pairp)
    register("type", bi_type)
    register("print", bi_print)
    register("defined?", bi_definedp)
    register("assert", bi_assert)
    register("time", bi_time)
    register("sleepms", bi_sleepms)
    register("transaction", bi_transaction)
    register("run-transactions", bi_run_transactions)
    intern("None").glob.value = DU_NONE
