# ValueError messages of int(), float(), list.remove, list.index,
# str.index, chr(), and math domain errors.
import math
import sys


def main(argv: list[str]) -> int:
    xs = [1, 2]
    for k in range(11):
        try:
            if k == 0:
                print(int("12x"))
            elif k == 1:
                print(int(""))
            elif k == 2:
                print(int("1.5"))
            elif k == 3:
                print(int("g", 16))
            elif k == 4:
                print(float("abc"))
            elif k == 5:
                xs.remove(9)
            elif k == 6:
                print(xs.index(7))
            elif k == 7:
                print("abc".index("z"))
            elif k == 8:
                print(chr(-1))
            elif k == 9:
                print(math.sqrt(-1.0))
            else:
                print(math.log(0.0))
        except ValueError as e:
            print(k, "ValueError:", str(e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0 ValueError: invalid literal for int() with base 10: '12x'
# expect: 1 ValueError: invalid literal for int() with base 10: ''
# expect: 2 ValueError: invalid literal for int() with base 10: '1.5'
# expect: 3 ValueError: invalid literal for int() with base 16: 'g'
# expect: 4 ValueError: could not convert string to float: 'abc'
# expect: 5 ValueError: list.remove(x): x not in list
# expect: 6 ValueError: 7 is not in list
# expect: 7 ValueError: substring not found
# expect: 8 ValueError: chr() arg not in range(0x110000)
# expect: 9 ValueError: math domain error
# expect: 10 ValueError: math domain error
