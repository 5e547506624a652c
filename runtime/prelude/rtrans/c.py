"""C functions of system headers, for programs run under CPython.

    from rtrans.c import include
    libm = include("math.h", safe=["sqrt"])
    print(libm.sqrt(2.0))

The translator reads the header with libclang (frontend/cimport.c) and
calls each function through a generated C wrapper.  Under CPython this
module does the same with Python's libclang bindings (`clang.cindex`,
Debian package python3-clang-14) and `ctypes`, by the same rules, so that
a program prints the same thing either way:

- integer types (canonical: size_t, enums ... are their integer type) are
  `int`; an argument outside the C type's range raises OverflowError
  ("argument 2 of 'ldexp' does not fit in C 'int'"), an unsigned 64-bit
  result above 2**63 - 1 raises OverflowError too (rtrans's int is 64-bit);
- float, double and long double are `float`;
- a `const char *` parameter takes a `str`, passed as NUL-terminated UTF-8
  (a NUL character raises ValueError "embedded null byte");
- a `char *` or `const char *` result is copied into a `str` (UTF-8), NULL
  gives None;
- a `void` result gives None.

Other functions cannot be called.  `safe=` only matters to the translator
(calls of those functions need no inevitable transaction); here it is
checked against the header and otherwise ignored.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib
import os
import sys
from typing import Any, Callable

__all__ = ["include"]

# Where Debian installs the bindings, for a Python that does not look there
# (a Python built from source, a virtual environment).
_DEBIAN_DIST_PACKAGES = "/usr/lib/python3/dist-packages"
_MAIN_NAME = "rtrans-cimport.c"


def _cindex() -> Any:
    # Imported by name: the bindings carry no type information, and the
    # module is typed Any wherever it is used.
    try:
        return importlib.import_module("clang.cindex")
    except ImportError:
        if not os.path.isdir(os.path.join(_DEBIAN_DIST_PACKAGES, "clang")):
            raise ImportError(
                "rtrans.c needs Python's libclang bindings (Debian package python3-clang-14)"
            ) from None
        # Only the clang package is taken from there: the path is removed
        # again so that no other module of that folder shadows anything.
        sys.path.append(_DEBIAN_DIST_PACKAGES)
        try:
            return importlib.import_module("clang.cindex")
        finally:
            sys.path.remove(_DEBIAN_DIST_PACKAGES)


def _unqualified(spelling: str) -> str:
    while True:
        if spelling.startswith("const "):
            spelling = spelling[6:]
        elif spelling.startswith("volatile "):
            spelling = spelling[9:]
        else:
            return spelling


class _CType:
    """How one C type crosses: kind is void, signed, unsigned, float or str."""

    def __init__(self, kind: str, bits: int, spelling: str) -> None:
        self.kind = kind
        self.bits = bits
        self.spelling = spelling

    def ctypes_type(self) -> Any:
        if self.kind == "str":
            return ctypes.c_char_p
        if self.kind == "float":
            return {"float": ctypes.c_float, "long double": ctypes.c_longdouble}.get(
                self.spelling, ctypes.c_double
            )
        if self.kind == "unsigned":
            return {1: ctypes.c_bool, 8: ctypes.c_uint8, 16: ctypes.c_uint16,
                    32: ctypes.c_uint32, 64: ctypes.c_uint64}[self.bits]
        if self.kind == "signed":
            return {8: ctypes.c_int8, 16: ctypes.c_int16, 32: ctypes.c_int32,
                    64: ctypes.c_int64}[self.bits]
        return None

    def range(self) -> tuple[int, int]:
        if self.kind == "signed":
            return -(1 << (self.bits - 1)), (1 << (self.bits - 1)) - 1
        return 0, (1 << self.bits) - 1


def _map_type(ci: Any, t: Any, result: bool) -> _CType | None:
    kinds = ci.TypeKind
    ct = t.get_canonical()
    if ct.kind == kinds.ENUM:
        ct = ct.get_declaration().enum_type.get_canonical()
    if ct.kind == kinds.VOID:
        return _CType("void", 0, "void") if result else None
    if ct.kind == kinds.POINTER:
        pointee = ct.get_pointee()
        is_char = pointee.kind in (kinds.CHAR_S, kinds.CHAR_U)
        if is_char and (result or pointee.is_const_qualified()):
            return _CType("str", 0, "const char *")
        return None
    spelling = _unqualified(ct.spelling)
    if ct.kind == kinds.BOOL:
        return _CType("unsigned", 1, spelling)
    if ct.kind in (kinds.FLOAT, kinds.DOUBLE, kinds.LONGDOUBLE):
        return _CType("float", 0, spelling)
    bits = 8 * ct.get_size()
    if bits > 64:
        return None
    if ct.kind in (kinds.CHAR_U, kinds.UCHAR, kinds.USHORT, kinds.UINT, kinds.ULONG,
                   kinds.ULONGLONG):
        return _CType("unsigned", bits, spelling)
    if ct.kind in (kinds.CHAR_S, kinds.SCHAR, kinds.SHORT, kinds.INT, kinds.LONG,
                   kinds.LONGLONG):
        return _CType("signed", bits, spelling)
    return None


class _CDecl:
    """A function the header declares: its C types, or why it is refused."""

    def __init__(self, ci: Any, cursor: Any) -> None:
        self.name: str = cursor.spelling
        self.refusal: str | None = None
        self.params: list[_CType] = []
        self.ret: _CType | None = None
        ft = cursor.type
        if ft.kind != ci.TypeKind.FUNCTIONPROTO:
            self.refusal = "its declaration has no prototype"
            return
        if ft.is_function_variadic():
            self.refusal = "it takes a variable number of arguments"
            return
        for i, pt in enumerate(ft.argument_types(), 1):
            mapped = _map_type(ci, pt, False)
            if mapped is None:
                self.refusal = f"parameter {i} has type '{pt.spelling}', which rtrans cannot pass"
                return
            self.params.append(mapped)
        rt = ft.get_result()
        self.ret = _map_type(ci, rt, True)
        if self.ret is None:
            self.refusal = f"its result has type '{rt.spelling}', which rtrans cannot convert"


_libraries: list[ctypes.CDLL] = []


def _symbol(name: str) -> Any:
    """A fresh ctypes function for the C function `name` (libc, then libm)."""
    if not _libraries:
        _libraries.append(ctypes.CDLL(None))
        libm = ctypes.util.find_library("m")
        if libm:
            _libraries.append(ctypes.CDLL(libm))
    for lib in _libraries:
        try:
            return lib[name]
        except AttributeError:
            continue
    raise AttributeError(f"no C library defines '{name}'")


class _CFunction:
    """Calls one C function with the conversions of the translator's wrapper."""

    def __init__(self, decl: _CDecl) -> None:
        self.decl = decl
        self.fn = _symbol(decl.name)
        self.fn.argtypes = [p.ctypes_type() for p in decl.params]
        assert decl.ret is not None
        self.fn.restype = decl.ret.ctypes_type()

    def _argument(self, i: int, p: _CType, value: Any) -> Any:
        if p.kind == "str":
            if not isinstance(value, str):
                raise TypeError(f"argument {i} of '{self.decl.name}' must be a str")
            data = value.encode("utf-8")
            if b"\0" in data:
                raise ValueError("embedded null byte")
            return data
        if p.kind == "float":
            return float(value)
        lo, hi = p.range()
        if not lo <= value <= hi:
            raise OverflowError(
                f"argument {i} of '{self.decl.name}' does not fit in C '{p.spelling}'"
            )
        return int(value)

    def __call__(self, *args: Any) -> Any:
        decl = self.decl
        if len(args) != len(decl.params):
            raise TypeError(
                f"{decl.name}() takes {len(decl.params)} argument"
                f"{'' if len(decl.params) == 1 else 's'} but {len(args)} were given"
            )
        converted = [self._argument(i, p, a) for i, (p, a) in enumerate(zip(decl.params, args), 1)]
        result = self.fn(*converted)
        ret = decl.ret
        assert ret is not None
        if ret.kind == "void":
            return None
        if ret.kind == "str":
            return None if result is None else result.decode("utf-8")
        if ret.kind == "float":
            return float(result)
        if ret.kind == "unsigned" and ret.bits >= 64 and result > (1 << 63) - 1:
            raise OverflowError(f"result of '{decl.name}' does not fit in a 64-bit int")
        return int(result)


class _Header:
    """What libclang says a header declares (read once per header)."""

    def __init__(self, name: str) -> None:
        ci = _cindex()
        self.name = name
        tu = ci.Index.create().parse(
            _MAIN_NAME,
            args=["-x", "c", "-std=c11"],
            unsaved_files=[(_MAIN_NAME, f"#include <{name}>\n")],
            options=ci.TranslationUnit.PARSE_SKIP_FUNCTION_BODIES
            | ci.TranslationUnit.PARSE_DETAILED_PROCESSING_RECORD,
        )
        for d in tu.diagnostics:
            if d.severity >= ci.Diagnostic.Error:
                where = d.location.file.name if d.location.file else ""
                if where == _MAIN_NAME and "file not found" in d.spelling:
                    raise ImportError(f"cannot find C header '{name}'")
                raise ImportError(f"C header '{name}' does not compile: {where}:"
                                  f"{d.location.line}: {d.spelling}")
        self.funcs: dict[str, _CDecl] = {}
        self.vars: set[str] = set()
        self.macros: set[str] = set()
        for cur in tu.cursor.get_children():
            if cur.kind == ci.CursorKind.FUNCTION_DECL:
                self.funcs.setdefault(cur.spelling, _CDecl(ci, cur))
            elif cur.kind == ci.CursorKind.VAR_DECL:
                self.vars.add(cur.spelling)
            elif cur.kind == ci.CursorKind.MACRO_DEFINITION:
                self.macros.add(cur.spelling)


_headers: dict[str, _Header] = {}


class _Library:
    """The value of `include(...)`: its attributes are the header's functions."""

    def __init__(self, header: _Header, safe: list[str]) -> None:
        self._header = header
        self._safe = list(safe)
        self._made: dict[str, Callable[..., Any]] = {}

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        made = self._made.get(name)
        if made is not None:
            return made
        h = self._header
        decl = h.funcs.get(name)
        if decl is None:
            if name in h.vars:
                raise AttributeError(f"'{name}' is a variable of <{h.name}>, not a function")
            if name in h.macros:
                raise AttributeError(f"'{name}' is a macro of <{h.name}>, not a function: "
                                     "only C functions can be called")
            raise AttributeError(f"<{h.name}> declares no function '{name}'")
        if decl.refusal is not None:
            raise TypeError(f"cannot call '{name}' from C: {decl.refusal}")
        made = self._made[name] = _CFunction(decl)
        return made

    def __repr__(self) -> str:
        return f"<C functions of <{self._header.name}>>"


def include(header: str, safe: list[str] | tuple[str, ...] = ()) -> _Library:
    """The functions of a system header: include("math.h", safe=["sqrt"])."""
    h = _headers.get(header)
    if h is None:
        h = _headers[header] = _Header(header)
    for name in safe:
        if name not in h.funcs:
            raise ValueError(f"safe= names '{name}', which <{header}> does not declare as a "
                             "function")
    return _Library(h, list(safe))
