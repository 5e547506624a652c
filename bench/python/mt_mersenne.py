# Threads: a search for Mersenne primes 2**p - 1 with p prime below a
# bound, by the Lucas-Lehmer test (p - 2 squarings of p-bit integers,
# each reduced modulo 2**p - 1: big-integer multiplication and division).
# The exponents go into a queue.Queue, largest first so that the slow
# tests start early; each worker stops at its sentinel and records its
# findings in a shared dict.  Prints the exponents found and a digest of
# the final residues.  Arguments: THREADS SIZE (the bound on p).
#
# bench-threads
# bench-size: 2000
# bench-quick: 600
# expect: mt_mersenne 2000: 303 exponents tested, Mersenne primes for p in [2, 3, 5, 7, 13, 17, 19, 31, 61, 89, 107, 127, 521, 607, 1279], residue digest 54804
# expect-quick: mt_mersenne 600: 109 exponents tested, Mersenne primes for p in [2, 3, 5, 7, 13, 17, 19, 31, 61, 89, 107, 127, 521], residue digest 28418
import queue
import sys
import threading


def primes_below(bound):
    found = []
    for n in range(2, bound):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
    return found


def lucas_lehmer(p):
    """The final residue of the Lucas-Lehmer sequence for 2**p - 1 (an odd
    prime p); 2**p - 1 is prime exactly when it is 0."""
    m = (1 << p) - 1
    s = 4
    for _ in range(p - 2):
        s = (s * s - 2) % m
    return s


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    bound = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    exponents = primes_below(bound)
    todo = queue.Queue()
    for p in sorted(exponents, reverse=True):
        todo.put(p)
    for _ in range(nthreads):
        todo.put(0)
    residues = {}                         # p -> final residue, any order
    lock = threading.Lock()

    def worker():
        while True:
            p = todo.get()
            if p == 0:
                return
            residue = 0 if p == 2 else lucas_lehmer(p)   # 2**2 - 1 = 3 is prime
            with lock:
                residues[p] = residue

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    found = sorted(p for p, r in residues.items() if r == 0)
    digest = 0
    for p in sorted(residues):
        digest = (digest * 31 + residues[p] % 65521) % 65521
    print(f"mt_mersenne {bound}: {len(residues)} exponents tested, "
          f"Mersenne primes for p in {found}, residue digest {digest}")


if __name__ == "__main__":
    main()
