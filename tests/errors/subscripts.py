# Indexing and slicing.
import sys


def f(t: tuple[int, str], d: dict[str, int], s: str, n: int, i: int) -> None:
    print(t[2])
    print(t[i])
    print(d[1])
    print(s["a"])
    print(n[0])
    s[0] = "x"
    del t[0]
    print(t[0:i])
    print(t[::0])
    print(d[1:2])


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:13: tuple index out of range
# expect error: 7:11: a tuple of mixed types can only be indexed by a constant
# expect error: 8:13: 'dict[str, int]' index must be 'str', not 'int'
# expect error: 9:13: 'str' index must be 'int', not 'str'
# expect error: 10:11: 'int' is not subscriptable
# expect error: 11:5: 'str' does not support item assignment
# expect error: 12:9: 'tuple[int, str]' does not support item deletion
# expect error: 13:13: a tuple can only be sliced with constant bounds
# expect error: 14:13: slice step cannot be zero
# expect error: 15:11: 'dict[str, int]' is not subscriptable by slices
