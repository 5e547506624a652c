# Every iterable `for` accepts: range, list, str, dict, set, keys/values/
# items, enumerate (with start), zip, reversed over lists and strings.
import sys


def main(argv: list[str]) -> int:
    for i in range(3):
        print("range", i)
    for i in range(10, 0, -4):
        print("step", i)
    for w in ["x", "y"]:
        print("list", w)
    for ch in "hi":
        print("str", ch)
    d = {"b": 2, "a": 1}
    for k in d:
        print("dict", k)
    for k in d.keys():
        print("keys", k)
    for v in d.values():
        print("values", v)
    for k, v in d.items():
        print("items", k, v)
    total = 0
    for e in {1, 2, 3}:
        total += e
    print("set sum", total)
    for i, w in enumerate(["p", "q"]):
        print("enum", i, w)
    for i, w in enumerate(["p", "q"], 5):
        print("enum5", i, w)
    for i, w in enumerate("ab", start=1):
        print("enum-kw", i, w)
    for a, b in zip([1, 2, 3], ["one", "two"]):
        print("zip", a, b)
    for x in reversed([1, 2, 3]):
        print("rev", x)
    for c in reversed("abc"):
        print("revs", c)
    for t in [(1, 2), (3, 4)]:
        print("tuple", t[0] + t[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: range 0
# expect: range 1
# expect: range 2
# expect: step 10
# expect: step 6
# expect: step 2
# expect: list x
# expect: list y
# expect: str h
# expect: str i
# expect: dict b
# expect: dict a
# expect: keys b
# expect: keys a
# expect: values 2
# expect: values 1
# expect: items b 2
# expect: items a 1
# expect: set sum 6
# expect: enum 0 p
# expect: enum 1 q
# expect: enum5 5 p
# expect: enum5 6 q
# expect: enum-kw 1 a
# expect: enum-kw 2 b
# expect: zip 1 one
# expect: zip 2 two
# expect: rev 3
# expect: rev 2
# expect: rev 1
# expect: revs c
# expect: revs b
# expect: revs a
# expect: tuple 3
# expect: tuple 7
