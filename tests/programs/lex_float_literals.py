# Float literals: all written forms and their repr.
import sys


def main(argv: list[str]) -> int:
    print(1.5, .5, 5., 1e10, 2.5e-3)
    print(1E5, 1e+5, 1.e2, 0.0, 00.5)
    print(1_000.5, 1e1_0, 3.141_592)
    print(123456789.0, 1e16, 1e-4, 1e-5, 0.1 + 0.2)
    x = .25
    y = 4.
    print(x * y, x / y)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1.5 0.5 5.0 10000000000.0 0.0025
# expect: 100000.0 100000.0 100.0 0.0 0.5
# expect: 1000.5 10000000000.0 3.141592
# expect: 123456789.0 1e+16 0.0001 1e-05 0.30000000000000004
# expect: 1.0 0.0625
