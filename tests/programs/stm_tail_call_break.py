# Loop-free functions whose last act is a call that may end the transaction
# (`return f(...)`, or a call followed by a bare return) leave the restart
# to their caller under --stm: the callee's transaction may have committed
# (it was the root) or an inevitable fragment may run when they return.
# Their exception path still resumes before it records the traceback line
# and before a handler of their own runs.  Chains of such functions, a
# method, a function value, a thread's entry and a young object returned
# across the commit (which moves it) are covered; every result, traceback
# line and the shared totals are exact.
import sys
import threading

import rtrans

# threads


class Box:
    value: int
    log: list[int]

    def __init__(self, value: int) -> None:
        self.value = value
        self.log = []


def breaker(n: int) -> Box:
    """A root candidate (it loops): allocates, ends the transaction here
    and commits as the root when it returns."""
    b = Box(0)
    for i in range(n):
        b.log.append(i)
        b.value += i
    rtrans.transaction_break_point()
    return b


def breaker_raising(n: int) -> Box:
    b = breaker(n)
    for i in range(n):
        b.value += 1
    rtrans.transaction_break_point()
    raise ValueError("bad " + str(b.value))


def tail(n: int) -> Box:
    return breaker(n)


def tail_chain(n: int) -> Box:
    return tail(n + 1)


def tail_void(shared: Box, n: int) -> None:
    shared.log.append(n)
    breaker(n)


def tail_raising(n: int) -> Box:
    return breaker_raising(n)


def tail_handled(n: int) -> int:
    try:
        return breaker_raising(n).value
    except ValueError as e:
        # the handler runs in a transaction again
        return len(str(e))


class Maker:
    base: int

    def __init__(self, base: int) -> None:
        self.base = base

    def make(self, n: int) -> Box:
        return tail_chain(n + self.base)


LOCK = threading.Lock()


def run(shared: Box, k: int) -> None:
    total = 0
    for i in range(20):
        b = tail(i + k)
        total += b.value + len(b.log)
        b.log.append(total)         # a write right after the restart
        c = tail_chain(i)
        total += c.value
        tail_void(shared, i)
        total += tail_handled(i + 2)
        m = Maker(k)
        total += m.make(i).value
        f = tail
        total += f(i).value
        try:
            tail_raising(i + 1)
        except ValueError as e:
            total += len(str(e))
    with LOCK:
        shared.value += total


def worker(shared: Box, k: int) -> None:
    run(shared, k)


def main() -> None:
    shared = Box(0)
    run(shared, 0)
    print(shared.value, len(shared.log))
    threads = [threading.Thread(target=worker, args=(shared, k)) for k in range(1, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(shared.value, len(shared.log), sum(shared.log))
    sys.stdout.flush()
    last_words(3)


def last_words(n: int) -> None:
    tail_raising(n)


main()
# expect-stderr: stm_tail_call_break.py", line 125, in last_words
# expect-stderr: stm_tail_call_break.py", line 60, in tail_raising
# expect-stderr: stm_tail_call_break.py", line 43, in breaker_raising
# expect-stderr: ValueError: bad 6

# expect: 5380 20
# expect: 17440 60 570
# expect-exit: 1
