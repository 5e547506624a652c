# int(x), float(x), str(x), type(x), range(n) and range(a, b) go from the
# dispatch loop (and from builtins calling back, as map does) straight to
# the type's new1/new2 (interp.builtin_type_call): each must return what
# the general type call returns, raise CPython's errors in CPython's order,
# and give way to subclasses, shadowing globals and other argument counts.


class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __index__(self):
        return 3

    def __str__(self):
        return "num"


class MyInt(int):
    def __new__(cls, v):
        print("MyInt.__new__", v)
        return super().__new__(cls, v * 2)


class MyStr(str):
    pass


n = Num()
for f in (lambda: int("12"), lambda: int(3.9), lambda: int(True),
          lambda: int(n), lambda: int(-2 ** 70), lambda: float("1.5"),
          lambda: float(2), lambda: float(n), lambda: float(" inf "),
          lambda: str(5), lambda: str(None), lambda: str(n),
          lambda: str(b"ab"), lambda: type(3), lambda: type(n),
          lambda: type(type), lambda: list(range(4)), lambda: range(n),
          lambda: list(range(-3)), lambda: list(range(True)),
          lambda: list(range(2, 6)), lambda: list(range(6, 2)),
          lambda: list(range(n, 5)), lambda: range(2 ** 70, 2 ** 70 + 2),
          lambda: list(range(1, 10, 3)), lambda: MyInt(4),
          lambda: type(MyInt(1)), lambda: MyStr(5), lambda: type(MyStr(5)),
          lambda: int("ff", 16), lambda: int(x="5"), lambda: int(),
          lambda: float(), lambda: str(), lambda: type("T", (), {})):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# errors, and which argument CPython complains about first
for f in (lambda: int("zz"), lambda: int([]), lambda: float("x"),
          lambda: float([]), lambda: range(1.5), lambda: range("a", 2.5),
          lambda: range(1, "b"), lambda: range(1, 2, 0), lambda: range(),
          lambda: type(), lambda: type(1, 2), lambda: range(1, 2, 3, 4),
          lambda: int(1, 2, 3), lambda: float(1, 2), lambda: str(1, 2, 3, 4)):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# called back by builtins, and through module attributes (CALL_METHOD)
import builtins
print(list(map(int, ["1", "2"])), list(map(str, [1, n])),
      list(map(type, [1, "a"])), sorted(["10", "9"], key=int))
print(builtins.int("8"), builtins.range(2, 4), builtins.type(1.0))


# a global shadowing a builtin type, then deleted: the loop must call what
# the name holds at each call
def convert(x):
    return int(x), str(x), range(x)


print(convert(3))
int = lambda x: ("my int", x)
str = MyStr
print(convert(3))
del int, str
print(convert(3))
