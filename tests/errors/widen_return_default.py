# Numbers returned, or given as defaults, where a wider type is expected:
# CPython returns (or binds) the int itself.
import sys


def ratio(n: int) -> float:
    if n == 0:
        return 0
    return n / 2


def count(flag: bool) -> int:
    return flag


def pair(n: int) -> tuple[float, int]:
    return (n, n)


def maybe(n: int) -> tuple[str, float] | None:
    return ("n", -1) if n else None


def scale(x: float, factor: float = 1, limit: int = False) -> float:
    return x * factor


class Gauge:
    level: float = 0

    def __init__(self) -> None:
        pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:16: incompatible return value: expected 'float', got 'int': write 0.0 (CPython would keep the int)
# expect error: 13:12: incompatible return value: expected 'int', got 'bool': write int(flag) (CPython would keep the bool)
# expect error: 17:12: incompatible return value: expected 'tuple[float, int]', got 'tuple[int, int]': write float(n) (CPython would keep the int)
# expect error: 21:12: incompatible return value: expected 'tuple[str, float] | None', got 'tuple[str, int] | None': write -1.0 (CPython would keep the int)
# expect error: 24:37: default value of 'factor' has type 'int', expected 'float': write 1.0 (CPython would keep the int)
# expect error: 24:53: default value of 'limit' has type 'bool', expected 'int': write 0 (CPython would keep the bool)
# expect error: 29:20: incompatible types in assignment: expected 'float', got 'int': write 0.0 (CPython would keep the int)
