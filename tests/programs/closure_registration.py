# The registration pattern an interpreter uses for its builtin methods:
# one table filled by add(name, f) with lambdas, closures made by a
# factory in a loop, a nonlocal counter shared by two entries, bound
# methods; functions with default parameters used where a Callable with
# fewer parameters is expected; `lambda i=i:` with no Callable expected.
import sys
from typing import Callable


class W:
    def __repr__(self) -> str:
        return "W()"


class WInt(W):
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def __repr__(self) -> str:
        return f"WInt({self.value})"


class WStr(W):
    value: str

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return f"WStr({self.value!r})"


class Space:
    calls: int

    def __init__(self) -> None:
        self.calls = 0

    def pick_left(self, a: W, b: W) -> W:
        self.calls += 1
        return a


METHODS: dict[str, Callable[[W, W], W]] = {}
ORDER: list[str] = []


def add(name: str, f: Callable[[W, W], W]) -> None:
    METHODS[name] = f
    ORDER.append(name)


def int_of(w: W) -> int:
    if isinstance(w, WInt):
        return w.value
    raise TypeError(f"expected an int, got {w!r}")


def arith(op: str) -> Callable[[int, int], int]:
    if op == "+":
        return lambda a, b: a + b
    if op == "-":
        return lambda a, b: a - b
    return lambda a, b: a * b


def int_method(op: str, reflected: bool) -> Callable[[W, W], W]:
    f = arith(op)
    if reflected:
        return lambda a, b: WInt(f(int_of(b), int_of(a)))
    return lambda a, b: WInt(f(int_of(a), int_of(b)))


def install(space: Space) -> Callable[[], int]:
    for name, op in [("add", "+"), ("sub", "-"), ("mul", "*")]:
        add(f"__{name}__", int_method(op, False))
        add(f"__r{name}__", int_method(op, True))
    add("__concat__", lambda a, b: WStr(repr(a) + repr(b)))
    add("__left__", space.pick_left)
    count = 0

    def counted(a: W, b: W) -> W:
        nonlocal count
        count += 1
        return WInt(count)
    add("__count__", counted)
    add("__count2__", counted)
    return lambda: count


def parse(s: str, base: int = 10) -> int:
    return int(s, base)


def scaled(x: int, by: int = 3, plus: int = 1) -> int:
    return x * by + plus


def main(argv: list[str]) -> int:
    space = Space()
    seen = install(space)
    x: W = WInt(7)
    y: W = WInt(3)
    for name in ORDER:
        print(name, METHODS[name](x, y))
    print("counted", seen(), "picked", space.calls)
    try:
        METHODS["__add__"](x, WStr("s"))
    except TypeError as e:
        print("TypeError:", e)
    total = 0
    f = METHODS["__radd__"]
    for i in range(1000):
        r = f(WInt(i), y)
        if isinstance(r, WInt):
            total += r.value
    print(total)
    one: Callable[[str], int] = parse
    two: Callable[[str, int], int] = parse
    print(one("17"), two("17", 8), list(map(parse, ["1", "22"])))
    print(sorted(["9", "10", "100", "11"], key=parse), max(["7", "12"], key=parse))
    ones: list[Callable[[int], int]] = [scaled, abs]
    print([g(-5) for g in ones], list(map(scaled, [1, 2])))
    both: list[Callable[[int, int], int]] = [scaled, max]
    print([g(2, 10) for g in both])
    fs = [lambda i=i: i * 10 for i in range(4)]
    late = [lambda: i * 10 for i in range(4)]
    print([h() for h in fs], [h() for h in late])
    word = "ab"
    greet = lambda w=word, n=2: w * n
    word = "zz"
    print(greet())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: __add__ WInt(10)
# expect: __radd__ WInt(10)
# expect: __sub__ WInt(4)
# expect: __rsub__ WInt(-4)
# expect: __mul__ WInt(21)
# expect: __rmul__ WInt(21)
# expect: __concat__ WStr('WInt(7)WInt(3)')
# expect: __left__ WInt(7)
# expect: __count__ WInt(1)
# expect: __count2__ WInt(2)
# expect: counted 2 picked 1
# expect: TypeError: expected an int, got WStr('s')
# expect: 502500
# expect: 17 15 [1, 22]
# expect: ['9', '10', '11', '100'] 12
# expect: [-14, 5] [4, 7]
# expect: [21, 10]
# expect: [0, 10, 20, 30] [30, 30, 30, 30]
# expect: abab
