# A class with declared fields, __init__, methods that read and write
# fields, and methods calling each other through self.
import sys


class Counter:
    name: str
    value: int
    history: list[int]

    def __init__(self, name: str) -> None:
        self.name = name
        self.value = 0
        self.history = []

    def bump(self, by: int) -> None:
        self.value += by
        self.history.append(self.value)

    def bump_twice(self, by: int) -> int:
        self.bump(by)
        self.bump(by)
        return self.value

    def summary(self) -> str:
        return f"{self.name}={self.value} via {self.history}"


def main(argv: list[str]) -> int:
    c = Counter("clicks")
    c.bump(2)
    print(c.bump_twice(5))
    print(c.summary())
    d = Counter("other")
    d.value = 40
    d.bump(2)
    print(d.summary(), c.value)
    c.name = "renamed"
    print(c.name, len(c.history))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 12
# expect: clicks=12 via [2, 7, 12]
# expect: other=42 via [42] 12
# expect: renamed 3
