# int and float mix in arithmetic; results are float where Python's are.
import sys


def average(xs: list[float]) -> float:
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)


def main(argv: list[str]) -> int:
    print(1 + 2.0, 3 * 0.5, 7 / 2, 8 / 2, 2 - 0.25)
    print(average([1.0, 2.5, 4.0]))
    n = 10
    f = 2.5
    print(n * f, n / 4, n // 4, f // 1, n % 3, f % 1)
    g = 0.0
    g += n
    print(g)
    print(float(n), int(f), int(-f))
    print(1 == 1.0, 2 < 2.5, 3 >= 3.0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 3.0 1.5 3.5 4.0 1.75
# expect: 2.5
# expect: 25.0 2.5 2 2.0 1 0.5
# expect: 10.0
# expect: 10.0 2 -2
# expect: True True True
