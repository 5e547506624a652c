# The operands of the bigint test, shared by main.py (which computes with
# examples/python/bigint.py) and gen_native.py (which computes the expected
# output with CPython's own ints).  Operands are written as text (an
# optional '-', digits in base 10 or 16) plus a left shift, so both sides
# build the same numbers without trusting the module under test; Digest
# reduces the result lines to a checksum both sides compute alike, with
# 64-bit-safe arithmetic.


class Rng:
    """Park-Miller minimal standard generator (products stay below 2**47)."""
    state: int

    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self) -> int:
        self.state = self.state * 48271 % 2147483647
        return self.state

    def below(self, n: int) -> int:
        return self.next() % n


class Operand:
    text: str                   # digits, with a '-' for a negative number
    base: int                   # 10 or 16
    shift: int                  # the value is int(text, base) << shift

    def __init__(self, text: str, base: int, shift: int) -> None:
        self.text = text
        self.base = base
        self.shift = shift


def _hex(text: str, shift: int = 0) -> Operand:
    return Operand(text, 16, shift)


def _both_signs(out: list[Operand], text: str, base: int, shift: int) -> None:
    out.append(Operand(text, base, shift))
    if text != "0":
        out.append(Operand("-" + text, base, shift))


SPECIAL_HEX = ["0", "1", "2", "3", "7", "a", "3b9aca00", "3fffffff", "40000000",
               "40000001", "7fffffff", "80000000", "fffffffffffffff",
               "1000000000000000", "3fffffffffffffff", "4000000000000000",
               "7ffffffffffffffe", "7fffffffffffffff", "8000000000000000",
               "8000000000000001", "ffffffffffffffff", "10000000000000000",
               "10000000000000001", "3" + "f" * 22, "4" + "0" * 22,
               "f" * 30, "1" + "0" * 30, "3" + "f" * 37, "f" * 75,
               "20000000000001", "20000000000003", "3fffffffffffff",
               "1" + "0" * 250, "fffffffffffff8" + "0" * 242,
               "fffffffffffffc" + "0" * 242, "fffffffffffffb" + "f" * 242,
               "1" + "0" * 256]


def special_operands() -> list[Operand]:
    """0, +-1, digit and word boundaries (2**30, 2**60, 2**63, 2**64),
    all-ones magnitudes, and values around the float range."""
    out: list[Operand] = []
    for text in SPECIAL_HEX:
        _both_signs(out, text, 16, 0)
    return out


def _random_digits(rng: Rng, n: int, base: int) -> str:
    chars = "0123456789abcdef"
    parts: list[str] = [chars[1 + rng.below(base - 1)]]
    for i in range(n - 1):
        parts.append(chars[rng.below(base)])
    return "".join(parts)


def random_operands(rng: Rng) -> list[Operand]:
    """Numbers of 1..200 decimal digits, a few hex ones with long runs of
    zero or all-one digits, and some shifted ones."""
    out: list[Operand] = []
    for n in range(1, 201, 4):
        text = _random_digits(rng, n, 10)
        out.append(Operand(("-" if rng.below(2) == 0 else "") + text, 10, 0))
    for n in [20, 40, 80, 120]:
        out.append(_hex("1" + "0" * n + "1"))
        out.append(_hex("-" + "f" * n + "e" + "0" * (n // 2)))
        out.append(Operand(_random_digits(rng, n // 4 + 1, 16), 16, 1 + rng.below(200)))
    for k in [1, 11, 100, 969, 970]:
        # Halfway and just-above-halfway between two doubles.
        out.append(_hex("20000000000001", k))
        out.append(_hex("-20000000000003", k))
        out.append(_hex("3fffffffffffff" + "8" * (k % 7 + 1), k))
    out.append(Operand("9" * 199, 10, 0))
    out.append(Operand("-1" + "0" * 199, 10, 0))
    return out


def large_operands(rng: Rng) -> list[Operand]:
    """A few numbers beyond the Karatsuba cutoffs (80 and 160 digits of
    30 bits), for multiplication and long division."""
    out: list[Operand] = []
    for n in [750, 1500, 3100]:
        out.append(Operand(_random_digits(rng, n, 10), 10, 0))
        out.append(Operand("-" + _random_digits(rng, n // 2 + 7, 10), 10, 0))
    out.append(_hex("f" * 800))
    out.append(_hex("-8" + "0" * 399 + "1"))
    return out


def mersenne_moduli() -> list[Operand]:
    """2**k - 1 around the digit sizes and the Lucas-Lehmer exponents (its
    remainders are sums of k-bit slices), and near misses that must take
    the long division: 2**k - 3, and 2**k - 1 with one bit clear in a
    middle digit or near the top."""
    out: list[Operand] = []
    for k in [31, 59, 60, 61, 64, 89, 90, 91, 127, 128, 521, 1279]:
        ones = ("" if k % 4 == 0 else "137"[k % 4 - 1]) + "f" * (k // 4)
        out.append(_hex(ones))
        out.append(_hex(ones[:-1] + "d"))
        if k > 64:
            out.append(_hex(ones[:-10] + "e" + ones[-9:]))
            out.append(_hex(ones[0] + "b" + ones[2:]))
    return out


def division_cases(rng: Rng) -> list[tuple[Operand, Operand, Operand]]:
    """(n, c, d) for the true division n*c / (d*c): n is an odd 54-bit
    number shifted, so n/d is halfway between two doubles (or a power of
    two away from it), from subnormal quotients to overflowing ones."""
    out: list[tuple[Operand, Operand, Operand]] = []
    for t in range(40):
        text = "2" + _random_digits(rng, 12, 16) + "13579bdf"[rng.below(8)]
        c = Operand(_random_digits(rng, 1 + rng.below(40), 10), 10, 0)
        num = Operand(("-" if t % 3 == 0 else "") + text, 16, rng.below(1100))
        out.append((num, c, Operand("1", 16, rng.below(1250))))
    return out


def pairs(n: int, rng: Rng) -> list[tuple[int, int]]:
    """Index pairs: each operand with two others and itself."""
    out: list[tuple[int, int]] = []
    for i in range(n):
        out.append((i, i))
        for k in range(2):
            out.append((i, rng.below(n)))
    return out


SHIFTS = [0, 1, 29, 30, 31, 59, 60, 61, 63, 64, 100, 1000]
BASES = [2, 3, 8, 10, 16, 36]
EXPONENTS = [0, 1, 2, 3, 7, 13, 64]

# int(text, base) for the parser: valid and invalid literals.
LITERALS = ["0", "-0", "+17", "  42\n", "\t-9\x0b", "1_000_000", "1__0", "_1", "1_",
            "0x1f", "0X_1F", "0b101", "0o777", "0o8", "017", "00", "0_0", "-0x_ff",
            "", " ", "-", "+-1", "12a", "1 2", "zz", "ZZ", "z" * 30, "0x",
            "9" * 60, "-" + "f" * 40, "1" + "_0" * 30, "0b" + "10" * 50]
LITERAL_BASES = [0, 2, 8, 10, 16, 36, 7]

FLOATS = ["0.0", "-0.0", "0.5", "-0.99", "1.0", "-1.5", "123456789.75", "1e18",
          "9.2e18", "-9.223372036854775808e18", "9.223372036854775807e18",
          "9.3e18", "1.8446744073709552e19", "-3.1e25", "1.2345678901234567e100",
          "1e300", "-1.7976931348623157e308", "4.5035996273704955e15",
          "9007199254740993.0", "2.5e-300"]


class Digest:
    """Line count, a polynomial hash of every result line (modulo a prime
    below 2**55, so h * 131 stays below 2**63), and every SAMPLE-th line
    kept to be printed."""
    count: int
    hash: int
    samples: list[str]
    verbose: bool               # print every line as it comes

    SAMPLE = 509
    MODULUS = 36028797018963913     # 2**55 - 55

    def __init__(self, verbose: bool) -> None:
        self.verbose = verbose
        self.count = 0
        self.hash = 0
        self.samples = []

    def add(self, line: str) -> None:
        if self.verbose:
            print(line)
        h = self.hash
        for c in line:
            h = (h * 131 + ord(c)) % Digest.MODULUS
        self.hash = (h * 131 + 10) % Digest.MODULUS
        if self.count % Digest.SAMPLE == 0:
            self.samples.append(line)
        self.count += 1

    def summary(self) -> list[str]:
        out = [f"lines {self.count} checksum {self.hash}"]
        for s in self.samples:
            out.append(s[:100] + ("..." if len(s) > 100 else ""))
        return out
