# A small bank: accounts with properties and validation, custom exceptions
# with extra fields, transfers that roll back, a ledger sorted several ways.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} "
                         f"(balance {account.balance:.2f})")
        self.account = account
        self.amount = amount


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = 0.0
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
        if balance:
            self.deposit(balance)

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self._balance:.2f})"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

    def __repr__(self):
        return "Savings" + super().__repr__()


def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except ValueError:
        src.deposit(amount)     # roll back
        raise


accounts = [Account("ann", 100), SavingsAccount("bob", 250.5, rate=0.05),
            Account("cid"), SavingsAccount("dee", 80)]
transfer(accounts[0], accounts[2], 30)
try:
    transfer(accounts[2], accounts[3], 500)
except InsufficientFunds as e:
    print("refused:", e, "| short by", round(e.amount - e.account.balance, 2))
try:
    accounts[1].deposit(-5)
except ValueError as e:
    print("refused:", e)
for acc in accounts:
    if isinstance(acc, SavingsAccount):
        print(acc.owner, "earns", acc.add_interest())
print(sorted(accounts, key=lambda a: a.balance))
print(max(accounts, key=lambda a: len(a.history)).history)
print({a.owner: a.balance for a in accounts if a.balance > 50})
total = sum(a.balance for a in accounts)
print(f"total {total:,.2f} over {len(accounts)} accounts, "
      f"mean {total / len(accounts):.3f}")
print([type(a).__name__ for a in accounts], Account._next_id)
