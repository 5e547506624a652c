# Bank transfers between accounts from several threads, each transfer
# under both accounts' locks taken in a fixed order; the total never
# changes and every transfer is counted.
from __future__ import annotations

import sys
import threading

# threads


class Account:
    ident: int
    balance: int
    lock: threading.Lock

    def __init__(self, ident: int, balance: int) -> None:
        self.ident = ident
        self.balance = balance
        self.lock = threading.Lock()


class Bank:
    accounts: list[Account]
    done: int
    stats_lock: threading.Lock

    def __init__(self, n: int, initial: int) -> None:
        self.accounts = [Account(i, initial) for i in range(n)]
        self.done = 0
        self.stats_lock = threading.Lock()

    def transfer(self, a: int, b: int, amount: int) -> bool:
        if a == b:
            return False
        first = self.accounts[min(a, b)]
        second = self.accounts[max(a, b)]
        src = self.accounts[a]
        dst = self.accounts[b]
        with first.lock:
            with second.lock:
                if src.balance < amount:
                    return False
                src.balance -= amount
                dst.balance += amount
        with self.stats_lock:
            self.done += 1
        return True

    def total(self) -> int:
        return sum(a.balance for a in self.accounts)


def client(bank: Bank, seed: int, rounds: int, result: list[int]) -> None:
    x = seed
    ok = 0
    n = len(bank.accounts)
    for _ in range(rounds):
        x = (x * 1103515245 + 12345) % 2147483648
        a = x % n
        b = (x // n) % n
        amount = (x // (n * n)) % 50 + 1
        if bank.transfer(a, b, amount):
            ok += 1
    result[seed] = ok


def main(argv: list[str]) -> int:
    bank = Bank(10, 1000)
    results = [0] * 4
    threads = [threading.Thread(target=client, args=(bank, s, 5000, results)) for s in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("total", bank.total())
    print("transfers counted", bank.done == sum(results))
    print("no negative balance", all(a.balance >= 0 for a in bank.accounts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: total 10000
# expect: transfers counted True
# expect: no negative balance True
