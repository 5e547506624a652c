# Nested functions and closures: captured variables read and written
# (nonlocal), cells shared with the defining function, late binding in
# loops, recursion, three levels of nesting, closures in methods.
import sys
from typing import Callable


def make_adder(n: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + n
    return add


def make_counter(start: int) -> tuple[Callable[[], int], Callable[[], int]]:
    count = start

    def inc() -> int:
        nonlocal count
        count += 1
        return count

    def get() -> int:
        return count

    return inc, get


def later_assignment() -> int:
    value = 1

    def read() -> int:
        return value

    value = 42          # the closure sees the variable, not its old value
    return read()


def loop_late_binding() -> list[int]:
    fs: list[Callable[[], int]] = []
    for i in range(4):
        def f() -> int:
            return i * 10
        fs.append(f)
    return [f() for f in fs]


def loop_early_binding() -> list[int]:
    def make(k: int) -> Callable[[], int]:
        def f() -> int:
            return k * 10
        return f
    return [make(i)() for i in range(4)]


def fib_memo(n: int) -> int:
    memo: dict[int, int] = {}

    def fib(k: int) -> int:
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        r = fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r

    return fib(n)


def is_even(n: int) -> bool:
    def even(k: int) -> bool:
        return True if k == 0 else odd(k - 1)

    def odd(k: int) -> bool:
        return False if k == 0 else even(k - 1)

    return even(n)


def three_levels(a: int) -> int:
    b = a * 2

    def middle(c: int) -> int:
        d = c + 1

        def inner(e: int) -> int:
            return a + b + d + e

        return inner(100)

    return middle(10)


def accumulate(xs: list[int]) -> tuple[int, int]:
    total = 0
    largest = -1

    def visit(x: int) -> None:
        nonlocal total, largest
        total += x
        if x > largest:
            largest = x

    for x in xs:
        visit(x)
    return total, largest


def defaults_and_keywords() -> str:
    def fmt(x: int, width: int = 5, fill: str = ".") -> str:
        s = str(x)
        return fill * (width - len(s)) + s

    return fmt(42) + "|" + fmt(7, fill="0") + "|" + fmt(x=123, width=4)


class Counter:
    hits: int

    def __init__(self) -> None:
        self.hits = 0

    def recorder(self, tag: str) -> Callable[[int], str]:
        def record(n: int) -> str:
            self.hits += n
            return f"{tag}:{self.hits}"
        return record


def shared_list() -> list[str]:
    log: list[str] = []

    def note(s: str) -> None:
        log.append(s)

    note("a")
    note("b")
    log.append("c")
    note("d")
    return log


def main(argv: list[str]) -> int:
    add5 = make_adder(5)
    add10 = make_adder(10)
    print(add5(1), add10(1), add5(add10(0)))
    inc, get = make_counter(10)
    inc()
    inc()
    print(inc(), get())
    print(later_assignment())
    print(loop_late_binding(), loop_early_binding())
    print(fib_memo(60))
    print(is_even(10), is_even(7))
    print(three_levels(1))
    print(accumulate([3, 9, 2, 7]))
    print(defaults_and_keywords())
    c = Counter()
    r = c.recorder("x")
    print(r(2), r(3), c.hits)
    print(shared_list())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 6 11 15
# expect: 13 13
# expect: 42
# expect: [30, 30, 30, 30] [0, 10, 20, 30]
# expect: 1548008755920
# expect: True False
# expect: 114
# expect: (21, 9)
# expect: ...42|00007|.123
# expect: x:2 x:5 5
# expect: ['a', 'b', 'c', 'd']
