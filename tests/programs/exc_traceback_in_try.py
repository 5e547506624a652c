# A frame whose failing call sits inside `try` is reported at the call's
# line, as CPython does, whether no handler matches, a finally re-raises or
# a handler re-raises with a bare `raise`.
import sys


def boom(n: int) -> int:
    if n > 2:
        raise ValueError(f"too big: {n}")
    return n


def unmatched(n: int) -> int:
    try:
        x = boom(n)
        return x
    except KeyError:
        print("key")
    except IndexError:
        print("index")
    return 0


def through_finally(n: int) -> int:
    try:
        return unmatched(n)
    finally:
        print("finally ran")


def reraised(n: int) -> int:
    try:
        v = through_finally(n)
    except ValueError:
        print("seen, passing it on")
        raise
    return v


def main(argv: list[str]) -> int:
    print(reraised(1))
    print(reraised(7))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
# expect-stderr: exc_traceback_in_try.py", line 42, in main
# expect-stderr: exc_traceback_in_try.py", line 33, in reraised
# expect-stderr: exc_traceback_in_try.py", line 26, in through_finally
# expect-stderr: exc_traceback_in_try.py", line 15, in unmatched
# expect-stderr: exc_traceback_in_try.py", line 9, in boom
# expect-stderr: ValueError: too big: 7

# expect: finally ran
# expect: 1
# expect: finally ran
# expect: seen, passing it on
# expect-exit: 1
