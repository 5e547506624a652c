# Items of displays must share a type.
import sys


def f() -> None:
    a = [1, "x"]
    b = {1: "a", "b": 2}
    c = {[1], [2]}
    l: list[int] = [1, "y"]
    d = {[1]: 2}


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:13: items of different types 'int' and 'str'; annotate the variable
# expect error: 7:18: items of different types 'int' and 'str'; annotate the variable
# expect error: 7:23: items of different types 'str' and 'int'; annotate the variable
# expect error: 8:9: 'list[int]' cannot be a set element
# expect error: 9:24: item has type 'str', expected 'int'
# expect error: 10:9: 'list[int]' cannot be used as a dict key
