# Assignments must fit the variable's type.
import sys


class Animal:
    pass


class Cat(Animal):
    pass


def f() -> None:
    x = 1
    for i in range(3):
        print(x)
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

# expect error: 17:9: 'x' is assigned 'int' on line 14 and 'str' here, and a later use may see either: give the 'str' value another name
# expect error: 19:29: incompatible types in assignment: expected 'list[Animal]', got 'list[Cat]'
# expect error: 20:14: incompatible types in assignment: expected 'int', got 'float'
# expect error: 21:14: incompatible types in assignment: expected 'str', got 'None'
# expect error: 26:5: 'w' is annotated twice with different types
# expect error: 26:14: incompatible types in assignment: expected 'int', got 'str'
