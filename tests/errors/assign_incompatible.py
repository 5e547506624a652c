# Assignments must fit the variable's type.
import sys


class Animal:
    pass


class Cat(Animal):
    pass


def f() -> None:
    x = 1
    x = "one"
    cats: list[Cat] = [Cat()]
    animals: list[Animal] = cats
    y: int = 2.5
    z: str = None


def g() -> None:
    w: int = 1
    w: str = ""


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 15:9: incompatible types in assignment: expected 'int', got 'str'
# expect error: 17:29: incompatible types in assignment: expected 'list[Animal]', got 'list[Cat]'
# expect error: 18:14: incompatible types in assignment: expected 'int', got 'float'
# expect error: 19:14: incompatible types in assignment: expected 'str', got 'None'
# expect error: 24:5: 'w' is annotated twice with different types
# expect error: 24:14: incompatible types in assignment: expected 'int', got 'str'
