# An uncaught ValueError from int() on bad input.
import sys

# stdin: forty-two


def main(argv: list[str]) -> int:
    line = input()
    print("read", line)
    print(int(line) + 1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: read forty-two
# expect-exit: 1
# expect-stderr: ValueError: invalid literal for int() with base 10: 'forty-two'
