import sys
# expect error: 5:9: cannot infer the type of an empty list; annotate the variable

def f() -> int:
    x = []
    return 0


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
