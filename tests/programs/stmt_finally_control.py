# finally runs on return, break and continue, and on exceptions passing
# through several frames.
import sys

LOG: list[str] = []


def ret_in_try() -> int:
    try:
        return 1
    finally:
        LOG.append("finally after return")


def loop_with_finally() -> int:
    total = 0
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            total += i
        finally:
            LOG.append(f"iter {i}")
    return total


def inner() -> None:
    try:
        raise ValueError("deep")
    finally:
        LOG.append("inner finally")


def middle() -> None:
    try:
        inner()
    finally:
        LOG.append("middle finally")


def main(argv: list[str]) -> int:
    print(ret_in_try())
    print(loop_with_finally())
    try:
        middle()
    except ValueError as e:
        LOG.append("caught " + str(e))
    for line in LOG:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1
# expect: 2
# expect: finally after return
# expect: iter 0
# expect: iter 1
# expect: iter 2
# expect: iter 3
# expect: inner finally
# expect: middle finally
# expect: caught deep
