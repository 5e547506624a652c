# C functions of <math.h> and <stdlib.h> read by libclang: signatures come
# from the header, ints pass where the C parameter is a double, results
# come back as float or int, and an int that does not fit the C parameter
# raises OverflowError in the wrapper.  sqrt, floor, pow are declared
# transaction-safe; ldexp and fabs are not (they run inevitably under --stm).
import sys

from rtrans.c import include

libm = include("math.h", safe=["sqrt", "floor", "pow"])
libc = include("stdlib.h", safe=["abs", "labs"])


def hypot_by_hand(a: float, b: float) -> float:
    return libm.sqrt(libm.pow(a, 2) + libm.pow(b, 2))


def main(argv: list[str]) -> int:
    print(libm.sqrt(2.0), libm.sqrt(16))
    print(libm.floor(2.5), libm.floor(-2.5), libm.floor(7))
    print(libm.pow(2, 10), libm.pow(2.0, 0.5), libm.pow(10, -2))
    print(libm.ldexp(1.5, 3), libm.ldexp(1.0, -1), libm.ldexp(3, 0))
    print(libm.fabs(-3.25), libm.fabs(0.0), libm.fabs(True))
    print(hypot_by_hand(3.0, 4.0))
    total = 0.0
    for i in range(1, 101):
        total += libm.floor(libm.sqrt(i))
    print(total)
    print(libc.abs(-42), libc.labs(-(2 ** 40)), libc.abs(7))
    try:
        libm.ldexp(1.0, 2 ** 40)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(libc.abs(-(2 ** 31) - 1))
    except OverflowError as e:
        print("OverflowError:", e)
    print(libc.abs(2 ** 31 - 1), libc.abs(-(2 ** 31) + 1))
    # glibc's cbrt is not correctly rounded: a C compiler that evaluated the
    # call at compile time would print 3.0 where CPython (libm) prints more.
    print(libm.cbrt(27.0), libm.exp(1.0), libm.sin(1e22))
    nan = libm.sqrt(-1.0)
    print(nan != nan, libm.pow(0.0, -1.0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1.4142135623730951 4.0
# expect: 2.0 -3.0 7.0
# expect: 1024.0 1.4142135623730951 0.01
# expect: 12.0 0.5 3.0
# expect: 3.25 0.0 1.0
# expect: 5.0
# expect: 625.0
# expect: 42 1099511627776 7
# expect: OverflowError: argument 2 of 'ldexp' does not fit in C 'int'
# expect: OverflowError: argument 1 of 'abs' does not fit in C 'int'
# expect: 2147483647 2147483647
# expect: 3.0000000000000004 2.718281828459045 -0.8522008497671888
# expect: True inf
