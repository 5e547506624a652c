# Undefined names and names used before their definition.
import sys

X = Y
Y = 1


def f() -> int:
    return undefined_name + missing()


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 4:5: name 'Y' is used before its definition
# expect error: 9:12: name 'undefined_name' is not defined
# expect error: 9:29: name 'missing' is not defined
