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

# MT19937's parameters (Matsumoto and Nishimura, 1998): a state of
# STATE_WORDS 32-bit words; regenerating word i mixes the high bit of word
# i, the low 31 bits of word i+1 and word i+SHIFT_DISTANCE (all indices
# modulo STATE_WORDS), with TWIST_XOR applied when the mixed word is odd
STATE_WORDS = 624
SHIFT_DISTANCE = 397
TWIST_XOR = 0x9908B0DF
HIGH_BIT = 0x80000000
LOW_BITS = 0x7FFFFFFF
M32 = 0xFFFFFFFF
# the seeding recurrences' multipliers and the fixed start of the
# array seeding, from the generator's published reference
SEED_MULT = 1812433253
MIX_MULT_1 = 1664525
MIX_MULT_2 = 1566083941
ARRAY_SEED_BASE = 19650218


def spread(word: int) -> int:
    """A state word with its top two bits folded into the low ones, the
    value the seeding recurrences multiply."""
    return word ^ (word >> 30)


class W_Random(W_Object):
    words: list[int]
    cursor: int        # next word handed out; STATE_WORDS: regenerate first

    def __init__(self) -> None:
        self.words = [0] * STATE_WORDS
        self.cursor = STATE_WORDS
        self.fill_linear(5489)

    def get_type(self) -> W_Type:
        return RANDOM_TYPE

    def fill_linear(self, s: int) -> None:
        """The state from one 32-bit number: each word a multiple of the
        previous one's spread, plus its index."""
        w = self.words
        w[0] = s & M32
        for i in range(1, STATE_WORDS):
            w[i] = (SEED_MULT * spread(w[i - 1]) + i) & M32
        self.cursor = STATE_WORDS

    def init_by_array(self, key: list[int]) -> None:
        """CPython's seeding: the linear fill, then two mixing passes over
        the state (the first also adds the key's words, cycling through
        the key), the pass position wrapping from the last word to word 1
        with word 0 taking the last word's value."""
        self.fill_linear(ARRAY_SEED_BASE)
        w = self.words
        pos = 1
        rounds = STATE_WORDS if STATE_WORDS > len(key) else len(key)
        for r in range(rounds):
            j = r % len(key)
            w[pos] = ((w[pos] ^ (spread(w[pos - 1]) * MIX_MULT_1))
                      + key[j] + j) & M32
            pos = self.wrap(pos + 1)
        for r in range(STATE_WORDS - 1):
            w[pos] = ((w[pos] ^ (spread(w[pos - 1]) * MIX_MULT_2))
                      - pos) & M32
            pos = self.wrap(pos + 1)
        w[0] = HIGH_BIT

    def wrap(self, pos: int) -> int:
        if pos < STATE_WORDS:
            return pos
        self.words[0] = self.words[STATE_WORDS - 1]
        return 1

    def regenerate(self) -> None:
        """Replace every word in place, in index order (so late words see
        the early words' new values, as the algorithm specifies)."""
        w = self.words
        for i in range(STATE_WORDS):
            mixed = (w[i] & HIGH_BIT) | (w[(i + 1) % STATE_WORDS] & LOW_BITS)
            w[i] = w[(i + SHIFT_DISTANCE) % STATE_WORDS] ^ (mixed >> 1)
            if mixed & 1:
                w[i] ^= TWIST_XOR
        self.cursor = 0

    def genrand(self) -> int:
        if self.cursor >= STATE_WORDS:
            self.regenerate()
        out = self.words[self.cursor]
        self.cursor += 1
        # the tempering transform
        out ^= out >> 11
        out ^= (out << 7) & 0x9D2C5680
        out ^= (out << 15) & 0xEFC60000
        out ^= out >> 18
        return out & M32

    def random(self) -> float:
        # 53 random bits: 27 from one word, 26 from the next
        high = self.genrand() >> 5
        low = self.genrand() >> 6
        return (high * 67108864.0 + low) / 9007199254740992.0


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
    for v in r.words:
        items.append(new_int(v))
    items.append(new_int(r.cursor))
    return new_tuple(items)


def m_setstate(ec: ExecCtx, w: W_Object, w_state: W_Object) -> W_Object:
    r = self_rng(w)
    items = unpack_iterable(ec, w_state)
    if len(items) != STATE_WORDS + 1:
        raise value_error("state vector is the wrong size")
    for i in range(STATE_WORDS):
        r.words[i] = index_value(ec, items[i], "{}") & M32
    pos = index_value(ec, items[STATE_WORDS], "{}")
    if pos < 0 or pos > STATE_WORDS:
        raise value_error("invalid state")
    r.cursor = pos
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
    typeobject.add_static_new(t, random_new)
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
