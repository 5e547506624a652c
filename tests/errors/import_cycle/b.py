# Imported by a while a runs its line 3: a defines nothing yet.
import a
from a import f

Y = a.LIMIT
Z = a.f()


class Sub(a.Base):
    pass


def g() -> int:
    return a.LIMIT


def h(x: a.Base) -> int:
    return x.n
