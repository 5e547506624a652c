# A variable may take a value of another type once its earlier values are
# dead (each web of assignments gets its own type); where two assignments
# of different types both reach one use, the second one is an error.
import sys


def f(flag: bool) -> None:
    x = 1
    if flag:
        x = "a"
    print(x)


def g(items: list[int]) -> int:
    total = 0
    for i in items:
        total = total + i
        if i < 0:
            total = None
    return total


def h(flag: bool) -> None:
    n = 0
    while flag:
        print(n)
        n = str(n)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 10:9: 'x' is assigned 'int' on line 8 and 'str' here, and a later use may see either: give the 'str' value another name
# expect error: 19:13: 'total' is assigned 'int' on line 15 and 'None' here, and a later use may see either: declare it 'total: int | None'
# expect error: 27:9: 'n' is assigned 'int' on line 24 and 'str' here, and a later use may see either: give the 'str' value another name
