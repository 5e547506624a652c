# any() and all() stop at the first item that decides them, as in CPython:
# over a generator expression, a generator function, map() and filter(),
# the items after it are never made (their side effects must not show).
import sys
from typing import Iterator

log: list[str] = []


def seen(tag: str, x: int) -> int:
    log.append(f"{tag}{x}")
    return x


def counting(n: int) -> Iterator[int]:
    for i in range(n):
        log.append(f"gen{i}")
        yield i


def main(argv: list[str]) -> int:
    print(any(seen("a", x) > 1 for x in [0, 1, 2, 3, 4]), log)
    log.clear()
    print(all(seen("b", x) < 2 for x in range(10)), log)
    log.clear()
    print(any(x == 2 for x in counting(100)), log)
    log.clear()
    print(all(x < 1 for x in counting(100)), log)
    log.clear()
    print(any(map(lambda x: seen("m", x) == 1, [5, 1, 7, 9])), log)
    log.clear()
    evens = filter(lambda x: seen("f", x) % 2 == 0, [1, 3, 4, 5, 6])
    found = any(evens)
    before = list(log)
    print(found, before, next(evens), log)
    log.clear()
    cs: list[list[int]] = [[1, 2], [], [3]]
    print(all(len(seen("c", len(c)) * "x") > 0 for c in cs), log)
    log.clear()
    none: list[int] = []
    print(any(seen("e", x) > 9 for x in none), all(seen("e", x) > 9 for x in none), log)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True ['a0', 'a1', 'a2']
# expect: False ['b0', 'b1', 'b2']
# expect: True ['gen0', 'gen1', 'gen2']
# expect: False ['gen0', 'gen1']
# expect: True ['m5', 'm1']
# expect: True ['f1', 'f3', 'f4'] 6 ['f1', 'f3', 'f4', 'f5', 'f6']
# expect: False ['c2', 'c0']
# expect: False True []
