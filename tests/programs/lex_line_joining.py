# Implicit line joining in brackets, explicit backslash joining, comments
# in odd places, blank lines and semicolon-free layout.
import sys


def add3(a: int,   # first
         b: int,   # second
         c: int) -> int:
    return a + \
        b + \
        c


def main(argv: list[str]) -> int:
    values = [
        1, 2,
        3,   # a comment inside a list

        4,
    ]
    table = {
        "a": 1,
        "b": 2,
    }
    total = add3(values[0],
                 values[1],
                 values[2]) \
        + values[3]
    print(total, len(table))
    if (total > 5 and
            total < 100):
        print("in range")
    x = (1 +
         2 *
         3)
    print(x)
    # a comment line at the body's indentation
        # and one indented differently: comments do not count
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 10 2
# expect: in range
# expect: 7
