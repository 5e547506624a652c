# `and`/`or` return one of their operands; short-circuit evaluation.
import sys


def noisy(label: str, v: int) -> int:
    print("eval", label)
    return v


def greet(name: str | None) -> str | None:
    return name or "anonymous"


def main(argv: list[str]) -> int:
    print(greet("bob"), greet(""), greet(None))
    print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
    none: list[int] = []
    print("" or "default", "a" and "b", none or [1], [2] or none)
    print(noisy("a", 0) and noisy("b", 1))
    print(noisy("c", 2) or noisy("d", 3))
    print(noisy("e", 1) and noisy("f", 0) or noisy("g", 9))
    x = 0.0 or 2.5
    print(x)
    print(not 0, not "x", not none)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: bob anonymous anonymous
# expect: 5 3 0 5
# expect: default b [1] [2]
# expect: eval a
# expect: 0
# expect: eval c
# expect: 2
# expect: eval e
# expect: eval f
# expect: eval g
# expect: 9
# expect: 2.5
# expect: True False True
