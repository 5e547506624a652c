import sys
# expect error: 7:12: variable 'y' may be used before assignment

def f(c: bool) -> int:
    if c:
        y = 1
    return y


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
