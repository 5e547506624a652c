# A test of a field (`if self.parent is not None:`) narrows it until a
# call that may assign a field of that name, or an assignment; past that the
# field has its declared type again, and the error says how to keep it.
import sys


class Node:
    def __init__(self, parent: "Node | None") -> None:
        self.parent = parent
        self.size: int | None = None

    def log(self) -> None:
        print("log")

    def detach(self) -> None:
        self.parent = None

    def up(self) -> "Node":
        if self.parent is not None:
            self.log()                  # cannot assign .parent: still a Node
            p = self.parent
            self.detach()
            print(p)
            return self.parent
        return self

    def grow(self, other: "Node") -> int:
        if self.size is not None:
            other.size = 3
            return self.size + 1
        return 0

    def __repr__(self) -> str:
        return "Node"


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 24:20: incompatible return value: expected 'Node', got 'Node | None': 'self.parent' may be None here (a test of a field lasts until a call that may assign it); copy it into a variable and test that
# expect error: 30:30: unsupported operand types for +: 'int | None' and 'int' ('self.size' may be None here: a test of a field lasts until a call that may assign it; copy it into a variable and test that)
