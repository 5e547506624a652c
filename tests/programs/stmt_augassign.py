# Every augmented assignment operator on locals of type int, float, str,
# list; `lst += other` extends in place.
import sys


def main(argv: list[str]) -> int:
    x = 100
    x += 5
    x -= 3
    x *= 2
    print(x)
    x //= 7
    print(x)
    x %= 10
    print(x)
    x **= 3
    print(x)
    x &= 0xF0
    x |= 0x0F
    x ^= 0x33
    print(x)
    x <<= 3
    print(x)
    x >>= 2
    print(x)
    f = 1.5
    f += 1
    f *= 3
    f /= 2
    f -= 0.25
    print(f)
    f //= 1.5
    print(f)
    f **= 2
    f %= 5
    print(f)
    s = "ab"
    s += "cd"
    s *= 2
    print(s)
    xs = [1]
    alias = xs
    xs += [2, 3]
    xs *= 2
    print(xs, alias, xs is alias)
    n = -7
    n //= 2
    m = -7
    m %= 3
    print(n, m)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 204
# expect: 29
# expect: 9
# expect: 729
# expect: 236
# expect: 1888
# expect: 472
# expect: 3.5
# expect: 2.0
# expect: 4.0
# expect: abcdabcd
# expect: [1, 2, 3, 1, 2, 3] [1, 2, 3, 1, 2, 3] True
# expect: -4 2
