# A generator made for a for loop alone is closed when the loop is left early
# (break, return, an exception), as CPython finalizes it there: its pending
# finally clauses run at that point.
import sys
from typing import Iterator


def gen(tag: str) -> Iterator[int]:
    try:
        for i in range(10):
            yield i
    finally:
        print("closed", tag)


class Box:
    def __iter__(self) -> Iterator[int]:
        try:
            yield 1
            yield 2
        finally:
            print("box done")


def first_big(limit: int) -> int:
    for x in gen("ret"):
        if x > limit:
            return x
    return -1


def main(argv: list[str]) -> int:
    for x in gen("brk"):
        if x == 2:
            break
        print(x)
    print("after break")
    print(first_big(3))
    try:
        for x in gen("exc"):
            if x == 1:
                raise KeyError("k")
    except KeyError:
        print("caught")
    for x in gen("full"):
        continue
    for b in Box():
        print("b", b)
        break
    print("end")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0
# expect: 1
# expect: closed brk
# expect: after break
# expect: closed ret
# expect: 4
# expect: closed exc
# expect: caught
# expect: closed full
# expect: b 1
# expect: box done
# expect: end
