# Integers are 64-bit: literals from 2**63 up are allowed only inside
# rtrans.intmask(...), where arithmetic is modulo 2**64.
import sys
from rtrans import intmask

MASK = 0xFFFFFFFFFFFFFFFF
OK = intmask(0xFFFFFFFFFFFFFFFF)
NEG = -9223372036854775808


def f(x: int) -> int:
    y = intmask(x // 0xFFFFFFFFFFFFFFFF)
    z = intmask(x * 2.5)
    return intmask(x) + 0x8000000000000000


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 6:8: integer literal too large: int is 64-bit; inside rtrans.intmask(...) it is taken modulo 2**64
# expect error: 12:22: integer literal too large: int is 64-bit; inside rtrans.intmask(...) it is taken modulo 2**64
# expect error: 13:19: intmask() takes an int, not 'float'
# expect error: 14:25: integer literal too large: int is 64-bit; inside rtrans.intmask(...) it is taken modulo 2**64
