# Helper module for mod_import.
FACTOR = 10
CALLS = 0
NAMES: list[str] = []


class Stack:
    items: list[int]

    def __init__(self) -> None:
        self.items = []

    def push(self, v: int) -> None:
        self.items.append(v)

    def pop(self) -> int:
        return self.items.pop()

    def size(self) -> int:
        return len(self.items)


def describe(s: Stack) -> str:
    return f"stack of {s.size()}: {s.items}"


def record(name: str) -> None:
    global CALLS
    CALLS += 1
    NAMES.append(name)


def scaled(x: int) -> int:
    return x * FACTOR
