# A loop that reads a shared pair on every iteration and breaks the
# transaction on some of them, while another thread keeps replacing the
# pair's fields in one transaction each.  Under --stm the read pass moves
# the pair's read barrier off the loop's header, to before the loop and
# after each possible break (passes/stm_rejoin.c): a transaction that
# skipped the re-read after a break would not be aborted by the writer's
# commits and could see the first field before one and the second after
# it (a torn pair, a != -b).
import sys
import threading

import rtrans

# threads


class Pair:
    a: int
    b: int

    def __init__(self) -> None:
        self.a = 0
        self.b = 0


class Flag:
    done: bool

    def __init__(self) -> None:
        self.done = False


def writer(p: Pair, flag: Flag, n: int) -> None:
    for i in range(1, n + 1):
        with rtrans.atomic:
            p.a = i
            p.b = -i
        if i % 16 == 0:
            rtrans.transaction_break_point()
    flag.done = True


def reader(p: Pair, flag: Flag, out: list[int]) -> None:
    torn = 0
    seen = 0
    i = 0
    while not flag.done or i < 1000:
        s = p.a + p.b
        if s != 0:
            torn += 1
        if p.a > seen:
            seen = p.a
        if i % 5 == 0:
            rtrans.transaction_break_point()
        i += 1
    out.append(torn)
    out.append(seen)


def main(argv: list[str]) -> int:
    p = Pair()
    flag = Flag()
    out: list[int] = []
    r = threading.Thread(target=reader, args=(p, flag, out))
    w = threading.Thread(target=writer, args=(p, flag, 20000))
    r.start()
    w.start()
    w.join()
    r.join()
    print("torn", out[0], "last", p.a, p.b, out[1] <= 20000)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: torn 0 last 20000 -20000 True
