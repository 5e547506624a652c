# len() on every sized type; range() forms, empty and negative ranges,
# list(range(...)), len(range(...)).
import sys


def main(argv: list[str]) -> int:
    print(len("hello"), len(""), len([1, 2]), len((1, 2, 3)), len({"a": 1}), len({1, 2, 2}))
    print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))
    print(list(range(5, 0, -1)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
    print(list(range(-3, 3)), list(range(-1, -8, -2)), len(list(range(0, 100, 7))))
    total = 0
    for i in range(1, 101):
        total += i
    print(total)
    n = 4
    print([i * n for i in range(n)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 5 0 2 3 1 2
# expect: [0, 1, 2, 3, 4] [2, 3, 4, 5] [0, 3, 6, 9]
# expect: [5, 4, 3, 2, 1] [10, 7, 4, 1] [] []
# expect: [-3, -2, -1, 0, 1, 2] [-1, -3, -5, -7] 15
# expect: 5050
# expect: [0, 4, 8, 12]
