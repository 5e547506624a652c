# Numbers kept where a wider type is expected: assignments.
import sys

RATE: float = 1


class Point:
    x: float
    y: float = 0
    n: int

    def __init__(self, x: int) -> None:
        self.x = x
        self.n = True


def f(xs: list[float], d: dict[str, int], keys: dict[int, str], flag: bool) -> None:
    total: float = 0
    total = 2
    xs[0] = 1
    d["a"] = flag
    keys[True] = "one"
    a: float = 0.5
    b = 1
    a, b = 2, 3
    for a in [1, 2]:
        pass
    c: int = -4
    c = False


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 4:15: incompatible types in assignment: expected 'float', got 'int': write 1.0 (CPython would keep the int)
# expect error: 9:16: incompatible types in assignment: expected 'float', got 'int': write 0.0 (CPython would keep the int)
# expect error: 13:18: incompatible types in assignment: expected 'float', got 'int': write float(x) (CPython would keep the int)
# expect error: 14:18: incompatible types in assignment: expected 'int', got 'bool': write 1 (CPython would keep the bool)
# expect error: 18:20: incompatible types in assignment: expected 'float', got 'int': write 0.0 (CPython would keep the int)
# expect error: 19:13: incompatible types in assignment: expected 'float', got 'int': write 2.0 (CPython would keep the int)
# expect error: 20:13: incompatible types in assignment: expected 'float', got 'int': write 1.0 (CPython would keep the int)
# expect error: 21:14: incompatible types in assignment: expected 'int', got 'bool': write int(flag) (CPython would keep the bool)
# expect error: 22:10: 'dict[int, str]' index must be 'int', not 'bool': write 1 (CPython would keep the bool)
# expect error: 25:5: incompatible types in assignment: expected 'float', got 'int': CPython would keep the int
# expect error: 26:9: incompatible types in assignment: expected 'float', got 'int': CPython would keep the int
# expect error: 29:9: incompatible types in assignment: expected 'int', got 'bool': write 0 (CPython would keep the bool)
