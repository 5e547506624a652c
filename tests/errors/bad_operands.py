import sys
# expect error: 5:14: unsupported operand types for +: 'int' and 'str'

def f() -> int:
    return 1 + "a"


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
