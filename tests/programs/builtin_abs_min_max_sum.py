# abs, min, max (two or more arguments, or one iterable) and sum.
import sys


def main(argv: list[str]) -> int:
    print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0))
    print(min(3, 1, 2), max(3, 1, 2), min(2.5, 1.5), max("apple", "pear"))
    print(min([4, 2, 8]), max([4, 2, 8]), min("hello"), max((1, 9, 3)))
    print(min([[2, 1], [1, 5]]), max(["b", "ab"]), min({5, 3, 9}))
    print(sum([1, 2, 3]), sum([0.5, 0.25], 0.0), sum(range(101)), sum((1, 2)))
    no_ints: list[int] = []
    print(sum(no_ints), sum([-1, 1]))
    d = {"x": 3, "y": 7}
    print(max(d), min(d.values()), sum(d.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 5 5 2.5 0 0.0
# expect: 1 3 1.5 pear
# expect: 2 8 e 9
# expect: [1, 5] b 3
# expect: 6 0.75 5050 3
# expect: 0 0
# expect: y 3 10
