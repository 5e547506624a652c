# 64-bit wrapping arithmetic that CPython computes the same way:
# rtrans.intmask(e) computes e's + - * << & | ^ ~ modulo 2**64 (literals up
# to 0xFFFFFFFFFFFFFFFF allowed there), rtrans.urshift is the unsigned shift;
# an FNV-1a hash, xorshift64 and PCG32 (the reference outputs for 42, 54).
import sys
from rtrans import intmask, urshift

FNV_OFFSET = intmask(0xcbf29ce484222325)
FNV_PRIME = 0x100000001b3


def fnv1a(s: str) -> int:
    h = FNV_OFFSET
    for ch in s:
        h = intmask((h ^ ord(ch)) * FNV_PRIME)
    return h


class XorShift:
    def __init__(self, seed: int) -> None:
        self.state = seed if seed != 0 else 88172645463325252

    def next(self) -> int:
        x = self.state
        x = intmask(x ^ (x << 13))
        x ^= urshift(x, 7)
        x = intmask(x ^ (x << 17))
        self.state = x
        return x

    def below(self, n: int) -> int:
        return urshift(self.next(), 11) % n


class Pcg32:
    MULT = intmask(6364136223846793005)

    def __init__(self, seed: int, seq: int) -> None:
        self.state = 0
        self.inc = intmask((seq << 1) | 1)
        self.step()
        self.state = intmask(self.state + seed)
        self.step()

    def step(self) -> None:
        self.state = intmask(self.state * Pcg32.MULT + self.inc)

    def next32(self) -> int:
        old = self.state
        self.step()
        xorshifted = (urshift(urshift(old, 18) ^ old, 27)) & 0xFFFFFFFF
        rot = urshift(old, 59)
        return ((xorshifted >> rot) | (xorshifted << ((-rot) & 31))) & 0xFFFFFFFF


def main(argv: list[str]) -> int:
    for w in ["", "a", "hello", "rtrans"]:
        h = fnv1a(w)
        print(w, h, f"{h & 0xFFFFFFFF:08x}", f"{urshift(h, 32):08x}")
    r = XorShift(42)
    print([r.next() for _ in range(3)], [r.below(10) for _ in range(8)])
    p = Pcg32(42, 54)
    print([p.next32() for _ in range(6)])
    print(intmask(0xFFFFFFFFFFFFFFFF), intmask(1 << 63), intmask(-(1 << 63) - 1), intmask(3 << 70))
    print(intmask(~0 * 5 + 7), urshift(-1, 1), urshift(-1, 63), urshift(-1, 64), urshift(5, 0))
    try:
        print(intmask(1 << -1))
    except ValueError as e:
        print("ValueError", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect:  -3750763034362895579 84222325 cbf29ce4
# expect: a -5808556873153909620 8601ec8c af63dc4c
# expect: hello -6615550055289275125 80aabd0b a430d846
# expect: rtrans -502581452985291455 d01cad41 f90678d4
# expect: [45454805674, -6914526270109646145, -8425327132182230662] [4, 4, 9, 8, 6, 3, 5, 4]
# expect: [2707161783, 2068313097, 3122475824, 2211639955, 3215226955, 3421331566]
# expect: -1 -9223372036854775808 9223372036854775807 0
# expect: 2 9223372036854775807 1 0 5
# expect: ValueError negative shift count
