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

    def __init__(self, message: str = "") -> None:
        self.message = message

    def __str__(self) -> str:
        return self.message


class KeyboardInterrupt(BaseException):
    pass


class SystemExit(BaseException):
    code: int

    def __init__(self, code: int = 0) -> None:
        super().__init__(str(code))
        self.code = code


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


class ValueError(Exception):
    pass


class UnicodeError(ValueError):
    pass


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
    pass


class FileNotFoundError(OSError):
    pass


class FileExistsError(OSError):
    pass


class PermissionError(OSError):
    pass


class IsADirectoryError(OSError):
    pass


class NotADirectoryError(OSError):
    pass


class ConnectionError(OSError):
    pass


class BrokenPipeError(ConnectionError):
    pass


class MemoryError(Exception):
    pass


# The repr of an object whose class has neither __repr__ nor __str__, as
# the prelude's containers need it (a missing dict key): CPython shows the
# object's address; this shows its identity hash.
def _object_repr(qualname: str, ident: int) -> str:
    return f"<{qualname} object at 0x{ident:x}>"


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

    def join(self, parts: list[str]) -> str:
        return self._join(parts._items, parts._len)

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


class _StrIter:
    _s: str
    _i: int

    def __init__(self, s: str) -> None:
        self._s = s
        self._i = 0

    def __next__(self) -> str:
        if self._i >= len(self._s):
            raise StopIteration()
        c = self._s[self._i]
        self._i += 1
        return c


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

    def __delitem__(self, i: int) -> None:
        self.pop(i)

    def _delslice(self, lo: int, hi: int, step: int) -> None:
        start, st, count = _slice_indices(self._len, lo, hi, step)
        if count == 0:
            return
        if st < 0:
            start = start + st * (count - 1)
            st = -st
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

    def extend(self, other: list[T]) -> None:
        n = other._len
        self._reserve(self._len + n)
        __rt.array_copy(other._items, 0, self._items, self._len, n)
        self._len += n

    def __iadd__(self, other: list[T]) -> None:
        self.extend(other)

    def __add__(self, other: list[T]) -> list[T]:
        result = self.copy()
        result.extend(other)
        return result

    def __mul__(self, n: int) -> list[T]:
        result: list[T] = list()
        for _ in range(n):
            result.extend(self)
        return result

    def __imul__(self, n: int) -> None:
        if n <= 0:
            self.clear()
            return
        n0 = self._len
        self._reserve(n0 * n)
        for _ in range(n - 1):
            __rt.array_copy(self._items, 0, self._items, self._len, n0)
            self._len += n0

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

    def index(self, x: T) -> int:
        for i in range(self._len):
            if self._items[i] == x:
                return i
        raise ValueError(repr(x) + " is not in list")

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

    def __next__(self) -> T:
        if self._i >= self._lst._len:
            raise StopIteration()
        x = self._lst._items[self._i]
        self._i += 1
        return x


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

    def __init__(self) -> None:
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
            raise _key_error(repr(key))
        return self._vals[self._index[s] - 1]

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

    def copy(self) -> dict[K, V]:
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
        return "{" + ", "._join(parts, n) + "}"


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

    def __next__(self) -> K:
        return self._d._keys[self._advance()]


class _DictValueIter(Generic[K, V]):
    _it: _DictIter[K, V]

    def __init__(self, d: dict[K, V]) -> None:
        self._it = _DictIter[K, V](d)

    def __next__(self) -> V:
        return self._it._d._vals[self._it._advance()]


class _DictItemIter(Generic[K, V]):
    _it: _DictIter[K, V]

    def __init__(self, d: dict[K, V]) -> None:
        self._it = _DictIter[K, V](d)

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


class dict_values(Generic[K, V]):
    _d: dict[K, V]

    def __init__(self, d: dict[K, V]) -> None:
        self._d = d

    def __len__(self) -> int:
        return self._d._len

    def __iter__(self) -> _DictValueIter[K, V]:
        return _DictValueIter[K, V](self._d)


class dict_items(Generic[K, V]):
    _d: dict[K, V]

    def __init__(self, d: dict[K, V]) -> None:
        self._d = d

    def __len__(self) -> int:
        return self._d._len

    def __iter__(self) -> _DictItemIter[K, V]:
        return _DictItemIter[K, V](self._d)


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

    @extern("rt_file_write", "io", "raises")
    def write(self, s: str) -> int:
        pass

    @extern("rt_file_flush", "io", "raises")
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


class _Environ:
    def get(self, name: str) -> str | None:
        return _environ_get(name, None)

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


# ------------------------------------------------------------------ math

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


# ----------------------------------------------------- threading, rtrans

@extern("rt_lock_new", "alloc")
class Lock:
    @extern("rt_lock_acquire", "blocking", "raises")
    def acquire(self, blocking: bool = True) -> bool:
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


@extern("rt_thread_get_ident", "pure")
def _threading_get_ident() -> int:
    pass


@extern("rt_thread_stack_size", "io", "raises")
def _threading_stack_size(n: int) -> int:
    pass


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


@extern("rt_rtrans_push_marker", "pure")
def _rtrans_push_marker(line: int, label: str) -> None:
    pass


@extern("rt_rtrans_update_marker", "pure")
def _rtrans_update_marker(line: int) -> None:
    pass


@extern("rt_rtrans_pop_marker", "pure")
def _rtrans_pop_marker() -> None:
    pass
