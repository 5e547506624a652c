import sys
# expect error: 4:7: parameter 'x' needs a type annotation (or a default that is a literal number, string or bool)

def f(x) -> int:
    return 0


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
