import sys
# expect error: 5:12: name 'undefined_thing' is not defined

def f() -> int:
    return undefined_thing


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
