# Numbers passed where a wider type is expected: user functions, methods,
# constructors, function values, container methods and threads keep the
# argument as it is in CPython.  (Prelude parameters of a fixed number type
# convert, as CPython's math.sqrt(2) does: no error there.)
import math
import sys
import threading
from typing import Callable


class Meter:
    value: float

    def __init__(self, value: float) -> None:
        self.value = value

    def add(self, amount: float, times: int = 1) -> None:
        self.value += amount * times


def scale(x: float, factor: float) -> float:
    return x * factor


def work(x: float) -> None:
    print(x)


def f(n: int, flag: bool, xs: list[float], d: dict[str, float], counts: set[int]) -> None:
    print(scale(3, 2.0), scale(2.0, factor=n))
    m = Meter(0)
    m.add(1.5, times=flag)
    g: Callable[[float, float], float] = scale
    print(g(n, 1.0), math.sqrt(n), round(flag))
    xs.append(1)
    xs.insert(0, n)
    print(d.get("k", 0))
    counts.add(flag)
    t = threading.Thread(target=work, args=(n,))
    t.start()


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 30:17: argument 1 of 'scale' has type 'int', expected 'float': write 3.0 (CPython would keep the int)
# expect error: 30:44: argument 2 of 'scale' has type 'int', expected 'float': write float(n) (CPython would keep the int)
# expect error: 31:15: argument 1 of 'Meter' has type 'int', expected 'float': write 0.0 (CPython would keep the int)
# expect error: 32:22: argument 2 of 'add' has type 'bool', expected 'int': write int(flag) (CPython would keep the bool)
# expect error: 34:13: argument 1 has type 'int', expected 'float': write float(n) (CPython would keep the int)
# expect error: 35:15: argument 1 of 'append' has type 'int', expected 'float': write 1.0 (CPython would keep the int)
# expect error: 36:18: argument 2 of 'insert' has type 'int', expected 'float': write float(n) (CPython would keep the int)
# expect error: 37:22: argument 2 of 'get' has type 'int', expected 'float': write 0.0 (CPython would keep the int)
# expect error: 38:16: argument 1 of 'add' has type 'bool', expected 'int': write int(flag) (CPython would keep the bool)
# expect error: 39:45: Thread argument 1 has type 'int', expected 'float': write float(n) (CPython would keep the int)
