# while loops with else (runs when the loop ends without break), break,
# continue, nested loops.
import sys


def find_divisor(n: int) -> int:
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d


def main(argv: list[str]) -> int:
    print([find_divisor(n) for n in [15, 17, 49, 97, 100]])
    i = 0
    evens: list[int] = []
    while i < 10:
        i += 1
        if i % 2:
            continue
        evens.append(i)
    print(evens)
    n = 0
    while n < 3:
        n += 1
    else:
        print("else after normal end, n =", n)
    rows = 0
    while True:
        cols = 0
        while cols < rows:
            cols += 1
        rows += 1
        if rows > 4:
            break
    print("rows", rows, "cols", cols)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [3, 17, 7, 97, 2]
# expect: [2, 4, 6, 8, 10]
# expect: else after normal end, n = 3
# expect: rows 5 cols 4
