# Constants in the emitted C are written at their uses (no C variable per
# constant) except where a literal would change what the C compiler says or
# what the C verifier sees: shift counts, divisors, item indices, negations.
# Each line below puts a constant in one of those places, on a path that a
# run-time test guards; the corpus compiles with -Wall -Wextra -Werror.
import math
import rtrans


def shifts(x: int, big: bool) -> int:
    if big:
        return rtrans.intmask(x << 64)
    return rtrans.intmask(x << 3)


def divisions(x: int, zero: bool) -> str:
    try:
        if zero:
            return str(x // 0)
        return str(x // -3) + " " + str(x % -3) + " " + str(x / 4)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def negatives(x: int, f: float) -> str:
    smallest = -9223372036854775807 - 1
    return f"{x - -1} {x * -2} {-x} {f - -0.5} {-f} {smallest} {smallest + x} {-0.0}"


def specials(f: float) -> str:
    inf = math.inf
    nan = math.nan
    return f"{f < inf} {f > -inf} {nan == nan} {f * 0.0} {-(-f)}"


def items(n: int) -> list[int]:
    xs = [0] * n
    xs[0] = 5
    xs[n - 1] = 7
    if n > 3:
        xs[3] = xs[0] + xs[2]
    return xs


def big_items() -> int:
    xs = [1] * 5000      # card-marked array: item barriers by index
    xs[0] = 3
    xs[4095] = 4
    return xs[0] + xs[4095] + xs[4999]


def conversions(f: float) -> int:
    if f > 1e300:
        return int(1e300 * 0.0 + f) % 7
    return int(f)


print(shifts(1, False), shifts(1, True), shifts(-3, False))
print(divisions(7, False), divisions(-7, False), divisions(7, True))
print(negatives(5, 1.5))
print(specials(2.0))
print(items(5), items(2))
print(big_items())
print(conversions(3.9), conversions(-2.5))
# expect: 8 0 -24
# expect: -3 -2 1.75 2 -1 -1.75 ZeroDivisionError: integer division or modulo by zero
# expect: 6 -10 -5 2.0 -1.5 -9223372036854775808 -9223372036854775803 -0.0
# expect: True True False 0.0 2.0
# expect: [5, 0, 0, 5, 7] [5, 7]
# expect: 8
# expect: 3 -2
