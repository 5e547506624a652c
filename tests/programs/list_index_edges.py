# List indexing at the edges of the inline test (one unsigned compare,
# 0 <= i < len): negative indices go to the prelude's method, indices
# past either end raise IndexError with CPython's messages, also the
# extreme ints; reversed() stops when the list shrinks under it.
import sys


def probe(lst: list[int], i: int) -> str:
    try:
        return str(lst[i])
    except IndexError as e:
        return "IndexError: " + str(e)


def store(lst: list[int], i: int, v: int) -> str:
    try:
        lst[i] = v
        return str(lst)
    except IndexError as e:
        return "IndexError: " + str(e)


def main(argv: list[str]) -> int:
    lst = [10, 20, 30]
    big = 9223372036854775807
    for i in [0, 2, 3, -1, -3, -4, big, -big - 1, 1 << 62, -(1 << 62)]:
        print(i, probe(lst, i))
    for i in [1, -1, 3, -4, big, -big - 1]:
        print(i, store(lst, i, i % 100))
    empty: list[int] = []
    print(probe(empty, 0), probe(empty, -1))
    seen: list[int] = []
    for x in reversed(lst):
        seen.append(x)
        if len(lst) > 1:
            lst.pop()
            lst.pop()
    print(seen, lst)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect: 0 10
# expect: 2 30
# expect: 3 IndexError: list index out of range
# expect: -1 30
# expect: -3 10
# expect: -4 IndexError: list index out of range
# expect: 9223372036854775807 IndexError: list index out of range
# expect: -9223372036854775808 IndexError: list index out of range
# expect: 4611686018427387904 IndexError: list index out of range
# expect: -4611686018427387904 IndexError: list index out of range
# expect: 1 [10, 1, 30]
# expect: -1 [10, 1, 99]
# expect: 3 IndexError: list assignment index out of range
# expect: -4 IndexError: list assignment index out of range
# expect: 9223372036854775807 IndexError: list assignment index out of range
# expect: -9223372036854775808 IndexError: list assignment index out of range
# expect: IndexError: list index out of range IndexError: list index out of range
# expect: [99] [10]
