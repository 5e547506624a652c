# sys.stdout.write / sys.stderr.write / flush, interleaved with print.
import sys


def main(argv: list[str]) -> int:
    sys.stdout.write("written ")
    sys.stdout.write("directly\n")
    print("printed")
    sys.stderr.write("error text\n")
    sys.stderr.flush()
    sys.stdout.write(str(42) + "\n")
    sys.stdout.flush()
    print("done", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect-stderr: error text
# expect-stderr: done

# expect: written directly
# expect: printed
# expect: 42
