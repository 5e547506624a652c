# bigint_bench.py's algorithms on CPython's native ints (CPython only):
# the baseline bench/python/bigint.sh compares the module with.  Times are
# CPU times (process_time, the clock() of bigint_bench.py).
import sys
import time


def digest(s: str) -> str:
    return f"{len(s)} {s[:12]} {s[len(s) - 12:]}"


def report(name: str, result: str, seconds: float, reps: int) -> None:
    print(name, digest(result))
    print(f"TIME {name} {seconds * 1000.0 / reps:.3f}", file=sys.stderr)


def factorial(n: int) -> int:
    f = 1
    for i in range(2, n + 1):
        f = f * i
    return f


def arccot(x: int, unity: int) -> int:
    x2 = x * x
    term = unity // x
    total = term
    n = 3
    sign = -1
    while term:
        term = term // x2
        t = term // n
        total = total + t if sign > 0 else total - t
        sign = -sign
        n += 2
    return total


def pi_digits(ndigits: int) -> int:
    unity = 10 ** (ndigits + 10)
    pi = 4 * (4 * arccot(5, unity) - arccot(239, unity))
    return pi // 10 ** 10


def main(argv: list[str]) -> int:
    sys.set_int_max_str_digits(0)
    reps = int(argv[1]) if len(argv) > 1 else 10
    x1000 = 7 ** 1183
    t = time.process_time()
    s = ""
    for i in range(reps):
        s = str(x1000)
    report("str_1000_digits", s, time.process_time() - t, reps)

    t = time.process_time()
    f = factorial(2)
    for i in range(reps):
        f = factorial(2000)
    report("factorial_2000", format(f, "x"), time.process_time() - t, reps)

    t = time.process_time()
    for i in range(reps):
        s = str(f)
    report("str_factorial_2000", s, time.process_time() - t, reps)

    t = time.process_time()
    p = 0
    for i in range(reps):
        p = 2 ** 10000
        s = str(p)
    report("pow2_10000_str", s, time.process_time() - t, reps)

    a = 3 ** 20959
    b = 7 ** 11833
    t = time.process_time()
    c = 0
    for i in range(reps):
        c = a * b
    report("mul_10000x10000_digits", format(c, "x"), time.process_time() - t, reps)

    n = c + 11 ** 9000
    t = time.process_time()
    q = 0
    r = 0
    for i in range(reps):
        q, r = divmod(n, b)
    report("divmod_20000_by_10000_digits", format(q, "x") + format(r, "x"),
           time.process_time() - t, reps)

    text = str(x1000) * 4
    t = time.process_time()
    for i in range(reps):
        p = int(text)
    report("parse_4000_digits", format(p, "x"), time.process_time() - t, reps)

    t = time.process_time()
    for i in range(reps):
        p = pi_digits(1000)
    report("pi_1000_digits", str(p), time.process_time() - t, reps)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
