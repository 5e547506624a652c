import sys
# expect error: 5:5: nested functions are not supported

def f() -> int:
    def g() -> int:
        return 1
    return 0


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
