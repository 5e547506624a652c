# list(), dict(), set() constructors from iterables; copies are
# independent of their source.
import sys


def main(argv: list[str]) -> int:
    print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
    src = [3, 1, 3]
    copy = list(src)
    copy.append(9)
    print(src, copy)
    d: dict[str, int] = dict()
    d["x"] = 1
    print(d, len(d))
    s = set(src)
    print(sorted(s), len(set("mississippi")), sorted(set("abcab")))
    empty: set[str] = set()
    print(len(empty), list(d.keys()), list(d.values()), list(d.items()))
    print(sorted(set({"p": 1, "q": 2}.keys())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ['a', 'b', 'c'] [1, 2] [0, 1, 2] ['a', 'b']
# expect: [3, 1, 3] [3, 1, 3, 9]
# expect: {'x': 1} 1
# expect: [1, 3] 4 ['a', 'b', 'c']
# expect: 0 ['x'] [1] [('x', 1)]
# expect: ['p', 'q']
