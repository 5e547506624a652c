# The built-in exception hierarchy: each class is caught by its bases.
import sys


def raise_kind(n: int) -> None:
    if n == 0:
        raise ZeroDivisionError("zd")
    if n == 1:
        raise OverflowError("of")
    if n == 2:
        raise IndexError("ix")
    if n == 3:
        raise KeyError("ky")
    if n == 4:
        raise FileNotFoundError("fnf")
    if n == 5:
        raise RecursionError("rec")
    if n == 6:
        raise NotImplementedError("ni")
    if n == 7:
        raise UnicodeError("uni")
    if n == 8:
        raise EOFError("eof")
    if n == 9:
        raise MemoryError("mem")
    if n == 10:
        raise NameError("nm")
    if n == 11:
        raise TypeError("ty")
    if n == 12:
        raise AttributeError("at")
    if n == 13:
        raise AssertionError("as")
    raise Exception("plain")


def classify(n: int) -> str:
    try:
        raise_kind(n)
    except ArithmeticError as e:
        return "ArithmeticError " + str(e)
    except LookupError as e:
        return "LookupError " + str(e)
    except OSError as e:
        return "OSError " + str(e)
    except RuntimeError as e:
        return "RuntimeError " + str(e)
    except ValueError as e:
        return "ValueError " + str(e)
    except Exception as e:
        return "Exception " + str(e)
    return "none"


def main(argv: list[str]) -> int:
    for n in range(15):
        print(n, classify(n))
    try:
        raise SystemExit()
    except BaseException:
        print("SystemExit is a BaseException")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0 ArithmeticError zd
# expect: 1 ArithmeticError of
# expect: 2 LookupError ix
# expect: 3 LookupError 'ky'
# expect: 4 OSError fnf
# expect: 5 RuntimeError rec
# expect: 6 RuntimeError ni
# expect: 7 ValueError uni
# expect: 8 Exception eof
# expect: 9 Exception mem
# expect: 10 Exception nm
# expect: 11 Exception ty
# expect: 12 Exception at
# expect: 13 Exception as
# expect: 14 Exception plain
# expect: SystemExit is a BaseException
