"""Binary and unary operators: fast paths for the builtin types, then
CPython's generic dispatch (__op__ / __rop__ with the subclass rule,
NotImplemented, in-place variants) and its error messages.
"""
from __future__ import annotations

from typing import Callable

from objects import (W_Object, W_Type, W_Int, W_Bool, W_Float, W_Str,
                     W_Tuple, W_List, W_Dict, ExecCtx, PyError, new_int,
                     new_bool, new_str, new_tuple, W_NOTIMPLEMENTED,
                     W_TRUE, W_FALSE, type_error, overflow_error,
                     compare_bool, richcompare, is_true, index_value,
                     STR_TYPE, LIST_TYPE, TUPLE_TYPE, INT_TYPE, py_error,
                     EXC_MEMORY_ERROR, request, run_stages)
from astnodes import (OP_ADD, OP_AND, OP_FLOORDIV, OP_LSHIFT, OP_MATMUL,
                      OP_MUL, OP_MOD, OP_OR, OP_POW, OP_RSHIFT, OP_SUB,
                      OP_TRUEDIV, OP_XOR, OP_SYMBOLS, OP_METHODS, N_BINOPS)
import numops
from numops import cmp_int_float, cmp_result
import complexobject
from complexobject import W_Complex


def method_names() -> list[str]:
    out: list[str] = []
    for m in OP_METHODS:
        out.append("__" + m + "__")
    return out


def rmethod_names() -> list[str]:
    out: list[str] = []
    for m in OP_METHODS:
        out.append("__r" + m + "__")
    return out


def imethod_names() -> list[str]:
    out: list[str] = []
    for m in OP_METHODS:
        out.append("__i" + m + "__")
    return out


BINOP_NAMES: list[str] = method_names()
BINOP_RNAMES: list[str] = rmethod_names()
BINOP_INAMES: list[str] = imethod_names()

MAX_SEQ_LEN = 1 << 40


def repeat_count(ec: ExecCtx, w_n: W_Object) -> int:
    n = index_value(ec, w_n, "can't multiply sequence by non-int of type '{}'")
    if n < 0:
        return 0
    return n


def seq_repeat_check(n: int, length: int) -> None:
    if length > 0 and n > MAX_SEQ_LEN // length:
        raise py_error(EXC_MEMORY_ERROR, "")


def binary_op(ec: ExecCtx, a: W_Object, b: W_Object, op: int) -> W_Object:
    """a <op> b."""
    if isinstance(a, W_Int) and isinstance(b, W_Int):
        if isinstance(a, W_Bool) and isinstance(b, W_Bool) and \
                (op == OP_AND or op == OP_OR or op == OP_XOR):
            return bool_bitop(a.value, b.value, op)
        # NotImplemented for @: the generic path's TypeError
        ri = numops.int_binop(ec, op, a.value, b.value)
        if ri is not W_NOTIMPLEMENTED:
            return ri
    if isinstance(a, W_Float):
        if isinstance(b, W_Float):
            # NotImplemented for & | ^ << >> @: the generic path's TypeError
            r = numops.float_binop(ec, op, a.value, b.value)
            if r is not W_NOTIMPLEMENTED:
                return r
        elif isinstance(b, W_Int):
            r = numops.float_binop(ec, op, a.value, float_of_int(b.value))
            if r is not W_NOTIMPLEMENTED:
                return r
    elif isinstance(a, W_Int) and isinstance(b, W_Float):
        r = numops.float_binop(ec, op, float_of_int(a.value), b.value)
        if r is not W_NOTIMPLEMENTED:
            return r
    elif isinstance(a, W_Str):
        if op == OP_ADD and isinstance(b, W_Str):
            return new_str(a.value + b.value)
        if op == OP_MOD:
            return STR_MOD[0](ec, a, b)
    elif isinstance(a, W_List):
        if op == OP_ADD and isinstance(b, W_List):
            items = list(a.items)
            items.extend(b.items)
            return W_List(items)
    elif isinstance(a, W_Tuple):
        if op == OP_ADD and isinstance(b, W_Tuple):
            items2 = list(a.items)
            items2.extend(b.items)
            return new_tuple(items2)
    if isinstance(a, W_Complex) or isinstance(b, W_Complex):
        r3 = complexobject.exact_pair_op(ec, op, a, b)
        if r3 is not W_NOTIMPLEMENTED:
            return r3
    r2 = big_pair_op(ec, a, b, op)
    if r2 is not W_NOTIMPLEMENTED:
        return r2
    return generic_binop(ec, a, b, op)


def _no_big_pair(ec: ExecCtx, op: int, a: W_Object, b: W_Object) -> W_Object:
    return W_NOTIMPLEMENTED


# (ec, op, a, b) -> a <op> b for two exact ints, one at least big, or
# NotImplemented: what int.__add__... compute (longobject.ext_binop)
BIG_PAIR_OP: list[Callable[[ExecCtx, int, W_Object, W_Object], W_Object]] = [
    _no_big_pair]
# the same for comparisons (longobject.ext_compare)
BIG_PAIR_COMPARE: list[Callable[[ExecCtx, int, W_Object, W_Object],
                                W_Object]] = [_no_big_pair]


def big_pair_op(ec: ExecCtx, a: W_Object, b: W_Object, op: int) -> W_Object:
    """The int type's operator for exact ints without looking it up (64-bit
    pairs took the fast path before): big integer arithmetic pays no
    method call.  NotImplemented for anything else."""
    if a.get_type() is INT_TYPE and b.get_type() is INT_TYPE:
        return BIG_PAIR_OP[0](ec, op, a, b)
    return W_NOTIMPLEMENTED


def float_of_int(v: int) -> float:
    return float(v)


def bool_bitop(a: int, b: int, op: int) -> W_Object:
    if op == OP_AND:
        return new_bool((a & b) != 0)
    if op == OP_OR:
        return new_bool((a | b) != 0)
    return new_bool((a ^ b) != 0)


def _str_mod_missing(ec: ExecCtx, a: W_Str, b: W_Object) -> W_Object:
    return generic_binop(ec, a, b, OP_MOD)


STR_MOD: list[Callable[[ExecCtx, W_Str, W_Object], W_Object]] = [
    _str_mod_missing]


def inplace_op(ec: ExecCtx, a: W_Object, b: W_Object, op: int) -> W_Object:
    """a <op>= b: __iop__ first, then the binary operator."""
    if isinstance(a, W_Int) and isinstance(b, W_Int) and \
            not isinstance(a, W_Bool):
        ri = numops.int_binop(ec, op, a.value, b.value)
        if ri is not W_NOTIMPLEMENTED:
            return ri
    if isinstance(a, W_Float) and isinstance(b, W_Float):
        r0 = numops.float_binop(ec, op, a.value, b.value)
        if r0 is not W_NOTIMPLEMENTED:
            return r0
    if isinstance(a, W_Str) and isinstance(b, W_Str) and op == OP_ADD:
        return new_str(a.value + b.value)
    if isinstance(a, W_List):
        if op == OP_ADD:
            if isinstance(b, W_List):
                a.items.extend(b.items)
            else:
                LIST_EXTEND[0](ec, a, b)
            return a
    r = big_pair_op(ec, a, b, op)
    if r is not W_NOTIMPLEMENTED:
        return r
    return run_stages(ec, binop_stage, a, b, N_BINOPS + op, None)


def _list_extend_missing(ec: ExecCtx, a: W_List, b: W_Object) -> None:
    raise type_error("list extend is not installed")


LIST_EXTEND: list[Callable[[ExecCtx, W_List, W_Object], None]] = [
    _list_extend_missing]


def reflected_method(ta: W_Type, tb: W_Type, op: int,
                     w_left: W_Object | None) -> W_Object | None:
    """b's __rop__ for a <op> b when it may run, a's __op__ being
    w_left.  A method set to None is returned too: calling it raises
    CPython's TypeError."""
    if tb is ta:
        return None
    w_right = tb.lookup(BINOP_RNAMES[op])
    if w_right is not None and w_right is ta.lookup(BINOP_RNAMES[op]):
        # the same implementation: reflecting would only repeat it
        if w_left is not None:
            return None
    return w_right


def reflected_first(ta: W_Type, tb: W_Type, w_right: W_Object | None) -> bool:
    """b's __rop__ runs before a's __op__: b's type is a subtype of a's."""
    return w_right is not None and tb is not ta and tb.is_subtype(ta)


def generic_binop(ec: ExecCtx, a: W_Object, b: W_Object,
                  op: int) -> W_Object:
    return run_stages(ec, binop_stage, a, b, op, None)


# The stages of a <op> b's dispatch (binop_stage): the method that was
# called last
BIN_START = 0
BIN_IOP = 1         # a's __iop__ (a <op>= b)
BIN_RFIRST = 2      # b's __rop__, first: w_carry is a's __op__ or None
BIN_LEFT = 3        # a's __op__: w_carry is b's __rop__ or None
BIN_RIGHT = 4       # b's __rop__


def binop_stage(ec: ExecCtx, a: W_Object, b: W_Object, oparg: int,
                stage: int, w_prev: W_Object | None,
                w_carry: W_Object | None) -> W_Object | None:
    """a <op> b (oparg: op; N_BINOPS + op: a <op>= b, __iop__ first) past
    the builtin pairs (a StageFn): a's __op__, b's __rop__ first when b's
    type is a subtype of a's, TypeError when each returned
    NotImplemented.  Both are looked up before either runs: a method
    that the first adds does not run."""
    if stage != BIN_START and w_prev is not None and \
            w_prev is not W_NOTIMPLEMENTED:
        return w_prev
    inplace = oparg >= N_BINOPS
    op = oparg - N_BINOPS if inplace else oparg
    if stage == BIN_START and inplace:
        w_imeth = a.get_type().lookup(BINOP_INAMES[op])
        if w_imeth is not None:
            request(ec, w_imeth, a, b, None, BIN_IOP, None)
            return None
    if stage <= BIN_IOP:
        binop_first(ec, a, b, op, inplace)
        return None
    if stage == BIN_RFIRST and w_carry is not None:
        request(ec, w_carry, a, b, None, BIN_LEFT, None)
        return None
    if stage == BIN_LEFT and w_carry is not None:
        request(ec, w_carry, b, a, None, BIN_RIGHT, None)
        return None
    raise binop_type_error(a, b, op, inplace)


def binop_first(ec: ExecCtx, a: W_Object, b: W_Object, op: int,
                inplace: bool) -> None:
    """Asks for the first of a's __op__ and b's __rop__ that a <op> b
    calls, the other one carried."""
    ta = a.get_type()
    tb = b.get_type()
    w_left = ta.lookup(BINOP_NAMES[op])
    w_right = reflected_method(ta, tb, op, w_left)
    if reflected_first(ta, tb, w_right) and w_right is not None:
        request(ec, w_right, b, a, None, BIN_RFIRST, w_left)
        return
    if w_left is not None:
        request(ec, w_left, a, b, None, BIN_LEFT, w_right)
        return
    if w_right is not None:
        request(ec, w_right, b, a, None, BIN_RIGHT, None)
        return
    raise binop_type_error(a, b, op, inplace)


def binop_right(a: W_Object, b: W_Object, op: int) -> W_Object | None:
    """b's __rop__ for a <op> b, as binop_first finds it before it
    calls anything (CPython too: a method that a's __op__ adds does not
    run)."""
    ta = a.get_type()
    return reflected_method(ta, b.get_type(), op, ta.lookup(BINOP_NAMES[op]))


def binop_left_first(a: W_Object, b: W_Object, op: int,
                     w_right: W_Object | None) -> W_Object | None:
    """a's __op__ when binop_stage calls it first for a <op> b, b's
    __rop__ being w_right (the interpreter's loop may run its frame
    itself, then the stage BIN_LEFT if it returns NotImplemented); None
    otherwise."""
    ta = a.get_type()
    w_left = ta.lookup(BINOP_NAMES[op])
    if w_left is None or \
            reflected_first(ta, b.get_type(), w_right):
        return None
    return w_left


def is_sequence_type(t: W_Type) -> bool:
    return (t.is_subtype(STR_TYPE) or t.is_subtype(LIST_TYPE)
            or t.is_subtype(TUPLE_TYPE) or t.name == "bytes"
            or t.name == "bytearray")


def binop_type_error(a: W_Object, b: W_Object, op: int,
                     inplace: bool) -> PyError:
    ta = a.get_type()
    tb = b.get_type()
    if op == OP_ADD and is_sequence_type(ta) and not tb.is_subtype(ta):
        base = ta
        for t in ta.mro:
            if t.module == "builtins" and t.name in ("str", "list", "tuple",
                                                     "bytes", "bytearray"):
                base = t
                break
        if base.name == "bytes" or base.name == "bytearray":
            # the buffer protocol's message
            return type_error("can't concat " + tb.name + " to "
                              + base.name)
        if base.name == "str":
            return type_error("can only concatenate str (not \""
                              + tb.name + "\") to str")
        return type_error("can only concatenate " + base.name + " (not \""
                          + tb.name + "\") to " + base.name)
    if op == OP_MUL:
        if is_sequence_type(ta) and not tb.is_subtype(INT_TYPE):
            return type_error("can't multiply sequence by non-int of type '"
                              + tb.name + "'")
        if is_sequence_type(tb) and not ta.is_subtype(INT_TYPE):
            return type_error("can't multiply sequence by non-int of type '"
                              + ta.name + "'")
    sym = OP_SYMBOLS[op]
    if op == OP_POW and not inplace:
        sym = "** or pow()"
    elif inplace:
        sym = sym + "="
    return type_error("unsupported operand type(s) for " + sym + ": '"
                      + ta.name + "' and '" + tb.name + "'")


# -------------------------------------------------------------- compare

def compare(ec: ExecCtx, a: W_Object, b: W_Object, op: int) -> W_Object:
    if isinstance(a, W_Int):
        if isinstance(b, W_Int):
            return new_bool(cmp_ints(a.value, b.value, op))
        if isinstance(b, W_Float):
            return new_bool(cmp_result(cmp_int_float(a.value, b.value), op))
    elif isinstance(a, W_Float):
        if isinstance(b, W_Float):
            return new_bool(cmp_floats(a.value, b.value, op))
        if isinstance(b, W_Int):
            c = cmp_int_float(b.value, a.value)
            if c != 2:
                c = -c
            return new_bool(cmp_result(c, op))
    elif isinstance(a, W_Str) and isinstance(b, W_Str):
        return new_bool(cmp_strs(a.value, b.value, op))
    if a.get_type() is INT_TYPE and b.get_type() is INT_TYPE:
        r = BIG_PAIR_COMPARE[0](ec, op, a, b)
        if r is not W_NOTIMPLEMENTED:
            return r
    return richcompare(ec, a, b, op)


def cmp_ints(a: int, b: int, op: int) -> bool:
    if op == 0:
        return a < b
    if op == 1:
        return a <= b
    if op == 2:
        return a == b
    if op == 3:
        return a != b
    if op == 4:
        return a > b
    return a >= b


def cmp_floats(a: float, b: float, op: int) -> bool:
    if op == 0:
        return a < b
    if op == 1:
        return a <= b
    if op == 2:
        return a == b
    if op == 3:
        return a != b
    if op == 4:
        return a > b
    return a >= b


def cmp_strs(a: str, b: str, op: int) -> bool:
    if op == 0:
        return a < b
    if op == 1:
        return a <= b
    if op == 2:
        return a == b
    if op == 3:
        return a != b
    if op == 4:
        return a > b
    return a >= b


# ---------------------------------------------------------------- unary

# unary operators (unary_stage's op)
UN_NEG = 0
UN_POS = 1
UN_INVERT = 2
UNARY_NAMES: list[str] = ["__neg__", "__pos__", "__invert__"]
UNARY_SYMBOLS: list[str] = ["-", "+", "~"]


def negative(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_Int):
        return numops.int_neg(ec, w.value)
    if isinstance(w, W_Float):
        return W_Float(-w.value)
    return run_stages(ec, unary_stage, w, w, UN_NEG, None)


def positive(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_Int):
        return new_int(w.value)
    if isinstance(w, W_Float):
        return w
    return run_stages(ec, unary_stage, w, w, UN_POS, None)


def invert(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_Int):
        return new_int(~w.value)
    return run_stages(ec, unary_stage, w, w, UN_INVERT, None)


def absolute(ec: ExecCtx, w: W_Object) -> W_Object:
    if isinstance(w, W_Int):
        return numops.int_abs(ec, w.value)
    if isinstance(w, W_Float):
        v = w.value
        return W_Float(-v if v < 0.0 or (v == 0.0 and str(v)[0] == "-") else v)
    w_meth = w.get_type().lookup("__abs__")
    if w_meth is None:
        raise type_error("bad operand type for abs(): '" + w.type_name() + "'")
    return w_meth.call_method(ec, w, [], None)


def unary_stage(ec: ExecCtx, w: W_Object, w_same: W_Object, op: int,
                stage: int, w_prev: W_Object | None,
                w_carry: W_Object | None) -> W_Object | None:
    """<op> w (UN_NEG...) by w's type's method (a StageFn)."""
    if stage != 0:
        return w_prev
    w_meth = w.get_type().lookup(UNARY_NAMES[op])
    if w_meth is None:
        raise type_error("bad operand type for unary " + UNARY_SYMBOLS[op]
                         + ": '" + w.type_name() + "'")
    request(ec, w_meth, w, None, None, 1, None)
    return None


def not_(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_bool(not is_true(ec, w))


def contains(ec: ExecCtx, w_container: W_Object, w_item: W_Object) -> bool:
    return w_container.contains(ec, w_item)
