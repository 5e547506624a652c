import sys
# expect error: 5:9: lambda expressions are not supported

def f() -> int:
    g = lambda: 1
    return 0


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
