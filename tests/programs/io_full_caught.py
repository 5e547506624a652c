# A write error is an ordinary OSError: caught, the program goes on.  What
# the failed write held is lost, so the final flush has nothing left to
# fail on; an explicit flush() that fails keeps its data, fails again at
# exit, and the status becomes 120.
import sys


def fill(n: int) -> int:
    try:
        for i in range(n):
            print("line", i)
    except OSError as e:
        sys.stderr.write(f"caught: {e}\n")
        return 1
    return 0


def main(argv: list[str]) -> int:
    errors = fill(5000)
    sys.stderr.write(f"errors after a large output: {errors}\n")
    print("small")
    try:
        sys.stdout.flush()
    except OSError as e:
        sys.stderr.write(f"flush: {e}\n")
    try:
        sys.stdout.flush()
    except OSError as e:
        sys.stderr.write(f"flush again: {e}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# stdout: full
# expect-exit: 120
# expect-stderr: caught: [Errno 28] No space left on device
# expect-stderr: errors after a large output: 1
# expect-stderr: flush: [Errno 28] No space left on device
# expect-stderr: flush again: [Errno 28] No space left on device
# expect-stderr: Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>
