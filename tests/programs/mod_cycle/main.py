# Modules that import each other (objects <-> interp), as CPython runs
# them: interp's top-level code runs first, while objects is only partly
# initialised, and touches nothing of it; afterwards functions and classes
# of each use the other's freely.
import sys

import objects
from interp import Frame, STATS, run


def main(argv: list[str]) -> int:
    f = Frame("main")
    for n in [1, 2, 3, 4]:
        f.push(objects.wrap_int(n))
    print(run(f), objects.describe(objects.W_Int(0), f))
    g = Frame("strings")
    g.push(objects.W_Str("ab"))
    g.push(objects.W_Str("cd"))
    print(run(g))
    h = Frame("mixed")
    h.push(objects.W_Int(1))
    h.push(objects.W_Str("x"))
    try:
        run(h)
    except TypeError as e:
        print("TypeError:", e)
    print(STATS.created, STATS.ops)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: interp: loaded first (objects is only partially initialised here)
# expect: objects: loaded after interp, as CPython runs them
# expect: W_Int(10) int in main
# expect: W_Str('abcd')
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: 7 5
