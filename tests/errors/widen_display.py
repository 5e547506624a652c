# Numbers kept in displays and comprehensions where number types mix or
# a wider item type is wanted: CPython keeps each item as it is.
import sys


def f(n: int, flag: bool) -> None:
    xs: list[float] = [1, 2.5]
    ys = [1, 2.5]
    zs: set[int] = {1, flag}
    d = {"a": 1, "b": 0.5}
    e: dict[str, float] = {"a": 1}
    squares: list[float] = [i * i for i in range(n)]
    table: dict[int, float] = {i: i for i in range(n)}
    copies: list[float] = list(range(n))
    pairs: list[tuple[float, str]] = [(i, "x") for i in range(n)]
    t: tuple[float, float] = (0.5, n)
    for x in (1, 2.5):
        print(x)
    print(xs, ys, zs, d, e, squares, table, copies, pairs, t)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 7:24: item has type 'int', expected 'float': write 1.0 (CPython would keep the int)
# expect error: 8:11: items of different types 'int' and 'float': write 1.0 (CPython would keep the int)
# expect error: 9:24: item has type 'bool', expected 'int': write int(flag) (CPython would keep the bool)
# expect error: 10:15: items of different types 'int' and 'float': write 1.0 (CPython would keep the int)
# expect error: 11:33: item has type 'int', expected 'float': write 1.0 (CPython would keep the int)
# expect error: 12:31: comprehension item has type 'int', expected 'float': write float(...) (CPython would keep the int)
# expect error: 13:35: comprehension item has type 'int', expected 'float': write float(i) (CPython would keep the int)
# expect error: 14:32: items have type 'int', expected 'float': convert them, e.g. [float(x) for x in ...] (CPython would keep the ints)
# expect error: 15:39: comprehension item has type 'tuple[int, str]', expected 'tuple[float, str]': write float(i) (CPython would keep the int)
# expect error: 16:30: incompatible types in assignment: expected 'tuple[float, float]', got 'tuple[float, int]': write float(n) (CPython would keep the int)
# expect error: 17:14: iterating over a tuple of mixed types is not supported
