# Class attributes: CPython creates a new attribute when one is assigned
# through a subclass or an instance; rtrans rejects both.  A class
# attribute's value is a constant or a display of constants.
import sys


def make() -> int:
    return 1


class Base:
    count = 0
    items = [make()]

    def reset(self) -> None:
        self.count = 0


class Sub(Base):
    pass


def main(argv: list[str]) -> int:
    Sub.count += 1
    b = Base()
    b.count += 1
    Base.count = "x"
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 13:14: the items of class attribute 'items' must be constants, module functions or lambdas whose defaults are constants
# expect error: 16:14: assigning 'count' through an instance would create an instance attribute hiding class attribute 'Base.count' (CPython); assign 'Base.count' to change the class attribute, or declare a field of another name
# expect error: 24:5: assigning 'Sub.count' would create a new class attribute of 'Sub' hiding 'Base.count' (CPython); assign 'Base.count'
# expect error: 26:7: assigning 'count' through an instance would create an instance attribute hiding class attribute 'Base.count' (CPython); assign 'Base.count' to change the class attribute, or declare a field of another name
# expect error: 27:18: incompatible types in assignment: expected 'int', got 'str'
