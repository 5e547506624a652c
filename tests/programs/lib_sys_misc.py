# sys.setrecursionlimit is accepted; sys.stdout/sys.stderr as print
# targets held in variables; sys.argv[0] exists.
import sys


def main(argv: list[str]) -> int:
    sys.setrecursionlimit(5000)
    out = sys.stdout
    err = sys.stderr
    print("via variable", file=out)
    print("error via variable", file=err)
    out.write("write via variable\n")
    print(len(sys.argv) >= 1, len(argv[0]) > 0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect-stderr: error via variable

# expect: via variable
# expect: write via variable
# expect: True True
