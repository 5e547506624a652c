# Printing a little to a full device: the output waits in the buffer, so
# the error surfaces at exit, where CPython reports it as an ignored
# exception and exits with 120.
import sys


def main(argv: list[str]) -> int:
    for i in range(3):
        print("line", i)
    print("stderr still works", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# stdout: full
# expect-exit: 120
# expect-stderr: stderr still works
# expect-stderr: Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>
# expect-stderr: OSError: [Errno 28] No space left on device
