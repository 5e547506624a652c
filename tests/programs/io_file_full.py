# Writing a file on a full device: write() raises once the buffers
# overflow, close() raises for what was still buffered (and closes the
# file all the same), a file left open fails silently when it is
# collected, and `with` reports the error at the `with` line.
import sys


def write_lines(path: str, n: int) -> str:
    f = open(path, "w")
    try:
        for i in range(n):
            f.write("line\n")
    except OSError as e:
        f.close()
        return f"write: {e}"
    try:
        f.close()
    except OSError as e:
        return f"close: {e}"
    return "no error"


def leak(path: str) -> None:
    f = open(path, "w")
    f.write("lost\n")


def main(argv: list[str]) -> int:
    print(write_lines("/dev/full", 5000))
    print(write_lines("/dev/full", 3))
    print(write_lines("ok.txt", 3))
    with open("ok.txt") as f:
        print(len(f.read()))
    leak("/dev/full")
    print("leaked")
    with open("/dev/full", "w") as g:
        g.write("buffered\n")
        print("inside with")
    print("not reached")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: write: [Errno 28] No space left on device
# expect: close: [Errno 28] No space left on device
# expect: no error
# expect: 15
# expect: leaked
# expect: inside with
# expect-exit: 1
# expect-stderr:     with open("/dev/full", "w") as g:
# expect-stderr: OSError: [Errno 28] No space left on device
