# print: several values, sep, end, file=sys.stdout/sys.stderr, flush,
# print() alone, values of every type.
import sys


def main(argv: list[str]) -> int:
    print()
    print("a", 1, 2.5, True, None, [1], (2,), {"k": 3})
    print("x", "y", "z", sep="")
    print("x", "y", sep=", ", end=" <end>\n")
    print("no newline", end="")
    print(" ... continued")
    print("to stdout", file=sys.stdout)
    print("to stderr", file=sys.stderr)
    print("flushed", flush=True)
    print(1, 2, 3, sep="\n")
    print("", end="\n")
    print("a", end="")
    print("b", end="")
    print()
    print("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect-stderr: to stderr

# expect:
# expect: a 1 2.5 True None [1] (2,) {'k': 3}
# expect: xyz
# expect: x, y <end>
# expect: no newline ... continued
# expect: to stdout
# expect: flushed
# expect: 1
# expect: 2
# expect: 3
# expect:
# expect: ab
# expect: done
