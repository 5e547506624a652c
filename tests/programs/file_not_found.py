# Opening a missing file raises FileNotFoundError (an OSError) with
# CPython's message.
import sys


def main(argv: list[str]) -> int:
    try:
        f = open("missing.txt")
        print(f.read())
    except FileNotFoundError as e:
        print("FileNotFoundError:", str(e))
    try:
        open("no/such/dir/x.txt", "w")
    except OSError as e:
        print("OSError:", str(e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'
# expect: OSError: [Errno 2] No such file or directory: 'no/such/dir/x.txt'
