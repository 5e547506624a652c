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

