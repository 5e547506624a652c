# Threads: counting the primes below a bound by trial division (by the
# primes up to the square root, found first by a sieve and shared
# read-only).  The range is cut into blocks submitted to a
# concurrent.futures.ThreadPoolExecutor whose map() returns the blocks'
# results in order.  Prints the count, the sum and the largest gap.
# Arguments: THREADS SIZE (the bound).
#
# bench-threads
# bench-size: 1200000
# bench-quick: 100000
# expect: mt_primes 1200000: 92938 primes, sum 53433406131, largest gap 114 after 492113
# expect-quick: mt_primes 100000: 9592 primes, sum 454396537, largest gap 72 after 31397
import math
import sys
from concurrent.futures import ThreadPoolExecutor

BLOCK = 20000


def small_primes(limit):
    """The primes <= limit, by the sieve of Eratosthenes."""
    sieve = bytearray([1]) * (limit + 1)
    sieve[0:2] = b"\0\0"
    for p in range(2, math.isqrt(limit) + 1):
        if sieve[p]:
            sieve[p * p::p] = bytes(len(range(p * p, limit + 1, p)))
    return [p for p in range(limit + 1) if sieve[p]]


def is_prime(n, divisors):
    for d in divisors:
        if d * d > n:
            return True
        if n % d == 0:
            return False
    return True


def scan(start, stop, divisors):
    """(count, sum, first prime, last prime, largest gap, prime after it)
    of the primes in [start, stop)."""
    count = total = 0
    first = last = None
    gap, gap_at = 0, None
    candidates = range(max(start, 3) | 1, stop, 2)
    if start <= 2 < stop:
        candidates = [2] + list(candidates)
    for n in candidates:
        if is_prime(n, divisors):
            count += 1
            total += n
            if last is None:
                first = n
            elif n - last > gap:
                gap, gap_at = n - last, last
            last = n
    return count, total, first, last, gap, gap_at


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    bound = int(sys.argv[2]) if len(sys.argv) > 2 else 1200000
    divisors = small_primes(math.isqrt(bound) + 1)
    starts = range(0, bound, BLOCK)
    with ThreadPoolExecutor(max_workers=nthreads) as pool:
        blocks = list(pool.map(lambda s: scan(s, min(s + BLOCK, bound), divisors), starts))
    count = total = 0
    gap, gap_at, previous = 0, None, None
    for c, t, first, last, g, g_at in blocks:
        count += c
        total += t
        if first is None:
            continue
        if previous is not None and first - previous > gap:   # across blocks
            gap, gap_at = first - previous, previous
        if g > gap:
            gap, gap_at = g, g_at
        previous = last
    print(f"mt_primes {bound}: {count} primes, sum {total}, largest gap {gap} after {gap_at}")


if __name__ == "__main__":
    main()
