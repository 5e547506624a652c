# Lowering of loops: range counters, index loops over lists, while/else,
# break and continue, comprehensions.
# dump-ir: lower total count_until squares
import sys


def total(xs: list[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def count_until(limit: int) -> int:
    n = 0
    while True:
        n += 1
        if n % 3 == 0:
            continue
        if n > limit:
            break
    else:
        n = -1
    return n


def squares(n: int) -> list[int]:
    return [i * i for i in range(n) if i % 2 == 0]


def main(argv: list[str]) -> int:
    print(total([1, 2, 3]), count_until(10), squares(6))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
