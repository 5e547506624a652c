# Printing much to a full device: print raises OSError once the buffers
# overflow; uncaught, it ends the program with a traceback (status 1).
import sys


def main(argv: list[str]) -> int:
    for i in range(100000):
        print("line", i)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# stdout: full
# expect-exit: 1
# expect-stderr: Traceback (most recent call last):
# expect-stderr:     print("line", i)
# expect-stderr: OSError: [Errno 28] No space left on device
