# ':=' where CPython's grammar has no assignment expression: a statement,
# the value of an assignment (SyntaxError: invalid syntax).
import sys


def f(y: int) -> int:
    x := y
    z = w := 2
    return z


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 7:7: unexpected ':=': an assignment expression is written (name := value) where an expression is expected (a condition, an argument, an item), and a statement assigns with '='
# expect error: 8:11: unexpected ':=': an assignment expression is written (name := value) where an expression is expected (a condition, an argument, an item), and a statement assigns with '='
