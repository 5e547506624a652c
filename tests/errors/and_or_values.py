# In a test (if/while/assert conditions, conditional-expression tests,
# comprehension ifs, not, bool()) `and`/`or` take operands of any types;
# where their value is used, both operands must have one type.
import sys


def f(s: str | None, n: int, xs: list[int]) -> None:
    if s and n > 2 or xs:
        pass
    while not (s or n):
        n += 1
    assert xs or s, "empty"
    ys = [x for x in xs if x and s]
    label = "a" if s or n else "b"
    print(ys, label, bool(xs and s))
    v = s and n
    w = (xs or n) if n else xs
    if n or range(3):
        pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 16:11: the operands of 'and'/'or' have incompatible types 'str | None' and 'int'
# expect error: 17:13: the operands of 'and'/'or' have incompatible types 'list[int]' and 'int'
# expect error: 18:13: 'range[int]' has no truth value
