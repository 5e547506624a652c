# input(): reading lines with and without a prompt, EOFError at the end.
import sys

# stdin: Ada
# stdin: 36
# stdin: first line
# stdin:
# stdin: after an empty line


def main(argv: list[str]) -> int:
    name = input("name? ")
    age = int(input())
    print(f"hello {name}, next year {age + 1}")
    lines: list[str] = []
    while True:
        try:
            lines.append(input())
        except EOFError:
            print("EOF")
            break
    print(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: name? hello Ada, next year 37
# expect: EOF
# expect: ['first line', '', 'after an empty line']
