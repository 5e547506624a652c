# The runtime fuzz target: a translated program that applies the library's
# parsing, formatting, string and arithmetic operations to inputs made by
# tests/fuzz/runtime/gen_input.py, one operation per line of standard
# input ("OP\tARG\tARG...").  tests/fuzz/runtime/test_rt_fuzz.c runs it
# translated and under CPython on the same seeded input: the outputs must
# be equal, line for line.  Every exception a valid input may raise is
# caught and printed, so one input line never hides the next ones.
import sys


def show(label: str, value: str) -> None:
    print(label, value)


def op_int(args: list[str]) -> None:
    try:
        show("int", repr(int(args[0])))
    except ValueError as e:
        show("int ValueError", str(e))


def op_int_base(args: list[str]) -> None:
    try:
        show("intb", repr(int(args[0], int(args[1]))))
    except ValueError as e:
        show("intb ValueError", str(e))


def op_float(args: list[str]) -> None:
    try:
        x = float(args[0])
        show("float", repr(x))
        show("float str", str(x))
    except ValueError as e:
        show("float ValueError", str(e))


def op_fmt_int(args: list[str]) -> None:
    n = int(args[0])
    show("fi", f"{n}|{n:d}|{n:x}|{n:X}|{n:o}|{n:b}|{n:,}|{n:+}|{n: }|{n:010}")
    show("fi", f"{n:>12}|{n:<12}|{n:^12}|{n:*^15}|{n:#x}|{n:#o}|{n:#b}|{n:e}|{n:.3f}|{n:%}")
    show("fi", f"{n!r}|{str(n)}|{abs(n)}|{n // 7}|{n % 7}|{-n}|{n >> 3}|{n & 255}")


def op_fmt_float(args: list[str]) -> None:
    x = float(args[0])
    show("ff", f"{x}|{x!r}|{x:f}|{x:.0f}|{x:.3f}|{x:e}|{x:.2E}|{x:g}|{x:.12g}|{x:G}")
    show("ff", f"{x:>14.4f}|{x:<+10.1f}|{x:^16e}|{x:010.2f}|{x:,.2f}|{x:%}|{x:.1%}")
    if x == x and x != x + 1.0 and abs(x) < 1e15:
        show("ff round", f"{round(x)}|{round(x, 2)}|{round(x, -1)}|{int(x)}")
    else:
        show("ff special", f"{x}")


def op_float_bits(args: list[str]) -> None:
    mant = int(args[0])
    exp = int(args[1])
    x = float(mant) * 2.0 ** exp
    show("fb", f"{x!r}|{x:.17g}|{x:e}")


def op_str(args: list[str]) -> None:
    s = args[0]
    a = args[1]
    b = args[2]
    show("s repr", repr(s))
    show("s len", str(len(s)))
    show("s case", repr(s.upper()) + repr(s.lower()) + repr(s.title()) + repr(s.capitalize()))
    show("s is", f"{s.isdigit()}{s.isalpha()}{s.isalnum()}{s.isspace()}{s.isupper()}{s.islower()}")
    show("s strip", repr(s.strip()) + repr(s.lstrip(a)) + repr(s.rstrip(a)))
    show("s pad", repr(s.ljust(12, "*")) + repr(s.rjust(9)) + repr(s.center(11, "-")) + repr(s.zfill(8)))
    if a != "":
        show("s find", f"{s.find(a)} {s.rfind(a)} {s.count(a)} {s.startswith(a)} {s.endswith(a)}")
        show("s split", repr(s.split(a)) + repr(s.rsplit(a, 1)))
        show("s repl", repr(s.replace(a, b)))
        show("s part", repr(s.partition(a)) + repr(s.rpartition(a)))
        try:
            show("s index", str(s.index(a)))
        except ValueError as e:
            show("s index ValueError", str(e))
    show("s ws", repr(s.split()) + repr(b.join(s.split())))
    show("s slice", repr(s[1:]) + repr(s[::-1]) + repr(s[-3:]) + repr(s[::2]))


def op_ord(args: list[str]) -> None:
    s = args[0]
    codes = [ord(c) for c in s]
    show("ord", repr(codes))
    show("chr", repr("".join([chr(c) for c in codes])))


def op_arith(args: list[str]) -> None:
    a = int(args[0])
    b = int(args[1])
    show("ar", f"{a + b} {a - b} {a * b} {a == b} {a < b} {max(a, b)} {min(a, b)}")
    try:
        show("ar div", f"{a // b} {a % b} {divmod(a, b)} {a / b!r}")
    except ZeroDivisionError as e:
        show("ar ZeroDivisionError", str(e))
    base = a % 2001 - 1000      # small enough for a ** 4 to stay in 64 bits
    e = abs(b) % 5
    show("ar pow", f"{base ** e} {pow(base, e)}")


def op_float_arith(args: list[str]) -> None:
    x = float(args[0])
    y = float(args[1])
    show("fa", f"{x + y!r} {x - y!r} {x * y!r} {x == y} {x < y}")
    try:
        show("fa div", f"{x / y!r} {x // y!r} {x % y!r}")
    except ZeroDivisionError as e:
        show("fa ZeroDivisionError", str(e))


def main(argv: list[str]) -> int:
    n = 0
    for line in sys.stdin:
        fields = line.rstrip("\n").split("\t")
        op = fields[0]
        args = fields[1:]
        n += 1
        if op == "int":
            op_int(args)
        elif op == "intb":
            op_int_base(args)
        elif op == "float":
            op_float(args)
        elif op == "fi":
            op_fmt_int(args)
        elif op == "ff":
            op_fmt_float(args)
        elif op == "fb":
            op_float_bits(args)
        elif op == "str":
            op_str(args)
        elif op == "ord":
            op_ord(args)
        elif op == "ar":
            op_arith(args)
        elif op == "fa":
            op_float_arith(args)
        else:
            show("unknown op", repr(op))
    print("lines:", n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
