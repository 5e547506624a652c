# f-string format specs on floats: precision and the types f F e E g G %,
# width, alignment, sign, zero padding, thousands separator, inf and nan.
import math
import sys


def main(argv: list[str]) -> int:
    x = 3.14159265
    y = -1234.5
    print(f"[{x:.2f}] [{x:.0f}] [{y:.1f}] [{x:10.3f}] [{x:<10.3f}] [{x:^10.3f}]")
    print(f"[{x:e}] [{x:.2e}] [{y:E}] [{1e-10:.3e}] [{0.0:e}]")
    print(f"[{x:g}] [{1e20:g}] [{1e-5:g}] [{123456789.0:g}] [{0.0001:G}] [{1e20:G}]")
    print(f"[{x:.3g}] [{2.5:.0f}] [{3.5:.0f}] [{0.125:.2f}] [{0.375:.2f}]")
    print(f"[{0.25:%}] [{0.25:.1%}] [{1.5:.0%}]")
    print(f"[{x:+.2f}] [{x: .2f}] [{y:+.2f}] [{x:08.3f}] [{y:010.2f}]")
    print(f"[{y:,.2f}] [{1234567.891:,.1f}] [{1234567.891:,}]")
    print(f"[{x:F}] [{math.inf:f}] [{math.inf:F}] [{-math.inf:.2f}] [{math.nan:f}] [{math.nan:F}]")
    print(f"[{x:*>12.4f}] [{x:_<9.1f}] [{x}] [{y}] [{1e22}] [{1e-7}]")
    print(f"[{2.0:.3}] [{1234.5678:.6}] [{0.1:.17f}]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [3.14] [3] [-1234.5] [     3.142] [3.142     ] [  3.142   ]
# expect: [3.141593e+00] [3.14e+00] [-1.234500E+03] [1.000e-10] [0.000000e+00]
# expect: [3.14159] [1e+20] [1e-05] [1.23457e+08] [0.0001] [1E+20]
# expect: [3.14] [2] [4] [0.12] [0.38]
# expect: [25.000000%] [25.0%] [150%]
# expect: [+3.14] [ 3.14] [-1234.50] [0003.142] [-001234.50]
# expect: [-1,234.50] [1,234,567.9] [1,234,567.891]
# expect: [3.141593] [inf] [INF] [-inf] [nan] [NAN]
# expect: [******3.1416] [3.1______] [3.14159265] [-1234.5] [1e+22] [1e-07]
# expect: [2.0] [1234.57] [0.10000000000000001]
