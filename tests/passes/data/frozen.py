# Frozen fields (passes/frozen.c): test_frozen.c checks which fields the
# translator proves frozen.  Only Good.code qualifies; every other class
# breaks one condition of the rule, named in its docstring.


class Good:
    """Stored only fresh lists that nothing else keeps; only read after."""
    code: list[int]

    def __init__(self) -> None:
        self.code = []

    def build(self, n: int) -> None:
        out: list[int] = []
        for i in range(n):
            out.append(i)
        fill(out)
        self.code = out


def fill(xs: list[int]) -> None:
    """Writes before the store, keeps nothing."""
    for i in range(len(xs)):
        xs[i] = xs[i] * 2


def total(xs: list[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


def run_good(g: Good) -> int:
    xs = g.code
    s = 0
    i = 0
    while i < len(xs):
        s += xs[i]
        i += 1
    return s + total(g.code)


class LaterWrite:
    """A reader appends to it."""
    code: list[int]

    def __init__(self) -> None:
        self.code = []


def run_later_write(w: LaterWrite) -> int:
    w.code.append(1)
    return len(w.code)


class WriteAfterStore:
    """The builder keeps writing after the store."""
    code: list[int]

    def __init__(self) -> None:
        out: list[int] = []
        self.code = out
        out.append(1)


class NotFresh:
    """Stores a list it did not allocate."""
    code: list[int]

    def __init__(self, xs: list[int]) -> None:
        self.code = xs


kept: list[list[int]] = []


class EscapesBefore:
    """The list escapes into a global before the store."""
    code: list[int]

    def __init__(self) -> None:
        out: list[int] = []
        kept.append(out)
        self.code = out


class Holder:
    xs: list[int]

    def __init__(self) -> None:
        self.xs = []


holder = Holder()


def stash(xs: list[int]) -> None:
    holder.xs = xs


class EscapesInCallee:
    """A callee keeps the list before the store."""
    code: list[int]

    def __init__(self) -> None:
        out: list[int] = []
        stash(out)
        self.code = out


class StoredElsewhere:
    """A reader stores it into another object, which may write it."""
    code: list[int]

    def __init__(self) -> None:
        self.code = []


def run_stored_elsewhere(s: StoredElsewhere) -> None:
    holder.xs = s.code


class Returned:
    """A reader returns it to a caller that may write it."""
    code: list[int]

    def __init__(self) -> None:
        self.code = []


def get_returned(r: Returned) -> list[int]:
    return r.code


shared: list[int] = []


class Box:
    inner: list[int]

    def __init__(self) -> None:
        self.inner = []


class SharesInner:
    """Its box holds a list that others write: the region would reach it."""
    code: Box

    def __init__(self) -> None:
        b = Box()
        b.inner = shared
        self.code = b


def main() -> None:
    g = Good()
    g.build(5)
    print(run_good(g))
    w = LaterWrite()
    print(run_later_write(w))
    print(len(WriteAfterStore().code), len(NotFresh([1, 2]).code))
    print(len(EscapesBefore().code), len(EscapesInCallee().code), len(kept))
    run_stored_elsewhere(StoredElsewhere())
    get_returned(Returned()).append(3)
    print(len(holder.xs))
    inner = SharesInner()
    shared.append(4)
    print(inner.code.inner[0])


main()
