# Every lambda of a dispatch table is checked and each wrong one reported
# in the same run (16 entries, 12 of them wrong), and so are lambdas whose
# parameter types nothing gives.
import sys
from typing import Callable


OPS: dict[str, Callable[[int, int], int]] = {
    "add": lambda a, b: a + b + "x",
    "sub": lambda a, b: a.upper(),
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "mod": lambda a, b: undefined_name,
    "pow": lambda a: a,
    "and": lambda a, b: str(a),
    "or": lambda a, b: a | b,
    "xor": lambda a, b, c: a,
    "lsh": lambda a, b: a << b,
    "rsh": lambda a, b: [a, b],
    "min": lambda a, b: min(a, b),
    "neg": lambda a, b: -a.real_part,
    "cmp": lambda a, b: a < b,
    "len": lambda a, b: len(a),
    "idx": lambda a, b: a[b],
}

TABLE = {
    "x": lambda a: a,
    "y": lambda a: a,
}


def main(argv: list[str]) -> int:
    ops2 = [lambda a: a + 1, lambda b: b.x]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 9:31: unsupported operand types for +: 'int' and 'str'
# expect error: 10:27: 'int' has no attribute 'upper'
# expect error: 12:27: the lambda returns 'float', expected 'int'
# expect error: 13:25: name 'undefined_name' is not defined
# expect error: 14:12: this lambda takes 1 parameter but 'Callable[[int, int], int]' is expected
# expect error: 15:29: the lambda returns 'str', expected 'int'
# expect error: 17:12: this lambda takes 3 parameters but 'Callable[[int, int], int]' is expected
# expect error: 19:25: the lambda returns 'list[int]', expected 'int'
# expect error: 21:28: 'int' has no attribute 'real_part'
# expect error: 22:27: the lambda returns 'bool', expected 'int': write int(...) (CPython would keep the bool)
# expect error: 23:29: object of type 'int' has no len()
# expect error: 24:25: 'int' is not subscriptable
# expect error: 28:10: cannot infer the types of this lambda's parameters: use it where a Callable is expected, e.g. annotate the variable (f: Callable[[int], int] = lambda x: ...)
# expect error: 29:10: cannot infer the types of this lambda's parameters: use it where a Callable is expected, e.g. annotate the variable (f: Callable[[int], int] = lambda x: ...)
# expect error: 34:13: cannot infer the types of this lambda's parameters: use it where a Callable is expected, e.g. annotate the variable (f: Callable[[int], int] = lambda x: ...)
# expect error: 34:30: cannot infer the types of this lambda's parameters: use it where a Callable is expected, e.g. annotate the variable (f: Callable[[int], int] = lambda x: ...)
