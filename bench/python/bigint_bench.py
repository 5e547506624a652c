# Big-integer benchmark for examples/python/bigint.py: the operations the
# interpreter's users hit most (str() of big numbers, factorials, powers,
# long multiplication and division, parsing, a pi spigot).  Argument: the
# number of repetitions.  bigint_native.py runs the same algorithms on
# CPython's ints; bench/python/bigint.sh times both and this program
# translated (the module is copied beside it).  Each task prints a digest
# of its result on stdout (the runner checks the three agree) and its time
# (CPU time) per repetition on stderr as `TIME name milliseconds`.
import sys

from rtrans.c import include

from bigint import (BigInt, big_add, big_divmod, big_floordiv, big_from_int,
                    big_from_str, big_mul, big_pow, big_sub, big_to_str)

# CPU time rather than wall-clock time: the machine is shared.  clock()
# has no effect outside its result, hence safe in a transaction.
libc = include("time.h", safe=["clock"])


def cpu_seconds() -> float:
    return libc.clock() / 1000000.0         # CLOCKS_PER_SEC on POSIX


def digest(s: str) -> str:
    return f"{len(s)} {s[:12]} {s[len(s) - 12:]}"


def report(name: str, result: str, seconds: float, reps: int) -> None:
    print(name, digest(result))
    print(f"TIME {name} {seconds * 1000.0 / reps:.3f}", file=sys.stderr)


def factorial(n: int) -> BigInt:
    f = big_from_int(1)
    for i in range(2, n + 1):
        f = big_mul(f, big_from_int(i))
    return f


def arccot(x: int, unity: BigInt) -> BigInt:
    """arccot(x) * unity by its Taylor series, in integers."""
    bx = big_from_int(x)
    x2 = big_from_int(x * x)
    term = big_floordiv(unity, bx)
    total = term
    n = 3
    sign = -1
    while len(term.digits) > 0:
        term = big_floordiv(term, x2)
        t = big_floordiv(term, big_from_int(n))
        total = big_add(total, t) if sign > 0 else big_sub(total, t)
        sign = -sign
        n += 2
    return total


def pi_digits(ndigits: int) -> BigInt:
    """pi * 10**ndigits by Machin's formula, with 10 guard digits."""
    ten = big_from_int(10)
    unity = big_pow(ten, big_from_int(ndigits + 10))
    pi = big_mul(big_from_int(4), big_sub(big_mul(big_from_int(4), arccot(5, unity)),
                                          arccot(239, unity)))
    return big_floordiv(pi, big_pow(ten, big_from_int(10)))


def main(argv: list[str]) -> int:
    reps = int(argv[1]) if len(argv) > 1 else 10
    x1000 = big_pow(big_from_int(7), big_from_int(1183))
    t = cpu_seconds()
    s = ""
    for i in range(reps):
        s = big_to_str(x1000, 10)
    report("str_1000_digits", s, cpu_seconds() - t, reps)

    t = cpu_seconds()
    f = factorial(2)
    for i in range(reps):
        f = factorial(2000)
    report("factorial_2000", big_to_str(f, 16), cpu_seconds() - t, reps)

    t = cpu_seconds()
    for i in range(reps):
        s = big_to_str(f, 10)
    report("str_factorial_2000", s, cpu_seconds() - t, reps)

    t = cpu_seconds()
    p = big_from_int(0)
    for i in range(reps):
        p = big_pow(big_from_int(2), big_from_int(10000))
        s = big_to_str(p, 10)
    report("pow2_10000_str", s, cpu_seconds() - t, reps)

    a = big_pow(big_from_int(3), big_from_int(20959))
    b = big_pow(big_from_int(7), big_from_int(11833))
    t = cpu_seconds()
    c = big_from_int(0)
    for i in range(reps):
        c = big_mul(a, b)
    report("mul_10000x10000_digits", big_to_str(c, 16), cpu_seconds() - t, reps)

    n = big_add(c, big_pow(big_from_int(11), big_from_int(9000)))
    t = cpu_seconds()
    q = big_from_int(0)
    r = big_from_int(0)
    for i in range(reps):
        q, r = big_divmod(n, b)
    report("divmod_20000_by_10000_digits", big_to_str(q, 16) + big_to_str(r, 16),
           cpu_seconds() - t, reps)

    text = big_to_str(x1000, 10) * 4
    t = cpu_seconds()
    for i in range(reps):
        p = big_from_str(text, 10)
    report("parse_4000_digits", big_to_str(p, 16), cpu_seconds() - t, reps)

    t = cpu_seconds()
    for i in range(reps):
        p = pi_digits(1000)
    report("pi_1000_digits", big_to_str(p, 10), cpu_seconds() - t, reps)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
