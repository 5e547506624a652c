# Tuple forms that are not supported.
import sys


def make() -> tuple[int, int]:
    return (1, 2)


def f(t: tuple[int, str]) -> None:
    for u in (): pass
    print(make()[0:1])
    for x in t:
        print(x)
    a, b, c = t


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 10:14: iterating over an empty tuple is not supported
# expect error: 11:11: only a variable or a field holding a tuple can be sliced; assign the tuple to a variable first
# expect error: 12:14: iterating over a tuple of mixed types is not supported
# expect error: 14:5: cannot unpack a tuple of 2 items into 3 targets
