# A variable first assigned None or an empty container needs an annotation.
import sys


def f() -> None:
    a = []
    b = {}
    c = set()
    d = None
    e = [None, None]
    g = {1: None}
    h = ()


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:9: cannot infer the type of an empty list; annotate the variable
# expect error: 7:9: cannot infer the type of an empty dict; annotate the variable
# expect error: 8:9: cannot infer the type of an empty set; annotate the variable
# expect error: 9:5: cannot infer the type of 'd' from None; annotate the variable
# expect error: 10:9: cannot infer the item type from None; annotate the variable
# expect error: 11:9: cannot infer the item type from None; annotate the variable
