# Arithmetic and ordering on an 'int | float' union (what a calculator or a SQL
# engine computes with): int with int stays int, a float makes a float, as in
# CPython, with its ZeroDivisionError messages; float(), int() and unary minus.
from typing import Union

Num = Union[int, float]


def parse(text: str) -> Num:
    return float(text) if "." in text or "e" in text else int(text)


def describe(a: Num, b: Num) -> str:
    parts = [a + b, a - b, a * b, a // b if b else 0, a % b if b else 0, -a]
    return " ".join(repr(p) for p in parts) + f" | {a / b if b else 'inf'} {a < b} {a <= b} {a > b} {a >= b}"


def main() -> None:
    vals = [parse(t) for t in ["7", "-3", "2.5", "0.5", "10", "-7.25", "0"]]
    for a in vals:
        for b in vals[:4]:
            print(a, b, describe(a, b))
    total: Num = 0
    for v in vals:
        total = total + v * 2
    print(total, type(total).__name__, float(total), int(total))
    big: Num = 2 ** 62
    print(big + 1, big // 4 * 3, float(big), big > 1e18, 3 < big)
    nan = parse("1e400") - parse("1e400")
    print(nan < 1, nan >= 1, 1 <= nan, nan > nan)
    try:
        print(parse("1") // parse("0"))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(parse("1.5") % parse("0"))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(parse("3") / parse("0"))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(int(parse("-2.75")), float(parse("4")), -parse("0.0"), -parse("5"))


main()

# expect: 7 7 14 0 49 1 0 -7 | 1.0 False True False True
# expect: 7 -3 4 10 -21 -3 -2 -7 | -2.3333333333333335 False False True True
# expect: 7 2.5 9.5 4.5 17.5 2.0 2.0 -7 | 2.8 False False True True
# expect: 7 0.5 7.5 6.5 3.5 14.0 0.0 -7 | 14.0 False False True True
# expect: -3 7 4 -10 -21 -1 4 3 | -0.42857142857142855 True True False False
# expect: -3 -3 -6 0 9 1 0 3 | 1.0 False True False True
# expect: -3 2.5 -0.5 -5.5 -7.5 -2.0 2.0 3 | -1.2 True True False False
# expect: -3 0.5 -2.5 -3.5 -1.5 -6.0 0.0 3 | -6.0 True True False False
# expect: 2.5 7 9.5 -4.5 17.5 0.0 2.5 -2.5 | 0.35714285714285715 True True False False
# expect: 2.5 -3 -0.5 5.5 -7.5 -1.0 -0.5 -2.5 | -0.8333333333333334 False False True True
# expect: 2.5 2.5 5.0 0.0 6.25 1.0 0.0 -2.5 | 1.0 False True False True
# expect: 2.5 0.5 3.0 2.0 1.25 5.0 0.0 -2.5 | 5.0 False False True True
# expect: 0.5 7 7.5 -6.5 3.5 0.0 0.5 -0.5 | 0.07142857142857142 True True False False
# expect: 0.5 -3 -2.5 3.5 -1.5 -1.0 -2.5 -0.5 | -0.16666666666666666 False False True True
# expect: 0.5 2.5 3.0 -2.0 1.25 0.0 0.5 -0.5 | 0.2 True True False False
# expect: 0.5 0.5 1.0 0.0 0.25 1.0 0.0 -0.5 | 1.0 False True False True
# expect: 10 7 17 3 70 1 3 -10 | 1.4285714285714286 False False True True
# expect: 10 -3 7 13 -30 -4 -2 -10 | -3.3333333333333335 False False True True
# expect: 10 2.5 12.5 7.5 25.0 4.0 0.0 -10 | 4.0 False False True True
# expect: 10 0.5 10.5 9.5 5.0 20.0 0.0 -10 | 20.0 False False True True
# expect: -7.25 7 -0.25 -14.25 -50.75 -2.0 6.75 7.25 | -1.0357142857142858 True True False False
# expect: -7.25 -3 -10.25 -4.25 21.75 2.0 -1.25 7.25 | 2.4166666666666665 True True False False
# expect: -7.25 2.5 -4.75 -9.75 -18.125 -3.0 0.25 7.25 | -2.9 True True False False
# expect: -7.25 0.5 -6.75 -7.75 -3.625 -15.0 0.25 7.25 | -14.5 True True False False
# expect: 0 7 7 -7 0 0 0 0 | 0.0 True True False False
# expect: 0 -3 -3 3 0 0 0 0 | -0.0 False False True True
# expect: 0 2.5 2.5 -2.5 0.0 0.0 0.0 0 | 0.0 True True False False
# expect: 0 0.5 0.5 -0.5 0.0 0.0 0.0 0 | 0.0 True True False False
# expect: 19.5 float 19.5 19
# expect: 4611686018427387905 3458764513820540928 4.611686018427388e+18 True True
# expect: False False False False
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: float modulo
# expect: ZeroDivisionError: division by zero
# expect: -2 4.0 -0.0 -5
