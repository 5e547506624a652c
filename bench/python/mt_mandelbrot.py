# Threads: the Mandelbrot set on a size x size grid over [-2, 0.5] x
# [-1.25, 1.25], iterated with Python's complex numbers, split in stripes
# of rows.  Worker threads take stripes from a queue.Queue; each stripe's
# result goes to its own slot, so the digest does not depend on the
# schedule.  Arguments: THREADS SIZE [--transaction].  With --transaction
# and pypy-stm's `transaction` module present, the stripes run as a
# transaction.TransactionQueue instead (its own thread count); without the
# module the switch falls back to the threads.
#
# bench-threads
# bench-variant: --transaction
# bench-size: 360
# bench-quick: 60
# expect: mt_mandelbrot 360x360: 6879366 iterations, 31713 inside, digest 119905532
# expect-quick: mt_mandelbrot 60x60: 193098 iterations, 889 inside, digest 1018442562
import queue
import sys
import threading

MAX_ITERATIONS = 200
ROWS_PER_STRIPE = 4


def escape_time(c):
    z = 0j
    for i in range(MAX_ITERATIONS):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return i
    return MAX_ITERATIONS


def render_stripe(size, first_row):
    """Iteration counts of the rows first_row.. of the stripe, row-major."""
    step_x = 2.5 / size
    step_y = 2.5 / size
    counts = []
    for row in range(first_row, min(first_row + ROWS_PER_STRIPE, size)):
        y = 1.25 - row * step_y
        counts.extend(escape_time(complex(-2.0 + col * step_x, y))
                      for col in range(size))
    return counts


def run_threads(nthreads, size, stripes, results):
    todo = queue.Queue()
    for index, first_row in enumerate(stripes):
        todo.put((index, first_row))

    def worker():
        while True:
            try:
                index, first_row = todo.get_nowait()
            except queue.Empty:
                return
            results[index] = render_stripe(size, first_row)

    threads = [threading.Thread(target=worker, name=f"stripes-{i}")
               for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def run_transactions(size, stripes, results):
    """pypy-stm's API: every add()ed call runs as one transaction."""
    try:
        import transaction
    except ImportError:
        return False
    tq = transaction.TransactionQueue()

    def job(index, first_row):
        results[index] = render_stripe(size, first_row)

    for index, first_row in enumerate(stripes):
        tq.add(job, index, first_row)
    tq.run()
    return True


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    nthreads = int(args[0]) if args else 2
    size = int(args[1]) if len(args) > 1 else 360
    stripes = list(range(0, size, ROWS_PER_STRIPE))
    results = [None] * len(stripes)
    if not ("--transaction" in sys.argv and run_transactions(size, stripes, results)):
        run_threads(nthreads, size, stripes, results)
    total = inside = digest = 0
    for counts in results:
        for n in counts:
            total += n
            inside += n == MAX_ITERATIONS
            digest = (digest * 1000003 + n) & 0xFFFFFFFF
    print(f"mt_mandelbrot {size}x{size}: {total} iterations, {inside} inside, digest {digest}")


if __name__ == "__main__":
    main()
