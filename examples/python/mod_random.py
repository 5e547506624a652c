"""The _random module: CPython's Mersenne Twister (MT19937) and its
seeding, so `random.seed(n)` gives CPython's exact sequence.  The rest of
`random` (randrange, choice, shuffle, gauss...) is Python source in
pylib.py over this class, with CPython's algorithms.

All the arithmetic stays below 2**63: the generator works on 32-bit words.
"""
from __future__ import annotations

import time

from rtutil import u64_mul, MAXINT
import rtutil
from objects import (W_Object, W_Type, W_Int, W_Float, W_Tuple, W_Instance,
                     W_Module, ExecCtx, PyError, W_NONE, new_int, new_str,
                     new_tuple, new_module, type_error, value_error,
                     add_method1, add_method2, add_methodn, add_method_kw,
                     make_builtin_type, OBJECT_TYPE, LAYOUT_OBJECT,
                     index_value, hash_w, str_value_of, unpack_iterable)
import typeobject
import longobject
import bigint

N = 624
M = 397
MATRIX_A = 0x9908B0DF
UPPER_MASK = 0x80000000
LOWER_MASK = 0x7FFFFFFF
M32 = 0xFFFFFFFF


class W_Random(W_Object):
    mt: list[int]
    mti: int

    def __init__(self) -> None:
        self.mt = [0] * N
        self.mti = N + 1

    def get_type(self) -> W_Type:
        return RANDOM_TYPE

    def init_genrand(self, s: int) -> None:
        mt = self.mt
        mt[0] = s & M32
        i = 1
        while i < N:
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & M32
            i += 1
        self.mti = N

    def init_by_array(self, key: list[int]) -> None:
        self.init_genrand(19650218)
        mt = self.mt
        i = 1
        j = 0
        n = len(key)
        k = N if N > n else n
        while k > 0:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j]
                     + j) & M32
            i += 1
            j += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            if j >= n:
                j = 0
            k -= 1
        k = N - 1
        while k > 0:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & M32
            i += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            k -= 1
        mt[0] = 0x80000000

    def genrand(self) -> int:
        mt = self.mt
        if self.mti >= N:
            if self.mti == N + 1:
                self.init_genrand(5489)
            kk = 0
            while kk < N - M:
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK)
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ (MATRIX_A if y & 1 else 0)
                kk += 1
            while kk < N - 1:
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK)
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ \
                    (MATRIX_A if y & 1 else 0)
                kk += 1
            y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK)
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ (MATRIX_A if y & 1 else 0)
            self.mti = 0
        y = mt[self.mti]
        self.mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y & M32

    def random(self) -> float:
        a = self.genrand() >> 5
        b = self.genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)


RANDOM_TYPE = make_builtin_type("Random", OBJECT_TYPE, LAYOUT_OBJECT)
RANDOM_TYPE.module = "_random"


def self_rng(w: W_Object) -> W_Random:
    if isinstance(w, W_Random):
        return w
    b = w.unwrap_for(RANDOM_TYPE)
    if isinstance(b, W_Random):
        return b
    raise type_error("descriptor requires a '_random.Random' object")


def seed_words(ec: ExecCtx, w: W_Object) -> list[int]:
    """The key of init_by_array for a seed: its absolute value's 32-bit
    words, least significant first (an int), or its hash (others)."""
    if isinstance(w, W_Int):
        v = w.value
        if v < 0:
            if v == -9223372036854775807 - 1:
                return [0, 0x80000000]
            v = -v
        key: list[int] = []
        while v > 0:
            key.append(v & M32)
            v >>= 32
        if len(key) == 0:
            key.append(0)
        return key
    b = longobject.to_big(w)
    if b is not None:
        mag = bigint.big_abs(b)
        key2: list[int] = []
        while not bigint.big_is_zero(mag):
            low = bigint.big_and(mag, bigint.big_from_int(M32))
            key2.append(bigint.big_to_int(low))
            mag = bigint.big_rshift(mag, 32)
        if len(key2) == 0:
            key2.append(0)
        return key2
    return seed_words(ec, new_int(hash_w(ec, w)))


def seed_from_time() -> list[int]:
    t = int(time.time() * 1000000.0)
    return [t & M32, (t >> 32) & M32, 0x5A17]


def m_seed(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    r = self_rng(args[0])
    if len(args) < 2 or args[1] is W_NONE:
        r.init_by_array(seed_from_time())
        return W_NONE
    r.init_by_array(seed_words(ec, args[1]))
    return W_NONE


def m_random(ec: ExecCtx, w: W_Object) -> W_Object:
    return W_Float(self_rng(w).random())


def m_getrandbits(ec: ExecCtx, w: W_Object, w_k: W_Object) -> W_Object:
    r = self_rng(w)
    k = index_value(ec, w_k, "'{}' object cannot be interpreted as an "
                    "integer")
    if k < 0:
        raise value_error("number of bits must be non-negative")
    if k == 0:
        return new_int(0)
    if k <= 32:
        return new_int(r.genrand() >> (32 - k))
    words: list[int] = []
    left = k
    while left > 0:
        v = r.genrand()
        if left < 32:
            v >>= 32 - left
        words.append(v)
        left -= 32
    acc = bigint.big_from_int(0)
    i = len(words) - 1
    while i >= 0:
        acc = bigint.big_or(bigint.big_lshift(acc, 32),
                            bigint.big_from_int(words[i]))
        i -= 1
    return longobject.wrap(acc)


def m_getstate(ec: ExecCtx, w: W_Object) -> W_Object:
    r = self_rng(w)
    items: list[W_Object] = []
    for v in r.mt:
        items.append(new_int(v))
    items.append(new_int(r.mti))
    return new_tuple(items)


def m_setstate(ec: ExecCtx, w: W_Object, w_state: W_Object) -> W_Object:
    r = self_rng(w)
    items = unpack_iterable(ec, w_state)
    if len(items) != N + 1:
        raise value_error("state vector is the wrong size")
    i = 0
    while i < N:
        r.mt[i] = index_value(ec, items[i], "{}") & M32
        i += 1
    mti = index_value(ec, items[N], "{}")
    if mti < 0 or mti > N:
        raise value_error("invalid state")
    r.mti = mti
    return W_NONE


def random_new(ec: ExecCtx, args: list[W_Object],
               kwnames: list[str] | None) -> W_Object:
    w_cls = args[0]
    r = W_Random()
    if isinstance(w_cls, W_Type) and w_cls is not RANDOM_TYPE:
        inst = W_Instance(w_cls)
        inst.w_base = r
        return inst
    if len(args) > 1:
        r.init_by_array(seed_words(ec, args[1]))
    else:
        r.init_by_array(seed_from_time())
    return r


def install() -> None:
    t = RANDOM_TYPE
    t.base_builtin = t
    add_method_kw(t, "__new__", random_new)
    t.tdict["__new__"] = typeobject.W_StaticMethod(t.tdict["__new__"])
    add_methodn(t, "seed", m_seed, 1, 2)
    add_method1(t, "random", m_random)
    add_method2(t, "getrandbits", m_getrandbits)
    add_method1(t, "getstate", m_getstate)
    add_method2(t, "setstate", m_setstate)
    t.compute_flags()


def make_random(ec: ExecCtx) -> W_Module:
    m = new_module("_random")
    m.set("Random", RANDOM_TYPE)
    return m
