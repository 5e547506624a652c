# benchmark program bench/python/interp/bigcalc.py at a small size (timing line removed)
# args: 300
"""Big integers: digits of pi by Machin's formula with fixed-point
integers, and a factorial."""
import sys
import time


def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** 10


def main():
    digits = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    t0 = time.process_time()
    p = str(pi_digits(digits))
    f = 1
    for i in range(2, 1500):
        f *= i
    fs = str(f)
    elapsed = time.process_time() - t0
    print("bigcalc", digits, p[:20], p[-10:], len(fs), fs[:12], sum(map(int, fs)))


main()
