# Requests larger than the MemoryError reserve under a small address
# space: a list doubling its items, uncaught.  Like CPython: its last
# traceback line and exit 1, and the output printed before is not lost;
# never the runtime's limit error (exit 3).  Depending on the heap's size
# (--stm with 1 or 4 segments) the request is lent and MemoryError raised
# at the loop's back edge, or it cannot be and the program ends with
# CPython's last line alone (docs/language.md, Divergences).  Under --stm
# the transaction commits megabytes: its commit-log entry comes from what
# the heap leaves of the address space to malloc.
import sys


def main(argv: list[str]) -> int:
    print("start")
    xs: list[int] = []
    i = 0
    while True:
        xs.append(i)
        i += 1
    print(len(xs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# ulimit-v: 120000
# expect: start
# expect-exit: 1
# expect-stderr: MemoryError
