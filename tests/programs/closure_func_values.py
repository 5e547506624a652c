# Functions as values: lambdas typed from where they go, dispatch tables of
# lambdas, functions and bound methods, builtins, classes and unbound
# methods as function values.
import math
import sys
from typing import Callable, Optional


class Shape:
    name: str
    size: float

    def __init__(self, name: str, size: float) -> None:
        self.name = name
        self.size = size

    def area(self) -> float:
        return self.size * self.size

    def describe(self) -> str:
        return f"{self.name}({self.size})"


class Circle(Shape):
    def area(self) -> float:
        return 3.0 * self.size * self.size


class Calculator:
    acc: int

    def __init__(self) -> None:
        self.acc = 0

    def add(self, x: int) -> int:
        self.acc += x
        return self.acc

    def sub(self, x: int) -> int:
        self.acc -= x
        return self.acc


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(g(x))


def twice(x: int) -> int:
    return 2 * x


BINOPS: dict[str, Callable[[int, int], int]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "//": lambda a, b: a // b,
    "max": max,
    "pow": pow,
}

UNARY: list[Callable[[int], int]] = [abs, twice, lambda x: -x, lambda x: x * x]


def main(argv: list[str]) -> int:
    for op in ["+", "-", "*", "//", "max", "pow"]:
        print(op, BINOPS[op](7, 3))
    print([f(-4) for f in UNARY])
    print(apply(lambda x: x + 100, 1), apply(twice, 21), apply(abs, -9))
    inc_then_double = compose(twice, lambda x: x + 1)
    print(inc_then_double(4))
    k = 3
    scale: Callable[[int], int] = lambda x: x * k
    k = 5
    print(scale(2))
    answer = lambda: 42
    print(answer())
    calc = Calculator()
    ops: dict[str, Callable[[int], int]] = {"add": calc.add, "sub": calc.sub}
    ops["add"](10)
    ops["sub"](3)
    print(ops["add"](1), calc.acc)
    words = ["pear", "Fig", "apple", "banana", "Kiwi"]
    print(sorted(words, key=len))
    print(sorted(words, key=str.lower))
    print(sorted(words, key=lambda w: (len(w), w)))
    print(sorted(words, key=lambda w: w[-1], reverse=True))
    print(min(words, key=len), max(words, key=lambda w: w.lower()))
    words.sort(key=lambda w: w.upper())
    print(words)
    print(list(map(str, [1, 2, 3])), list(map(len, words)))
    print(list(map(int, ["7", "-2", "10"])))
    print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
    print(list(filter(lambda w: len(w) > 3, words)), list(filter(None, [0, 1, 0, 2])))
    print(list(map(math.sqrt, [4.0, 9.0])))
    shapes = [Shape("sq", 2.0), Circle("ci", 1.0), Shape("big", 3.0)]
    print([s.describe() for s in sorted(shapes, key=Shape.area)])
    area_of = Shape.area                  # the unbound method: never the override
    print(area_of(shapes[1]), shapes[1].area())
    print(Shape.describe(shapes[0]))
    makers: list[Callable[[str, float], Shape]] = [Shape, Circle]
    print([m("m", 2.0).area() for m in makers])
    print(list(map(Shape, ["a", "b"], [1.0, 2.0]))[1].describe())
    handler: Optional[Callable[[str], None]] = None
    if handler is None:
        handler = lambda s: print("handled", s)
    handler("event")
    callbacks: list[Callable[[int], None]] = []
    seen: list[int] = []
    callbacks.append(lambda x: seen.append(x))
    callbacks.append(lambda x: seen.append(x * 10))
    for cb in callbacks:
        cb(4)
    print(seen)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: + 10
# expect: - 4
# expect: * 21
# expect: // 2
# expect: max 7
# expect: pow 343
# expect: [4, -8, 4, 16]
# expect: 101 42 9
# expect: 10
# expect: 10
# expect: 42
# expect: 8 8
# expect: ['Fig', 'pear', 'Kiwi', 'apple', 'banana']
# expect: ['apple', 'banana', 'Fig', 'Kiwi', 'pear']
# expect: ['Fig', 'Kiwi', 'pear', 'apple', 'banana']
# expect: ['pear', 'Kiwi', 'Fig', 'apple', 'banana']
# expect: Fig pear
# expect: ['apple', 'banana', 'Fig', 'Kiwi', 'pear']
# expect: ['1', '2', '3'] [5, 6, 3, 4, 4]
# expect: [7, -2, 10]
# expect: [4, 10, 18]
# expect: ['apple', 'banana', 'Kiwi', 'pear'] [1, 2]
# expect: [2.0, 3.0]
# expect: ['ci(1.0)', 'sq(2.0)', 'big(3.0)']
# expect: 1.0 3.0
# expect: sq(2.0)
# expect: [4.0, 12.0]
# expect: b(2.0)
# expect: handled event
# expect: [4, 40]
