# Threads update shared objects inside `with rtrans.atomic:` instead of a
# Lock; atomic sections exclude each other, so totals are exact.
import sys
import threading

import rtrans

# threads


class Stats:
    count: int
    sum: int
    maximum: int

    def __init__(self) -> None:
        self.count = 0
        self.sum = 0
        self.maximum = 0


def worker(st: Stats, tid: int, n: int) -> None:
    for i in range(n):
        v = (i * 31 + tid * 17) % 1000
        with rtrans.atomic:
            st.count += 1
            st.sum += v
            if v > st.maximum:
                st.maximum = v
        if i % 500 == 0:
            rtrans.transaction_break_point()


def main(argv: list[str]) -> int:
    st = Stats()
    threads = [threading.Thread(target=worker, args=(st, t, 10000)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = sum((i * 31 + t * 17) % 1000 for t in range(4) for i in range(10000))
    print(st.count, st.sum == expected, st.maximum)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 40000 True 999
