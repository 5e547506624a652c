# is / is not, and in / not in over strings, lists, tuples, dicts, sets.
import sys


class Obj:
    pass


def main(argv: list[str]) -> int:
    o = Obj()
    p = o
    q: Obj | None = None
    print(o is p, o is not p, q is None, q is not None, Obj() is o)
    print("ell" in "hello", "" in "abc", "z" not in "abc", "lo" in "hello")
    print(3 in [1, 2, 3], 4 not in [1, 2, 3], "a" in ["a", "b"])
    print(2 in (1, 2), (1, 2) in [(1, 2), (3, 4)], [1] in [[1], [2]])
    d = {"k": 1, "j": 2}
    print("k" in d, "v" not in d, 1 in {1: "x"})
    s = {10, 20}
    print(10 in s, 30 in s, 30 not in s)
    print(2.5 in [1.5, 2.5], "b" in ("a", "b"), 7 in [x * 7 for x in range(3)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True False True False False
# expect: True True True True
# expect: True True True
# expect: True True True
# expect: True True True
# expect: True False True
# expect: True True True
