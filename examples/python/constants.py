"""Constants of kinds the core object model does not define (big ints,
bytes, complex): their modules register constructors here, so the
compiler needs no import of them."""
from __future__ import annotations

from typing import Callable

from astnodes import Constant, K_BIGINT, K_BYTES, K_IMAG
from objects import W_Object, PyError, overflow_error, not_implemented_feature


def _no_bigint(digits: str, base: int) -> W_Object:
    raise overflow_error("integer literal too large: big integers are not "
                         "supported yet")


def _no_bytes(data: str) -> W_Object:
    raise not_implemented_feature("bytes")


def _no_complex(imag: float) -> W_Object:
    raise not_implemented_feature("complex")


def _no_frozenset(items: list[W_Object]) -> W_Object | None:
    return None


BIGINT_CONST: list[Callable[[str, int], W_Object]] = [_no_bigint]
# the frozenset constant of a set display of constants (CPython folds
# {1, 2, 3} so; the set then grows from it, which decides its order)
FROZENSET_CONST: list[Callable[[list[W_Object]], W_Object | None]] = [
    _no_frozenset]
BYTES_CONST: list[Callable[[str], W_Object]] = [_no_bytes]
COMPLEX_CONST: list[Callable[[float], W_Object]] = [_no_complex]


def make_constant(e: Constant) -> W_Object:
    if e.kind == K_BIGINT:
        return BIGINT_CONST[0](e.sval, e.ival)
    if e.kind == K_BYTES:
        return BYTES_CONST[0](e.sval)
    if e.kind == K_IMAG:
        return COMPLEX_CONST[0](e.fval)
    raise not_implemented_feature("constant kind " + str(e.kind))
