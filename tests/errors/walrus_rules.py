# Assignment expressions: what CPython refuses (rebinding a comprehension
# variable, ':=' in a comprehension's iterable) and names a walrus binds
# only when an operand that may not run runs.
import sys


def rebind(xs: list[int]) -> list[int]:
    return [(x := x + 1) for x in xs]


def iterable(xs: list[list[int]]) -> list[int]:
    return [y for y in (first := xs[0])]


def short(flag: bool) -> int:
    if flag or (n := 3) > 2:
        return n
    return 0


def after_and(flag: bool) -> int:
    ok = flag and (m := 5) > 1
    print(ok)
    return m


def comp(xs: list[int]) -> int:
    _ = [(last := x) for x in xs]
    return last


def branch(flag: bool) -> int:
    v = (k := 1) if flag else 2
    return v + k


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:14: assignment expression cannot rebind comprehension iteration variable 'x'
# expect error: 12:25: assignment expression cannot be used in a comprehension iterable expression
# expect error: 17:16: variable 'n' may be used before assignment
# expect error: 24:12: variable 'm' may be used before assignment
# expect error: 29:12: variable 'last' may be used before assignment
# expect error: 34:16: variable 'k' may be used before assignment
