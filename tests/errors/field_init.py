# Reference fields must be assigned on every path through __init__ before
# self is used.
import sys


class Node:
    name: str
    items: list[int]

    def __init__(self, flag: bool) -> None:
        if flag:
            self.name = "a"
        self.items = []

    def show(self) -> str:
        return self.name


class Early:
    name: str

    def __init__(self) -> None:
        print(self.name)
        self.name = "x"


class Escape:
    name: str

    def __init__(self) -> None:
        self.show()
        self.name = "x"

    def show(self) -> None:
        pass


class NoInit:
    name: str


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 10:5: '__init__' of 'Node' does not assign field 'name' on every path
# expect error: 23:15: field 'name' is used before assignment in __init__
# expect error: 31:9: 'self' is used before field 'name' is assigned
# expect error: 38:1: class 'NoInit' needs an __init__ that assigns field 'name'
