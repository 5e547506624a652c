# a class-heavy simulation: a bank with accounts, an event queue, polymorphic transactions
import heapq

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.account = account

class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []
    def deposit(self, amount):
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"<{type(self).__name__} {self.id} {self.owner}: {self.balance}>"

class Savings(Account):
    rate = 0.02
    def month_end(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

class Checking(Account):
    fee = 1.5
    def withdraw(self, amount):
        super().withdraw(amount + self.fee)

class Transaction:
    def __init__(self, when):
        self.when = when
    def __lt__(self, other):
        return (self.when, self.order()) < (other.when, other.order())
    def order(self):
        return 0

class Transfer(Transaction):
    def __init__(self, when, src, dst, amount):
        super().__init__(when)
        self.src, self.dst, self.amount = src, dst, amount
    def apply(self, bank):
        self.src.withdraw(self.amount)
        self.dst.deposit(self.amount)
        return f"transfer {self.amount} {self.src.owner}->{self.dst.owner}"
    def order(self):
        return 1

class MonthEnd(Transaction):
    def apply(self, bank):
        total = sum(a.month_end() for a in bank.accounts if isinstance(a, Savings))
        return f"interest paid {total:.2f}"

class Bank:
    def __init__(self):
        self.accounts = []
        self.queue = []
        self.failures = 0
    def open(self, cls, *args):
        acct = cls(*args)
        self.accounts.append(acct)
        return acct
    def schedule(self, t):
        heapq.heappush(self.queue, t)
    def run(self):
        while self.queue:
            t = heapq.heappop(self.queue)
            try:
                msg = t.apply(self)
            except InsufficientFunds as e:
                self.failures += 1
                msg = f"FAILED: {e}"
            if t.when % 7 == 0 or msg.startswith("FAILED") or isinstance(t, MonthEnd):
                print(f"t={t.when:3d} {msg}")

bank = Bank()
people = ["ann", "bob", "cy", "dee", "eve"]
accts = [bank.open(Savings if i % 2 else Checking, p, 100 * (i + 1)) for i, p in enumerate(people)]
for step in range(60):
    src = accts[(step * 3) % len(accts)]
    dst = accts[(step * 7 + 1) % len(accts)]
    if src is not dst:
        bank.schedule(Transfer(step, src, dst, (step * 13) % 90 + 5))
    if step % 20 == 19:
        bank.schedule(MonthEnd(step))
bank.run()
for a in sorted(bank.accounts, key=lambda a: -a.balance):
    print(a, len(a.history))
print("failures", bank.failures, round(sum(a.balance for a in bank.accounts), 2))
