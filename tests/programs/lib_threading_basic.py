# The threading module: Thread(target, args) with start and join,
# get_ident (distinct per thread), Lock acquire/release/locked, stack_size.
import sys
import threading

# threads

RESULTS: list[int] = [0, 0, 0]
IDENTS: list[int] = [0, 0, 0]


def work(slot: int, n: int) -> None:
    total = 0
    for i in range(n):
        total += i
    RESULTS[slot] = total
    IDENTS[slot] = threading.get_ident()


def main(argv: list[str]) -> int:
    threading.stack_size(1 << 20)
    threads: list[threading.Thread] = []
    for slot in range(3):
        t = threading.Thread(target=work, args=(slot, (slot + 1) * 1000))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    print(RESULTS)
    me = threading.get_ident()
    print(me not in IDENTS, 0 not in IDENTS)
    lock = threading.Lock()
    print(lock.locked(), lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [499500, 1999000, 4498500]
# expect: True True
# expect: False True True
# expect: False
