# A name defined twice at module level, a field declared twice.
import sys


def helper() -> int:
    return 1


def helper() -> int:
    return 2


class Base:
    x: int
    x: int

    def __init__(self) -> None:
        self.x = 0

    def get(self) -> int:
        return self.x

    def get(self) -> int:
        return 0


class Derived(Base):
    x: int
    get: int


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 9:1: 'helper' is already defined (line 5)
# expect error: 15:5: field 'x' is already declared
# expect error: 23:5: method 'get' is already defined in class 'Base'
# expect error: 28:5: field 'x' is already declared in base class 'Base'
# expect error: 29:5: 'get' is already a method
