# issue 8: a class attribute holding a dispatch table of lambdas and module
# functions, read through the class and through instances.
from typing import Callable


def power(a: float, b: float) -> float:
    return a ** b


class Calc:
    OPS: dict[str, Callable[[float, float], float]] = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "^": power,
    }
    NAMES = ["add", "sub"]

    def apply(self, op: str, a: float, b: float) -> float:
        return self.OPS[op](a, b)


c = Calc()
print(c.apply("+", 1.5, 2.0), c.apply("^", 2.0, 10.0), Calc.OPS["-"](1.0, 4.0))
print(sorted(Calc.OPS), Calc.NAMES)

# expect: 3.5 1024.0 -3.0
# expect: ['*', '+', '-', '^'] ['add', 'sub']
