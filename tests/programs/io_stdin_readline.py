# sys.stdin.readline() until it returns "" at end of input; readlines().
import sys

# stdin: 3
# stdin: alpha
# stdin: beta
# stdin: gamma
# stdin: rest one
# stdin: rest two


def main(argv: list[str]) -> int:
    n = int(sys.stdin.readline())
    names: list[str] = []
    for _ in range(n):
        names.append(sys.stdin.readline().rstrip("\n"))
    print(names)
    rest = sys.stdin.readlines()
    print(rest)
    print(repr(sys.stdin.readline()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ['alpha', 'beta', 'gamma']
# expect: ['rest one\n', 'rest two\n']
# expect: ''
