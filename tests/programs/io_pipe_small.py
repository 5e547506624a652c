# `program | head -1` where head is gone before the program writes: a
# small output fails at the final flush.  SIGPIPE has its default action
# here; the program ignores it as CPython does, so it is not killed but
# reports BrokenPipeError and exits with 120.
import sys


def main(argv: list[str]) -> int:
    print("one line")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# stdout: closed-pipe
# sigpipe: default
# expect-exit: 120
# expect-stderr: Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>
# expect-stderr: BrokenPipeError: [Errno 32] Broken pipe
