# Standard error is line-buffered: a print to it raises at the newline when it
# cannot be written.  Its data stays buffered, so every later flush fails
# too, silently at exit, where the status becomes 120.
import sys


def main(argv: list[str]) -> int:
    try:
        print("to stderr", file=sys.stderr)
        print("no error")
    except OSError as e:
        print("print:", e)
    try:
        sys.stderr.write("no newline")
        print("a write without a newline stays buffered")
        sys.stderr.flush()
    except OSError as e:
        print("flush:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# stderr: full
# expect: print: [Errno 28] No space left on device
# expect: a write without a newline stays buffered
# expect: flush: [Errno 28] No space left on device
# expect-exit: 120
