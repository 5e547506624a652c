# Every ZeroDivisionError message: int // % / divmod, float / // % divmod,
# and 0.0 to a negative power.
import sys


def attempt(label: str, n: int) -> None:
    zero = 0
    fzero = 0.0
    try:
        if n == 0:
            print(7 // zero)
        elif n == 1:
            print(7 % zero)
        elif n == 2:
            print(7 / zero)
        elif n == 3:
            print(divmod(7, zero))
        elif n == 4:
            print(7.5 / fzero)
        elif n == 5:
            print(7.5 // fzero)
        elif n == 6:
            print(7.5 % fzero)
        elif n == 7:
            print(divmod(7.5, fzero))
        elif n == 8:
            print(fzero ** -1.0)
        elif n == 9:
            print(7 / fzero)
        else:
            x = 1
            x //= zero
    except ZeroDivisionError as e:
        print(label, "->", str(e))


def main(argv: list[str]) -> int:
    labels = ["int //", "int %", "int /", "divmod int", "float /", "float //",
              "float %", "divmod float", "0.0 ** -1", "int / float", "//="]
    for i, label in enumerate(labels):
        attempt(label, i)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: int // -> integer division or modulo by zero
# expect: int % -> integer modulo by zero
# expect: int / -> division by zero
# expect: divmod int -> integer division or modulo by zero
# expect: float / -> float division by zero
# expect: float // -> float floor division by zero
# expect: float % -> float modulo
# expect: divmod float -> float divmod()
# expect: 0.0 ** -1 -> 0.0 cannot be raised to a negative power
# expect: int / float -> float division by zero
# expect: //= -> integer division or modulo by zero
