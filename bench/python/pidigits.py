# Big integers: the first n digits of pi by Gibbons' unbounded spigot
# (a generator holding a linear fractional transformation in four growing
# integers: multiplications by small numbers, exact divisions of
# thousand-digit numbers), then n! and its decimal string.  Prints digests
# of both.  Argument: n.
#
# bench-size: 5000
# bench-quick: 800
# expect: pidigits 5000: pi 3141592653...7413260472 digit sum 22679 ; 5000! has 16326 digits, sum 67698, last nonzero ...0937833472
# expect-quick: pidigits 800: pi 3141592653...8160963185 digit sum 3588 ; 800! has 1977 digits, sum 7929, last nonzero ...8969450496
import sys


def pi_digits():
    """Yields the decimal digits of pi forever (Gibbons, 2006)."""
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def to_decimal(x):
    """str(x) for a non-negative x of any size: CPython refuses str() past
    4300 digits, so the number is split by divmod with powers of ten, whose
    parts are converted separately."""
    powers = [10 ** 512]                # powers[i] = 10 ** (512 * 2 ** i)
    while powers[-1] * powers[-1] <= x:
        powers.append(powers[-1] * powers[-1])

    def convert(x, level, width):
        if level < 0:
            text = str(x)
            return text.zfill(width) if width else text
        high, low = divmod(x, powers[level])
        half = 512 << level
        if high == 0 and not width:
            return convert(low, level - 1, 0)
        return (convert(high, level - 1, width - half if width else 0)
                + convert(low, level - 1, half))

    return convert(x, len(powers) - 1, 0)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    digits = []
    for d in pi_digits():
        digits.append(d)
        if len(digits) == n:
            break
    pi = "".join(map(str, digits))
    f = to_decimal(factorial(n))
    print(f"pidigits {n}: pi {pi[:10]}...{pi[-10:]} digit sum {sum(digits)} ; "
          f"{n}! has {len(f)} digits, sum {sum(int(c) for c in f)}, "
          f"last nonzero ...{f.rstrip('0')[-10:]}")


if __name__ == "__main__":
    main()
