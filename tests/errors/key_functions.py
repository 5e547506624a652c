# key= functions and the values sorting compares: reported at the call,
# never inside the library.
import sys


def main(argv: list[str]) -> int:
    d = {"a": 3, "b": 7, "c": 5}
    print(max(d, key=d.get))
    xs = [3, 1, 2]
    print(sorted(xs, key=lambda s: s.lower()))
    print(sorted(xs, key=str.lower))
    print(min(xs, key=len))
    print(sorted([[1], None]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:22: max() with this key compares items with '<', which is not supported for 'int | None'
# expect error: 10:38: 'int' has no attribute 'lower'
# expect error: 11:26: the key function has type 'Callable[[str], str]', which does not fit the items ('Callable[[int], str]' expected)
# expect error: 12:23: object of type 'int' has no len()
# expect error: 13:11: sorted() compares items with '<', which is not supported for 'list[int] | None'
