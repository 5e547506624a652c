# A field tested 'is not None' stays narrowed across calls that cannot
# assign it, whatever order the functions come in and whatever generator
# expressions, comprehensions or lambdas those functions hold (a function
# with one was once taken to assign every field, but only when the checker
# had seen it first).  A lambda given as key= to sorted/min/max/list.sort
# runs only during that call: the field keeps its narrowing inside it.
# A lambda that captures self (self then lives in a cell) leaves the
# narrowing of self's fields in the method itself as it was.
from typing import Callable


class Stack:
    limit: int | None
    items: list[int]

    def __init__(self, limit: int | None, items: list[int]) -> None:
        self.limit = limit
        self.items = items

    def __repr__(self) -> str:
        return "Stack(" + ", ".join(str(x) for x in self.items) + ")"

    def odd(self) -> int:
        return sum(1 for x in self.items if x % 2)

    def doubled(self) -> list[int]:
        return sorted([x * 2 for x in self.items], key=lambda v: -v)

    def room(self) -> int:
        if self.limit is not None:
            n = len(self.items)             # the library: __repr__ may run
            return self.limit - n
        return -1

    def room_odd(self) -> int:
        if self.limit is not None:
            n = self.odd()
            d = self.doubled()
            return self.limit - n + len(d)
        return -1

    def below(self) -> list[int]:
        if self.limit is None:
            return []
        small = [x for x in self.items if x < self.limit]
        many = any(x > self.limit for x in self.items)
        return small + [self.limit] if many else small

    def scaled(self, f: Callable[[int], int]) -> int:
        if self.limit is not None:
            total = sum(f(x) for x in self.items)
            return total     # self.limit is not read after f ran
        return 0


    def nearest(self) -> list[int]:
        if self.limit is None:
            return []
        near = sorted(self.items, key=lambda x: abs(x - self.limit))
        self.items.sort(key=lambda x: (x > self.limit, -x))
        lo = min(self.items, key=lambda x: abs(x - self.limit - 1))
        return near + [lo, max(self.items, key=lambda x: x % self.limit)] + self.items


    def bounded(self) -> int:
        if self.limit is not None:
            over = [x for x in self.items if x > 2]
            pick: Callable[[], int] = lambda: len(over) + len(self.items)
            return self.limit * 10 + pick()
        return 0


def key_of(x: int) -> int:
    return -x


def main() -> None:
    s = Stack(4, [1, 2, 5, 3])
    print(s, s.room(), s.room_odd(), s.below(), s.scaled(key_of))
    t = Stack(None, [7])
    print(t, t.room(), t.room_odd(), t.below(), t.scaled(lambda x: x + 1))
    print(sorted(s.items, key=key_of), s.nearest(), t.nearest(), s.bounded(), t.bounded())


main()

# expect: Stack(1, 2, 5, 3) 0 5 [1, 2, 3, 4] -11
# expect: Stack(7) -1 -1 [] 0
# expect: [5, 3, 2, 1] [5, 3, 2, 1, 5, 3, 3, 2, 1, 5] [] 46 0
