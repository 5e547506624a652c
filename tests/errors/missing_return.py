import sys
# expect error: 4:1: missing return statement in 'f' (it returns 'int')

def f(c: bool) -> int:
    if c:
        return 1


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
