import sys
# expect error: 6:9: incompatible types in assignment: expected 'int', got 'str'

def f() -> int:
    x = 1
    x = "a"
    return x


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
