# Parallel benchmark for --stm: each thread mixes integers in a loop and
# stores one result in its own object (CPU-bound, no allocation, no shared
# data).  Arguments: THREADS N (total iterations, split among the threads).
import sys
import threading


class Box:
    value: int

    def __init__(self) -> None:
        self.value = 0


def mix(seed: int, n: int) -> int:
    h = seed
    for i in range(n):
        h = ((h * 31) ^ (i + (h >> 7))) & 0xFFFFFFF
    return h


def worker(box: Box, seed: int, n: int) -> None:
    box.value = mix(seed, n)


def main(argv: list[str]) -> int:
    threads = int(argv[1]) if len(argv) > 1 else 2
    n = int(argv[2]) if len(argv) > 2 else 100000000
    boxes = [Box() for _ in range(threads)]
    ts = [threading.Thread(target=worker, args=(boxes[k], k, n // threads))
          for k in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("done", len(boxes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
