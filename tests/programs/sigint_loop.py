# Ctrl-C (SIGINT) raises KeyboardInterrupt in the main thread at the next
# back edge of a loop: it can be caught, `finally` blocks run, and an
# uncaught one prints a traceback and ends the program by SIGINT itself,
# as CPython does (a shell shows status 130).  The harness sends SIGINT
# when each `# sigint-after:` line has appeared on stdout.
import sys


class Counter:
    n: int = 0


def spin(c: Counter) -> None:
    while True:
        c.n += 1


def main(argv: list[str]) -> int:
    c = Counter()
    try:
        try:
            print("first", flush=True)
            spin(c)
        finally:
            print("finally ran")
    except KeyboardInterrupt as e:
        print("caught KeyboardInterrupt", repr(str(e)))
    except Exception:
        print("not an Exception")
    print("counted:", c.n > 0)
    print("second", flush=True)
    spin(c)
    print("not reached")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# sigint-after: first
# sigint-after: second
# expect: first
# expect: finally ran
# expect: caught KeyboardInterrupt ''
# expect: counted: True
# expect: second
# expect-signal: SIGINT
# expect-stderr: Traceback (most recent call last):
# expect-stderr:     spin(c)
# expect-stderr: KeyboardInterrupt
