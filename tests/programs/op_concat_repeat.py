# + concatenates strings, lists, tuples; * repeats strings and lists
# (zero and negative counts give empty results).
import sys


def main(argv: list[str]) -> int:
    print("ab" + "cd", [1] + [2, 3], (1,) + (2, 3))
    print("ab" * 3, [0] * 4, 3 * "x", 2 * [1, 2])
    print(repr("ab" * 0), "ab" * -2 == "", [1] * -1, [1] * 0)
    row = [0] * 3
    grid = [row] * 2
    grid[0][0] = 9
    print(grid)
    fresh = [[0] * 3 for _ in range(2)]
    fresh[0][0] = 9
    print(fresh)
    s = ""
    for i in range(5):
        s = s + str(i)
    print(s)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: abcd [1, 2, 3] (1, 2, 3)
# expect: ababab [0, 0, 0, 0] xxx [1, 2, 1, 2]
# expect: '' True [] []
# expect: [[9, 0, 0], [9, 0, 0]]
# expect: [[9, 0, 0], [0, 0, 0]]
# expect: 01234
