# Threads: quicksort of one shared list of pseudo-random integers, in
# place.  A task is a slice [lo, hi) of the list: a worker partitions it
# around a median-of-three pivot (Hoare's scheme) and puts both halves
# back on the queue.Queue as new tasks, or sorts a small slice itself
# (recursively, then by insertion).  Tasks always cover disjoint slices,
# so workers never touch the same elements; queue.join() tells when all
# are done.  Prints a digest of the sorted list.  Arguments: THREADS SIZE.
#
# bench-threads
# bench-size: 400000
# bench-quick: 20000
# expect: mt_quicksort 400000: sorted, min 7412 max 4294956568, digest 569187542
# expect-quick: mt_quicksort 20000: sorted, min 17713 max 4294869860, digest 3196674075
import queue
import sys
import threading

TASK_MIN = 4096          # smaller slices are sorted by the worker that has them
INSERTION_MAX = 16


def random_list(n, seed=12345):
    """n integers from a 64-bit linear congruential generator (high bits)."""
    data = []
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        data.append(x >> 32)
    return data


def insertion_sort(a, lo, hi):
    for i in range(lo + 1, hi):
        item = a[i]
        j = i - 1
        while j >= lo and a[j] > item:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = item


def partition(a, lo, hi):
    """Rearranges a[lo:hi] (at least 3 items) into a[lo:p] <= a[p:hi];
    returns p, with lo < p < hi."""
    mid = (lo + hi) // 2
    x, y, z = a[lo], a[mid], a[hi - 1]
    pivot = max(min(x, y), min(max(x, y), z))
    i, j = lo - 1, hi
    while True:
        i += 1
        while a[i] < pivot:
            i += 1
        j -= 1
        while a[j] > pivot:
            j -= 1
        if i >= j:
            return j + 1
        a[i], a[j] = a[j], a[i]


def quicksort(a, lo, hi):
    while hi - lo > INSERTION_MAX:
        p = partition(a, lo, hi)
        if p - lo < hi - p:              # recurse on the smaller side
            quicksort(a, lo, p)
            lo = p
        else:
            quicksort(a, p, hi)
            hi = p
    insertion_sort(a, lo, hi)


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 400000
    data = random_list(n)
    tasks = queue.Queue()
    tasks.put((0, n))

    def worker():
        while True:
            lo, hi = tasks.get()
            if lo < 0:                   # the stop sign
                tasks.task_done()
                return
            if hi - lo <= TASK_MIN:
                quicksort(data, lo, hi)
            else:
                p = partition(data, lo, hi)
                tasks.put((lo, p))
                tasks.put((p, hi))
            tasks.task_done()

    threads = [threading.Thread(target=worker) for _ in range(nthreads)]
    for t in threads:
        t.start()
    tasks.join()
    for _ in threads:
        tasks.put((-1, -1))
    for t in threads:
        t.join()
    ok = all(data[i] <= data[i + 1] for i in range(n - 1))
    digest = 0
    for i, x in enumerate(data):
        digest = (digest + (i + 1) * x) % 4294967291
    print(f"mt_quicksort {n}: {'sorted' if ok else 'NOT SORTED'}, "
          f"min {data[0]} max {data[-1]}, digest {digest}")


if __name__ == "__main__":
    main()
