import sys
# expect error: 8:17: argument 2 of 'f' has type 'str', expected 'int'

def f(a: int, b: int) -> int:
    return a + b

def g() -> int:
    return f(1, "x")


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
