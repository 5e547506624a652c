# With no standard input: input() raises EOFError at once, reads return
# empty strings, iteration does nothing.
import sys


def main(argv: list[str]) -> int:
    try:
        line = input()
        print("got", line)
    except EOFError:
        print("EOFError on empty stdin")
    print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
    n = 0
    for _ in sys.stdin:
        n += 1
    print("lines", n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: EOFError on empty stdin
# expect: '' '' []
# expect: lines 0
