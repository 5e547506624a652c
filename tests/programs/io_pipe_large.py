# A large output into a closed pipe: print raises BrokenPipeError (an
# OSError), which the program may catch; uncaught it ends the program with
# a traceback.  SIGPIPE inherited as ignored changes nothing.
import sys


def produce(n: int) -> None:
    for i in range(n):
        print(f"row {i}")


def main(argv: list[str]) -> int:
    try:
        produce(50000)
    except BrokenPipeError as e:
        sys.stderr.write(f"reader gone: {e}\n")
    try:
        produce(50000)
    except OSError as e:
        sys.stderr.write(f"as OSError: {e}\n")
    produce(50000)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# stdout: closed-pipe
# sigpipe: ignored
# expect-exit: 1
# expect-stderr: reader gone: [Errno 32] Broken pipe
# expect-stderr: as OSError: [Errno 32] Broken pipe
# expect-stderr:     print(f"row {i}")
# expect-stderr: BrokenPipeError: [Errno 32] Broken pipe
