# builtins.py - the rtrans prelude: built-in types, exceptions and functions
# written in the rtrans language itself, so that the STM passes place their
# barriers in this code as in user code.  Checked with every program as
# module `builtins`; names not starting with '_' are visible everywhere.
#
# Prelude-only features (rejected in user modules): TypeVar/Generic
# templates, Array[T] (fixed size, zeroed, unchecked: this code checks
# bounds itself), __rt.array_copy/__rt.identity_hash, @extern(c_name,
# flags...) on a function whose body is `pass` (the parser rejects `...`),
# @extern(ctor) on a class whose objects are support-library objects, and
# methods or functions named NAME__N: a call of NAME with N positional
# arguments resolves to NAME__N (an overload by arity, e.g. dict.get).
# Slice bounds that were not written arrive as _ABSENT.
#
# REQUEST to the support library (runtime/lib): every @extern name below
# follows rtlib.h except rt_rtrans_* (thin wrappers of the stm_* calls).

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
U = TypeVar("U")

_ABSENT: Final[int] = -9223372036854775807 - 1


# ------------------------------------------------------------ exceptions

class BaseException:
    message: str
    _noargs: bool = False     # made without an argument: args == ()

    def __init__(self, message: str | None = None) -> None:
        if message is None:
            self.message = ""
            self._noargs = True
        else:
            self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        # CPython shows the class and the arguments, which here are the
        # message alone (or none)
        return type(self).__name__ + self._args_repr()

    def _args_repr(self) -> str:
        if self._noargs:
            return "()"
        return "(" + repr(self.message) + ")"


class SystemExit(BaseException):
    code: int

    def __init__(self, code: int = 0) -> None:
        super().__init__(str(code))
        self.code = code

    def _args_repr(self) -> str:
        if self.code == 0:
            # SystemExit() and sys.exit() make the same object as
            # SystemExit(0): CPython shows () for those, (0) for this one
            raise NotImplementedError("repr() of a SystemExit with code 0: CPython tells "
                                      "SystemExit() from SystemExit(0); use e.code")
        return "(" + str(self.code) + ")"


class Exception(BaseException):
    pass


class StopIteration(Exception):
    pass


class ArithmeticError(Exception):
    pass


class ZeroDivisionError(ArithmeticError):
    pass


class OverflowError(ArithmeticError):
    pass


class LookupError(Exception):
    pass


class IndexError(LookupError):
    pass


class KeyError(LookupError):
    _raw: bool = False
    _empty: bool = False      # KeyError() without an argument: str() is ''

    def __init__(self, message: str | None = None) -> None:
        if message is None:
            super().__init__("")
            self._empty = True
        else:
            super().__init__(message)

    def __str__(self) -> str:
        # CPython shows the repr of the key; the containers below pass the
        # key's repr already and set _raw.
        if self._raw or self._empty:
            return self.message
        return repr(self.message)

    def _args_repr(self) -> str:
        if self._empty:
            return "()"
        return "(" + (self.message if self._raw else repr(self.message)) + ")"


class ValueError(Exception):
    pass


class UnicodeError(ValueError):
    def _args_repr(self) -> str:
        if type(self).__name__ == "UnicodeError":
            return super()._args_repr()
        # the library raises these with CPython's text, not its arguments
        raise NotImplementedError("repr() of a " + type(self).__name__ + ": CPython shows the "
                                  "codec's arguments, which are not kept; use str()")


class TypeError(Exception):
    pass


class AssertionError(Exception):
    pass


class AttributeError(Exception):
    pass


class RuntimeError(Exception):
    pass


class NotImplementedError(RuntimeError):
    pass


class RecursionError(RuntimeError):
    pass


class NameError(Exception):
    pass


class EOFError(Exception):
    pass


class OSError(Exception):
    def _args_repr(self) -> str:
        # The library raises "[Errno N] text" or "[Errno N] text: 'path'",
        # CPython's str() of OSError(N, text[, path]), whose repr shows (N, 'text').
        m = self.message
        close = m.find("] ")
        if self._noargs or not m.startswith("[Errno ") or close < 8 or not m[7:close].isdigit():
            return super()._args_repr()
        text = m[close + 2:]
        colon = text.find(": ")
        if colon >= 0:
            text = text[:colon]
        return "(" + m[7:close] + ", " + repr(text) + ")"


class FileNotFoundError(OSError):
    pass


class MemoryError(Exception):
    pass


# The rest of CPython's built-in exception classes, with its hierarchy.
# The OSError and Unicode subclasses are built from a message alone (CPython's
# take errno/codec details); the library raises them with CPython's text.

class KeyboardInterrupt(BaseException):
    pass


class GeneratorExit(BaseException):
    pass


class StopAsyncIteration(Exception):
    pass


class FloatingPointError(ArithmeticError):
    pass


class SyntaxError(Exception):
    pass


class IndentationError(SyntaxError):
    pass


class TabError(IndentationError):
    pass


class UnicodeDecodeError(UnicodeError):
    pass


class UnicodeEncodeError(UnicodeError):
    pass


class UnicodeTranslateError(UnicodeError):
    pass


class UnboundLocalError(NameError):
    pass


class ImportError(Exception):
    pass


class ModuleNotFoundError(ImportError):
    pass


class BufferError(Exception):
    pass


class ReferenceError(Exception):
    pass


class SystemError(Exception):
    pass


class PermissionError(OSError):
    pass


class IsADirectoryError(OSError):
    pass


class NotADirectoryError(OSError):
    pass


class FileExistsError(OSError):
    pass


class TimeoutError(OSError):
    pass


class InterruptedError(OSError):
    pass


class BlockingIOError(OSError):
    pass


class ChildProcessError(OSError):
    pass


class ProcessLookupError(OSError):
    pass


class ConnectionError(OSError):
    pass


class BrokenPipeError(ConnectionError):
    pass


class ConnectionAbortedError(ConnectionError):
    pass


class ConnectionRefusedError(ConnectionError):
    pass


class ConnectionResetError(ConnectionError):
    pass


# dataclasses.FrozenInstanceError: assigning a field of a frozen dataclass.
class FrozenInstanceError(AttributeError):
    pass


# The repr of an object whose class has neither __repr__ nor __str__, as
# the prelude's containers need it (a missing dict key): CPython shows the
# object's address; this shows its identity hash.
# ------------------------------------------------------------- iterators

# typing.Iterator[T] (also Iterable[T] and Generator[T, None, None] as a
# generator's return type): generators, generator expressions, iter(),
# map() and filter() make these.  A generator is a subclass the translator
# makes (its frame: passes/lower_gen.c), whose __next__ resumes the body
# where it last yielded; _gen_state is 0 before the first __next__, k > 0
# while suspended at yield k, -1 once finished and -2 while running.
# _gen_throw is the exception close() and throw() raise at the yield.
class Iterator(Generic[T]):
    _gen_state: int
    _gen_throw: BaseException | None

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        raise StopIteration()

    # x in it: consumes the iterator up to the first item equal to x
    def __contains__(self, x: T) -> bool:
        for v in self:
            if v == x:
                return True
        return False

    def close(self) -> None:
        state = self._gen_state
        if state == -2:
            raise ValueError("generator already executing")
        if state <= 0:
            self._gen_state = -1
            return
        self._gen_throw = GeneratorExit()
        try:
            self.__next__()
        except GeneratorExit:
            return
        except StopIteration:
            return
        raise RuntimeError("generator ignored GeneratorExit")

    def throw(self, exc: BaseException) -> T:
        self._gen_throw = exc
        return self.__next__()


def _object_repr(qualname: str, ident: int) -> str:
    return f"<{qualname} object at 0x{ident:x}>"


# `return NotImplemented` in a special method raises one of these; the
# operator that called the method catches it and tries the next one
# (passes/lower_dunder.c).  A BaseException, so that `except Exception`
# in the method's caller never sees it.
class _NotImplementedType(BaseException):
    pass


# The TypeError of an operator no special method answered: kind 0 binary,
# 1 comparison, 2 unary; a and b are the operands' class names.
def _op_type_error(kind: int, op: str, a: str, b: str) -> TypeError:
    if kind == 0:
        return TypeError(f"unsupported operand type(s) for {op}: '{a}' and '{b}'")
    if kind == 1:
        return TypeError(f"'{op}' not supported between instances of '{a}' and '{b}'")
    return TypeError(f"bad operand type for unary {op}: '{a}'")


# Arithmetic and ordering of `int | float` values (check_union.c): int
# with int stays an int, a float makes the other one a float, as in
# CPython.  op: 0 +, 1 -, 2 *, 3 //, 4 %.
def _num_binop(op: int, a: int | float, b: int | float) -> int | float:
    if isinstance(a, int) and isinstance(b, int):
        if op == 0:
            return a + b
        if op == 1:
            return a - b
        if op == 2:
            return a * b
        return a // b if op == 3 else a % b
    x = float(a) if isinstance(a, int) else a
    y = float(b) if isinstance(b, int) else b
    if op == 0:
        return x + y
    if op == 1:
        return x - y
    if op == 2:
        return x * y
    return x // y if op == 3 else x % y


def _num_div(a: int | float, b: int | float) -> float:
    if isinstance(a, int) and isinstance(b, int):
        return a / b
    x = float(a) if isinstance(a, int) else a
    return x / (float(b) if isinstance(b, int) else b)


# op: 0 <, 1 <=, 2 >, 3 >=; an int and a float compare as the two
# operands of a comparison of those static types do.
def _num_order(op: int, a: int | float, b: int | float) -> bool:
    if isinstance(a, int) and isinstance(b, int):
        return _ordered(op, a < b, a == b, a > b)
    if isinstance(a, int) and isinstance(b, float):
        return _ordered(op, a < b, a == b, a > b)
    if isinstance(a, float) and isinstance(b, int):
        return _ordered(op, a < b, a == b, a > b)
    if isinstance(a, float) and isinstance(b, float):
        return _ordered(op, a < b, a == b, a > b)
    return False


# lt, eq, gt are all false for a NaN: so are <= and >=.
def _ordered(op: int, lt: bool, eq: bool, gt: bool) -> bool:
    if op == 0:
        return lt
    if op == 1:
        return lt or eq
    return gt if op == 2 else gt or eq


def _num_neg(a: int | float) -> int | float:
    return -a if isinstance(a, int) else -a


def _num_float(a: int | float) -> float:
    return float(a) if isinstance(a, int) else a


def _num_int(a: int | float) -> int:
    return a if isinstance(a, int) else _int_from_float(a)


# object.__format__: a value without __format__ accepts only an empty spec.
def _format_object(s: str, spec: str, tname: str) -> str:
    if spec != "":
        raise TypeError(f"unsupported format string passed to {tname}.__format__")
    return s


def _format_opt_str(s: str | None, spec: str) -> str:
    if s is None:
        return _format_object("None", spec, "NoneType")
    return s.__format__(spec)


def _key_error(key_repr: str) -> KeyError:
    e = KeyError(key_repr)
    e._raw = True
    return e


# ------------------------------------------------------- primitive types

class int:
    @extern("rt_int_repr", "alloc")
    def __repr__(self) -> str:
        pass

    @extern("rt_int_hash", "pure")
    def __hash__(self) -> int:
        pass

    @extern("rt_format_int", "alloc", "raises")
    def __format__(self, spec: str) -> str:
        pass

    def bit_length(self) -> int:
        if self == _ABSENT:
            return 64
        n = -self if self < 0 else self
        r = 0
        while n:
            n >>= 1
            r += 1
        return r

    def bit_count(self) -> int:
        if self == _ABSENT:
            return 1
        n = -self if self < 0 else self
        r = 0
        while n:
            r += n & 1
            n >>= 1
        return r


class float:
    @extern("rt_float_repr", "alloc")
    def __repr__(self) -> str:
        pass

    @extern("rt_float_hash", "pure")
    def __hash__(self) -> int:
        pass

    @extern("rt_format_float", "alloc", "raises")
    def __format__(self, spec: str) -> str:
        pass


class bool:
    @extern("rt_bool_repr", "alloc")
    def __repr__(self) -> str:
        pass

    @extern("rt_int_hash", "pure")
    def __hash__(self) -> int:
        pass

    @extern("rt_format_bool", "alloc", "raises")
    def __format__(self, spec: str) -> str:
        pass


class str:
    @extern("rt_str_len", "pure")
    def __len__(self) -> int:
        pass

    @extern("rt_str_getitem", "alloc", "raises")
    def __getitem__(self, i: int) -> str:
        pass

    @extern("rt_str_slice_step", "alloc", "raises")
    def _slice_step(self, lo: int, hi: int, step: int, has_lo: bool, has_hi: bool) -> str:
        pass

    def _getslice(self, lo: int, hi: int, step: int) -> str:
        if step == _ABSENT:
            step = 1
        return self._slice_step(lo, hi, step, lo != _ABSENT, hi != _ABSENT)

    @extern("rt_str_concat", "alloc")
    def __add__(self, other: str) -> str:
        pass

    @extern("rt_str_repeat", "alloc", "raises")
    def __mul__(self, n: int) -> str:
        pass

    @extern("rt_str_eq", "pure")
    def __eq__(self, other: str) -> bool:
        pass

    @extern("rt_str_lt", "pure")
    def __lt__(self, other: str) -> bool:
        pass

    @extern("rt_str_hash", "pure")
    def __hash__(self) -> int:
        pass

    @extern("rt_str_contains", "pure")
    def __contains__(self, sub: str) -> bool:
        pass

    @extern("rt_str_repr", "alloc")
    def __repr__(self) -> str:
        pass

    def __str__(self) -> str:
        return self

    @extern("rt_format_str", "alloc", "raises")
    def __format__(self, spec: str) -> str:
        pass

    def __iter__(self) -> _StrIter:
        return _StrIter(self)

    @extern("rt_str_find", "pure")
    def find(self, sub: str, start: int = 0, end: int = 9223372036854775807) -> int:
        pass

    @extern("rt_str_rfind", "pure")
    def rfind(self, sub: str, start: int = 0, end: int = 9223372036854775807) -> int:
        pass

    def index(self, sub: str, start: int = 0, end: int = 9223372036854775807) -> int:
        i = self.find(sub, start, end)
        if i < 0:
            raise ValueError("substring not found")
        return i

    def rindex(self, sub: str, start: int = 0, end: int = 9223372036854775807) -> int:
        i = self.rfind(sub, start, end)
        if i < 0:
            raise ValueError("substring not found")
        return i

    @extern("rt_str_count", "pure")
    def count(self, sub: str, start: int = 0, end: int = 9223372036854775807) -> int:
        pass

    @extern("rt_str_startswith", "pure")
    def _startswith1(self, prefix: str, start: int, end: int) -> bool:
        pass

    @extern("rt_str_endswith", "pure")
    def _endswith1(self, suffix: str, start: int, end: int) -> bool:
        pass

    def startswith(self, prefix: str, start: int = 0, end: int = 9223372036854775807) -> bool:
        return self._startswith1(prefix, start, end)

    def endswith(self, suffix: str, start: int = 0, end: int = 9223372036854775807) -> bool:
        return self._endswith1(suffix, start, end)

    def removeprefix(self, prefix: str) -> str:
        if prefix and self._startswith1(prefix, 0, len(self)):
            return self[len(prefix):]
        return self

    def removesuffix(self, suffix: str) -> str:
        if suffix and self._endswith1(suffix, 0, len(self)):
            return self[:len(self) - len(suffix)]
        return self

    # s.startswith((a, b)) and s.endswith((a, b)): the checker passes the
    # tuple's items as a list.
    def _startswith_any(self, prefixes: list[str], start: int = 0,
                        end: int = 9223372036854775807) -> bool:
        for p in prefixes:
            if self._startswith1(p, start, end):
                return True
        return False

    def _endswith_any(self, suffixes: list[str], start: int = 0,
                      end: int = 9223372036854775807) -> bool:
        for x in suffixes:
            if self._endswith1(x, start, end):
                return True
        return False

    @extern("rt_str_split", "alloc", "raises")
    def split(self, sep: str | None = None, maxsplit: int = -1) -> list[str]:
        pass

    @extern("rt_str_rsplit", "alloc", "raises")
    def rsplit(self, sep: str | None = None, maxsplit: int = -1) -> list[str]:
        pass

    @extern("rt_str_splitlines", "alloc")
    def splitlines(self, keepends: bool = False) -> list[str]:
        pass

    def _join(self, parts: Array[str], n: int) -> str:
        if n == 0:
            return ""
        total = len(self) * (n - 1)
        kind = _str_kind(self)
        for i in range(n):
            total += len(parts[i])
            k = _str_kind(parts[i])
            if k > kind:
                kind = k
        out = _str_alloc(total, kind)
        pos = 0
        for i in range(n):
            if i > 0:
                pos = _str_copy_into(out, pos, self)
            pos = _str_copy_into(out, pos, parts[i])
        return out

    def join(self, iterable: list[str]) -> str:
        return self._join(iterable._items, iterable._len)

    @extern("rt_str_strip", "alloc")
    def strip(self, chars: str | None = None) -> str:
        pass

    @extern("rt_str_lstrip", "alloc")
    def lstrip(self, chars: str | None = None) -> str:
        pass

    @extern("rt_str_rstrip", "alloc")
    def rstrip(self, chars: str | None = None) -> str:
        pass

    @extern("rt_str_replace", "alloc")
    def replace(self, old: str, new: str, count: int = -1) -> str:
        pass

    @extern("rt_str_upper", "alloc")
    def upper(self) -> str:
        pass

    @extern("rt_str_lower", "alloc")
    def lower(self) -> str:
        pass

    @extern("rt_str_capitalize", "alloc")
    def capitalize(self) -> str:
        pass

    @extern("rt_str_title", "alloc")
    def title(self) -> str:
        pass

    @extern("rt_str_isdigit", "pure")
    def isdigit(self) -> bool:
        pass

    @extern("rt_str_isalpha", "pure")
    def isalpha(self) -> bool:
        pass

    @extern("rt_str_isdecimal", "pure")
    def isdecimal(self) -> bool:
        pass

    @extern("rt_str_isnumeric", "pure")
    def isnumeric(self) -> bool:
        pass

    @extern("rt_str_isidentifier", "pure")
    def isidentifier(self) -> bool:
        pass

    @extern("rt_str_isprintable", "pure")
    def isprintable(self) -> bool:
        pass

    @extern("rt_str_isascii", "pure")
    def isascii(self) -> bool:
        pass

    @extern("rt_str_istitle", "pure")
    def istitle(self) -> bool:
        pass

    @extern("rt_str_isalnum", "pure")
    def isalnum(self) -> bool:
        pass

    @extern("rt_str_isspace", "pure")
    def isspace(self) -> bool:
        pass

    @extern("rt_str_isupper", "pure")
    def isupper(self) -> bool:
        pass

    @extern("rt_str_islower", "pure")
    def islower(self) -> bool:
        pass

    @extern("rt_str_ljust", "alloc", "raises")
    def ljust(self, width: int, fillchar: str = " ") -> str:
        pass

    @extern("rt_str_rjust", "alloc", "raises")
    def rjust(self, width: int, fillchar: str = " ") -> str:
        pass

    @extern("rt_str_center", "alloc", "raises")
    def center(self, width: int, fillchar: str = " ") -> str:
        pass

    @extern("rt_str_zfill", "alloc")
    def zfill(self, width: int) -> str:
        pass

    def partition(self, sep: str) -> tuple[str, str, str]:
        if len(sep) == 0:
            raise ValueError("empty separator")
        i = self.find(sep)
        if i < 0:
            return (self, "", "")
        return (self[:i], sep, self[i + len(sep):])

    def rpartition(self, sep: str) -> tuple[str, str, str]:
        if len(sep) == 0:
            raise ValueError("empty separator")
        i = self.rfind(sep)
        if i < 0:
            return ("", "", self)
        return (self[:i], sep, self[i + len(sep):])


@extern("rt_str_kind", "pure")
def _str_kind(s: str) -> int:
    pass


@extern("rt_str_alloc", "alloc")
def _str_alloc(n: int, kind: int) -> str:
    pass


@extern("rt_str_copy_into", "writes")
def _str_copy_into(dst: str, pos: int, src: str) -> int:
    pass


# The code point at s[i] (re's matcher, bytes' codecs).
@extern("rt_str_ord_at", "pure")
def _str_ord_at(s: str, i: int) -> int:
    pass


@extern("rt_str_const_lazy", "alloc")
def _str_const_lazy(k: int) -> str:
    pass


# The long string constants already made, by constant index (None: not
# yet).  The translator evaluates a constant of LW_LAZY_STR_MIN bytes or
# more as _lazy_str(k), so start-up does not copy them all (rtpython's
# library sources).  A list, written through the STM barriers: every
# thread sees the one object the first evaluation made, as CPython's
# code object holds one.
_lazy_strs: list[str | None] = []


def _lazy_str(k: int) -> str:
    if k < len(_lazy_strs):
        s = _lazy_strs[k]
        if s is not None:
            return s
    while len(_lazy_strs) <= k:
        _lazy_strs.append(None)
    made = _str_const_lazy(k)
    _lazy_strs[k] = made
    return made


class _StrIter:
    _s: str
    _i: int

    def __init__(self, s: str) -> None:
        self._s = s
        self._i = 0

    def __iter__(self) -> _StrIter:
        return self

    def __next__(self) -> str:
        if self._i >= len(self._s):
            raise StopIteration()
        c = self._s[self._i]
        self._i += 1
        return c


def hex(x: int) -> str:
    return f"{x:#x}"


def oct(x: int) -> str:
    return f"{x:#o}"


def bin(x: int) -> str:
    return f"{x:#b}"


@extern("rt_ord", "raises")
def ord(c: str) -> int:
    pass


@extern("rt_chr", "alloc", "raises")
def chr(i: int) -> str:
    pass


@extern("rt_int_from_str", "raises")
def _int_from_str(s: str, base: int) -> int:
    pass


@extern("rt_float_to_int", "raises")
def _int_from_float(x: float) -> int:
    pass


@extern("rt_float_from_str", "raises")
def _float_from_str(s: str) -> float:
    pass


@extern("rt_float_round", "raises")
def _round_float(x: float) -> int:
    pass


@extern("rt_float_round_n", "raises")
def _round_float_n(x: float, n: int) -> float:
    pass


@extern("rt_int_round_n", "raises")
def _round_int_n(x: int, n: int) -> int:
    pass


# abs(x) and divmod(a, b) (the checker converts a bool to an int first,
# and calls the float divmod when either number is a float)
def _abs(x: T) -> T:
    if x <= 0:
        return 0 - x      # not -x: abs(-0.0) and abs(0.0) are 0.0
    return x


def _divmod_int(a: int, b: int) -> tuple[int, int]:
    return (a // b, a % b)


@extern("rt_float_divmod_floor", "raises")
def _float_divmod_floor(a: float, b: float) -> float:
    pass


def _divmod_float(a: float, b: float) -> tuple[float, float]:
    return (_float_divmod_floor(a, b), a % b)


# ------------------------------------------------------------------ list

def _slice_bound(i: int, n: int, absent: int, lo_clamp: int, hi_clamp: int) -> int:
    if i == _ABSENT:
        return absent
    if i < 0:
        i += n
    if i < lo_clamp:
        return lo_clamp
    if i > hi_clamp:
        return hi_clamp
    return i


def _slice_indices(n: int, lo: int, hi: int, step: int) -> tuple[int, int, int]:
    if step == _ABSENT:
        step = 1
    if step == 0:
        raise ValueError("slice step cannot be zero")
    if step > 0:
        start = _slice_bound(lo, n, 0, 0, n)
        stop = _slice_bound(hi, n, n, 0, n)
        count = (stop - start + step - 1) // step
    else:
        start = _slice_bound(lo, n, n - 1, -1, n - 1)
        stop = _slice_bound(hi, n, -1, -1, n - 1)
        count = (start - stop - step - 1) // (-step)
    if count < 0:
        count = 0
    return (start, step, count)


def _dict_update_pairs(d: dict[K, V], pairs: list[tuple[K, V]]) -> None:
    for k, v in pairs:
        d[k] = v


# dict.fromkeys(keys, value): every key maps to the one value object.
def _dict_fromkeys(keys: list[K], value: V) -> dict[K, V]:
    d: dict[K, V] = {}
    for k in keys:
        d[k] = value
    return d


def _list_from_array(a: Array[T]) -> list[T]:
    result: list[T] = list()
    result._items = a
    result._len = len(a)
    return result


class list(Generic[T]):
    _items: Array[T]
    _len: int

    def __init__(self) -> None:
        self._items = Array[T](0)
        self._len = 0

    def _reserve(self, need: int) -> None:
        cap = len(self._items)
        if need <= cap:
            return
        ncap = cap + (cap >> 1) + 4
        if ncap < need:
            ncap = need
        items = Array[T](ncap)
        __rt.array_copy(self._items, 0, items, 0, self._len)
        self._items = items

    def _index(self, i: int) -> int:
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError("list index out of range")
        return i

    def __len__(self) -> int:
        return self._len

    def append(self, x: T) -> None:
        if self._len == len(self._items):
            self._reserve(self._len + 1)
        self._items[self._len] = x
        self._len += 1

    def __getitem__(self, i: int) -> T:
        return self._items[self._index(i)]

    def __setitem__(self, i: int, x: T) -> None:
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError("list assignment index out of range")
        self._items[i] = x

    def _getslice(self, lo: int, hi: int, step: int) -> list[T]:
        start, st, count = _slice_indices(self._len, lo, hi, step)
        items = Array[T](count)
        j = start
        for k in range(count):
            items[k] = self._items[j]
            j += st
        return _list_from_array(items)

    # a[lo:hi:step] = other, as CPython: a run is replaced by any number of
    # items; an extended slice takes exactly as many as it selects.
    def _setslice(self, lo: int, hi: int, step: int, other: list[T]) -> None:
        if other is self:
            other = other.copy()
        start, st, count = _slice_indices(self._len, lo, hi, step)
        m = len(other)
        if st != 1:
            if m != count:
                raise ValueError(f"attempt to assign sequence of size {m} to extended slice of size {count}")
            for k in range(count):
                self._items[start + k * st] = other._items[k]
            return
        n = self._len
        if m > count:
            self._reserve(n + m - count)
        __rt.array_copy(self._items, start + count, self._items, start + m, n - start - count)
        __rt.array_copy(other._items, 0, self._items, start, m)
        for i in range(n - count + m, n):
            self._items[i] = self._items[0]
        self._len = n - count + m

    def __delitem__(self, i: int) -> None:
        self.pop(i)

    def _delslice(self, lo: int, hi: int, step: int) -> None:
        start, st, count = _slice_indices(self._len, lo, hi, step)
        if count == 0:
            return
        if st < 0:
            start = start + st * (count - 1)
            st = -st
        if st == 1:
            # a run: shift the tail down (nothing to copy for del lst[n:]),
            # then overwrite the freed slots so the GC does not keep them
            n = self._len - count
            if n == 0:
                self.clear()
                return
            __rt.array_copy(self._items, start + count, self._items, start, self._len - start - count)
            for i in range(n, self._len):
                self._items[i] = self._items[0]
            self._len = n
            return
        keep = Array[T](self._len - count)
        n = 0
        nxt = start
        removed = 0
        for i in range(self._len):
            if removed < count and i == nxt:
                removed += 1
                nxt += st
            else:
                keep[n] = self._items[i]
                n += 1
        self._items = keep
        self._len = n

    def pop(self, i: int = -1) -> T:
        if self._len == 0:
            raise IndexError("pop from empty list")
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError("pop index out of range")
        x = self._items[i]
        __rt.array_copy(self._items, i + 1, self._items, i, self._len - i - 1)
        self._len -= 1
        self._items[self._len] = self._items[0]
        return x

    def insert(self, i: int, x: T) -> None:
        if i < 0:
            i += self._len
            if i < 0:
                i = 0
        if i > self._len:
            i = self._len
        self._reserve(self._len + 1)
        __rt.array_copy(self._items, i, self._items, i + 1, self._len - i)
        self._items[i] = x
        self._len += 1

    # `iterable`: any iterable is accepted (made a list first, unless it
    # is one), as CPython's list.extend takes one.
    def extend(self, iterable: list[T]) -> None:
        n = iterable._len
        self._reserve(self._len + n)
        __rt.array_copy(iterable._items, 0, self._items, self._len, n)
        self._len += n

    def __iadd__(self, other: list[T]) -> None:
        self.extend(other)

    def __add__(self, other: list[T]) -> list[T]:
        result = self.copy()
        result.extend(other)
        return result

    # Repeats items [0, n0) of self._items until total: the copy doubles
    # each step, so [0] * n costs log(n) array copies.
    def _repeat_fill(self, n0: int, total: int) -> None:
        done = n0
        while done < total:
            k = done if done <= total - done else total - done
            __rt.array_copy(self._items, 0, self._items, done, k)
            done += k
        self._len = total

    def __mul__(self, n: int) -> list[T]:
        result: list[T] = list()
        n0 = self._len
        if n <= 0 or n0 == 0:
            return result
        result._reserve(n0 * n)
        __rt.array_copy(self._items, 0, result._items, 0, n0)
        result._repeat_fill(n0, n0 * n)
        return result

    def __imul__(self, n: int) -> None:
        if n <= 0:
            self.clear()
            return
        n0 = self._len
        if n0 == 0:
            return
        self._reserve(n0 * n)
        self._repeat_fill(n0, n0 * n)

    def reverse(self) -> None:
        i = 0
        j = self._len - 1
        while i < j:
            x = self._items[i]
            self._items[i] = self._items[j]
            self._items[j] = x
            i += 1
            j -= 1

    def sort(self, reverse: bool = False) -> None:
        _merge_sort(self._items, self._len, reverse)

    def index(self, x: T, start: int = 0, stop: int = 9223372036854775807) -> int:
        i = self._find(x, start, stop)
        if i < 0:
            raise ValueError(repr(x) + " is not in list")
        return i

    # The first i in [start, stop) (clamped as slice bounds are) whose
    # item == x, or -1.
    def _find(self, x: T, start: int, stop: int) -> int:
        n = self._len
        if start < 0:
            start = start + n if start + n > 0 else 0
        if stop < 0:
            stop = stop + n if stop + n > 0 else 0
        if stop > n:
            stop = n
        for i in range(start, stop):
            if self._items[i] == x:
                return i
        return -1

    def count(self, x: T) -> int:
        n = 0
        for i in range(self._len):
            if self._items[i] == x:
                n += 1
        return n

    def remove(self, x: T) -> None:
        for i in range(self._len):
            if self._items[i] == x:
                self.pop(i)
                return
        raise ValueError("list.remove(x): x not in list")

    def clear(self) -> None:
        self._items = Array[T](0)
        self._len = 0

    def copy(self) -> list[T]:
        items = Array[T](self._len)
        __rt.array_copy(self._items, 0, items, 0, self._len)
        return _list_from_array(items)

    def __contains__(self, x: T) -> bool:
        for i in range(self._len):
            if self._items[i] == x:
                return True
        return False

    def __eq__(self, other: list[T]) -> bool:
        if self._len != other._len:
            return False
        for i in range(self._len):
            if not (self._items[i] == other._items[i]):
                return False
        return True

    def __lt__(self, other: list[T]) -> bool:
        n = self._len
        if other._len < n:
            n = other._len
        for i in range(n):
            a = self._items[i]
            b = other._items[i]
            if not (a == b):
                return a < b
        return self._len < other._len

    # Not `not (other < self)`: the first items that differ decide with
    # '<=' itself, as in CPython (floats: NaN is ordered by neither).
    def __le__(self, other: list[T]) -> bool:
        n = self._len
        if other._len < n:
            n = other._len
        for i in range(n):
            a = self._items[i]
            b = other._items[i]
            if not (a == b):
                return a <= b
        return self._len <= other._len

    def __repr__(self) -> str:
        parts = Array[str](self._len)
        for i in range(self._len):
            parts[i] = repr(self._items[i])
        return "[" + ", "._join(parts, self._len) + "]"

    def __iter__(self) -> _ListIter[T]:
        return _ListIter[T](self)


class _ListIter(Generic[T]):
    _lst: list[T]
    _i: int

    def __init__(self, lst: list[T]) -> None:
        self._lst = lst
        self._i = 0

    def __iter__(self) -> _ListIter[T]:
        return self

    def __next__(self) -> T:
        if self._i >= self._lst._len:
            raise StopIteration()
        x = self._lst._items[self._i]
        self._i += 1
        return x


# tuple[T, ...]: an immutable sequence of any length (a `*args: T`
# parameter, `tuple(iterable)`, a tuple display where one is expected).
# It keeps a list that nothing else holds and nothing changes, so list's
# methods do the work; only the messages and the spelling are a tuple's.
class _tuple(Generic[T]):
    _lst: list[T]

    def __init__(self, lst: list[T]) -> None:
        self._lst = lst

    def __len__(self) -> int:
        return self._lst._len

    def __getitem__(self, i: int) -> T:
        n = self._lst._len
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("tuple index out of range")
        return self._lst._items[i]

    def _getslice(self, lo: int, hi: int, step: int) -> _tuple[T]:
        return _tuple[T](self._lst._getslice(lo, hi, step))

    def __iter__(self) -> _ListIter[T]:
        return _ListIter[T](self._lst)

    def __contains__(self, x: T) -> bool:
        return self._lst.__contains__(x)

    def __eq__(self, other: _tuple[T]) -> bool:
        return self._lst == other._lst

    def __lt__(self, other: _tuple[T]) -> bool:
        return self._lst < other._lst

    def __le__(self, other: _tuple[T]) -> bool:
        return self._lst <= other._lst

    def __hash__(self) -> int:
        acc = 2870177450012600261     # as a fixed tuple's (rtlib.h)
        for i in range(self._lst._len):
            acc = _tuple_hash_add(acc, hash(self._lst._items[i]))
        return _tuple_hash_end(acc, self._lst._len)

    def __add__(self, other: _tuple[T]) -> _tuple[T]:
        return _tuple[T](self._lst + other._lst)

    def count(self, x: T) -> int:
        return self._lst.count(x)

    def index(self, x: T, start: int = 0, stop: int = 9223372036854775807) -> int:
        i = self._lst._find(x, start, stop)
        if i < 0:
            raise ValueError("tuple.index(x): x not in tuple")
        return i

    def __repr__(self) -> str:
        r = repr(self._lst)
        if self._lst._len == 1:
            return "(" + r[1:-1] + ",)"
        return "(" + r[1:-1] + ")"


@extern("rt_tuple_hash_add", "pure")
def _tuple_hash_add(acc: int, item_hash: int) -> int:
    pass


@extern("rt_tuple_hash_end", "pure")
def _tuple_hash_end(acc: int, n: int) -> int:
    pass


# print(a, *xs, b): the text of each item, and the parts joined with sep
# (lowering of print with starred arguments, check_builtin.c).
def _strs(lst: list[T]) -> list[str]:
    return [str(x) for x in lst]


def _join_parts(parts: list[list[str]], sep: str) -> str:
    flat: list[str] = []
    for p in parts:
        flat.extend(p)
    return sep.join(flat)


# The packing of extra positional arguments and tuple(): a fresh list the
# tuple owns, or a copy of one that others may change.
def _tuple_of(lst: list[T]) -> _tuple[T]:
    return _tuple[T](lst)


def _tuple_of_copy(lst: list[T]) -> _tuple[T]:
    return _tuple[T](lst.copy())


# A stable merge sort.  With reverse, an item moves before an earlier one
# only if it is strictly greater, which keeps equal items in their order
# as CPython's sort(reverse=True) does.
def _merge_sort(a: Array[T], n: int, reverse: bool) -> None:
    if n < 2:
        return
    tmp = Array[T](n)
    width = 1
    while width < n:
        lo = 0
        while lo < n - width:
            mid = lo + width
            hi = mid + width
            if hi > n:
                hi = n
            _merge(a, tmp, lo, mid, hi, reverse)
            lo = hi
        width *= 2


def _merge(a: Array[T], tmp: Array[T], lo: int, mid: int, hi: int, reverse: bool) -> None:
    __rt.array_copy(a, lo, tmp, lo, hi - lo)
    i = lo
    j = mid
    k = lo
    while i < mid and j < hi:
        x = tmp[i]
        y = tmp[j]
        take_right = (x < y) if reverse else (y < x)
        if take_right:
            a[k] = y
            j += 1
        else:
            a[k] = x
            i += 1
        k += 1
    while i < mid:
        a[k] = tmp[i]
        i += 1
        k += 1
    while j < hi:
        a[k] = tmp[j]
        j += 1
        k += 1


def _list_sort_key(lst: list[T], key: Callable[[T], K], reverse: bool) -> None:
    n = lst._len
    keys = Array[K](n)
    order = Array[int](n)
    for i in range(n):
        keys[i] = key(lst._items[i])
        order[i] = i
    _merge_sort_by(keys, order, n, reverse)
    items = Array[T](n)
    for i in range(n):
        items[i] = lst._items[order[i]]
    lst._items = items


def _merge_sort_by(keys: Array[K], order: Array[int], n: int, reverse: bool) -> None:
    if n < 2:
        return
    tmp = Array[int](n)
    width = 1
    while width < n:
        lo = 0
        while lo < n - width:
            mid = lo + width
            hi = mid + width
            if hi > n:
                hi = n
            __rt.array_copy(order, lo, tmp, lo, hi - lo)
            i = lo
            j = mid
            k = lo
            while i < mid and j < hi:
                x = keys[tmp[i]]
                y = keys[tmp[j]]
                take_right = (x < y) if reverse else (y < x)
                if take_right:
                    order[k] = tmp[j]
                    j += 1
                else:
                    order[k] = tmp[i]
                    i += 1
                k += 1
            while i < mid:
                order[k] = tmp[i]
                i += 1
                k += 1
            while j < hi:
                order[k] = tmp[j]
                j += 1
                k += 1
            lo = hi
        width *= 2


def _sorted(lst: list[T], reverse: bool) -> list[T]:
    result = lst.copy()
    result.sort(reverse)
    return result


def _sorted_key(lst: list[T], key: Callable[[T], K], reverse: bool) -> list[T]:
    result = lst.copy()
    _list_sort_key(result, key, reverse)
    return result


def _min_list(lst: list[T]) -> T:
    if lst._len == 0:
        raise ValueError("min() arg is an empty sequence")
    best = lst._items[0]
    for i in range(1, lst._len):
        x = lst._items[i]
        if x < best:
            best = x
    return best


def _max_list(lst: list[T]) -> T:
    if lst._len == 0:
        raise ValueError("max() arg is an empty sequence")
    best = lst._items[0]
    for i in range(1, lst._len):
        x = lst._items[i]
        if best < x:
            best = x
    return best


def _min_key(lst: list[T], key: Callable[[T], K]) -> T:
    if lst._len == 0:
        raise ValueError("min() arg is an empty sequence")
    best = lst._items[0]
    best_key = key(best)
    for i in range(1, lst._len):
        x = lst._items[i]
        k = key(x)
        if k < best_key:
            best = x
            best_key = k
    return best


def _max_key(lst: list[T], key: Callable[[T], K]) -> T:
    if lst._len == 0:
        raise ValueError("max() arg is an empty sequence")
    best = lst._items[0]
    best_key = key(best)
    for i in range(1, lst._len):
        x = lst._items[i]
        k = key(x)
        if best_key < k:
            best = x
            best_key = k
    return best


# min()/max() of a sequence with default=: the default when it is empty
# (CPython has evaluated it already, as an argument); the *_opt forms are
# for default=None, whose result may be None.
def _minmax_or(lst: list[T], d: T, is_max: bool) -> T:
    if lst._len == 0:
        return d
    return _max_list(lst) if is_max else _min_list(lst)


def _minmax_key_or(lst: list[T], key: Callable[[T], K], d: T, is_max: bool) -> T:
    if lst._len == 0:
        return d
    return _max_key(lst, key) if is_max else _min_key(lst, key)


def _minmax_opt(lst: list[T], is_max: bool) -> T | None:
    if lst._len == 0:
        return None
    return _max_list(lst) if is_max else _min_list(lst)


def _minmax_key_opt(lst: list[T], key: Callable[[T], K], is_max: bool) -> T | None:
    if lst._len == 0:
        return None
    return _max_key(lst, key) if is_max else _min_key(lst, key)


def _min2(a: T, b: T) -> T:
    if b < a:
        return b
    return a


def _max2(a: T, b: T) -> T:
    if a < b:
        return b
    return a


def _sum_list(lst: list[T], start: U) -> U:
    total = start
    for i in range(lst._len):
        total = total + lst._items[i]
    return total


# x in range(start, stop, step): arithmetic, as CPython's range does
def _range_contains(x: int, start: int, stop: int, step: int) -> bool:
    if step == 0:
        raise ValueError("range() arg 3 must not be zero")
    if step > 0:
        if x < start or x >= stop:
            return False
    elif x > start or x <= stop:
        return False
    return (x - start) % step == 0


def _any_list(lst: list[T]) -> bool:
    for i in range(lst._len):
        if lst._items[i]:
            return True
    return False


def _all_list(lst: list[T]) -> bool:
    for i in range(lst._len):
        if not lst._items[i]:
            return False
    return True


# ------------------------------------------------------------------ dict

# Compact dict: entries in insertion order in parallel arrays, and an open
# addressing index whose slots hold 0 (empty), -1 (deleted) or 1 + the
# entry's position.
class dict(Generic[K, V]):
    _keys: Array[K]
    _vals: Array[V]
    _hashes: Array[int]
    _live: Array[bool]
    _index: Array[int]
    _n: int
    _fill: int
    _len: int
    # a collections.defaultdict is a dict with a factory here (so it goes
    # wherever a dict does, as in CPython); None for a plain dict (read by
    # type(d).__name__ and isinstance(d, defaultdict): lower_call.c)
    _default: _DictDefault[V] | None

    def __init__(self) -> None:
        self._default = None
        self._keys = Array[K](4)
        self._vals = Array[V](4)
        self._hashes = Array[int](4)
        self._live = Array[bool](4)
        self._index = Array[int](8)
        self._n = 0
        self._fill = 0
        self._len = 0

    def __len__(self) -> int:
        return self._len

    def _slot(self, key: K, h: int) -> int:
        mask = len(self._index) - 1
        i = h & mask
        perturb = h & 9223372036854775807
        while True:
            e = self._index[i]
            if e == 0:
                return -1 - i
            if e > 0 and self._hashes[e - 1] == h and self._keys[e - 1] == key:
                return i
            perturb >>= 5
            i = (i * 5 + perturb + 1) & mask

    def _rebuild(self, size: int) -> None:
        cap = self._len * 2 + 4
        keys = Array[K](cap)
        vals = Array[V](cap)
        hashes = Array[int](cap)
        live = Array[bool](cap)
        index = Array[int](size)
        mask = size - 1
        n = 0
        for j in range(self._n):
            if self._live[j]:
                keys[n] = self._keys[j]
                vals[n] = self._vals[j]
                h = self._hashes[j]
                hashes[n] = h
                live[n] = True
                i = h & mask
                perturb = h & 9223372036854775807
                while index[i] != 0:
                    perturb >>= 5
                    i = (i * 5 + perturb + 1) & mask
                index[i] = n + 1
                n += 1
        self._keys = keys
        self._vals = vals
        self._hashes = hashes
        self._live = live
        self._index = index
        self._n = n
        self._fill = n

    def _make_room(self) -> None:
        size = len(self._index)
        if (self._fill + 1) * 3 >= size * 2:
            while (self._len + 1) * 3 >= size:
                size *= 2
            self._rebuild(size)
        elif self._n == len(self._keys):
            self._rebuild(size)

    def __setitem__(self, key: K, value: V) -> None:
        h = hash(key)
        s = self._slot(key, h)
        if s >= 0:
            self._vals[self._index[s] - 1] = value
            return
        self._make_room()
        s = self._slot(key, h)
        j = self._n
        self._keys[j] = key
        self._vals[j] = value
        self._hashes[j] = h
        self._live[j] = True
        self._index[-1 - s] = j + 1
        self._n += 1
        self._fill += 1
        self._len += 1

    def __getitem__(self, key: K) -> V:
        s = self._slot(key, hash(key))
        if s < 0:
            return self._missing(key)
        return self._vals[self._index[s] - 1]

    # CPython's d[key] calls __missing__ for a key d lacks: a defaultdict
    # stores and returns a new factory() value, a dict raises KeyError.
    def _missing(self, key: K) -> V:
        dd = self._default
        if dd is None:
            raise _key_error(repr(key))
        value = dd.factory()
        self[key] = value
        return value

    def __contains__(self, key: K) -> bool:
        return self._slot(key, hash(key)) >= 0

    def _remove_slot(self, s: int) -> V:
        j = self._index[s] - 1
        value = self._vals[j]
        self._index[s] = -1
        self._live[j] = False
        self._len -= 1
        return value

    def __delitem__(self, key: K) -> None:
        s = self._slot(key, hash(key))
        if s < 0:
            raise _key_error(repr(key))
        self._remove_slot(s)

    def get(self, key: K) -> V | None:
        s = self._slot(key, hash(key))
        if s < 0:
            return None
        return self._vals[self._index[s] - 1]

    def get__2(self, key: K, default: V) -> V:
        s = self._slot(key, hash(key))
        if s < 0:
            return default
        return self._vals[self._index[s] - 1]

    # d.get(key, None) (check_call.c none_default)
    def get__none(self, key: K) -> V | None:
        return self.get(key)

    def pop(self, key: K) -> V:
        s = self._slot(key, hash(key))
        if s < 0:
            raise _key_error(repr(key))
        return self._remove_slot(s)

    def pop__2(self, key: K, default: V) -> V:
        s = self._slot(key, hash(key))
        if s < 0:
            return default
        return self._remove_slot(s)

    # d.pop(key, None) (check_call.c none_default)
    def pop__none(self, key: K) -> V | None:
        s = self._slot(key, hash(key))
        if s < 0:
            return None
        return self._remove_slot(s)

    def setdefault(self, key: K, default: V) -> V:
        s = self._slot(key, hash(key))
        if s >= 0:
            return self._vals[self._index[s] - 1]
        self[key] = default
        return default

    def update(self, other: dict[K, V]) -> None:
        for j in range(other._n):
            if other._live[j]:
                self[other._keys[j]] = other._vals[j]

    def clear(self) -> None:
        self._keys = Array[K](4)
        self._vals = Array[V](4)
        self._hashes = Array[int](4)
        self._live = Array[bool](4)
        self._index = Array[int](8)
        self._n = 0
        self._fill = 0
        self._len = 0

    # d.copy() of a defaultdict is one (with the same factory); dict(d)
    # is a plain dict (_plain_copy, check_builtin.c b_dict)
    def copy(self) -> dict[K, V]:
        result = self._plain_copy()
        result._default = self._default
        return result

    def _plain_copy(self) -> dict[K, V]:
        result: dict[K, V] = dict()
        result.update(self)
        return result

    def keys(self) -> dict_keys[K, V]:
        return dict_keys[K, V](self)

    def values(self) -> dict_values[K, V]:
        return dict_values[K, V](self)

    def items(self) -> dict_items[K, V]:
        return dict_items[K, V](self)

    def __iter__(self) -> _DictIter[K, V]:
        return _DictIter[K, V](self)

    def __eq__(self, other: dict[K, V]) -> bool:
        if self._len != other._len:
            return False
        for j in range(self._n):
            if self._live[j]:
                s = other._slot(self._keys[j], self._hashes[j])
                if s < 0:
                    return False
                if not (other._vals[other._index[s] - 1] == self._vals[j]):
                    return False
        return True

    def __repr__(self) -> str:
        parts = Array[str](self._len)
        n = 0
        for j in range(self._n):
            if self._live[j]:
                parts[n] = repr(self._keys[j]) + ": " + repr(self._vals[j])
                n += 1
        body = "{" + ", "._join(parts, n) + "}"
        dd = self._default
        if dd is None:
            return body
        return "defaultdict(" + dd.name + ", " + body + ")"


# collections.defaultdict(factory): the dict's factory and the factory's
# repr ("<class 'list'>"), for repr(d).
class _DictDefault(Generic[V]):
    factory: Callable[[], V]
    name: str

    def __init__(self, factory: Callable[[], V], name: str) -> None:
        self.factory = factory
        self.name = name


# Iteration over a dict walks the entries; a change of size raises as in
# CPython.
class _DictIter(Generic[K, V]):
    _d: dict[K, V]
    _j: int
    _len: int

    def __init__(self, d: dict[K, V]) -> None:
        self._d = d
        self._j = 0
        self._len = d._len

    def _advance(self) -> int:
        d = self._d
        if d._len != self._len:
            raise RuntimeError("dictionary changed size during iteration")
        while self._j < d._n and not d._live[self._j]:
            self._j += 1
        if self._j >= d._n:
            raise StopIteration()
        j = self._j
        self._j += 1
        return j

    def __iter__(self) -> _DictIter[K, V]:
        return self

    def __next__(self) -> K:
        return self._d._keys[self._advance()]


class _DictValueIter(Generic[K, V]):
    _it: _DictIter[K, V]

    def __init__(self, d: dict[K, V]) -> None:
        self._it = _DictIter[K, V](d)

    def __iter__(self) -> _DictValueIter[K, V]:
        return self

    def __next__(self) -> V:
        return self._it._d._vals[self._it._advance()]


class _DictItemIter(Generic[K, V]):
    _it: _DictIter[K, V]

    def __init__(self, d: dict[K, V]) -> None:
        self._it = _DictIter[K, V](d)

    def __iter__(self) -> _DictItemIter[K, V]:
        return self

    def __next__(self) -> tuple[K, V]:
        j = self._it._advance()
        return (self._it._d._keys[j], self._it._d._vals[j])


class dict_keys(Generic[K, V]):
    _d: dict[K, V]

    def __init__(self, d: dict[K, V]) -> None:
        self._d = d

    def __len__(self) -> int:
        return self._d._len

    def __iter__(self) -> _DictIter[K, V]:
        return _DictIter[K, V](self._d)

    def __contains__(self, key: K) -> bool:
        return key in self._d


class dict_values(Generic[K, V]):
    _d: dict[K, V]

    def __init__(self, d: dict[K, V]) -> None:
        self._d = d

    def __len__(self) -> int:
        return self._d._len

    def __iter__(self) -> _DictValueIter[K, V]:
        return _DictValueIter[K, V](self._d)

    def __contains__(self, value: V) -> bool:
        for v in self:
            if v == value:
                return True
        return False


class dict_items(Generic[K, V]):
    _d: dict[K, V]

    def __init__(self, d: dict[K, V]) -> None:
        self._d = d

    def __len__(self) -> int:
        return self._d._len

    def __iter__(self) -> _DictItemIter[K, V]:
        return _DictItemIter[K, V](self._d)

    # (k, v) in d.items(): the key's slot, then its value, as CPython does
    def __contains__(self, item: tuple[K, V]) -> bool:
        k, v = item
        s = self._d._slot(k, hash(k))
        return s >= 0 and self._d._vals[self._d._index[s] - 1] == v


# ------------------------------------------------------------------- set

class set(Generic[T]):
    _d: dict[T, bool]

    def __init__(self) -> None:
        self._d = dict()

    def __len__(self) -> int:
        return self._d._len

    def __contains__(self, x: T) -> bool:
        return x in self._d

    def add(self, x: T) -> None:
        self._d[x] = True

    def remove(self, x: T) -> None:
        del self._d[x]

    def discard(self, x: T) -> None:
        if x in self._d:
            del self._d[x]

    def pop(self) -> T:
        d = self._d
        for j in range(d._n):
            if d._live[j]:
                x = d._keys[j]
                del d[x]
                return x
        raise KeyError("pop from an empty set")

    def clear(self) -> None:
        self._d.clear()

    def copy(self) -> set[T]:
        result: set[T] = set()
        result._d = self._d.copy()
        return result

    def union(self, other: set[T]) -> set[T]:
        result = self.copy()
        result._d.update(other._d)
        return result

    def intersection(self, other: set[T]) -> set[T]:
        result: set[T] = set()
        for x in self._d:
            if x in other._d:
                result.add(x)
        return result

    def difference(self, other: set[T]) -> set[T]:
        result: set[T] = set()
        for x in self._d:
            if not (x in other._d):
                result.add(x)
        return result

    def issubset(self, other: set[T]) -> bool:
        for x in self._d:
            if not (x in other._d):
                return False
        return True

    def issuperset(self, iterable: list[T]) -> bool:
        for x in iterable:
            if not (x in self._d):
                return False
        return True

    def isdisjoint(self, iterable: list[T]) -> bool:
        for x in iterable:
            if x in self._d:
                return False
        return True

    def update(self, iterable: list[T]) -> None:
        for x in iterable:
            self._d[x] = True

    def intersection_update(self, iterable: list[T]) -> None:
        keep: dict[T, bool] = dict()
        for x in iterable:
            if x in self._d:
                keep[x] = True
        result: dict[T, bool] = dict()
        for x in self._d:
            if x in keep:
                result[x] = True
        self._d = result

    def difference_update(self, iterable: list[T]) -> None:
        for x in iterable:
            if x in self._d:
                del self._d[x]

    def symmetric_difference(self, iterable: list[T]) -> set[T]:
        result = self.copy()
        result.symmetric_difference_update(iterable)
        return result

    def symmetric_difference_update(self, iterable: list[T]) -> None:
        seen: dict[T, bool] = dict()
        for x in iterable:
            if x in seen:
                continue
            seen[x] = True
            if x in self._d:
                del self._d[x]
            else:
                self._d[x] = True

    def __or__(self, other: set[T]) -> set[T]:
        return self.union(other)

    def __and__(self, other: set[T]) -> set[T]:
        return self.intersection(other)

    def __sub__(self, other: set[T]) -> set[T]:
        return self.difference(other)

    # s |= t, s &= t, s -= t change s in place, as in Python.
    def __ior__(self, other: set[T]) -> None:
        for x in other:
            self.add(x)

    def __iand__(self, other: set[T]) -> None:
        for x in self.copy():
            if x not in other:
                self.discard(x)

    def __isub__(self, other: set[T]) -> None:
        for x in other:
            self.discard(x)

    def __eq__(self, other: set[T]) -> bool:
        return self._d._len == other._d._len and self.issubset(other)

    # Sets are ordered by inclusion (CPython's partial order): a < b is a
    # proper subset; a > b and a >= b are b < a and b <= a.
    def __lt__(self, other: set[T]) -> bool:
        return self._d._len < other._d._len and self.issubset(other)

    def __le__(self, other: set[T]) -> bool:
        return self.issubset(other)

    def __iter__(self) -> _DictIter[T, bool]:
        return _DictIter[T, bool](self._d)

    def __repr__(self) -> str:
        if self._d._len == 0:
            return "set()"
        parts = Array[str](self._d._len)
        n = 0
        for x in self._d:
            parts[n] = repr(x)
            n += 1
        return "{" + ", "._join(parts, n) + "}"


# --------------------------------------------------------- files, stdio

# A file is a support-library object (RT_TID_FILE): @extern on a class
# declares such an object, built only by the C functions that return it.
@extern("")
class TextIO:
    @extern("rt_file_read", "io", "alloc", "raises")
    def read(self, n: int = -1) -> str:
        pass

    @extern("rt_file_readline", "io", "alloc", "raises")
    def readline(self) -> str:
        pass

    @extern("rt_file_readlines", "io", "alloc", "raises")
    def readlines(self) -> list[str]:
        pass

    # Not "io": the library buffers sys.stdout's and sys.stderr's output
    # with the transaction, and makes it inevitable itself for other files
    # (runtime/lib/io_defer.c).
    @extern("rt_file_write", "raises")
    def write(self, s: str) -> int:
        pass

    @extern("rt_file_flush", "raises")
    def flush(self) -> None:
        pass

    @extern("rt_file_close", "io", "raises")
    def close(self) -> None:
        pass

    def __iter__(self) -> _FileIter:
        return _FileIter(self)


class _FileIter:
    _f: TextIO

    def __init__(self, f: TextIO) -> None:
        self._f = f

    def __iter__(self) -> _FileIter:
        return self

    def __next__(self) -> str:
        line = self._f.readline()
        if line == "":
            raise StopIteration()
        return line


@extern("rt_open", "io", "alloc", "raises")
def _open(path: str, mode: str) -> TextIO:
    pass


def open(path: str, mode: str = "r", encoding: str = "utf-8") -> TextIO:
    if encoding != "utf-8" and encoding != "utf8":
        raise ValueError("only utf-8 files are supported")
    return _open(path, mode)


@extern("rt_input", "io", "blocking", "alloc", "raises")
def input(prompt: str = "") -> str:
    pass


@extern("rt_sys_stdin", "pure")
def _rt_sys_stdin() -> TextIO:
    pass


@extern("rt_sys_stdout", "pure")
def _rt_sys_stdout() -> TextIO:
    pass


@extern("rt_sys_stderr", "pure")
def _rt_sys_stderr() -> TextIO:
    pass


@extern("rt_sys_argv", "pure")
def _rt_sys_argv() -> list[str]:
    pass


_sys_stdin: TextIO = _rt_sys_stdin()
_sys_stdout: TextIO = _rt_sys_stdout()
_sys_stderr: TextIO = _rt_sys_stderr()
_sys_argv: list[str] = _rt_sys_argv()


def _sys_exit(code: int = 0) -> None:
    raise SystemExit(code)


@extern("rt_sys_setrecursionlimit", "io", "raises")
def _sys_setrecursionlimit(n: int) -> None:
    pass


@extern("rt_sys_getrecursionlimit", "io")
def _sys_getrecursionlimit() -> int:
    pass


# ------------------------------------------------------------- os, time

@extern("rt_os_environ_get", "alloc")
def _environ_get(name: str, default: str | None) -> str | None:
    pass


@extern("rt_os_setenv", "io", "raises")
def _environ_set(name: str, value: str) -> None:
    pass


@extern("rt_os_unsetenv", "io", "raises")
def _environ_unset(name: str) -> None:
    pass


class _Environ:
    """os.environ: the process's environment itself (CPython's copy is
    written through to it, so the C library sees the same)."""
    def get(self, name: str) -> str | None:
        return _environ_get(name, None)

    def __getitem__(self, name: str) -> str:
        v = _environ_get(name, None)
        if v is None:
            raise KeyError(name)
        return v

    def __contains__(self, name: str) -> bool:
        return _environ_get(name, None) is not None

    def __setitem__(self, name: str, value: str) -> None:
        _environ_set(name, value)

    def __delitem__(self, name: str) -> None:
        if _environ_get(name, None) is None:
            raise KeyError(name)
        _environ_unset(name)

    def get__2(self, name: str, default: str) -> str:
        v = _environ_get(name, default)
        if v is None:
            return default
        return v


_os_environ: _Environ = _Environ()


@extern("rt_os_getpid", "pure")
def _os_getpid() -> int:
    pass


@extern("rt_os_cpu_count", "pure")
def _os_cpu_count() -> int:
    pass


@extern("rt_os_exit", "io")
def _os_exit(code: int) -> None:
    pass


@extern("rt_time_time", "io")
def _time_time() -> float:
    pass


@extern("rt_time_perf_counter", "io")
def _time_perf_counter() -> float:
    pass


@extern("rt_time_monotonic", "io")
def _time_monotonic() -> float:
    pass


@extern("rt_time_sleep", "blocking", "raises")
def _time_sleep(seconds: float) -> None:
    pass


#: section time
# time.localtime, gmtime, mktime and strftime are the C library's, as in
# CPython (sysmod.c): the fields cross as an Array[int] (RT_TM_* order).

_TM_NAMES: Final[list[str]] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
    "tm_yday", "tm_isdst"]


class _StructTime:
    """time.struct_time: the nine fields by name or index, and the zone's
    name and UTC offset (None for one built from a tuple, as CPython's)."""
    _f: Array[int]
    tm_zone: str | None
    tm_gmtoff: int | None

    def __init__(self, t: tuple[int, int, int, int, int, int, int, int, int]) -> None:
        f = Array[int](10)
        y, mo, d, h, mi, s, wd, yd, dst = t
        f[0] = y
        f[1] = mo
        f[2] = d
        f[3] = h
        f[4] = mi
        f[5] = s
        f[6] = wd
        f[7] = yd
        f[8] = dst
        self._f = f
        self.tm_zone = None
        self.tm_gmtoff = None

    @property
    def tm_year(self) -> int:
        return self._f[0]

    @property
    def tm_mon(self) -> int:
        return self._f[1]

    @property
    def tm_mday(self) -> int:
        return self._f[2]

    @property
    def tm_hour(self) -> int:
        return self._f[3]

    @property
    def tm_min(self) -> int:
        return self._f[4]

    @property
    def tm_sec(self) -> int:
        return self._f[5]

    @property
    def tm_wday(self) -> int:
        return self._f[6]

    @property
    def tm_yday(self) -> int:
        return self._f[7]

    @property
    def tm_isdst(self) -> int:
        return self._f[8]

    def __len__(self) -> int:
        return 9

    def __getitem__(self, i: int) -> int:
        j = i + 9 if i < 0 else i
        if j < 0 or j >= 9:
            raise IndexError("tuple index out of range")
        return self._f[j]

    def __repr__(self) -> str:
        parts = [_TM_NAMES[i] + "=" + str(self._f[i]) for i in range(9)]
        return "time.struct_time(" + ", ".join(parts) + ")"


@extern("rt_time_fields", "alloc", "writes", "raises")
def _time_fields(secs: int, local: int, out: Array[int]) -> str:
    pass


@extern("rt_time_mktime", "reads", "raises")
def _time_mktime_of(fields: Array[int]) -> float:
    pass


@extern("rt_time_strftime", "alloc", "reads", "raises")
def _time_strftime_of(fmt: str, fields: Array[int], zone: str) -> str:
    pass


def _time_secs(secs: float | None) -> int:
    # CPython's _PyTime_ObjectToTime_t, rounding down
    if secs is None:
        return _time_secs(_time_time())
    x: float = secs
    if x != x:
        raise ValueError("Invalid value NaN (not a number)")
    if x >= 9.223372036854775807e18 or x < -9.223372036854775808e18:
        raise OverflowError("timestamp out of range for platform time_t")
    n = int(x)
    if float(n) > x:
        n -= 1
    return n


def _time_struct(secs: float | None, local: int) -> _StructTime:
    t = _StructTime((0, 0, 0, 0, 0, 0, 0, 0, 0))
    t.tm_zone = _time_fields(_time_secs(secs), local, t._f)
    t.tm_gmtoff = t._f[9]
    return t


@extern("rt_time_tzset", "io")
def _time_tzset() -> None:
    pass


def _time_localtime(secs: float | None = None) -> _StructTime:
    return _time_struct(secs, 1)


def _time_gmtime(secs: float | None = None) -> _StructTime:
    return _time_struct(secs, 0)


def _time_mktime(t: _StructTime) -> float:
    return _time_mktime_of(t._f)


def _time_strftime(format: str, t: _StructTime | None = None) -> str:
    st = _time_localtime() if t is None else t
    gmtoff = st.tm_gmtoff
    st._f[9] = 0 if gmtoff is None else gmtoff
    zone = st.tm_zone
    return _time_strftime_of(format, st._f, "" if zone is None else zone)


# ------------------------------------------------------------------ math
#: section math

@extern("rt_math_sqrt", "pure", "raises")
def _math_sqrt(x: float) -> float:
    pass


@extern("rt_math_floor", "pure", "raises")
def _math_floor(x: float) -> int:
    pass


@extern("rt_math_ceil", "pure", "raises")
def _math_ceil(x: float) -> int:
    pass


@extern("rt_math_trunc", "pure", "raises")
def _math_trunc(x: float) -> int:
    pass


@extern("rt_math_exp", "pure", "raises")
def _math_exp(x: float) -> float:
    pass


@extern("rt_math_log", "pure", "raises")
def _math_log(x: float) -> float:
    pass


@extern("rt_math_log_base", "pure", "raises")
def _math_log__2(x: float, base: float) -> float:
    pass


@extern("rt_math_log2", "pure", "raises")
def _math_log2(x: float) -> float:
    pass


@extern("rt_math_log10", "pure", "raises")
def _math_log10(x: float) -> float:
    pass


@extern("rt_math_sin", "pure", "raises")
def _math_sin(x: float) -> float:
    pass


@extern("rt_math_cos", "pure", "raises")
def _math_cos(x: float) -> float:
    pass


@extern("rt_math_tan", "pure", "raises")
def _math_tan(x: float) -> float:
    pass


@extern("rt_math_atan", "pure")
def _math_atan(x: float) -> float:
    pass


@extern("rt_math_atan2", "pure")
def _math_atan2(y: float, x: float) -> float:
    pass


@extern("rt_math_fabs", "pure")
def _math_fabs(x: float) -> float:
    pass


@extern("rt_math_isnan", "pure")
def _math_isnan(x: float) -> bool:
    pass


@extern("rt_math_isinf", "pure")
def _math_isinf(x: float) -> bool:
    pass


@extern("rt_math_pow", "pure", "raises")
def _math_pow(x: float, y: float) -> float:
    pass


_math_pi: Final[float] = 3.141592653589793
_math_e: Final[float] = 2.718281828459045
_math_inf: Final[float] = _float_from_str("inf")
_math_nan: Final[float] = _float_from_str("nan")
_math_tau: Final[float] = 6.283185307179586


@extern("rt_math_asin", "pure", "raises")
def _math_asin(x: float) -> float:
    pass


@extern("rt_math_acos", "pure", "raises")
def _math_acos(x: float) -> float:
    pass


@extern("rt_math_sinh", "pure", "raises")
def _math_sinh(x: float) -> float:
    pass


@extern("rt_math_cosh", "pure", "raises")
def _math_cosh(x: float) -> float:
    pass


@extern("rt_math_tanh", "pure", "raises")
def _math_tanh(x: float) -> float:
    pass


@extern("rt_math_asinh", "pure", "raises")
def _math_asinh(x: float) -> float:
    pass


@extern("rt_math_acosh", "pure", "raises")
def _math_acosh(x: float) -> float:
    pass


@extern("rt_math_atanh", "pure", "raises")
def _math_atanh(x: float) -> float:
    pass


@extern("rt_math_log1p", "pure", "raises")
def _math_log1p(x: float) -> float:
    pass


@extern("rt_math_expm1", "pure", "raises")
def _math_expm1(x: float) -> float:
    pass


@extern("rt_math_exp2", "pure", "raises")
def _math_exp2(x: float) -> float:
    pass


@extern("rt_math_cbrt", "pure", "raises")
def _math_cbrt(x: float) -> float:
    pass


@extern("rt_math_erf", "pure", "raises")
def _math_erf(x: float) -> float:
    pass


@extern("rt_math_erfc", "pure", "raises")
def _math_erfc(x: float) -> float:
    pass


@extern("rt_math_isfinite", "pure")
def _math_isfinite(x: float) -> bool:
    pass


@extern("rt_math_copysign", "pure")
def _math_copysign(x: float, y: float) -> float:
    pass


@extern("rt_math_hypot", "pure", "raises")
def _math_hypot(x: float, y: float) -> float:
    pass


@extern("rt_math_fmod", "pure", "raises")
def _math_fmod(x: float, y: float) -> float:
    pass


@extern("rt_math_ldexp", "pure", "raises")
def _math_ldexp(x: float, i: int) -> float:
    pass


@extern("rt_math_frexp_mant", "pure")
def _math_frexp_mant(x: float) -> float:
    pass


@extern("rt_math_frexp_exp", "pure")
def _math_frexp_exp(x: float) -> int:
    pass


def _math_frexp(x: float) -> tuple[float, int]:
    return (_math_frexp_mant(x), _math_frexp_exp(x))


@extern("rt_math_modf_frac", "pure")
def _math_modf_frac(x: float) -> float:
    pass


@extern("rt_math_modf_int", "pure")
def _math_modf_int(x: float) -> float:
    pass


def _math_modf(x: float) -> tuple[float, float]:
    return (_math_modf_frac(x), _math_modf_int(x))


@extern("rt_math_gcd", "pure", "raises")
def _math_gcd(a: int, b: int) -> int:
    pass


def _math_gcd__1(a: int) -> int:
    return abs(a)


def _math_gcd__3(a: int, b: int, c: int) -> int:
    return _math_gcd(_math_gcd(a, b), c)


def _math_lcm(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return abs(a // _math_gcd(a, b) * b)


def _math_lcm__1(a: int) -> int:
    return abs(a)


def _math_lcm__3(a: int, b: int, c: int) -> int:
    return _math_lcm(_math_lcm(a, b), c)


@extern("rt_math_isqrt", "pure", "raises")
def _math_isqrt(n: int) -> int:
    pass


def _math_factorial(n: int) -> int:
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def _math_check_nk(n: int, k: int) -> None:
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")


def _math_comb(n: int, k: int) -> int:
    _math_check_nk(n, k)
    if k > n:
        return 0
    if k > n - k:
        k = n - k
    r = 1
    for i in range(k):
        # exact at each step: r is comb(n, i); dividing first keeps the
        # intermediate product within 64 bits where the result is
        g = _math_gcd(r, i + 1)
        r = (r // g) * ((n - i) // ((i + 1) // g))
    return r


def _math_perm(n: int, k: int) -> int:
    _math_check_nk(n, k)
    if k > n:
        return 0
    r = 1
    for i in range(k):
        r *= n - i
    return r


def _math_perm__1(n: int) -> int:
    return _math_factorial(n)


def _math_prod(iterable: list[int], start: int = 1) -> int:
    r = start
    for x in iterable:
        r *= x
    return r


def _math_degrees(x: float) -> float:
    return x * (180.0 / _math_pi)


def _math_radians(x: float) -> float:
    return x * (_math_pi / 180.0)


def _math_isclose(a: float, b: float, rel_tol: float = 1e-09, abs_tol: float = 0.0) -> bool:
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if _math_isinf(a) or _math_isinf(b):
        return False
    diff = _math_fabs(b - a)
    return diff <= _math_fabs(rel_tol * b) or diff <= _math_fabs(rel_tol * a) or diff <= abs_tol


def _math_fsum(iterable: list[float]) -> float:
    # Shewchuk's exact summation into non-overlapping partials, then
    # CPython's correctly rounded total (the half-way correction below).
    partials: list[float] = []
    special = 0.0
    inf_sum = 0.0
    for x in iterable:
        if not _math_isfinite(x):
            if _math_isinf(x):
                inf_sum += x
            special += x
            continue
        i = 0
        for y in partials:
            if _math_fabs(x) < _math_fabs(y):
                t = x
                x = y
                y = t
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        del partials[i:]
        if x != 0.0:
            if not _math_isfinite(x):
                raise OverflowError("intermediate overflow in fsum")
            partials.append(x)
    if special != 0.0:
        if _math_isnan(inf_sum):
            raise ValueError("-inf + inf in fsum")
        return special
    n = len(partials)
    if n == 0:
        return 0.0
    n -= 1
    hi = partials[n]
    lo = 0.0
    while n > 0:
        x = hi
        n -= 1
        y = partials[n]
        hi = x + y
        yr = hi - x
        lo = y - yr
        if lo != 0.0:
            break
    if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
        y = lo * 2.0
        x = hi + y
        yr = x - hi
        if y == yr:
            hi = x
    return hi


# ----------------------------------------------------------------- heapq
#: section heapq
# A heap prints as CPython's does only if items move exactly as they do
# there: taking the root fills its hole by walking the smaller children up
# to a leaf, then lets the displaced item rise from that leaf (fewer
# comparisons than stopping on the way down).  The comparisons are made in
# the same order too, which matters for classes with their own __lt__.

def _heapq_rise(heap: list[T], floor: int, hole: int) -> None:
    """Let heap[hole] rise towards heap[floor] past every larger parent."""
    item = heap[hole]
    while hole > floor:
        up = (hole - 1) // 2
        if not item < heap[up]:
            break
        heap[hole] = heap[up]
        hole = up
    heap[hole] = item


def _heapq_refill(heap: list[T], top: int) -> None:
    """Restore the heap below `top`, whose item may be too large."""
    count = len(heap)
    item = heap[top]
    hole = top
    kid = 2 * hole + 1
    while kid < count:
        if kid + 1 < count and not heap[kid] < heap[kid + 1]:
            kid += 1
        heap[hole] = heap[kid]
        hole = kid
        kid = 2 * hole + 1
    heap[hole] = item
    _heapq_rise(heap, top, hole)


def _heapq_heappush(heap: list[T], item: T) -> None:
    heap.append(item)
    _heapq_rise(heap, 0, len(heap) - 1)


def _heapq_heappop(heap: list[T]) -> T:
    if len(heap) == 0:
        raise IndexError("index out of range")
    last = heap.pop()
    if len(heap) == 0:
        return last
    smallest = heap[0]
    heap[0] = last
    _heapq_refill(heap, 0)
    return smallest


def _heapq_heapreplace(heap: list[T], item: T) -> T:
    if len(heap) == 0:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _heapq_refill(heap, 0)
    return smallest


def _heapq_heappushpop(heap: list[T], item: T) -> T:
    if len(heap) == 0 or not heap[0] < item:
        return item
    smallest = heap[0]
    heap[0] = item
    _heapq_refill(heap, 0)
    return smallest


def _heapq_heapify(x: list[T]) -> None:
    n = len(x)
    for top in range(n // 2 - 1, -1, -1):
        _heapq_refill(x, top)


# CPython documents nsmallest(n, it) as sorted(it)[:n] and nlargest as
# sorted(it, reverse=True)[:n]; its results equal these.
def _heapq_nsmallest(n: int, iterable: list[T]) -> list[T]:
    return _sorted(iterable, False)[:n] if n > 0 else iterable[:0]


def _heapq_nlargest(n: int, iterable: list[T]) -> list[T]:
    return _sorted(iterable, True)[:n] if n > 0 else iterable[:0]


# ---------------------------------------------------------------- bisect
#: section bisect

def _bisect_hi(a: list[T], lo: int, hi: int) -> int:
    if lo < 0:
        raise ValueError("lo must be non-negative")
    return len(a) if hi == _ABSENT else hi


# Both searches keep the answer within [first, first + count] and probe
# the middle of that span (the items CPython compares, in its order):
# left finds the first item not below x, right the first one above x.
def _bisect_bisect_left(a: list[T], x: T, lo: int = 0, hi: int = _ABSENT) -> int:
    first = lo
    count = _bisect_hi(a, lo, hi) - lo
    while count > 0:
        half = count // 2
        if a[first + half] < x:
            first += half + 1
            count -= half + 1
        else:
            count = half
    return first


def _bisect_bisect_right(a: list[T], x: T, lo: int = 0, hi: int = _ABSENT) -> int:
    first = lo
    count = _bisect_hi(a, lo, hi) - lo
    while count > 0:
        half = count // 2
        if x < a[first + half]:
            count = half
        else:
            first += half + 1
            count -= half + 1
    return first


def _bisect_insort_left(a: list[T], x: T, lo: int = 0, hi: int = _ABSENT) -> None:
    a.insert(_bisect_bisect_left(a, x, lo, hi), x)


def _bisect_insort_right(a: list[T], x: T, lo: int = 0, hi: int = _ABSENT) -> None:
    a.insert(_bisect_bisect_right(a, x, lo, hi), x)


# ---------------------------------------------------------------- random
#: section random needs math
# The contract is observable: after random.seed(n) (or Random(n)) every
# function returns, bit for bit, what CPython's returns.  That pins the
# generator (the Mersenne Twister MT19937 of Matsumoto and Nishimura), how
# an int seed becomes its state, how floats and k-bit ints are cut from
# 32-bit outputs, and which draws each function makes.  The code is laid
# out our own way: the state is a ring of 624 words; seeding is one
# linear fill and two stirring sweeps of one cursor round words 1..623;
# regeneration is one in-place sweep of the ring.

_MT_WORDS: Final[int] = 624      # state size in 32-bit words
_MT_REACH: Final[int] = 397      # word i is rebuilt from word i+397 (mod 624)
_MT_LOW32: Final[int] = 0xFFFFFFFF
_TWO_TO_MINUS_53: Final[float] = 1.0 / 9007199254740992.0


@extern("rt_random_seed_entropy")
def _random_entropy() -> int:
    pass


def _mt_fill(ring: Array[int], s: int) -> None:
    # Every word from its predecessor by a multiplicative recurrence.
    w = s & _MT_LOW32
    ring[0] = w
    for i in range(1, _MT_WORDS):
        w = (1812433253 * (w ^ (w >> 30)) + i) & _MT_LOW32
        ring[i] = w


def _mt_stir(ring: Array[int], at: int, factor: int, offset: int) -> None:
    # Mix word at-1 (times factor) and offset into word at.  Word 0 is
    # never a target: it mirrors word 623 whenever that changes, so that
    # the sweep, wrapping from 623 back to 1, sees the fresh value there.
    before = ring[at - 1]
    mixed = (ring[at] ^ ((before ^ (before >> 30)) * factor)) + offset
    ring[at] = mixed & _MT_LOW32
    if at == _MT_WORDS - 1:
        ring[0] = ring[at]


def _mt_seed(ring: Array[int], key: list[int]) -> None:
    # The cursor advances one word per step round 1..623; the second sweep
    # continues where the first stopped.  The first sweep adds key word j
    # plus j (the key repeats as needed); the second subtracts the index.
    _mt_fill(ring, 19650218)
    cycle = _MT_WORDS - 1
    first = max(_MT_WORDS, len(key))
    for step in range(first):
        j = step % len(key)
        _mt_stir(ring, 1 + step % cycle, 1664525, key[j] + j)
    for step in range(first, first + cycle):
        at = 1 + step % cycle
        _mt_stir(ring, at, 1566083941, -at)
    ring[0] = 0x80000000         # a nonzero top bit: the state is never all zero


def _mt_regenerate(ring: Array[int]) -> None:
    # Word i becomes word i+397 xor the twist of (top bit of word i, low 31
    # bits of word i+1), indices mod 624.  Sweeping in index order matters:
    # the last words read words that this sweep has already rebuilt.
    after = 1
    reach = _MT_REACH
    for i in range(_MT_WORDS):
        joined = (ring[i] & 0x80000000) | (ring[after] & 0x7FFFFFFF)
        twist = joined >> 1
        if joined & 1:
            twist ^= 0x9908B0DF
        ring[i] = ring[reach] ^ twist
        after = after + 1 if after + 1 < _MT_WORDS else 0
        reach = reach + 1 if reach + 1 < _MT_WORDS else 0


def _mt_temper(w: int) -> int:
    # MT19937's output transform, spreading each state bit over the word.
    w ^= w >> 11
    w ^= (w << 7) & 0x9D2C5680
    w ^= (w << 15) & 0xEFC60000
    return w ^ (w >> 18)


def _seed_key(n: int) -> list[int]:
    # |n| as 32-bit words, least significant first; 0 is the one word 0.
    # (-2**63 is _ABSENT, a seed from entropy, so -n does not overflow.)
    rest = -n if n < 0 else n
    key: list[int] = [rest & _MT_LOW32]
    rest >>= 32
    while rest != 0:
        key.append(rest & _MT_LOW32)
        rest >>= 32
    return key


class Random:
    _ring: Array[int]
    _used: int                   # words of the ring already handed out

    def __init__(self, a: int = _ABSENT) -> None:
        self._ring = Array[int](_MT_WORDS)
        self._used = _MT_WORDS
        self.seed(a)

    def seed(self, a: int = _ABSENT) -> None:
        _mt_seed(self._ring, _seed_key(_random_entropy() if a == _ABSENT else a))
        self._used = _MT_WORDS

    def _word(self) -> int:
        if self._used == _MT_WORDS:
            _mt_regenerate(self._ring)
            self._used = 0
        w = self._ring[self._used]
        self._used += 1
        return _mt_temper(w)

    def random(self) -> float:
        # 53 bits, the top 27 of one word over the top 26 of the next,
        # scaled exactly into [0, 1).
        high = self._word() >> 5
        low = self._word() >> 6
        return float((high << 26) | low) * _TWO_TO_MINUS_53

    def getrandbits(self, k: int) -> int:
        # Words fill the result from its low end; the last one gives only
        # its top bits.  Beyond 63 bits an int overflows (OverflowError).
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        bits = 0
        done = 0
        while done < k:
            take = min(32, k - done)
            bits |= (self._word() >> (32 - take)) << done
            done += take
        return bits

    def _below(self, n: int) -> int:
        # Uniform in [0, n), n > 0: n.bit_length() fresh bits per try,
        # tried again while the value is n or more.
        width = n.bit_length()
        while True:
            r = self.getrandbits(width)
            if r < n:
                return r

    def randrange(self, start: int, stop: int = _ABSENT, step: int = 1) -> int:
        if stop == _ABSENT:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if start <= 0:
                raise ValueError("empty range for randrange()")
            return self._below(start)
        if step == 0:
            raise ValueError("zero step for randrange()")
        count = -((start - stop) // step)        # len(range(start, stop, step)) if > 0
        if count > 0:
            return start + step * self._below(count)
        if step == 1:
            raise ValueError(f"empty range for randrange() ({start}, {stop}, {stop - start})")
        raise ValueError("empty range for randrange()")

    def randint(self, a: int, b: int) -> int:
        return self.randrange(a, b + 1)

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.random()


def _Random_choice(r: Random, iterable: list[T]) -> T:
    # (A parameter named iterable takes any iterable, as a list: check_call.c.)
    if len(iterable) == 0:
        raise IndexError("Cannot choose from an empty sequence")
    return iterable[r._below(len(iterable))]


def _Random_shuffle(r: Random, x: list[T]) -> None:
    # From the last position down to 1, swap with a position at or below it.
    for top in range(len(x) - 1, 0, -1):
        other = r._below(top + 1)
        held = x[top]
        x[top] = x[other]
        x[other] = held


def _sample_copies(n: int, k: int) -> bool:
    # CPython copies the population when that costs no more memory than a
    # hash set of k indexes; the choice decides which draws are made.
    budget = 21
    if k > 5:
        budget += 4 ** _math_ceil(_math_log__2(k * 3, 4))
    return n <= budget


def _sample_from_copy(r: Random, population: list[T], k: int) -> list[T]:
    # The slot just drawn is refilled from the end of the shrinking pool.
    pool = population.copy()
    live = len(pool)
    out: list[T] = []
    while len(out) < k:
        j = r._below(live)
        out.append(pool[j])
        live -= 1
        pool[j] = pool[live]
    return out


def _sample_by_index(r: Random, population: list[T], k: int) -> list[T]:
    # Indexes over the whole population; a repeat is drawn again.
    taken: set[int] = set()
    out: list[T] = []
    while len(out) < k:
        j = r._below(len(population))
        if j not in taken:
            taken.add(j)
            out.append(population[j])
    return out


def _Random_sample(r: Random, iterable: list[T], k: int) -> list[T]:
    if k < 0 or k > len(iterable):
        raise ValueError("Sample larger than population or is negative")
    if _sample_copies(len(iterable), k):
        return _sample_from_copy(r, iterable, k)
    return _sample_by_index(r, iterable, k)


_random_inst: Random = Random()


def _random_seed(a: int = _ABSENT) -> None:
    _random_inst.seed(a)


def _random_random() -> float:
    return _random_inst.random()


def _random_getrandbits(k: int) -> int:
    return _random_inst.getrandbits(k)


def _random_randrange(start: int, stop: int = _ABSENT, step: int = 1) -> int:
    return _random_inst.randrange(start, stop, step)


def _random_randint(a: int, b: int) -> int:
    return _random_inst.randint(a, b)


def _random_uniform(a: float, b: float) -> float:
    return _random_inst.uniform(a, b)


def _random_choice1(iterable: list[T]) -> T:
    return _Random_choice(_random_inst, iterable)


def _random_shuffle1(x: list[T]) -> None:
    _Random_shuffle(_random_inst, x)


def _random_sample1(iterable: list[T], k: int) -> list[T]:
    return _Random_sample(_random_inst, iterable, k)


# --------------------------------------------------------------- os.path
#: section os.path os
# POSIX rules, as CPython's posixpath.

@extern("rt_os_stat_kind")
def _os_stat_kind(path: str) -> int:
    pass


@extern("rt_os_getcwd", "alloc", "raises")
def _os_getcwd() -> str:
    pass


@extern("rt_os_chdir", "io", "raises")
def _os_chdir(path: str) -> None:
    pass


@extern("rt_os_listdir", "alloc", "raises")
def _os_listdir_c(path: str) -> list[str]:
    pass


def _os_listdir(path: str = ".") -> list[str]:
    return _os_listdir_c(path)


@extern("rt_os_readlink", "alloc", "raises")
def _os_readlink(path: str) -> str:
    pass


@extern("rt_os_stat", "writes", "raises")
def _os_stat_into(path: str, follow: int, out: Array[int]) -> None:
    pass


def _stat_time(sec: int, nsec: int) -> float:
    # CPython's float of a time: sec + nsec * 1e-9, in doubles
    return float(sec) + float(nsec) * 1e-9


class _StatResult:
    """os.stat_result's named fields (rtlib.h's RT_STAT_* order)."""
    st_mode: int
    st_ino: int
    st_dev: int
    st_nlink: int
    st_uid: int
    st_gid: int
    st_size: int
    st_atime: float
    st_mtime: float
    st_ctime: float
    st_atime_ns: int
    st_mtime_ns: int
    st_ctime_ns: int
    st_blksize: int
    st_blocks: int
    st_rdev: int

    def __init__(self, f: Array[int]) -> None:
        self.st_mode = f[0]
        self.st_ino = f[1]
        self.st_dev = f[2]
        self.st_nlink = f[3]
        self.st_uid = f[4]
        self.st_gid = f[5]
        self.st_size = f[6]
        self.st_atime = _stat_time(f[7], f[8])
        self.st_mtime = _stat_time(f[9], f[10])
        self.st_ctime = _stat_time(f[11], f[12])
        self.st_atime_ns = f[7] * 1000000000 + f[8]
        self.st_mtime_ns = f[9] * 1000000000 + f[10]
        self.st_ctime_ns = f[11] * 1000000000 + f[12]
        self.st_blksize = f[13]
        self.st_blocks = f[14]
        self.st_rdev = f[15]


def _os_stat_of(path: str, follow: int) -> _StatResult:
    f = Array[int](16)
    _os_stat_into(path, follow, f)
    return _StatResult(f)


def _os_stat(path: str) -> _StatResult:
    return _os_stat_of(path, 1)


def _os_lstat(path: str) -> _StatResult:
    return _os_stat_of(path, 0)


def _os_path_exists(path: str) -> bool:
    return _os_stat_kind(path) != 0


def _os_path_isfile(path: str) -> bool:
    return _os_stat_kind(path) == 1


def _os_path_isdir(path: str) -> bool:
    return _os_stat_kind(path) == 2


def _os_path_isabs(path: str) -> bool:
    return path.startswith("/")


def _os_path_join(a: str, b: str) -> str:
    if b.startswith("/"):
        return b
    if a == "" or a.endswith("/"):
        return a + b
    return a + "/" + b


def _os_path_join__3(a: str, b: str, c: str) -> str:
    return _os_path_join(_os_path_join(a, b), c)


def _os_path_join__4(a: str, b: str, c: str, d: str) -> str:
    return _os_path_join(_os_path_join(_os_path_join(a, b), c), d)


def _os_path_split(path: str) -> tuple[str, str]:
    i = path.rfind("/") + 1
    head = path[:i]
    tail = path[i:]
    if head != "" and head != "/" * len(head):
        head = head.rstrip("/")
    return (head, tail)


def _os_path_basename(path: str) -> str:
    return path[path.rfind("/") + 1:]


def _os_path_dirname(path: str) -> str:
    return _os_path_split(path)[0]


def _os_path_splitext(path: str) -> tuple[str, str]:
    sep = path.rfind("/")
    dot = path.rfind(".")
    if dot > sep:
        i = sep + 1
        while i < dot:
            if path[i] != ".":
                return (path[:dot], path[dot:])
            i += 1
    return (path, "")


def _os_path_normpath(path: str) -> str:
    if path == "":
        return "."
    initial = 0
    if path.startswith("/"):
        initial = 2 if path.startswith("//") and not path.startswith("///") else 1
    comps: list[str] = []
    for comp in path.split("/"):
        if comp == "" or comp == ".":
            continue
        if comp != ".." or (initial == 0 and len(comps) == 0) or (len(comps) > 0 and comps[-1] == ".."):
            comps.append(comp)
        elif len(comps) > 0:
            comps.pop()
    r = "/" * initial + "/".join(comps)
    return r if r != "" else "."


def _os_path_abspath(path: str) -> str:
    if not path.startswith("/"):
        path = _os_path_join(_os_getcwd(), path)
    return _os_path_normpath(path)


# ---------------------------------------------------------------- string
#: section string

_string_ascii_lowercase: Final[str] = "abcdefghijklmnopqrstuvwxyz"
_string_ascii_uppercase: Final[str] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_string_ascii_letters: Final[str] = _string_ascii_lowercase + _string_ascii_uppercase
_string_digits: Final[str] = "0123456789"
_string_hexdigits: Final[str] = "0123456789abcdefABCDEF"
_string_octdigits: Final[str] = "01234567"
_string_punctuation: Final[str] = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_string_whitespace: Final[str] = " \t\n\r\x0b\x0c"
_string_printable: Final[str] = _string_digits + _string_ascii_letters + _string_punctuation + _string_whitespace


# ----------------------------------------------------- threading, rtrans
#: always

@extern("rt_lock_new", "alloc")
class Lock:
    @extern("rt_lock_acquire", "blocking", "raises")
    def acquire(self, blocking: bool = True, timeout: float = -1.0) -> bool:
        pass

    @extern("rt_lock_release", "raises")
    def release(self) -> None:
        pass

    @extern("rt_lock_locked", "reads")
    def locked(self) -> bool:
        pass


# threading.Thread(target=f, args=(...)) is built by the lowering (it needs
# an entry stub per target); start() and join() are support-library calls.
@extern("")
class Thread:
    @extern("rt_thread_start", "io", "raises")
    def start(self) -> None:
        pass

    @extern("rt_thread_join", "blocking", "raises")
    def join(self) -> None:
        pass


# the longest Lock.acquire timeout (rtlib.h RT_LOCK_TIMEOUT_MAX)
_threading_TIMEOUT_MAX: Final[float] = 9223372036.0


@extern("rt_thread_get_ident", "pure")
def _threading_get_ident() -> int:
    pass


@extern("rt_thread_stack_size", "io", "raises")
def _threading_stack_size(n: int) -> int:
    pass


# A deadline clock for the timed waits below.  time.monotonic() is "io"
# (it orders with output); here a re-run transaction may simply read the
# clock again, so the read stays out of the inevitable path.
@extern("rt_time_monotonic", "pure")
def _threading_clock() -> float:
    pass


# threading.RLock: a Lock plus an owner and a depth, as CPython's Python
# version (_PyRLock).  Every state change is an ordinary transactional
# write, so under --stm only the inner Lock.acquire blocks (ending the
# transaction first, as rt_lock_acquire does).
class RLock:
    _block: Lock
    _owner: int
    _count: int

    def __init__(self) -> None:
        self._block = Lock()
        self._owner = 0
        self._count = 0

    def acquire(self, blocking: bool = True, timeout: float = -1.0) -> bool:
        me = _threading_get_ident()
        if self._count > 0 and self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self) -> None:
        if self._count == 0 or self._owner != _threading_get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._block.release()

    def _is_owned(self) -> bool:
        return self._count > 0 and self._owner == _threading_get_ident()

    # Condition.wait: give the lock up whatever the depth, then take it back.
    def _release_save(self) -> int:
        count = self._count
        self._count = 0
        self._block.release()
        return count

    def _acquire_restore(self, count: int) -> None:
        self._block.acquire()
        self._owner = _threading_get_ident()
        self._count = count

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, t: object, v: object, tb: object) -> None:
        self.release()


# threading.Condition, as CPython's: each waiter blocks on a Lock of its
# own that it holds already; notify releases the first waiters' locks.
# The lock is always an RLock (Condition()'s default in CPython).
class Condition:
    _lock: RLock
    _waiters: list[Lock]

    def __init__(self, lock: RLock | None = None) -> None:
        self._lock = RLock() if lock is None else lock
        self._waiters = []

    def acquire(self, blocking: bool = True, timeout: float = -1.0) -> bool:
        return self._lock.acquire(blocking, timeout)

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> bool:
        return self._lock.acquire()

    def __exit__(self, t: object, v: object, tb: object) -> None:
        self._lock.release()

    def wait(self, timeout: float | None = None) -> bool:
        if not self._lock._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._lock._release_save()
        got = False
        try:
            if timeout is None:
                got = waiter.acquire()
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
        finally:
            self._lock._acquire_restore(saved)
            if not got:
                _condition_forget(self._waiters, waiter)
        return got

    def wait_for(self, predicate: Callable[[], bool], timeout: float | None = None) -> bool:
        deadline = -1.0
        result = predicate()
        while not result:
            if timeout is not None:
                if deadline < 0:
                    deadline = _threading_clock() + timeout
                left = deadline - _threading_clock()
                if left <= 0:
                    break
                self.wait(left)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n: int = 1) -> None:
        if not self._lock._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        while n > 0 and len(self._waiters) > 0:
            self._waiters.pop(0).release()
            n -= 1

    def notify_all(self) -> None:
        self.notify(len(self._waiters))


# A timed-out waiter may have been notified meanwhile (then it is gone).
def _condition_forget(waiters: list[Lock], waiter: Lock) -> None:
    for i in range(len(waiters)):
        if waiters[i] is waiter:
            waiters.pop(i)
            return


# threading.Semaphore, as CPython's.
class Semaphore:
    _cond: Condition
    _value: int

    def __init__(self, value: int = 1) -> None:
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition()
        self._value = value

    def acquire(self, blocking: bool = True, timeout: float | None = None) -> bool:
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        got = False
        deadline = -1.0
        with self._cond:
            while self._value == 0 and blocking:
                if timeout is None:
                    self._cond.wait()
                    continue
                if deadline < 0:
                    deadline = _threading_clock() + timeout
                left = deadline - _threading_clock()
                if left <= 0:
                    break
                self._cond.wait(left)
            if self._value > 0:
                self._value -= 1
                got = True
        return got

    def release(self, n: int = 1) -> None:
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, t: object, v: object, tb: object) -> None:
        self.release()


class Event:
    _cond: Condition
    _flag: bool

    def __init__(self) -> None:
        self._cond = Condition()
        self._flag = False

    def is_set(self) -> bool:
        return self._flag

    def set(self) -> None:
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self) -> None:
        with self._cond:
            self._flag = False

    def wait(self, timeout: float | None = None) -> bool:
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag


# threading.BoundedSemaphore, as CPython's: a Semaphore whose release
# past the initial value raises.
class BoundedSemaphore:
    _sem: Semaphore
    _initial: int

    def __init__(self, value: int = 1) -> None:
        self._sem = Semaphore(value)
        self._initial = value

    def acquire(self, blocking: bool = True, timeout: float | None = None) -> bool:
        return self._sem.acquire(blocking, timeout)

    def release(self, n: int = 1) -> None:
        if n < 1:
            raise ValueError("n must be one or more")
        with self._sem._cond:
            if self._sem._value + n > self._initial:
                raise ValueError("Semaphore released too many times")
            self._sem._value += n
            self._sem._cond.notify(n)

    def __enter__(self) -> bool:
        return self._sem.acquire()

    def __exit__(self, t: object, v: object, tb: object) -> None:
        self.release()


class BrokenBarrierError(RuntimeError):
    pass


# One filling of a Barrier: how many threads arrived for it and how it
# ended: 0 while filling, 1 let through, -1 broken (a timeout, abort(),
# reset() or a failed action).
class _BarrierRound:
    arrived: int
    outcome: int

    def __init__(self) -> None:
        self.arrived = 0
        self.outcome = 0

    def _settled(self) -> bool:
        return self.outcome != 0


# threading.Barrier: wait() holds threads until `parties` of them have
# arrived, then the last one runs the action and lets them all through.
# Each filling is a round object of its own, so that a thread woken late
# learns how its own round ended whatever happened since; arrivals start
# the next round at once.  Broken, the barrier refuses every wait()
# until reset().
class Barrier:
    _cond: Condition
    _action: Callable[[], None] | None
    _timeout: float | None
    _parties: int
    _round: _BarrierRound
    _broken: bool

    def __init__(self, parties: int, action: Callable[[], None] | None = None,
                 timeout: float | None = None) -> None:
        self._cond = Condition()
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._round = _BarrierRound()
        self._broken = False

    def wait(self, timeout: float | None = None) -> int:
        with self._cond:
            if self._broken:
                raise BrokenBarrierError()
            current = self._round
            arrival = current.arrived
            current.arrived = arrival + 1
            if current.arrived == self._parties:
                self._let_through(current)
            else:
                self._await(current, self._timeout if timeout is None else timeout)
            return arrival

    # The last arrival: the action runs first, and its exception breaks
    # the barrier (the others see BrokenBarrierError, this thread the
    # exception itself).
    def _let_through(self, current: _BarrierRound) -> None:
        action = self._action
        if action is not None:
            try:
                action()
            except BaseException:
                self._break()
                raise
        current.outcome = 1
        self._round = _BarrierRound()
        self._cond.notify_all()

    # A thread that waits for its round to end; running out of time
    # breaks the barrier for everyone.
    def _await(self, current: _BarrierRound, timeout: float | None) -> None:
        if not self._cond.wait_for(current._settled, timeout):
            self._break()
            raise BrokenBarrierError()
        if current.outcome < 0:
            raise BrokenBarrierError()

    # The waiting threads fail with BrokenBarrierError and the barrier is
    # usable again, empty.
    def reset(self) -> None:
        with self._cond:
            self._round.outcome = -1
            self._round = _BarrierRound()
            self._broken = False
            self._cond.notify_all()

    def abort(self) -> None:
        with self._cond:
            self._break()

    def _break(self) -> None:
        self._broken = True
        self._round.outcome = -1
        self._cond.notify_all()

    @property
    def parties(self) -> int:
        return self._parties

    @property
    def n_waiting(self) -> int:
        return 0 if self._broken else self._round.arrived

    @property
    def broken(self) -> bool:
        return self._broken


# ------------------------------------------------------------------ queue

# queue.Empty and queue.Full (CPython names the first _queue.Empty).
class Empty(Exception):
    pass


class Full(Exception):
    pass


# queue.Queue[T], as CPython's: a deque guarded by one RLock and three
# Conditions on it.  maxsize <= 0 means unbounded.
class _Queue(Generic[T]):
    maxsize: int
    _items: _deque[T]
    mutex: RLock
    not_empty: Condition
    not_full: Condition
    all_tasks_done: Condition
    unfinished_tasks: int

    def __init__(self, maxsize: int = 0) -> None:
        self.maxsize = maxsize
        self._items = _deque()
        self.mutex = RLock()
        self.not_empty = Condition(self.mutex)
        self.not_full = Condition(self.mutex)
        self.all_tasks_done = Condition(self.mutex)
        self.unfinished_tasks = 0

    def qsize(self) -> int:
        with self.mutex:
            return len(self._items)

    def empty(self) -> bool:
        with self.mutex:
            return len(self._items) == 0

    def full(self) -> bool:
        with self.mutex:
            return 0 < self.maxsize <= len(self._items)

    def put(self, item: T, block: bool = True, timeout: float | None = None) -> None:
        with self.not_full:
            if self.maxsize > 0:
                self._wait(self.not_full, True, block, timeout)
            self._items.append(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block: bool = True, timeout: float | None = None) -> T:
        with self.not_empty:
            self._wait(self.not_empty, False, block, timeout)
            item = self._items.popleft()
            self.not_full.notify()
            return item

    def put_nowait(self, item: T) -> None:
        self.put(item, False)

    def get_nowait(self) -> T:
        return self.get(False)

    def _blocked(self, putting: bool) -> bool:
        if putting:
            return len(self._items) >= self.maxsize
        return len(self._items) == 0

    # Wait on cond until a put (putting) or a get can go on, with CPython's
    # rules for block and timeout; raises Full or Empty.
    def _wait(self, cond: Condition, putting: bool, block: bool, timeout: float | None) -> None:
        if not block:
            if self._blocked(putting):
                _queue_raise(putting)
        elif timeout is None:
            while self._blocked(putting):
                cond.wait()
        elif timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        else:
            deadline = _threading_clock() + timeout
            while self._blocked(putting):
                left = deadline - _threading_clock()
                if left <= 0.0:
                    _queue_raise(putting)
                cond.wait(left)

    def task_done(self) -> None:
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError("task_done() called too many times")
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self.all_tasks_done.notify_all()

    def join(self) -> None:
        with self.all_tasks_done:
            while self.unfinished_tasks > 0:
                self.all_tasks_done.wait()


def _queue_raise(putting: bool) -> None:
    if putting:
        raise Full()
    raise Empty()


@extern("rt_rtrans_transaction_break_point", "blocking")
def _rtrans_transaction_break_point() -> None:
    pass


@extern("rt_rtrans_become_inevitable", "io")
def _rtrans_become_inevitable() -> None:
    pass


@extern("rt_rtrans_hint_commit_soon", "pure")
def _rtrans_hint_commit_soon() -> None:
    pass


@extern("rt_rtrans_is_atomic", "pure")
def _rtrans_is_atomic() -> bool:
    pass


@extern("rt_rtrans_enter_atomic", "pure")
def _rtrans_enter_atomic() -> None:
    pass


@extern("rt_rtrans_leave_atomic", "pure", "raises")
def _rtrans_leave_atomic() -> None:
    pass


@extern("rt_rtrans_segment_limit", "pure")
def _rtrans_segment_limit() -> int:
    pass


@extern("rt_rtrans_push_marker", "pure")
def _rtrans_push_marker(line: int, label: str) -> None:
    pass


@extern("rt_rtrans_update_marker", "pure")
def _rtrans_update_marker(line: int) -> None:
    pass


@extern("rt_rtrans_pop_marker", "pure")
def _rtrans_pop_marker() -> None:
    pass


def _rtrans_urshift(x: int, n: int) -> int:
    # x's 64-bit pattern shifted right by n with zeros coming in (an
    # unsigned shift): the arithmetic shift with the copies of the sign bit
    # masked off.  1 << 63 wraps to -2**63 inside intmask, so the mask of
    # the 63 low bits is intmask((1 << 63) - 1).
    if n < 0:
        raise ValueError("negative shift count")
    if n == 0:
        return x
    if n >= 64:
        return 0
    return (x >> n) & intmask((1 << (64 - n)) - 1)


# ------------------------------------------------ rtrans.TDict, rtrans.TQueue
#: section rtrans

# rtrans.TDict[K, V]: a dictionary shared by threads whose keys conflict
# independently.  It lives in the runtime's transactional hash table
# (runtime/hashtable.c): under each key's hash, a chain of _TEntry (one
# entry, except when keys of equal hash meet), so transactions on keys of
# different hashes touch different objects.  len() reads every stripe of
# the table (it conflicts with insertions and deletions, not with updates);
# _extra counts the keys beyond the first of their hash, written only when
# such a collision is made or undone.  Iteration order is unspecified.
class _TEntry(Generic[K, V]):
    key: K
    value: V
    next: _TEntry[K, V] | None

    def __init__(self, key: K, value: V, next: _TEntry[K, V] | None) -> None:
        self.key = key
        self.value = value
        self.next = next


class _TCount:
    n: int

    def __init__(self) -> None:
        self.n = 0


@extern("rt_thashtable_new", "alloc")
class _THashtable(Generic[K, V]):
    @extern("rt_thashtable_get", "alloc")
    def get(self, h: int) -> _TEntry[K, V] | None:
        pass

    @extern("rt_thashtable_set", "alloc")
    def set(self, h: int, chain: _TEntry[K, V] | None) -> None:
        pass

    @extern("rt_thashtable_len")
    def count(self) -> int:
        pass

    @extern("rt_thashtable_hashes", "reads", "writes", "alloc")
    def hashes(self, out: Array[int]) -> int:
        pass


class _TDict(Generic[K, V]):
    _table: _THashtable[K, V]
    _extra: _TCount

    def __init__(self) -> None:
        self._table = _THashtable[K, V]()
        self._extra = _TCount()

    def __len__(self) -> int:
        return self._table.count() + self._extra.n

    def _find(self, key: K) -> _TEntry[K, V] | None:
        e = self._table.get(hash(key))
        while e is not None:
            if e.key == key:
                return e
            e = e.next
        return None

    def __getitem__(self, key: K) -> V:
        e = self._find(key)
        if e is None:
            raise _key_error(repr(key))
        return e.value

    def __setitem__(self, key: K, value: V) -> None:
        h = hash(key)
        first = self._table.get(h)
        e = first
        while e is not None:
            if e.key == key:
                e.value = value
                return
            e = e.next
        if first is not None:
            self._extra.n += 1
        self._table.set(h, _TEntry[K, V](key, value, first))

    def _remove(self, key: K) -> _TEntry[K, V] | None:
        h = hash(key)
        first = self._table.get(h)
        prev: _TEntry[K, V] | None = None
        e = first
        while e is not None and not (e.key == key):
            prev = e
            e = e.next
        if e is None or first is None:
            return None
        if first.next is not None:
            self._extra.n -= 1
        if prev is None:
            self._table.set(h, e.next)
        else:
            prev.next = e.next
        return e

    def __delitem__(self, key: K) -> None:
        if self._remove(key) is None:
            raise _key_error(repr(key))

    def __contains__(self, key: K) -> bool:
        return self._find(key) is not None

    def get(self, key: K) -> V | None:
        e = self._find(key)
        if e is None:
            return None
        return e.value

    def get__2(self, key: K, default: V) -> V:
        e = self._find(key)
        if e is None:
            return default
        return e.value

    def pop(self, key: K) -> V:
        e = self._remove(key)
        if e is None:
            raise _key_error(repr(key))
        return e.value

    def pop__2(self, key: K, default: V) -> V:
        e = self._remove(key)
        if e is None:
            return default
        return e.value

    def setdefault(self, key: K, default: V) -> V:
        e = self._find(key)
        if e is not None:
            return e.value
        self[key] = default
        return default

    def _entries(self) -> list[_TEntry[K, V]]:
        hs = Array[int](self._table.count() + 8)
        n = self._table.hashes(hs)
        while n > len(hs):
            hs = Array[int](n + 8)
            n = self._table.hashes(hs)
        r: list[_TEntry[K, V]] = []
        for i in range(n):
            e = self._table.get(hs[i])
            while e is not None:
                r.append(e)
                e = e.next
        return r

    def keys(self) -> list[K]:
        return [e.key for e in self._entries()]

    def values(self) -> list[V]:
        return [e.value for e in self._entries()]

    def items(self) -> list[tuple[K, V]]:
        return [(e.key, e.value) for e in self._entries()]

    def __iter__(self) -> _ListIter[K]:
        return _ListIter[K](self.keys())


# rtrans.TQueue[T]: the runtime's unordered queue (runtime/queue.c): put()
# never conflicts; get() takes an item some committed transaction (or this
# one) put, the newest first, and raises IndexError when there is none;
# get(True) first waits for a put to commit (get(True, timeout): at most
# timeout seconds; -1.0, as Lock.acquire's, means no limit).
# Items travel in boxes so that any T is a reference.
class _TBox(Generic[T]):
    item: T

    def __init__(self, item: T) -> None:
        self.item = item


@extern("rt_tqueue_new", "alloc")
class _TQueueHandle(Generic[T]):
    @extern("rt_tqueue_put")
    def put(self, box: _TBox[T]) -> None:
        pass

    @extern("rt_tqueue_get")
    def get(self) -> _TBox[T] | None:
        pass

    @extern("rt_tqueue_wait", "blocking", "raises")
    def wait(self, timeout: float) -> float:
        pass

    @extern("rt_tqueue_len")
    def count(self) -> int:
        pass


class _TQueue(Generic[T]):
    _q: _TQueueHandle[T]

    def __init__(self) -> None:
        self._q = _TQueueHandle[T]()

    def put(self, item: T) -> None:
        self._q.put(_TBox[T](item))

    def get(self, block: bool = False, timeout: float = -1.0) -> T:
        if block and timeout < 0.0 and timeout != -1.0:
            raise ValueError("timeout value must be positive")
        b = self._q.get()
        while b is None and block and timeout != 0.0:
            # another thread may take the item we waited for: wait again
            # with what is left of the timeout
            timeout = self._q.wait(timeout)
            b = self._q.get()
        if b is None:
            raise IndexError("get from an empty TQueue")
        return b.item

    def __len__(self) -> int:
        return self._q.count()


# ----------------------------------------------------------- collections
#: always

# collections.deque: a ring buffer; maxlen < 0 means unbounded.
class _deque(Generic[T]):
    _items: Array[T]
    _head: int
    _len: int
    maxlen: int

    def __init__(self, iterable: list[T] | None = None, maxlen: int = -1) -> None:
        self._items = Array[T](8)
        self._head = 0
        self._len = 0
        self.maxlen = maxlen
        if iterable is not None:
            for x in iterable:
                self.append(x)

    def _grow(self) -> None:
        cap = len(self._items)
        items = Array[T](cap * 2)
        for i in range(self._len):
            items[i] = self._items[(self._head + i) % cap]
        self._items = items
        self._head = 0

    def __len__(self) -> int:
        return self._len

    def _at(self, i: int) -> int:
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError("deque index out of range")
        return (self._head + i) % len(self._items)

    def __getitem__(self, i: int) -> T:
        return self._items[self._at(i)]

    def __setitem__(self, i: int, x: T) -> None:
        self._items[self._at(i)] = x

    def append(self, x: T) -> None:
        if self.maxlen == 0:
            return
        if self._len == self.maxlen:
            self.popleft()
        if self._len == len(self._items):
            self._grow()
        self._items[(self._head + self._len) % len(self._items)] = x
        self._len += 1

    def appendleft(self, x: T) -> None:
        if self.maxlen == 0:
            return
        if self._len == self.maxlen:
            self.pop()
        if self._len == len(self._items):
            self._grow()
        self._head = (self._head - 1) % len(self._items)
        self._items[self._head] = x
        self._len += 1

    def pop(self) -> T:
        if self._len == 0:
            raise IndexError("pop from an empty deque")
        i = (self._head + self._len - 1) % len(self._items)
        x = self._items[i]
        self._items[i] = self._items[self._head]
        self._len -= 1
        return x

    def popleft(self) -> T:
        if self._len == 0:
            raise IndexError("pop from an empty deque")
        x = self._items[self._head]
        self._head = (self._head + 1) % len(self._items)
        self._len -= 1
        if self._len > 0:
            self._items[(self._head + self._len) % len(self._items)] = self._items[self._head]
        return x

    def extend(self, iterable: list[T]) -> None:
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable: list[T]) -> None:
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n: int = 1) -> None:
        if self._len <= 1:
            return
        n = n % self._len
        for _ in range(n):
            self.appendleft(self.pop())

    def clear(self) -> None:
        self._items = Array[T](8)
        self._head = 0
        self._len = 0

    def count(self, x: T) -> int:
        k = 0
        for i in range(self._len):
            if self._items[(self._head + i) % len(self._items)] == x:
                k += 1
        return k

    def _list(self) -> list[T]:
        out: list[T] = []
        for i in range(self._len):
            out.append(self._items[(self._head + i) % len(self._items)])
        return out

    def __contains__(self, x: T) -> bool:
        return self.count(x) > 0

    def __iter__(self) -> _ListIter[T]:
        return _ListIter[T](self._list())

    def __eq__(self, other: _deque[T]) -> bool:
        return self._list() == other._list()

    def __repr__(self) -> str:
        body = repr(self._list())
        if self.maxlen >= 0:
            return f"deque({body}, maxlen={self.maxlen})"
        return f"deque({body})"


# Factories a defaultdict is given by naming a type (defaultdict(list)):
# the checker passes the matching function instead of the type.
def _factory_int() -> int:
    return 0


def _factory_float() -> float:
    return 0.0


def _factory_str() -> str:
    return ""


def _factory_bool() -> bool:
    return False


def _factory_list() -> list[T]:
    return []


def _factory_set() -> set[T]:
    return set()


def _factory_dict() -> dict[K, V]:
    return {}


# The dict behind collections.Counter and OrderedDict: the
# methods they share, delegated to _d.  Its methods call none that the
# subclasses override (the checker resolves calls at check time).
class _DictBase(Generic[K, V]):
    _d: dict[K, V]

    def __init__(self) -> None:
        self._d = {}

    def __getitem__(self, key: K) -> V:
        return self._d[key]

    def __setitem__(self, key: K, value: V) -> None:
        self._d[key] = value

    def __delitem__(self, key: K) -> None:
        del self._d[key]

    def __contains__(self, key: K) -> bool:
        return key in self._d

    def __len__(self) -> int:
        return len(self._d)

    def __iter__(self) -> _DictIter[K, V]:
        return _DictIter[K, V](self._d)

    def keys(self) -> dict_keys[K, V]:
        return self._d.keys()

    def values(self) -> dict_values[K, V]:
        return self._d.values()

    def items(self) -> dict_items[K, V]:
        return self._d.items()

    def get(self, key: K) -> V | None:
        d = self._d
        s = d._slot(key, hash(key))
        if s < 0:
            return None
        return d._vals[d._index[s] - 1]

    def get__2(self, key: K, default: V) -> V:
        return self._d.get(key, default)

    def pop(self, key: K) -> V:
        return self._d.pop(key)

    def pop__2(self, key: K, default: V) -> V:
        return self._d.pop(key, default)

    def setdefault(self, key: K, default: V) -> V:
        return self._d.setdefault(key, default)

    def clear(self) -> None:
        self._d.clear()


# collections.defaultdict(factory) (check_builtin.c b_defaultdict): a
# dict whose reads of a missing key, d[key], store factory() there.
def _defaultdict(factory: Callable[[], V], name: str) -> dict[K, V]:
    d: dict[K, V] = {}
    d._default = _DictDefault[V](factory, name)
    return d


# collections.Counter: counts of hashable items; a missing item counts 0
# (reading it inserts nothing).
class _Counter(_DictBase[T, int], Generic[T]):
    def __init__(self, iterable: list[T] | None = None) -> None:
        self._d = {}
        if iterable is not None:
            self.update(iterable)

    def update(self, iterable: list[T]) -> None:
        d = self._d
        for x in iterable:
            d[x] = d.get(x, 0) + 1

    def subtract(self, iterable: list[T]) -> None:
        d = self._d
        for x in iterable:
            d[x] = d.get(x, 0) - 1

    def __getitem__(self, key: T) -> int:
        return self._d.get(key, 0)

    def __delitem__(self, key: T) -> None:
        if key in self._d:
            del self._d[key]

    def total(self) -> int:
        n = 0
        for v in self._d.values():
            n += v
        return n

    # CPython sorts by count, largest first, keeping insertion order among
    # equal counts (a stable sort; nlargest keeps the same order)
    def most_common(self, n: int = -1) -> list[tuple[T, int]]:
        pairs = list(self._d.items())
        keyed: list[tuple[int, int]] = []
        for i in range(len(pairs)):
            keyed.append((-pairs[i][1], i))
        keyed.sort()
        if n < 0 or n > len(keyed):
            n = len(keyed)
        out: list[tuple[T, int]] = []
        for j in range(n):
            out.append(pairs[keyed[j][1]])
        return out

    def elements(self) -> list[T]:
        out: list[T] = []
        for k, v in self._d.items():
            for _ in range(v):
                out.append(k)
        return out

    def __eq__(self, other: _Counter[T]) -> bool:
        return self._d == other._d

    def __repr__(self) -> str:
        if len(self._d) == 0:
            return "Counter()"
        parts: list[str] = []
        for k, v in self.most_common():
            parts.append(repr(k) + ": " + repr(v))
        return "Counter({" + ", ".join(parts) + "})"


# collections.OrderedDict: a dict (dicts keep insertion order) with
# move_to_end and popitem(last=...); == between two of them compares order.
class _OrderedDict(_DictBase[K, V], Generic[K, V]):
    def __init__(self) -> None:
        self._d = {}

    def update(self, other: dict[K, V]) -> None:
        self._d.update(other)

    def move_to_end(self, key: K, last: bool = True) -> None:
        d = self._d
        value = d.pop(key)
        if last:
            d[key] = value
            return
        rest = list(d.items())
        d.clear()
        d[key] = value
        for k, v in rest:
            d[k] = v

    def popitem(self, last: bool = True) -> tuple[K, V]:
        d = self._d
        if len(d) == 0:
            raise _key_error("'dictionary is empty'")
        j = d._n - 1 if last else 0
        step = -1 if last else 1
        while not d._live[j]:
            j += step
        key = d._keys[j]
        return (key, d.pop(key))

    def __eq__(self, other: _OrderedDict[K, V]) -> bool:
        return list(self._d.items()) == list(other._d.items())

    def __repr__(self) -> str:
        if len(self._d) == 0:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self._d.items())) + ")"


# ------------------------------------------------------------ weakref, gc
#: section weakref gc

# weakref.ref[T]: a weak reference to an instance of a program class
# (runtime/weakref.c).  r() is the object while something else reaches it
# and None once a collection found it unreachable.  CPython frees an
# object at its last reference and a cycle at gc.collect(); the collector
# here frees both at its next major collection, which gc.collect() runs:
# a program that observes a death calls gc.collect() first.
@extern("rt_weakref_new", "alloc")
class _WeakRef(Generic[T]):
    def __init__(self, obj: T) -> None:
        pass

    @extern("rt_weakref_get")
    def __call__(self) -> T | None:
        pass


# gc.collect(): the running transaction commits first (under --stm a weak
# reference made by a transaction that has not committed keeps its object:
# runtime.md, Weak references), then a full collection runs in the next.
@extern("rt_gc_commit", "blocking")
def _gc_commit() -> None:
    pass


@extern("rt_gc_collect", "alloc")
def _gc_collect_now() -> int:
    pass


def _gc_collect() -> int:
    _gc_commit()
    return _gc_collect_now()


# ------------------------------------------------------------- functools
#: section functools

def _functools_reduce(function: Callable[[T, T], T], iterable: list[T]) -> T:
    if len(iterable) == 0:
        raise TypeError("reduce() of empty iterable with no initial value")
    acc = iterable[0]
    for i in range(1, len(iterable)):
        acc = function(acc, iterable[i])
    return acc


def _functools_reduce__3(function: Callable[[K, T], K], iterable: list[T], initial: K) -> K:
    acc = initial
    for x in iterable:
        acc = function(acc, x)
    return acc


# The cache of an @functools.lru_cache function (check_lru.c): entries in
# order of use, the least recently used first; maxsize < 0 is unbounded.
class _functools_LruCache(Generic[K, V]):
    _d: dict[K, V]
    _maxsize: int

    def __init__(self, maxsize: int) -> None:
        self._d = {}
        self._maxsize = maxsize

    def __contains__(self, key: K) -> bool:
        return key in self._d

    def hit(self, key: K) -> V:
        d = self._d
        value = d[key]
        if self._maxsize >= 0:
            d.pop(key)
            d[key] = value
        return value

    # as CPython: a key the call itself stored (through recursion) stays
    def store(self, key: K, value: V) -> None:
        d = self._d
        if self._maxsize == 0 or key in d:
            return
        if self._maxsize > 0 and len(d) >= self._maxsize:
            for oldest in d:
                d.pop(oldest)
                break
        d[key] = value


# ------------------------------------------------------------- itertools
#: section itertools
# The finite ones read their iterables into lists first and build their
# items as the loop asks; count() is endless (islice takes it as it is).

class _iterator(Generic[T]):
    _items: list[T]
    _i: int

    def __init__(self, items: list[T]) -> None:
        self._items = items
        self._i = 0

    def __iter__(self) -> _iterator[T]:
        return self

    def __next__(self) -> T:
        if self._i >= len(self._items):
            raise StopIteration()
        x = self._items[self._i]
        self._i += 1
        return x


class _itertools_count:
    _next: int
    _step: int

    def __init__(self, start: int = 0, step: int = 1) -> None:
        self._next = start
        self._step = step

    def __iter__(self) -> _itertools_count:
        return self

    def __next__(self) -> int:
        x = self._next
        self._next += self._step
        return x


def _itertools_chain(iterable1: list[T], iterable2: list[T]) -> _iterator[T]:
    return _iterator[T](iterable1 + iterable2)


def _itertools_chain__3(iterable1: list[T], iterable2: list[T], iterable3: list[T]) -> _iterator[T]:
    return _iterator[T](iterable1 + iterable2 + iterable3)


def _itertools_chain__1(iterable: list[T]) -> _iterator[T]:
    return _iterator[T](iterable.copy())


def _itertools_product(iterable1: list[T], iterable2: list[K]) -> _iterator[tuple[T, K]]:
    out: list[tuple[T, K]] = []
    for a in iterable1:
        for b in iterable2:
            out.append((a, b))
    return _iterator[tuple[T, K]](out)


def _itertools_product__3(iterable1: list[T], iterable2: list[K], iterable3: list[V]) -> _iterator[tuple[T, K, V]]:
    out: list[tuple[T, K, V]] = []
    for a in iterable1:
        for b in iterable2:
            for c in iterable3:
                out.append((a, b, c))
    return _iterator[tuple[T, K, V]](out)


def _itertools_permutations_2(iterable: list[T]) -> _iterator[tuple[T, T]]:
    out: list[tuple[T, T]] = []
    n = len(iterable)
    for i in range(n):
        for j in range(n):
            if j != i:
                out.append((iterable[i], iterable[j]))
    return _iterator[tuple[T, T]](out)


def _itertools_permutations_3(iterable: list[T]) -> _iterator[tuple[T, T, T]]:
    out: list[tuple[T, T, T]] = []
    n = len(iterable)
    for i in range(n):
        for j in range(n):
            if j != i:
                for k in range(n):
                    if k != i and k != j:
                        out.append((iterable[i], iterable[j], iterable[k]))
    return _iterator[tuple[T, T, T]](out)


def _itertools_combinations_2(iterable: list[T]) -> _iterator[tuple[T, T]]:
    out: list[tuple[T, T]] = []
    n = len(iterable)
    for i in range(n):
        for j in range(i + 1, n):
            out.append((iterable[i], iterable[j]))
    return _iterator[tuple[T, T]](out)


def _itertools_combinations_3(iterable: list[T]) -> _iterator[tuple[T, T, T]]:
    out: list[tuple[T, T, T]] = []
    n = len(iterable)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                out.append((iterable[i], iterable[j], iterable[k]))
    return _iterator[tuple[T, T, T]](out)


# CPython's messages: -1 is its "no number" mark for stop, hence the two
def _islice_check(start: int, stop: int, step: int) -> None:
    if stop == -1:
        raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if start < 0 or stop < 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")


def _itertools_islice(iterable: list[T], stop: int) -> _iterator[T]:
    return _itertools_islice__4(iterable, 0, stop, 1)


def _itertools_islice__3(iterable: list[T], start: int, stop: int) -> _iterator[T]:
    return _itertools_islice__4(iterable, start, stop, 1)


def _itertools_islice__4(iterable: list[T], start: int, stop: int, step: int) -> _iterator[T]:
    _islice_check(start, stop, step)
    out: list[T] = []
    i = start
    while i < stop and i < len(iterable):
        out.append(iterable[i])
        i += step
    return _iterator[T](out)


# islice(count(), ...) reads the counter lazily, as CPython's islice does
class _itertools_islice_counter:
    _it: _itertools_count
    _i: int
    _start: int
    _stop: int
    _step: int

    def __init__(self, it: _itertools_count, start: int, stop: int, step: int) -> None:
        _islice_check(start, stop, step)
        self._it = it
        self._i = 0
        self._start = start
        self._stop = stop
        self._step = step

    def __iter__(self) -> _itertools_islice_counter:
        return self

    def __next__(self) -> int:
        while self._i < self._stop:
            x = self._it.__next__()
            i = self._i
            self._i += 1
            if i >= self._start and (i - self._start) % self._step == 0:
                return x
        raise StopIteration()


def _itertools_islice_count(it: _itertools_count, stop: int) -> _itertools_islice_counter:
    return _itertools_islice_counter(it, 0, stop, 1)


def _itertools_islice_count__3(it: _itertools_count, start: int, stop: int) -> _itertools_islice_counter:
    return _itertools_islice_counter(it, start, stop, 1)


def _itertools_islice_count__4(it: _itertools_count, start: int, stop: int, step: int) -> _itertools_islice_counter:
    return _itertools_islice_counter(it, start, stop, step)


# -------------------------------------------------------------------- re
#: section re
# Regular expressions with CPython's syntax, results and error messages.
# A pattern is parsed once, by recursive descent, straight into a program
# (a list of ints); _re_run executes it by backtracking.  Every jump is
# relative to the word that holds it, so the code of an atom moves
# unchanged when a quantifier after it wraps it in a loop.
#
# The machine never recurses except into a lookaround or an atomic group
# (as deep as the pattern nests).  A choice is five words on a stack
# (kind, pc, pos, trail length, extra); every register write (group
# marks, lastindex, loop counters) is logged on a trail as (index, old
# value), and failing back to a choice undoes the log down to its length.
#
# Registers: 2 per group, group 0 first (-1: unset); then lastindex; then
# 2 per general loop: the iterations done, and where the last optional
# one started (an optional iteration that matched nothing ends the loop,
# as in CPython, so `(a?)*` terminates).

_RE_IGNORECASE: Final[int] = 2
_RE_LOCALE: Final[int] = 4
_RE_MULTILINE: Final[int] = 8
_RE_DOTALL: Final[int] = 16
_RE_UNICODE: Final[int] = 32
_RE_VERBOSE: Final[int] = 64
_RE_DEBUG: Final[int] = 128
_RE_ASCII: Final[int] = 256
_RE_NOFLAG: Final[int] = 0
_RE_FLAGS: Final[int] = 2 | 8 | 16 | 32 | 64 | 256   # those implemented
_RE_UNBOUNDED: Final[int] = 4294967295               # CPython's MAXREPEAT
_RE_WIDE: Final[int] = 1 << 40                       # "no maximum width"

# opcodes; the operands follow.  A single-character test is two words
# (op, operand) so that _RX_STAR can repeat any of them.
_RX_END: Final[int] = 0         # the (sub)program matched
_RX_CHAR: Final[int] = 1        # code point
_RX_CHAR_I: Final[int] = 2      # lowercased code point
_RX_ANY: Final[int] = 3         # any but "\n"
_RX_ANY_ALL: Final[int] = 4     # any (DOTALL)
_RX_SET: Final[int] = 5         # index into Pattern._sets
_RX_AT: Final[int] = 6          # _AT_* kind
_RX_SPLIT: Final[int] = 7       # offset: try the next word, on failure pc+offset
_RX_JUMP: Final[int] = 9        # offset
_RX_MARK: Final[int] = 10       # register (odd: a group's end)
_RX_REF: Final[int] = 11        # group
_RX_REF_I: Final[int] = 12      # group
_RX_STAR: Final[int] = 13       # min max lazy, then a single-character test
_RX_LOOP_INIT: Final[int] = 14  # register
_RX_LOOP: Final[int] = 15       # register min max lazy exit-offset; the body follows
_RX_LOOK: Final[int] = 16       # kind width skip; the body follows, ending in _RX_END
_RX_IF: Final[int] = 17         # group no-offset: (?(group)yes|no)

# what a parsed item is, which decides whether and how it repeats
_IT_NONE: Final[int] = 0        # nothing (a comment)
_IT_CHAR: Final[int] = 1        # one character: its repeat is a _RX_STAR
_IT_OTHER: Final[int] = 2
_IT_ANCHOR: Final[int] = 3      # cannot repeat
_IT_REPEAT: Final[int] = 4      # cannot repeat again
_IT_FLAGS: Final[int] = 5       # (?i) and friends: global flags

_AT_BEGIN: Final[int] = 0        # ^
_AT_BEGIN_LINE: Final[int] = 1   # ^ under MULTILINE
_AT_BEGIN_STRING: Final[int] = 2 # \A
_AT_END: Final[int] = 3          # $
_AT_END_LINE: Final[int] = 4     # $ under MULTILINE
_AT_END_STRING: Final[int] = 5   # \Z
_AT_BOUNDARY: Final[int] = 6     # \b
_AT_NON_BOUNDARY: Final[int] = 7 # \B
_AT_BOUNDARY_A: Final[int] = 8   # \b under ASCII
_AT_NON_BOUNDARY_A: Final[int] = 9

_LOOK_AHEAD: Final[int] = 0
_LOOK_NOT_AHEAD: Final[int] = 1
_LOOK_BEHIND: Final[int] = 2
_LOOK_NOT_BEHIND: Final[int] = 3
_LOOK_ATOMIC: Final[int] = 4

# choice kinds
_CH_ALT: Final[int] = 0        # resume at pc, pos
_CH_STAR: Final[int] = 1       # greedy: give back one character; extra = lowest end
_CH_STAR_LAZY: Final[int] = 2  # lazy: take one more; extra = highest end
_CH_LOOP: Final[int] = 3       # lazy loop: try one more iteration of the loop at pc

# categories of \d \D \s \S \w \W in a set
_CAT_DIGIT: Final[int] = 0
_CAT_SPACE: Final[int] = 2
_CAT_WORD: Final[int] = 4


class error(Exception):
    msg: str
    pattern: str | None
    pos: int | None
    lineno: int | None
    colno: int | None

    def __init__(self, msg: str, pattern: str | None = None, pos: int | None = None) -> None:
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            line = pattern.count("\n", 0, pos) + 1
            col = pos - pattern.rfind("\n", 0, pos)
            self.lineno = line
            self.colno = col
            text = f"{msg} at position {pos}"
            if "\n" in pattern:
                text += f" (line {line}, column {col})"
        super().__init__(text)


def _re_ascii_word(c: int) -> bool:
    return (97 <= c <= 122) or (65 <= c <= 90) or (48 <= c <= 57) or c == 95


def _re_is_word(c: int, ascii: bool) -> bool:
    if c < 128 or ascii:
        return _re_ascii_word(c)
    return c == 95 or chr(c).isalnum()


def _re_is_digit(c: int, ascii: bool) -> bool:
    if c < 128 or ascii:
        return 48 <= c <= 57
    return chr(c).isdecimal()


def _re_is_space(c: int, ascii: bool) -> bool:
    if c == 32 or 9 <= c <= 13:
        return True
    if ascii:
        return False
    if c < 128:
        return 28 <= c <= 31
    return chr(c).isspace()


def _re_category(cat: int, c: int, ascii: bool) -> bool:
    # an even category is the class itself, the odd one after it its complement
    kind = cat & ~1
    if kind == _CAT_DIGIT:
        hit = _re_is_digit(c, ascii)
    elif kind == _CAT_SPACE:
        hit = _re_is_space(c, ascii)
    else:
        hit = _re_is_word(c, ascii)
    return hit != ((cat & 1) == 1)


def _re_lower(c: int, ascii: bool) -> int:
    if c < 128:
        return c + 32 if 65 <= c <= 90 else c
    if ascii:
        return c
    t = chr(c).lower()
    return _str_ord_at(t, 0) if len(t) == 1 else c


def _re_upper(c: int, ascii: bool) -> int:
    if c < 128:
        return c - 32 if 97 <= c <= 122 else c
    if ascii:
        return c
    t = chr(c).upper()
    return _str_ord_at(t, 0) if len(t) == 1 else c


class _ReSet:
    # [...], \d and friends: ranges and categories, decided once for the
    # code points below 256 (_latin), and by the lists for the others.
    ranges: list[int]        # lo, hi pairs
    cats: list[int]
    negate: bool
    fold: bool
    ascii: bool
    _latin: list[bool]

    def __init__(self, negate: bool, fold: bool, ascii: bool) -> None:
        self.ranges = []
        self.cats = []
        self.negate = negate
        self.fold = fold
        self.ascii = ascii
        self._latin = []

    def _raw(self, c: int) -> bool:
        r = self.ranges
        for i in range(0, len(r), 2):
            if r[i] <= c <= r[i + 1]:
                return True
        for cat in self.cats:
            if _re_category(cat, c, self.ascii):
                return True
        return False

    def _decide(self, c: int) -> bool:
        hit = self._raw(c)
        if not hit and self.fold:
            hit = self._raw(_re_lower(c, self.ascii)) or self._raw(_re_upper(c, self.ascii))
        return hit != self.negate

    def seal(self) -> None:
        self._latin = [self._decide(c) for c in range(256)]

    def has(self, c: int) -> bool:
        if c < 256:
            return self._latin[c]
        return self._decide(c)


class _ReParser:
    # One pattern's parse.  Each parse_* method emits the code of what it
    # read and returns its width, (fewest, most) characters; an item
    # also returns its kind (_IT_*), which decides how it may repeat.
    src: str
    at: int
    flags: int
    code: list[int]
    sets: list[_ReSet]
    ngroups: int
    names: dict[str, int]
    open: list[int]
    widths: list[tuple[int, int]]    # of each closed group (group 0 unused)
    later: list[int]         # (?(n)...) before group n: n, position
    nloops: int

    def __init__(self, src: str, flags: int) -> None:
        self.src = src
        self.at = 0
        self.flags = flags
        self.code = []
        self.sets = []
        self.ngroups = 0
        self.names = {}
        self.open = []
        self.widths = [(0, 0)]
        self.later = []
        self.nloops = 0

    def fail(self, msg: str, pos: int) -> error:
        return error(msg, self.src, pos)

    def peek(self) -> str:
        return self.src[self.at] if self.at < len(self.src) else ""

    def take(self, s: str) -> bool:
        if self.src.startswith(s, self.at):
            self.at += len(s)
            return True
        return False

    def emit(self, a: int, b: int) -> None:
        self.code.append(a)
        self.code.append(b)

    def wrap(self, start: int, head: list[int]) -> None:
        # put head before the code from start (its jumps are relative)
        self.code = self.code[:start] + head + self.code[start:]

    def patch(self, at: int) -> None:
        # the jump operand at `at` (of the opcode before it) now leads here
        self.code[at] = len(self.code) - (at - 1)

    def skip_verbose(self, flags: int) -> None:
        while flags & _RE_VERBOSE and self.at < len(self.src):
            c = self.src[self.at]
            if c == "#":
                nl = self.src.find("\n", self.at)
                self.at = len(self.src) if nl < 0 else nl + 1
            elif c in " \t\n\r\x0b\x0c":
                self.at += 1
            else:
                return

    # branch|branch: a SPLIT over each branch but the last, and a JUMP
    # from each to the end
    def parse_alt(self, flags: int, top: bool) -> tuple[int, int]:
        start = len(self.code)
        lo, hi = self.parse_seq(flags, top)
        if top:
            flags = self.flags           # with the global flags it began with
        ends: list[int] = []
        while self.take("|"):
            self.wrap(start, [_RX_SPLIT, len(self.code) - start + 4])
            self.emit(_RX_JUMP, 0)
            ends.append(len(self.code) - 1)
            start = len(self.code)
            w = self.parse_seq(flags, False)
            lo = min(lo, w[0])
            hi = max(hi, w[1])
        for e in ends:
            self.patch(e)
        return (lo, hi)

    def parse_seq(self, flags: int, top: bool) -> tuple[int, int]:
        lo = 0
        hi = 0
        item = -1            # where the last item's code starts
        kind = _IT_NONE
        wlo = 0
        whi = 0
        while True:
            self.skip_verbose(flags)
            c = self.peek()
            if c == "" or c == "|" or c == ")":
                break
            here = self.at
            if c in "*+?" or (c == "{" and self.repeat_ahead()):
                wlo, whi = self.parse_repeat(flags, item, kind, wlo, whi)
                kind = _IT_REPEAT
                continue
            lo += wlo
            hi += whi
            start = len(self.code)
            kind, wlo, whi = self.parse_atom(flags)
            if kind == _IT_FLAGS:
                if not top or item >= 0:
                    raise self.fail("global flags not at the start of the expression", here)
                flags = self.flags
                kind = _IT_NONE
                continue
            item = start
        return (min(lo + wlo, _RE_WIDE), min(hi + whi, _RE_WIDE))

    # ---- repeats: * + ? {m,n}, then ? (lazy) or + (possessive)
    def repeat_ahead(self) -> bool:
        # `{` starts a repeat only as {m}, {m,}, {,n} or {m,n}
        j = self.at + 1
        s = self.src
        while j < len(s) and s[j].isdigit() and s[j].isascii():
            j += 1
        if j < len(s) and s[j] == ",":
            j += 1
            while j < len(s) and s[j].isdigit() and s[j].isascii():
                j += 1
        return j < len(s) and s[j] == "}"

    def repeat_bounds(self) -> tuple[int, int]:
        here = self.at
        c = self.src[self.at]
        self.at += 1
        if c == "*":
            return (0, _RE_UNBOUNDED)
        if c == "+":
            return (1, _RE_UNBOUNDED)
        if c == "?":
            return (0, 1)
        close = self.src.find("}", self.at)
        body = self.src[self.at:close]
        self.at = close + 1
        comma = body.find(",")
        lo = 0
        hi = _RE_UNBOUNDED
        if comma < 0:
            lo = int(body)
            hi = lo
        else:
            if comma > 0:
                lo = int(body[:comma])
            if comma + 1 < len(body):
                hi = int(body[comma + 1:])
        if lo >= _RE_UNBOUNDED or (comma >= 0 and hi >= _RE_UNBOUNDED and
                                    comma + 1 < len(body)):
            raise OverflowError("the repetition number is too large")
        if hi < lo:
            raise self.fail("min repeat greater than max repeat", here + 1)
        return (lo, hi)

    def parse_repeat(self, flags: int, item: int, kind: int, wlo: int,
                     whi: int) -> tuple[int, int]:
        here = self.at
        lo, hi = self.repeat_bounds()        # CPython checks the bounds first
        if kind == _IT_NONE or kind == _IT_ANCHOR:
            raise self.fail("nothing to repeat", here)
        if kind == _IT_REPEAT:
            raise self.fail("multiple repeat", here)
        lazy = self.take("?")
        possessive = not lazy and self.take("+")
        if kind == _IT_CHAR:
            self.wrap(item, [_RX_STAR, lo, hi, 1 if lazy else 0])
        elif lo != 1 or hi != 1:
            self.wrap_loop(item, lo, hi, lazy)
        if possessive:
            self.wrap_look(item, _LOOK_ATOMIC, 0)
        top = _RE_WIDE if hi == _RE_UNBOUNDED and whi > 0 else whi * hi
        return (min(wlo * lo, _RE_WIDE), min(top, _RE_WIDE))

    def wrap_loop(self, item: int, lo: int, hi: int, lazy: bool) -> None:
        # LOOP_INIT r; LOOP r lo hi lazy exit; body; JUMP back to LOOP
        reg = self.nloops
        self.nloops += 1
        size = len(self.code) - item
        self.wrap(item, [_RX_LOOP_INIT, reg, _RX_LOOP, reg, lo, hi, 1 if lazy else 0, size + 8])
        self.emit(_RX_JUMP, -(size + 6))

    def wrap_look(self, item: int, kind: int, width: int) -> None:
        # LOOK kind width skip; body; END
        self.code.append(_RX_END)
        self.wrap(item, [_RX_LOOK, kind, width, len(self.code) - item + 4])

    # ---- atoms
    def parse_atom(self, flags: int) -> tuple[int, int, int]:
        here = self.at
        c = self.src[here]
        self.at += 1
        if c == "(":
            return self.parse_group(flags, here)
        if c == "[":
            self.parse_set(flags, here)
            return (_IT_CHAR, 1, 1)
        if c == ".":
            self.emit(_RX_ANY_ALL if flags & _RE_DOTALL else _RX_ANY, 0)
            return (_IT_CHAR, 1, 1)
        if c == "^":
            self.emit(_RX_AT, _AT_BEGIN_LINE if flags & _RE_MULTILINE else _AT_BEGIN)
            return (_IT_ANCHOR, 0, 0)
        if c == "$":
            self.emit(_RX_AT, _AT_END_LINE if flags & _RE_MULTILINE else _AT_END)
            return (_IT_ANCHOR, 0, 0)
        if c == "\\":
            return self.parse_escape(flags, here)
        self.literal(flags, _str_ord_at(c, 0))
        return (_IT_CHAR, 1, 1)

    def literal(self, flags: int, cp: int) -> None:
        ascii = flags & _RE_ASCII != 0
        if flags & _RE_IGNORECASE and _re_lower(cp, ascii) != _re_upper(cp, ascii):
            self.emit(_RX_CHAR_I, _re_lower(cp, ascii))
        else:
            self.emit(_RX_CHAR, cp)

    def new_set(self, flags: int, negate: bool) -> _ReSet:
        s = _ReSet(negate, flags & _RE_IGNORECASE != 0, flags & _RE_ASCII != 0)
        self.sets.append(s)
        return s

    def category(self, flags: int, cat: int) -> None:
        s = self.new_set(flags, False)
        s.cats.append(cat)
        s.seal()
        self.emit(_RX_SET, len(self.sets) - 1)

    def hex_escape(self, here: int, c: str, digits: int) -> int:
        text = self.src[self.at:self.at + digits]
        ok = len(text) == digits
        for d in text:
            if d not in "0123456789abcdefABCDEF":
                ok = False
        if not ok:
            j = self.at
            while j < len(self.src) and j < self.at + digits and self.src[j] in "0123456789abcdefABCDEF":
                j += 1
            raise self.fail("incomplete escape \\" + c + self.src[self.at:j], here)
        self.at += digits
        v = int(text, 16)
        if v > 0x10FFFF:
            raise self.fail("bad escape \\" + c + text, here)
        return v

    def octal_escape(self, here: int, first: int) -> int:
        # \0, \0o, \0oo or \ooo (the caller checked the digits)
        j = first
        while j < len(self.src) and j < first + 3 and self.src[j] in "01234567":
            j += 1
        self.at = j
        v = int(self.src[first:j], 8)
        if v > 0o377:
            raise self.fail("octal escape value " + self.src[here:j] + " outside of range 0-0o377",
                            here)
        return v

    # \ and one character (or more) outside a set: a single character, a
    # category, an anchor or a backreference
    def parse_escape(self, flags: int, here: int) -> tuple[int, int, int]:
        if self.at >= len(self.src):
            raise self.fail("bad escape (end of pattern)", here)
        c = self.src[self.at]
        self.at += 1
        anchor = "AZbB".find(c)
        if anchor >= 0:
            ascii = flags & _RE_ASCII != 0
            kinds = [_AT_BEGIN_STRING, _AT_END_STRING,
                     _AT_BOUNDARY_A if ascii else _AT_BOUNDARY,
                     _AT_NON_BOUNDARY_A if ascii else _AT_NON_BOUNDARY]
            self.emit(_RX_AT, kinds[anchor])
            return (_IT_ANCHOR, 0, 0)
        cat = "dDsSwW".find(c)
        if cat >= 0:
            self.category(flags, cat)
            return (_IT_CHAR, 1, 1)
        if c in "123456789":
            return self.parse_backref(flags, here)
        self.literal(flags, self.escaped_char(here, c, False))
        return (_IT_CHAR, 1, 1)

    def escaped_char(self, here: int, c: str, in_set: bool) -> int:
        simple = "afnrtv\\".find(c)
        if simple >= 0:
            return [7, 12, 10, 13, 9, 11, 92][simple]
        if in_set and c == "b":
            return 8
        if c == "x":
            return self.hex_escape(here, c, 2)
        if c == "u":
            return self.hex_escape(here, c, 4)
        if c == "U":
            return self.hex_escape(here, c, 8)
        if c == "0" or (in_set and c in "1234567"):
            return self.octal_escape(here, self.at - 1)
        if c == "N":
            raise self.fail("\\N{...} escapes are not supported by rtrans", here)
        if c.isascii() and (c.isalpha() or c.isdigit()):
            raise self.fail("bad escape \\" + c, here)
        return _str_ord_at(c, 0)

    def parse_backref(self, flags: int, here: int) -> tuple[int, int, int]:
        s = self.src
        j = self.at
        if j < len(s) and s[j] in "0123456789":
            if (s[j - 1] in "01234567" and s[j] in "01234567" and j + 1 < len(s) and
                    s[j + 1] in "01234567"):
                self.literal(flags, self.octal_escape(here, j - 1))
                return (_IT_CHAR, 1, 1)
            j += 1
        self.at = j
        group = int(s[here + 1:j])
        if group > self.ngroups:
            raise self.fail(f"invalid group reference {group}", here + 1)
        return self.backref(flags, group, here)

    def backref(self, flags: int, group: int, pos: int) -> tuple[int, int, int]:
        if group in self.open:
            raise self.fail("cannot refer to an open group", pos)
        self.emit(_RX_REF_I if flags & _RE_IGNORECASE else _RX_REF, group)
        w = self.widths[group]
        return (_IT_OTHER, w[0], w[1])

    # ---- [...]
    def set_item(self, flags: int, s: _ReSet) -> int:
        # one member: its code point, or -1 after adding a category
        here = self.at
        c = self.src[here]
        self.at += 1
        if c != "\\":
            return _str_ord_at(c, 0)
        if self.at >= len(self.src):
            raise self.fail("unterminated character set", here)
        e = self.src[self.at]
        self.at += 1
        cat = "dDsSwW".find(e)
        if cat >= 0:
            s.cats.append(cat)
            return -1
        if e in "89" or (e in "AZB" and e.isascii()):
            raise self.fail("bad escape \\" + e, here)
        return self.escaped_char(here, e, True)

    def parse_set(self, flags: int, open_at: int) -> None:
        s = self.new_set(flags, self.take("^"))
        first = True
        while True:
            if self.at >= len(self.src):
                raise self.fail("unterminated character set", open_at)
            if self.src[self.at] == "]" and not first:
                self.at += 1
                break
            first = False
            here = self.at
            lo = self.set_item(flags, s)
            if (self.src.startswith("-", self.at) and self.at + 1 < len(self.src) and
                    self.src[self.at + 1] != "]"):
                self.at += 1
                hi = self.set_item(flags, s)
                if lo < 0 or hi < 0:
                    raise self.fail("bad character range " + self.src[here:self.at], here)
                if hi < lo:
                    raise self.fail("bad character range " + self.src[here:self.at], here)
                s.ranges.append(lo)
                s.ranges.append(hi)
            elif lo >= 0:
                s.ranges.append(lo)
                s.ranges.append(lo)
        s.seal()
        self.emit(_RX_SET, len(self.sets) - 1)

    # ---- (...)
    def close_group(self, open_at: int, what: str) -> None:
        if not self.take(")"):
            raise self.fail("missing ), " + what, open_at)

    def group_name(self, end: str) -> str:
        stop = self.src.find(end, self.at)
        if stop < 0:
            raise self.fail("missing " + end + ", unterminated name", self.at)
        name = self.src[self.at:stop]
        if name == "":
            raise self.fail("missing group name", self.at)
        if not name.isidentifier():
            raise self.fail(f"bad character in group name {name!r}", self.at)
        self.at = stop + 1
        return name

    def capture(self, flags: int, open_at: int, name: str) -> tuple[int, int, int]:
        self.ngroups += 1
        g = self.ngroups
        if name != "":
            if name in self.names:
                raise self.fail(f"redefinition of group name {name!r} as group {g}; "
                                f"was group {self.names[name]}", open_at + 4)
            self.names[name] = g
        self.open.append(g)
        self.widths.append((0, _RE_WIDE))
        self.emit(_RX_MARK, 2 * g)
        lo, hi = self.parse_alt(flags, False)
        self.close_group(open_at, "unterminated subpattern")
        self.emit(_RX_MARK, 2 * g + 1)
        self.open.pop()
        self.widths[g] = (lo, hi)
        return (_IT_OTHER, lo, hi)

    def parse_group(self, flags: int, open_at: int) -> tuple[int, int, int]:
        if not self.take("?"):
            return self.capture(flags, open_at, "")
        if self.at >= len(self.src):
            raise self.fail("unexpected end of pattern", self.at)
        c = self.src[self.at]
        self.at += 1
        if c == ":":
            lo, hi = self.parse_alt(flags, False)
            self.close_group(open_at, "unterminated subpattern")
            return (_IT_OTHER, lo, hi)
        if c == "P":
            return self.parse_p_group(flags, open_at)
        if c == "#":
            stop = self.src.find(")", self.at)
            if stop < 0:
                raise self.fail("missing ), unterminated comment", open_at)
            self.at = stop + 1
            return (_IT_NONE, 0, 0)
        if c == "=" or c == "!" or c == ">":
            kind = _LOOK_AHEAD if c == "=" else _LOOK_NOT_AHEAD if c == "!" else _LOOK_ATOMIC
            return self.parse_look(flags, open_at, kind)
        if c == "<":
            d = self.peek()
            if d == "=" or d == "!":
                self.at += 1
                return self.parse_look(flags, open_at, _LOOK_BEHIND if d == "=" else _LOOK_NOT_BEHIND)
            raise self.fail("unknown extension ?<" + d, open_at + 1)
        if c == "(":
            return self.parse_cond(flags, open_at)
        if c in "aiLmsux-":
            return self.parse_flags(flags, open_at)
        raise self.fail("unknown extension ?" + c, open_at + 1)

    def parse_p_group(self, flags: int, open_at: int) -> tuple[int, int, int]:
        if self.take("<"):
            return self.capture(flags, open_at, self.group_name(">"))
        if self.take("="):
            at = self.at
            name = self.group_name(")")
            if name not in self.names:
                raise self.fail(f"unknown group name {name!r}", at)
            return self.backref(flags, self.names[name], at)
        if self.at >= len(self.src):
            raise self.fail("unexpected end of pattern", self.at)
        raise self.fail("unknown extension ?P" + self.src[self.at], open_at + 1)

    def parse_look(self, flags: int, open_at: int, kind: int) -> tuple[int, int, int]:
        start = len(self.code)
        lo, hi = self.parse_alt(flags, False)
        self.close_group(open_at, "unterminated subpattern")
        if (kind == _LOOK_BEHIND or kind == _LOOK_NOT_BEHIND) and lo != hi:
            raise error("look-behind requires fixed-width pattern")
        self.wrap_look(start, kind, lo)
        if kind == _LOOK_ATOMIC:
            return (_IT_OTHER, lo, hi)
        return (_IT_OTHER, 0, 0)

    def parse_cond(self, flags: int, open_at: int) -> tuple[int, int, int]:
        at = self.at
        stop = self.src.find(")", at)
        if stop < 0:
            raise self.fail("missing ), unterminated name", at)
        name = self.src[at:stop]
        self.at = stop + 1
        if name == "":
            raise self.fail("missing group name", at)
        if name.isidentifier():
            if name not in self.names:
                raise self.fail(f"unknown group name {name!r}", at)
            group = self.names[name]
        elif name.isdigit() and name.isascii():
            group = int(name)
            if group == 0:
                raise self.fail("bad group number", at)
            if group > self.ngroups:     # checked at the end: it may come later
                self.later.append(group)
                self.later.append(at)
        else:
            raise self.fail(f"bad character in group name {name!r}", at)
        start = len(self.code)
        self.code.append(_RX_IF)
        self.emit(group, 0)
        lo, hi = self.parse_seq(flags, False)
        if self.take("|"):
            self.emit(_RX_JUMP, 0)
            self.code[start + 2] = len(self.code) - start
            jump = len(self.code) - 1
            w = self.parse_seq(flags, False)
            lo = min(lo, w[0])
            hi = max(hi, w[1])
            if self.peek() == "|":
                raise self.fail("conditional backref with more than two branches", self.at)
            self.patch(jump)
        else:
            self.code[start + 2] = len(self.code) - start
            lo = 0
        self.close_group(open_at, "unterminated subpattern")
        return (_IT_OTHER, lo, hi)

    def flag_letters(self) -> int:
        bits = 0
        while self.at < len(self.src):
            k = "aiLmsux".find(self.src[self.at])
            if k < 0:
                break
            if k == 2:
                raise self.fail("bad inline flags: cannot use 'L' flag with a str pattern",
                                self.at + 1)
            bits |= [_RE_ASCII, _RE_IGNORECASE, _RE_LOCALE, _RE_MULTILINE, _RE_DOTALL,
                     _RE_UNICODE, _RE_VERBOSE][k]
            self.at += 1
        return bits

    # (?aimsux) at the start, or (?aimsux-imsx:...) anywhere
    def parse_flags(self, flags: int, open_at: int) -> tuple[int, int, int]:
        self.at -= 1
        on = self.flag_letters()
        off = 0
        if self.take("-"):
            c = self.peek()
            if c == "" or c not in "imsx":
                raise self.fail("unknown flag" if c.isalpha() else "missing flag", self.at)
            off = self.flag_letters()
            if off & on:
                raise self.fail("bad inline flags: flag turned on and off", self.at)
            if not self.take(":"):
                raise self.fail("missing :", self.at)
        elif self.take(")"):
            self.flags |= on               # global flags: the caller checks where
            return (_IT_FLAGS, 0, 0)
        elif not self.take(":"):
            c = self.peek()
            raise self.fail("unknown flag" if c.isalpha() else "missing -, : or )", self.at)
        lo, hi = self.parse_alt((flags | on) & ~off, False)
        self.close_group(open_at, "unterminated subpattern")
        return (_IT_OTHER, lo, hi)


class _ReState:
    # One subject being matched: the registers, the trail that undoes
    # their writes, and the stack of choices, reused from one match
    # attempt to the next.
    s: str
    end: int                 # endpos: the subject ends here for the program
    start: int               # where the current attempt began
    code: list[int]
    sets: list[_ReSet]
    regs: list[int]
    trail: list[int]
    tp: int
    stack: list[int]
    sp: int
    lastindex: int           # its register
    loops: int               # the first loop register
    resume: int              # the pos of the choice retry() resumes
    match_all: bool          # fullmatch: only an end at `end` succeeds
    must_advance: bool       # after an empty match: no empty match at `start`

    def __init__(self, p: Pattern, s: str, end: int) -> None:
        self.s = s
        self.end = end
        self.start = 0
        self.code = p._code
        self.sets = p._sets
        self.regs = [-1] * p._nregs
        self.trail = [0] * 16
        self.tp = 0
        self.stack = [0] * 40
        self.sp = 0
        self.lastindex = 2 * p.groups + 2
        self.loops = 2 * p.groups + 3
        self.resume = 0
        self.match_all = False
        self.must_advance = False

    def set(self, reg: int, v: int) -> None:
        if self.tp + 2 > len(self.trail):
            self.trail.extend(self.trail)
        self.trail[self.tp] = reg
        self.trail[self.tp + 1] = self.regs[reg]
        self.tp += 2
        self.regs[reg] = v

    def undo(self, tp: int) -> None:
        while self.tp > tp:
            self.tp -= 2
            self.regs[self.trail[self.tp]] = self.trail[self.tp + 1]

    def push(self, kind: int, pc: int, pos: int, extra: int) -> None:
        if self.sp + 5 > len(self.stack):
            self.stack.extend(self.stack)
        st = self.stack
        sp = self.sp
        st[sp] = kind
        st[sp + 1] = pc
        st[sp + 2] = pos
        st[sp + 3] = self.tp
        st[sp + 4] = extra
        self.sp = sp + 5

    def one(self, op: int, arg: int, pos: int) -> bool:
        # the single-character test (op, arg) on the character at pos < end
        c = _str_ord_at(self.s, pos)
        if op == _RX_CHAR:
            return c == arg
        if op == _RX_SET:
            return self.sets[arg].has(c)
        if op == _RX_ANY:
            return c != 10
        if op == _RX_ANY_ALL:
            return True
        return _re_lower(c, False) == arg or (c >= 128 and _re_lower(c, True) == arg)

    def at(self, kind: int, pos: int) -> bool:
        s = self.s
        end = self.end
        if kind == _AT_BEGIN or kind == _AT_BEGIN_STRING:
            return pos == 0
        if kind == _AT_BEGIN_LINE:
            return pos == 0 or _str_ord_at(s, pos - 1) == 10
        if kind == _AT_END:
            return pos == end or (pos == end - 1 and _str_ord_at(s, pos) == 10)
        if kind == _AT_END_LINE:
            return pos == end or _str_ord_at(s, pos) == 10
        if kind == _AT_END_STRING:
            return pos == end
        if end == 0:             # CPython: no boundary, nor non-boundary, in ""
            return False
        ascii = kind >= _AT_BOUNDARY_A
        before = pos > 0 and _re_is_word(_str_ord_at(s, pos - 1), ascii)
        after = pos < end and _re_is_word(_str_ord_at(s, pos), ascii)
        return (before != after) == (kind == _AT_BOUNDARY or kind == _AT_BOUNDARY_A)

    def backref(self, group: int, pos: int, fold: bool) -> int:
        # the end of group's text matched again at pos, or -1
        a = self.regs[2 * group]
        b = self.regs[2 * group + 1]
        if a < 0 or b < 0 or pos + (b - a) > self.end:
            return -1
        s = self.s
        for i in range(b - a):
            x = _str_ord_at(s, a + i)
            y = _str_ord_at(s, pos + i)
            if x != y and not (fold and _re_lower(x, False) == _re_lower(y, False)):
                return -1
        return pos + (b - a)

    def star(self, pc: int, pos: int) -> int:
        # STAR lo hi lazy op arg: take the fewest (lazy) or most characters
        # allowed, leaving a choice to take one more or one less; -1: fail
        code = self.code
        lo = code[pc + 1]
        room = self.end - pos
        hi = code[pc + 2] if code[pc + 2] < room else room
        op = code[pc + 4]
        arg = code[pc + 5]
        if code[pc + 3]:
            for i in range(lo):
                if i >= room or not self.one(op, arg, pos + i):
                    return -1
            if lo < hi:
                self.push(_CH_STAR_LAZY, pc + 6, pos + lo, pos + hi)
            return pos + lo
        n = 0
        if op == _RX_CHAR:
            while n < hi and _str_ord_at(self.s, pos + n) == arg:
                n += 1
        else:
            while n < hi and self.one(op, arg, pos + n):
                n += 1
        if n < lo:
            return -1
        if n > lo:
            self.push(_CH_STAR, pc + 6, pos + n, pos + lo)
        return pos + n

    def retry(self, base: int) -> int:
        # the pc of the next choice to resume (its pos in self.start... see
        # resume_pos), or -1 when none is left above base
        st = self.stack
        while self.sp > base:
            top = self.sp - 5
            kind = st[top]
            pc = st[top + 1]
            pos = st[top + 2]
            self.undo(st[top + 3])
            if kind == _CH_ALT:
                self.sp = top
                self.resume = pos
                return pc
            if kind == _CH_STAR:
                pos -= 1
                if self.code[pc] == _RX_CHAR:    # only where the next char can match
                    want = self.code[pc + 1]
                    while pos >= st[top + 4] and (pos >= self.end or
                                                  _str_ord_at(self.s, pos) != want):
                        pos -= 1
                if pos < st[top + 4]:
                    self.sp = top
                    continue
                st[top + 2] = pos
                self.resume = pos
                return pc
            if kind == _CH_STAR_LAZY:
                if pos >= st[top + 4] or not self.one(self.code[pc - 2], self.code[pc - 1], pos):
                    self.sp = top
                    continue
                st[top + 2] = pos + 1
                self.resume = pos + 1
                return pc
            self.sp = top                       # _CH_LOOP: one more lazy iteration
            reg = self.loops + 2 * self.code[pc + 1]
            if self.regs[reg] < self.code[pc + 3] and pos != self.regs[reg + 1]:
                self.set(reg + 1, pos)
                self.resume = pos
                return pc + 6
        return -1

    def look(self, pc: int, pos: int) -> int:
        # LOOK kind width skip: where matching goes on after it, or -1
        code = self.code
        kind = code[pc + 1]
        tp = self.tp
        at = pos
        if kind == _LOOK_BEHIND or kind == _LOOK_NOT_BEHIND:
            at = pos - code[pc + 2]
        end = self.run(pc + 4, at, False) if at >= 0 else -1
        if end < 0 or kind == _LOOK_NOT_AHEAD or kind == _LOOK_NOT_BEHIND:
            self.undo(tp)                 # a failed assertion sets no group
        if kind == _LOOK_NOT_AHEAD or kind == _LOOK_NOT_BEHIND:
            return -1 if end >= 0 else pos
        if end < 0:
            return -1
        return end if kind == _LOOK_ATOMIC else pos

    def run(self, pc: int, pos: int, top: bool) -> int:
        # the end of a match of the code at pc from pos, or -1; the
        # choices it leaves are dropped on return (lookarounds and atomic
        # groups do not backtrack into their body)
        base = self.sp
        code = self.code
        s = self.s
        while True:
            op = code[pc]
            ok = True
            if op == _RX_CHAR:
                ok = pos < self.end and _str_ord_at(s, pos) == code[pc + 1]
                pc += 2
                pos += 1
            elif op == _RX_SET:
                ok = pos < self.end and self.sets[code[pc + 1]].has(_str_ord_at(s, pos))
                pc += 2
                pos += 1
            elif op == _RX_STAR:
                pos = self.star(pc, pos)
                ok = pos >= 0
                pc += 6
            elif op == _RX_SPLIT:
                self.push(_CH_ALT, pc + code[pc + 1], pos, 0)
                pc += 2
            elif op == _RX_JUMP:
                pc += code[pc + 1]
            elif op == _RX_MARK:
                reg = code[pc + 1]
                self.set(reg, pos)
                if reg & 1:
                    self.set(self.lastindex, reg >> 1)
                pc += 2
            elif op == _RX_CHAR_I or op == _RX_ANY or op == _RX_ANY_ALL:
                ok = pos < self.end and self.one(op, code[pc + 1], pos)
                pc += 2
                pos += 1
            elif op == _RX_AT:
                ok = self.at(code[pc + 1], pos)
                pc += 2
            elif op == _RX_LOOP:
                pc = self.loop(pc, pos)
            elif op == _RX_LOOP_INIT:
                reg = self.loops + 2 * code[pc + 1]
                self.set(reg, -1)
                self.set(reg + 1, -1)
                pc += 2
            elif op == _RX_REF or op == _RX_REF_I:
                pos = self.backref(code[pc + 1], pos, op == _RX_REF_I)
                ok = pos >= 0
                pc += 2
            elif op == _RX_LOOK:
                pos = self.look(pc, pos)
                ok = pos >= 0
                pc += code[pc + 3]
            elif op == _RX_IF:
                g = code[pc + 1]
                pc += 3 if self.regs[2 * g] >= 0 and self.regs[2 * g + 1] >= 0 else code[pc + 2]
            else:                        # _RX_END
                ok = not top or ((not self.match_all or pos == self.end) and
                                 (not self.must_advance or pos != self.start))
                if ok:
                    self.sp = base
                    return pos
            if not ok:
                pc = self.retry(base)
                if pc < 0:
                    return -1
                pos = self.resume

    def loop(self, pc: int, pos: int) -> int:
        # LOOP reg lo hi lazy exit: count the iteration just done, and go
        # on into the body or out (leaving a choice of the other)
        code = self.code
        reg = self.loops + 2 * code[pc + 1]
        n = self.regs[reg] + 1
        self.set(reg, n)
        if n < code[pc + 2]:
            return pc + 6
        if code[pc + 4]:
            if n < code[pc + 3]:
                self.push(_CH_LOOP, pc, pos, 0)
            return pc + code[pc + 5]
        if n < code[pc + 3] and pos != self.regs[reg + 1]:
            self.push(_CH_ALT, pc + code[pc + 5], pos, 0)
            self.set(reg + 1, pos)
            return pc + 6
        return pc + code[pc + 5]


class Pattern:
    pattern: str
    flags: int
    groups: int
    groupindex: dict[str, int]
    _code: list[int]
    _sets: list[_ReSet]
    _nregs: int
    _names: list[str]        # of each group ("": none), group 0 first
    _first: int              # the code point every match starts with, or -1

    def __init__(self, pattern: str, flags: int) -> None:
        _re_check_flags(flags)
        p = _ReParser(pattern, flags)
        p.parse_alt(flags, True)
        if p.at < len(pattern):
            raise p.fail("unbalanced parenthesis", p.at)
        for k in range(0, len(p.later), 2):
            if p.later[k] > p.ngroups:
                raise p.fail(f"invalid group reference {p.later[k]}", p.later[k + 1])
        p.code.append(_RX_END)
        self.pattern = pattern
        self.flags = p.flags if p.flags & _RE_ASCII else p.flags | _RE_UNICODE
        if self.flags & _RE_ASCII and self.flags & _RE_UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        self.groups = p.ngroups
        self.groupindex = p.names
        self._code = p.code
        self._sets = p.sets
        self._nregs = 2 * p.ngroups + 3 + 2 * p.nloops
        self._names = [""] * (p.ngroups + 1)
        for name, g in p.names.items():
            self._names[g] = name
        self._first = p.code[1] if p.code[0] == _RX_CHAR else -1

    def __repr__(self) -> str:
        text = "re.compile(" + repr(self.pattern)
        names = ["re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL",
                 "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"]
        shown: list[str] = []
        for bit in range(9):
            if self.flags & (1 << bit) and bit != 5:
                shown.append(names[bit])
        if shown:
            text += ", " + "|".join(shown)
        return text + ")"

    def _state(self, string: str, endpos: int) -> _ReState:
        n = len(string)
        return _ReState(self, string, n if endpos > n else max(endpos, 0))

    def _search(self, st: _ReState, pos: int) -> int:
        # the start of the first match at or after pos (its end in regs[1]), or -1
        end = st.end
        first = self._first
        while pos <= end:
            if first >= 0:
                while pos < end and _str_ord_at(st.s, pos) != first:
                    pos += 1
                if pos >= end:
                    return -1
            if self._try(st, pos):
                return pos
            st.must_advance = False     # it only holds where the search began
            pos += 1
        return -1

    def _try(self, st: _ReState, pos: int) -> bool:
        st.start = pos
        st.tp = 0
        st.sp = 0
        e = st.run(0, pos, True)
        if e < 0:
            st.undo(0)
            return False
        st.regs[0] = pos
        st.regs[1] = e
        return True

    def _match_at(self, string: str, pos: int, endpos: int, whole: bool) -> Match | None:
        st = self._state(string, endpos)
        st.match_all = whole
        pos = _re_clamp(pos, string)
        if pos > st.end or not self._try(st, pos):
            return None
        return Match(self, st, pos)

    def match(self, string: str, pos: int = 0, endpos: int = _RE_UNBOUNDED) -> Match | None:
        return self._match_at(string, pos, endpos, False)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _RE_UNBOUNDED) -> Match | None:
        return self._match_at(string, pos, endpos, True)

    def search(self, string: str, pos: int = 0, endpos: int = _RE_UNBOUNDED) -> Match | None:
        st = self._state(string, endpos)
        pos = _re_clamp(pos, string)
        if self._search(st, pos) < 0:
            return None
        return Match(self, st, pos)

    def finditer(self, string: str, pos: int = 0, endpos: int = _RE_UNBOUNDED) -> _ReScan:
        return _ReScan(self, self._state(string, endpos), _re_clamp(pos, string))

    def findall(self, string: str, pos: int = 0, endpos: int = _RE_UNBOUNDED) -> list[str]:
        if self.groups > 1:
            raise NotImplementedError("findall() of a pattern with 2 or more groups makes tuples "
                                      "in CPython, and the translator did not see how many: "
                                      "annotate the result (rows: list[tuple[str, str]] = "
                                      "p.findall(s)), or use finditer() and m.groups()")
        out: list[str] = []
        for m in _ReScan(self, self._state(string, endpos), _re_clamp(pos, string)):
            found = m.group(self.groups)
            out.append(found if found is not None else "")
        return out

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        out: list[str] = []
        last = 0
        for m in _ReScan(self, self._state(string, _RE_UNBOUNDED), 0):
            if 0 < maxsplit <= len(out) // (self.groups + 1):
                break
            out.append(string[last:m._regs[0]])
            for g in range(1, self.groups + 1):
                found = m.group(g)
                if found is None:
                    raise NotImplementedError(f"split(): group {g} did not take part in a "
                                              "match, and CPython puts None in the list (a "
                                              "list[str] here): use finditer()")
                out.append(found)
            last = m._regs[1]
        out.append(string[last:])
        return out

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        return self._subn(_ReTemplate(self, repl).apply, string, count)[0]

    def subn(self, repl: str, string: str, count: int = 0) -> tuple[str, int]:
        return self._subn(_ReTemplate(self, repl).apply, string, count)

    # sub and subn with a function as repl (check_call.c picks them)
    def _sub_fn(self, repl: Callable[[Match], str], string: str, count: int = 0) -> str:
        return self._subn(repl, string, count)[0]

    def _subn_fn(self, repl: Callable[[Match], str], string: str,
                 count: int = 0) -> tuple[str, int]:
        return self._subn(repl, string, count)

    def _subn(self, repl: Callable[[Match], str], string: str, count: int) -> tuple[str, int]:
        parts: list[str] = []
        last = 0
        n = 0
        for m in _ReScan(self, self._state(string, _RE_UNBOUNDED), 0):
            if 0 < count <= n:
                break
            parts.append(string[last:m._regs[0]])
            parts.append(repl(m))
            last = m._regs[1]
            n += 1
        parts.append(string[last:])
        return ("".join(parts), n)


def _re_clamp(pos: int, string: str) -> int:
    return 0 if pos < 0 else min(pos, len(string))


def _re_check_flags(flags: int) -> None:
    if flags & _RE_LOCALE:
        raise ValueError("cannot use LOCALE flag with a str pattern")
    if flags & ~_RE_FLAGS:
        raise error(f"flags {flags & ~_RE_FLAGS:#x} are not supported by rtrans "
                    "(re.TEMPLATE and re.DEBUG are not)")


class _ReScan:
    # finditer(): successive matches; after an empty match the next one
    # must not be empty at the same place (CPython's rule since 3.7)
    _p: Pattern
    _st: _ReState
    _pos: int
    _done: bool

    def __init__(self, p: Pattern, st: _ReState, pos: int) -> None:
        self._p = p
        self._st = st
        self._pos = pos
        self._done = pos > st.end

    def __iter__(self) -> _ReScan:
        return self

    def __next__(self) -> Match:
        st = self._st
        if self._done or self._p._search(st, self._pos) < 0:
            self._done = True
            raise StopIteration()
        m = Match(self._p, st, self._pos)
        st.must_advance = st.regs[0] == st.regs[1]
        self._pos = st.regs[1]
        st.undo(0)
        return m


class Match:
    string: str
    re: Pattern
    pos: int
    endpos: int
    lastindex: int | None
    lastgroup: str | None
    _regs: list[int]

    def __init__(self, p: Pattern, st: _ReState, pos: int) -> None:
        self.string = st.s
        self.re = p
        self.pos = pos
        self.endpos = st.end
        n = 2 * p.groups + 2
        self._regs = st.regs[:n]
        last = st.regs[n]
        self.lastindex = last if last >= 0 else None
        self.lastgroup = p._names[last] if last >= 0 and p._names[last] != "" else None

    def _index(self, g: int | str) -> int:
        if isinstance(g, str):
            if g not in self.re.groupindex:
                raise IndexError("no such group")
            return self.re.groupindex[g]
        if g < 0 or g > self.re.groups:
            raise IndexError("no such group")
        return g

    def group(self, g: int | str = 0) -> str | None:
        i = self._index(g)
        a = self._regs[2 * i]
        b = self._regs[2 * i + 1]
        if a < 0 or b < 0:
            return None
        return self.string[a:b]

    def group__0(self) -> str:
        # m.group() and m.group(0) (check_call.c): the whole match is never None
        return self.string[self._regs[0]:self._regs[1]]

    def __getitem__(self, g: int | str) -> str | None:
        return self.group(g)

    def groups(self, default: str | None = None) -> tuple[str | None, ...]:
        out: list[str | None] = []
        for g in range(1, self.re.groups + 1):
            found = self.group(g)
            out.append(found if found is not None else default)
        return tuple(out)

    def groupdict(self, default: str | None = None) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for name, g in self.re.groupindex.items():
            found = self.group(g)
            out[name] = found if found is not None else default
        return out

    def start(self, g: int | str = 0) -> int:
        i = self._index(g)
        return self._regs[2 * i] if self._regs[2 * i + 1] >= 0 else -1

    def end(self, g: int | str = 0) -> int:
        i = self._index(g)
        return self._regs[2 * i + 1] if self._regs[2 * i] >= 0 else -1

    def span(self, g: int | str = 0) -> tuple[int, int]:
        return (self.start(g), self.end(g))

    def expand(self, template: str) -> str:
        return _ReTemplate(self.re, template).apply(self)

    def __repr__(self) -> str:
        return (f"<re.Match object; span=({self._regs[0]}, {self._regs[1]}), "
                f"match={self.group__0()!r}>")


class _ReTemplate:
    # a replacement string, cut into literal text and group numbers
    texts: list[str]
    groups: list[int]        # -1: texts[i] is the piece

    def __init__(self, p: Pattern, tpl: str) -> None:
        self.texts = []
        self.groups = []
        lit: list[str] = []
        i = 0
        while i < len(tpl):
            c = tpl[i]
            if c != "\\":
                lit.append(c)
                i += 1
                continue
            i = self.escape(p, tpl, i, lit)
        self.flush(lit)

    def flush(self, lit: list[str]) -> None:
        if lit:
            self.texts.append("".join(lit))
            self.groups.append(-1)
            lit.clear()

    def add_group(self, p: Pattern, tpl: str, g: int, pos: int, lit: list[str]) -> None:
        if g > p.groups:
            raise error(f"invalid group reference {g}", tpl, pos)
        self.flush(lit)
        self.texts.append("")
        self.groups.append(g)

    def escape(self, p: Pattern, tpl: str, i: int, lit: list[str]) -> int:
        # the escape at i (a backslash): its text added; returns where it ends
        if i + 1 >= len(tpl):
            raise error("bad escape (end of pattern)", tpl, i)
        c = tpl[i + 1]
        if c == "g":
            return self.named(p, tpl, i, lit)
        if c in "0123456789":
            j = i + 2
            if c != "0" and not (j + 1 < len(tpl) and c in "01234567" and tpl[j] in "01234567" and
                                 tpl[j + 1] in "01234567"):
                if j < len(tpl) and tpl[j] in "0123456789":
                    j += 1
                self.add_group(p, tpl, int(tpl[i + 1:j]), i + 1, lit)
                return j
            while j < len(tpl) and j < i + 4 and tpl[j] in "01234567":
                j += 1
            v = int(tpl[i + 1:j], 8)
            if v > 0o377:
                raise error("octal escape value " + tpl[i:j] + " outside of range 0-0o377",
                            tpl, i)
            lit.append(chr(v))
            return j
        k = "abfnrtv\\".find(c)
        if k >= 0:
            lit.append("\x07\x08\x0c\n\r\t\x0b\\"[k])
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\" + c, tpl, i)
        else:
            lit.append("\\" + c)
        return i + 2

    def named(self, p: Pattern, tpl: str, i: int, lit: list[str]) -> int:
        # \g<name> or \g<number>
        if i + 2 >= len(tpl) or tpl[i + 2] != "<":
            raise error("missing <", tpl, i + 2)
        stop = tpl.find(">", i + 3)
        if stop < 0:
            raise error("missing >, unterminated name", tpl, i + 3)
        name = tpl[i + 3:stop]
        if name == "":
            raise error("missing group name", tpl, i + 3)
        if name.isidentifier():
            if name not in p.groupindex:
                raise IndexError(f"unknown group name {name!r}")
            self.add_group(p, tpl, p.groupindex[name], i + 3, lit)
        elif name.isdigit() and name.isascii():
            self.add_group(p, tpl, int(name), i + 3, lit)
        else:
            raise error(f"bad character in group name {name!r}", tpl, i + 3)
        return stop + 1

    def apply(self, m: Match) -> str:
        if len(self.groups) == 1 and self.groups[0] < 0:
            return self.texts[0]
        out: list[str] = []
        for k in range(len(self.groups)):
            g = self.groups[k]
            if g < 0:
                out.append(self.texts[k])
            else:
                found = m.group(g)
                if found is not None:
                    out.append(found)
        return "".join(out)


# the module's functions
_re_cache: dict[tuple[str, int], Pattern] = {}


def _re_compile(pattern: str, flags: int = 0) -> Pattern:
    key = (pattern, flags)
    p = _re_cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_re_cache) >= 512:
            _re_cache.clear()
        _re_cache[key] = p
    return p


def _re_match(pattern: str, string: str, flags: int = 0) -> Match | None:
    return _re_compile(pattern, flags).match(string)


def _re_fullmatch(pattern: str, string: str, flags: int = 0) -> Match | None:
    return _re_compile(pattern, flags).fullmatch(string)


def _re_search(pattern: str, string: str, flags: int = 0) -> Match | None:
    return _re_compile(pattern, flags).search(string)


def _re_findall(pattern: str, string: str, flags: int = 0) -> list[str]:
    return _re_compile(pattern, flags).findall(string)


# findall of a pattern with n >= 2 groups whose count the translator knows
# (check_call.c: a literal, or the list[tuple[str, ...]] expected): n-tuples,
# "" for a group that did not take part, as CPython.
def _re_findall_rows(p: Pattern, string: str, n: int) -> list[list[str]]:
    if p.groups != n:
        raise NotImplementedError(f"findall(): the pattern has {p.groups} groups, the "
                                  f"translator expected {n} (from the pattern written or the "
                                  f"type annotated): use finditer()")
    rows: list[list[str]] = []
    for m in p.finditer(string):
        row: list[str] = []
        for g in range(1, n + 1):
            found = m.group(g)
            row.append(found if found is not None else "")
        rows.append(row)
    return rows


def _pattern_findall_2(p: Pattern, string: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in _re_findall_rows(p, string, 2)]


def _pattern_findall_3(p: Pattern, string: str) -> list[tuple[str, str, str]]:
    return [(r[0], r[1], r[2]) for r in _re_findall_rows(p, string, 3)]


def _pattern_findall_4(p: Pattern, string: str) -> list[tuple[str, str, str, str]]:
    return [(r[0], r[1], r[2], r[3]) for r in _re_findall_rows(p, string, 4)]


def _pattern_findall_5(p: Pattern, string: str) -> list[tuple[str, str, str, str, str]]:
    return [(r[0], r[1], r[2], r[3], r[4]) for r in _re_findall_rows(p, string, 5)]


def _re_findall_2(pattern: str, string: str, flags: int = 0) -> list[tuple[str, str]]:
    return _pattern_findall_2(_re_compile(pattern, flags), string)


def _re_findall_3(pattern: str, string: str, flags: int = 0) -> list[tuple[str, str, str]]:
    return _pattern_findall_3(_re_compile(pattern, flags), string)


def _re_findall_4(pattern: str, string: str, flags: int = 0) -> list[tuple[str, str, str, str]]:
    return _pattern_findall_4(_re_compile(pattern, flags), string)


def _re_findall_5(pattern: str, string: str,
                  flags: int = 0) -> list[tuple[str, str, str, str, str]]:
    return _pattern_findall_5(_re_compile(pattern, flags), string)


def _re_finditer(pattern: str, string: str, flags: int = 0) -> _ReScan:
    return _re_compile(pattern, flags).finditer(string)


def _re_split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    return _re_compile(pattern, flags).split(string, maxsplit)


# sub and subn take a template string or a function of the match; the
# checker calls the _fn version when repl is a function
def _re_sub(pattern: str, repl: str, string: str, count: int = 0, flags: int = 0) -> str:
    return _re_compile(pattern, flags).sub(repl, string, count)


def _re_sub_fn(pattern: str, repl: Callable[[Match], str], string: str, count: int = 0,
               flags: int = 0) -> str:
    return _re_compile(pattern, flags)._subn(repl, string, count)[0]


def _re_subn(pattern: str, repl: str, string: str, count: int = 0,
             flags: int = 0) -> tuple[str, int]:
    return _re_compile(pattern, flags).subn(repl, string, count)


def _re_subn_fn(pattern: str, repl: Callable[[Match], str], string: str, count: int = 0,
                flags: int = 0) -> tuple[str, int]:
    return _re_compile(pattern, flags)._subn(repl, string, count)


def _re_escape(pattern: str) -> str:
    out: list[str] = []
    for c in pattern:
        if c in "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c":
            out.append("\\")
        out.append(c)
    return "".join(out)


def _re_purge() -> None:
    _re_cache.clear()
