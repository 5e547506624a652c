# bool is usable where int is expected: arithmetic, sums, indexing.
import sys


def count_true(flags: list[bool]) -> int:
    n = 0
    for f in flags:
        n += f
    return n


def main(argv: list[str]) -> int:
    print(True + 1, False * 5, True + True)
    flags = [True, False, True, True]
    print(count_true(flags), sum(1 for f in flags if f))
    names = ["no", "yes"]
    print(names[True], names[False])
    print(True == 1, False == 0, True > False)
    print(True & False, True | False, True ^ True)
    b = 3 > 2
    print(b, not b, int(b), str(b))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 2 0 2
# expect: 3 3
# expect: yes no
# expect: True True True
# expect: False True False
# expect: True False 1 True
