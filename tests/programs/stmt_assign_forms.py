# Assignment forms: chained, tuple and list unpacking with and without
# brackets, swapping, unpacking a list, field and item targets.
import sys


class P:
    x: int
    y: int

    def __init__(self) -> None:
        self.x = 0
        self.y = 0


def main(argv: list[str]) -> int:
    a = b = c = 7
    print(a, b, c)
    x, y = 1, 2
    print(x, y)
    x, y = y, x
    print(x, y)
    (m, n) = (3, "three")
    print(m, n)
    [p, q] = [4, 5]
    print(p, q)
    first, second, third = [10, 20, 30]
    print(first + second + third)
    s, t = "ab"[0], "ab"[1]
    print(s, t)
    pt = P()
    pt.x, pt.y = 8, 9
    print(pt.x, pt.y)
    xs = [0, 0, 0]
    xs[0], xs[2] = 1, 3
    print(xs)
    d: dict[str, int] = {}
    d["k"] = d["j"] = 5
    print(d)
    i = j = 0
    i += 1
    print(i, j)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 7 7 7
# expect: 1 2
# expect: 2 1
# expect: 3 three
# expect: 4 5
# expect: 60
# expect: a b
# expect: 8 9
# expect: [1, 0, 3]
# expect: {'k': 5, 'j': 5}
# expect: 1 0
