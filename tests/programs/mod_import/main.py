# `import util`: module functions, constants, classes (util.Stack as a
# type), globals of another module read as util.NAME.
import sys

import util


def fill(s: util.Stack, n: int) -> None:
    for i in range(n):
        s.push(i * util.FACTOR)


def main(argv: list[str]) -> int:
    s = util.Stack()
    fill(s, 4)
    print(s.pop(), s.size(), util.describe(s))
    util.record("a")
    util.record("b")
    print(util.CALLS, util.NAMES)
    print(util.scaled(3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 30 3 stack of 3: [0, 10, 20]
# expect: 2 ['a', 'b']
# expect: 30
