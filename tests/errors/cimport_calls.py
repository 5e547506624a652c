# Calls of C functions checked against the header's declarations: unknown
# names, macros and variables, argument counts and types, keywords, and a
# C function used as a value.
import sys

from rtrans.c import include

libm = include("math.h", safe=["sqrt"])
stdio = include("stdio.h")


def main(argv: list[str]) -> int:
    print(libm.sqrtt(2.0))
    print(libm.isnan(1.0))
    print(stdio.stdin())
    print(libm.sqrt(1.0, 2.0))
    print(libm.pow(2.0))
    print(libm.sqrt("4"))
    print(libm.ldexp(1.0, 2.5))
    print(stdio.remove(None))
    print(libm.sqrt(x=1.0))
    f = libm.floor
    s: str = libm.sqrt(2.0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 13:16: <math.h> declares no function 'sqrtt'
# expect error: 14:16: 'isnan' is a macro of <math.h>, not a function: only C functions can be called
# expect error: 15:17: 'stdin' is a variable of <stdio.h>, not a function
# expect error: 16:11: sqrt() takes 1 argument but 2 were given
# expect error: 17:11: pow() takes 2 arguments but 1 was given
# expect error: 18:21: argument 1 of 'sqrt' has type 'str', expected 'float'
# expect error: 19:27: argument 2 of 'ldexp' has type 'float', expected 'int'
# expect error: 20:24: argument 1 of 'remove' has type 'None', expected 'str'
# expect error: 21:21: C function 'sqrt' takes no keyword arguments
# expect error: 22:14: C function 'floor' can only be called, not used as a value: write libm.floor(...)
# expect error: 23:14: incompatible types in assignment: expected 'str', got 'float'
