# int | None, float | None, bool | None: numbers that may be None (boxed);
# `is None` tests narrow them; ==, printing and truth work as in CPython.
import sys


class Counter:
    def __init__(self) -> None:
        self.best = None
        self.ratio = None
        self.seen: dict[str, int | None] = {}

    def feed(self, n: int) -> None:
        b = self.best
        if b is None or n > b:
            self.best = n
        self.ratio = n / 2
        self.seen[str(n)] = None if n % 2 else n


def scale(x: float | None = None, on: bool | None = None) -> str:
    if x is None:
        return f"no x, on={on}"
    return f"{x * 2:.1f} on={on}"


def lookup(d: dict[str, int], k: str) -> int:
    v = d.get(k)
    if v is None:
        return -1
    return v * 10


def find(xs: list[int], x: int) -> int | None:
    for i, v in enumerate(xs):
        if v == x:
            return i
    return None


def parse_num(s: str) -> float | None:
    try:
        return float(s)
    except ValueError:
        return None


class Slot:
    def __init__(self) -> None:
        self.value: int | None = None
        self.flag: bool | None = None

    def get(self, default: int) -> int:
        v = self.value
        return v if v is not None else default


def main(argv: list[str]) -> int:
    xs = [5, 7, 9]
    i = find(xs, 7)
    j = find(xs, 8)
    print(i, j, i == 1, j == None, j is None, i != 2)
    if i is not None:
        print(i + 1, xs[i])
    total = None
    for x in xs:
        if total is None:
            total = x
        else:
            total += x
    print(total, f"{total}", str(total), repr(j))
    nums = [parse_num(s) for s in ["1.5", "x", "2"]]
    print(nums, [n for n in nums if n is not None])
    d = {"a": 1}
    print(d.get("a"), d.get("b"), d.get("b") is None)
    s = Slot()
    print(s.value, s.get(3))
    s.value = 4
    s.flag = True
    print(s.value, s.get(3), s.flag)
    opt: list[int | None] = [1, None, 3]
    print(opt, 1 in opt, None in opt, 2 in opt)
    t: tuple[int | None, str] = (None, "x")
    print(t, (5, "y") == (5, "y"))
    c = 0 if j is None else j
    print(c, i or 9, j or 9, bool(i), bool(j))
    k: int | None = 0
    print(k == 0, k == None, bool(k), k == 0.0)
    cnt = Counter()
    print(cnt.best, cnt.ratio, cnt.seen)
    for n in [3, 8, 5]:
        cnt.feed(n)
    print(cnt.best, cnt.ratio, cnt.seen)
    print(scale(), scale(1.5), scale(2.0, True), scale(on=False))
    print(lookup({"a": 4}, "a"), lookup({"a": 4}, "b"))
    last = None
    count = 0
    for w in ["x", "yy", "zzz"]:
        if last is not None:
            count += len(w) - last
        last = len(w)
    print(last, count)
    flags: list[bool | None] = [True, None, False]
    print(flags, [f for f in flags if f], flags.count(None), flags.index(False))
    m: dict[int, float | None] = {1: 1.5, 2: None}
    print(m, m[2] is None, m.get(3), m.get(1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1 None True True True True
# expect: 2 7
# expect: 21 21 21 None
# expect: [1.5, None, 2.0] [1.5, 2.0]
# expect: 1 None True
# expect: None 3
# expect: 4 4 True
# expect: [1, None, 3] True True False
# expect: (None, 'x') True
# expect: 0 1 9 True False
# expect: True False False True
# expect: None None {}
# expect: 8 2.5 {'3': None, '8': 8, '5': None}
# expect: no x, on=None 3.0 on=None 4.0 on=True no x, on=False
# expect: 40 -1
# expect: 3 2
# expect: [True, None, False] [True] 1 2
# expect: {1: 1.5, 2: None} True None 1.5
