# Narrowing after `assert x is not None`.
from __future__ import annotations

import sys


class Account:
    owner: str
    balance: int

    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance


def find(accounts: list[Account], owner: str) -> Account | None:
    for a in accounts:
        if a.owner == owner:
            return a
    return None


def main(argv: list[str]) -> int:
    accounts = [Account("ann", 10), Account("bob", 20)]
    a = find(accounts, "bob")
    assert a is not None
    print(a.owner, a.balance)
    name: str | None = "zed"
    assert name is not None, "name must be set"
    print(name.title())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: bob 20
# expect: Zed
