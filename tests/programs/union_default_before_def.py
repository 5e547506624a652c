# A default that is not a literal (a global, -LIMIT, an instance), for a
# union or optional parameter, where a call of the function is checked
# before the function itself (the caller comes first in the file): the
# call passes the converted default (it was an internal error, exit 70).
LIMIT = 10
SCALE = 3
NAME = "anon"


class Box:
    def __init__(self, v: int) -> None:
        self.v = v

    def __repr__(self) -> str:
        return f"Box({self.v})"


DEFAULT_BOX = Box(7)


def main() -> None:
    print(show(3), show())
    print(maybe(), maybe(4))
    print(scaled(), scaled(1.5))
    print(neg(), neg(2))
    print(named(), named(Box(1)))
    p = Printer()
    print(p.emit(), p.emit("x"))


def show(v: int | float | str = LIMIT) -> str:
    return f"{v}"


def maybe(v: int | None = LIMIT) -> int:
    return -1 if v is None else v * 2


def scaled(x: float | int = SCALE) -> float:
    return x / 2 if isinstance(x, float) else x / 2


def neg(v: int | str = -LIMIT) -> str:
    return repr(v)


def named(b: Box | str = DEFAULT_BOX) -> str:
    return repr(b)


class Printer:
    def emit(self, what: str | int = NAME) -> str:
        return f"<{what}>"


main()

# expect: 3 10
# expect: 20 8
# expect: 1.5 0.75
# expect: -10 2
# expect: Box(7) Box(1)
# expect: <anon> <x>
