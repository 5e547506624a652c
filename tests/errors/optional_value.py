import sys
# expect error: 4:14: 'int | None' is not supported: value types cannot be None

def f(x: int | None) -> int:
    return 0


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
