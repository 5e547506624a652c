# sys.setrecursionlimit is accepted; print to sys.stdout and sys.stderr
# explicitly; sys.argv[0] exists.
import sys


def main(argv: list[str]) -> int:
    sys.setrecursionlimit(5000)
    print("explicit stdout", file=sys.stdout)
    print("error line", file=sys.stderr)
    sys.stdout.write("write\n")
    print(len(sys.argv) >= 1, len(argv[0]) > 0, argv == sys.argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect-stderr: error line

# expect: explicit stdout
# expect: write
# expect: True True True
