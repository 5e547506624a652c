# C imports under --stm: a call of a C function named in safe= needs no
# inevitable transaction; any other C call gets an STM_INEVITABLE first,
# and one barrier covers the C calls after it until the transaction may
# break.  The wrappers that can raise (str argument, int narrower than 64
# bits) end their block.
# dump-ir: stm_inevitable norm io_twice
import sys

import rtrans
from rtrans.c import include

libm = include("math.h", safe=["sqrt", "fabs"])
stdio = include("stdio.h")


def norm(x: float, y: float) -> float:
    return libm.sqrt(libm.fabs(x * x + y * y))


def io_twice(a: str, b: str) -> int:
    r = stdio.remove(a) + stdio.remove(b)
    rtrans.transaction_break_point()
    return r + int(libm.ldexp(1.0, 3))


def main(argv: list[str]) -> int:
    print(norm(3.0, 4.0), io_twice("x", "y"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
