# Parallel benchmark for --stm: threads that print inside their work loop
# (each item: a little integer work, then one line to stdout).  Printing
# used to make every transaction inevitable, which serialised the threads;
# now each transaction's output is buffered with it and written when it
# commits.  The lines of different threads interleave as the scheduler
# decides: compare sorted outputs.  Arguments: THREADS ITEMS (total lines,
# split among the threads) WORK (iterations per item).
import sys
import threading


def mix(seed: int, n: int) -> int:
    h = seed
    for i in range(n):
        h = ((h * 31) ^ (i + (h >> 7))) & 0xFFFFFFF
    return h


def worker(k: int, items: int, work: int) -> None:
    for i in range(items):
        # the newline in the text: one write, whole lines under CPython too
        print(f"thread {k} item {i} {mix(k * 1000003 + i, work)}\n", end="")


def main(argv: list[str]) -> int:
    threads = int(argv[1]) if len(argv) > 1 else 2
    items = int(argv[2]) if len(argv) > 2 else 20000
    work = int(argv[3]) if len(argv) > 3 else 2000
    ts = [threading.Thread(target=worker, args=(k, items // threads, work))
          for k in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("done", threads)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
