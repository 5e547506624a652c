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

