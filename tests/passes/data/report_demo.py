# The program the barrier report tests render: reads, writes, a loop whose
# read barrier leaves it, a fresh object, I/O and a transaction break.
import sys
import time
import rtrans


class Account:
    owner: str
    balance: int
    history: list[int]

    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance
        self.history = []


def total(accounts: list[Account]) -> int:
    s = 0
    for a in accounts:
        s += a.balance
    return s


def projected(a: Account, years: int) -> int:
    gain = 0
    for i in range(years):
        gain += a.balance // rate(i)
    return gain


def transfer(src: Account, dst: Account, amount: int) -> None:
    src.balance -= amount
    rtrans.transaction_break_point()
    dst.balance += amount
    dst.history.append(amount)


def main(argv: list[str]) -> int:
    a = Account("ann", 100)
    b = Account("bob", 50)
    transfer(a, b, projected(a, 3))
    print(a.owner, total([a, b]), time.time() > 0.0)   # the clock is I/O
    return 0


def rate(year: int) -> int:
    # a call keeps projected()'s loop from being quiet (passes/quiet_loops.c
    # would read the field once before it): the barrier leaves it instead
    return 20 + year % 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
