# Threads compute independent results (primes in ranges) into their own
# list slots, without locks; the main thread combines them after join.
import sys
import threading

# threads


def count_primes(lo: int, hi: int, out: list[int], slot: int) -> None:
    n = 0
    for k in range(max(lo, 2), hi):
        d = 2
        prime = True
        while d * d <= k:
            if k % d == 0:
                prime = False
                break
            d += 1
        if prime:
            n += 1
    out[slot] = n


def main(argv: list[str]) -> int:
    parts = 4
    span = 5000
    out = [0] * parts
    threads = [threading.Thread(target=count_primes, args=(i * span, (i + 1) * span, out, i)) for i in range(parts)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(out, sum(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [669, 560, 525, 508] 2262
