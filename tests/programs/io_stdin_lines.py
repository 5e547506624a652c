# Iterating over sys.stdin line by line (lines keep their newline).
import sys

# stdin: 10
# stdin: 20
# stdin:   30
# stdin: x


def main(argv: list[str]) -> int:
    total = 0
    n = 0
    for line in sys.stdin:
        n += 1
        s = line.strip()
        if s.isdigit():
            total += int(s)
        else:
            print("skipping", repr(line))
    print(n, total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: skipping 'x\n'
# expect: 4 60
