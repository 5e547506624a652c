# isinstance(xs[k], C) with xs a local list and k an int literal narrows
# xs[k] until a call or an item store (as mypy narrows index expressions).
class Val:
    pass


class Pair(Val):
    def __init__(self, car: int, cdr: Val) -> None:
        self.car = car
        self.cdr = cdr


class Nil(Val):
    pass


def first(vs: list[Val]) -> int:
    return vs[0].car if isinstance(vs[0], Pair) else -1


def last_cdr_is_nil(vs: list[Val]) -> bool:
    if isinstance(vs[-1], Pair):
        return isinstance(vs[-1].cdr, Nil)
    return False


items: list[Val] = [Pair(3, Nil()), Nil(), Pair(4, Pair(5, Nil()))]
print(first(items), first(items[1:]), last_cdr_is_nil(items), last_cdr_is_nil(items[:2]))
print([first([v]) for v in items])

# expect: 3 -1 False False
# expect: [3, -1, 4]
