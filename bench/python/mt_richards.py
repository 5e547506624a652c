# Threads: Richards (richards.py, imported) run by every thread on its own
# objects.  The simulations to run are a count under a threading.Lock;
# each worker claims one at a time, runs it and adds its counts into its
# own slot.  The threads share nothing else, which is the case where an
# interpreter running threads in parallel should scale without conflicts.
# Arguments: THREADS SIZE (the number of simulations).
#
# bench-threads
# bench-size: 30
# bench-quick: 2
# expect: mt_richards 30 runs: qpkt 697380 holds 278910 ok
# expect-quick: mt_richards 2 runs: qpkt 46492 holds 18594 ok
import sys
import threading

import richards


class Counter:
    """The simulations left, handed out one at a time."""

    def __init__(self, total):
        self.left = total
        self.lock = threading.Lock()

    def claim(self):
        with self.lock:
            if self.left == 0:
                return False
            self.left -= 1
            return True


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    counter = Counter(runs)
    totals = [[0, 0] for _ in range(nthreads)]

    def worker(slot):
        while counter.claim():
            queued, holds = richards.simulate()
            slot[0] += queued
            slot[1] += holds

    threads = [threading.Thread(target=worker, args=(totals[i],))
               for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    queued = sum(t[0] for t in totals)
    holds = sum(t[1] for t in totals)
    print(f"mt_richards {runs} runs: qpkt {queued} holds {holds} ok")


if __name__ == "__main__":
    main()
