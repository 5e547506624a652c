# sys.exit raises SystemExit, which can be caught (and is not caught by
# `except Exception`); finally blocks run on the way out.
import sys


def quit_now() -> None:
    try:
        sys.exit(5)
    finally:
        print("finally on exit")


def main(argv: list[str]) -> int:
    try:
        quit_now()
    except SystemExit:
        print("caught SystemExit")
    try:
        try:
            sys.exit(1)
        except Exception:
            print("never: SystemExit is not an Exception")
    except BaseException:
        print("caught as BaseException")
    print("exiting with 4")
    sys.exit(4)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: finally on exit
# expect: caught SystemExit
# expect: caught as BaseException
# expect: exiting with 4
# expect-exit: 4
