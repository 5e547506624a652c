# sys.stdin.read() reads everything; word and line counts.
import sys

# stdin: the quick brown fox
# stdin: jumps over
# stdin:
# stdin: the lazy dog


def main(argv: list[str]) -> int:
    data = sys.stdin.read()
    lines = data.splitlines()
    words = data.split()
    print(len(lines), len(words), len(data))
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    print(sorted(counts.items()))
    print(repr(sys.stdin.read()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 4 9 45
# expect: [('brown', 1), ('dog', 1), ('fox', 1), ('jumps', 1), ('lazy', 1), ('over', 1), ('quick', 1), ('the', 2)]
# expect: ''
