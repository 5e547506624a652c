# Under a small address space (ulimit -v 200000) a program starts as under
# CPython (the heap sizes itself from the limit), and running out of
# memory raises MemoryError, which the program can catch; once the garbage
# is collected memory can be used up (and MemoryError raised) again.
# Uncaught, it ends the program with a traceback (whose last line may be a
# later one than CPython's: the error is raised at the next loop back edge,
# see docs/language.md).
# rtpython: skip MemoryError at the dispatch loop's back edge misses the frame's handler (examples/python/README.md, Known differences)
import sys


def fill() -> int:
    chunks: list[list[int]] = []
    try:
        while True:
            chunks.append([0] * 100000)
    except MemoryError as e:
        n = len(chunks)
        chunks = []
        print("MemoryError caught:", repr(str(e)), n > 10)
        return n
    return 0


def main(argv: list[str]) -> int:
    print("hello under a small address space")
    a = fill()
    b = fill()
    print("twice:", a > 10 and b > 10)
    big: list[list[int]] = []
    while True:
        big.append([1] * 100000)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# ulimit-v: 200000
# expect: hello under a small address space
# expect: MemoryError caught: '' True
# expect: MemoryError caught: '' True
# expect: twice: True
# expect-exit: 1
# expect-stderr: Traceback (most recent call last):
# expect-stderr: MemoryError
