# A subclass without __init__ inherits its base's; a subclass adding
# methods only; calling base methods on subclass instances.
import sys


class Base:
    label: str
    n: int

    def __init__(self, label: str, n: int = 1) -> None:
        self.label = label
        self.n = n

    def show(self) -> str:
        return f"{self.kind()}:{self.label}:{self.n}"

    def kind(self) -> str:
        return "base"


class Child(Base):
    def kind(self) -> str:
        return "child"

    def double(self) -> int:
        return self.n * 2


def main(argv: list[str]) -> int:
    c = Child("c", 21)
    print(c.show(), c.double())
    print(Child("d").show(), Base("b").show())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: child:c:21 42
# expect: child:d:1 base:b:1
