# int() of infinity and NaN, and other conversions of special floats.
import math
import sys


def main(argv: list[str]) -> int:
    try:
        print(int(math.inf))
    except OverflowError as e:
        print("OverflowError:", str(e))
    try:
        print(int(math.nan))
    except ValueError as e:
        print("ValueError:", str(e))
    try:
        print(round(math.inf))
    except OverflowError as e:
        print("OverflowError:", str(e))
    print(math.isnan(math.nan), math.isinf(-math.inf), str(math.inf), repr(-math.nan))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: OverflowError: cannot convert float infinity to integer
# expect: ValueError: cannot convert float NaN to integer
# expect: OverflowError: cannot convert float infinity to integer
# expect: True True inf nan
