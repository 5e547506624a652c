# Comprehension variables are local to the comprehension: a same-named
# local outside is unchanged; comprehensions read enclosing locals and
# globals.
import sys

SCALE = 10


def main(argv: list[str]) -> int:
    x = "outer"
    ys = [x * 2 for x in range(3)]
    print(x, ys)
    offset = 5
    print([i + offset for i in range(3)])
    print([i * SCALE for i in range(3)])
    i = 100
    total = sum(i for i in range(4))
    print(i, total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: outer [0, 2, 4]
# expect: [5, 6, 7]
# expect: [0, 10, 20]
# expect: 100 6
