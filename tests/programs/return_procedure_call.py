# A procedure's call used as a value is None once the call has run:
# `return f()` in a function returning an optional (class | None,
# int | None, str | None), `x: T | None = f()`, `f() if c else v`,
# `[f(), k]` (each was an internal error after lowering).
class Node:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name


log: list[str] = []


def note(msg: str) -> None:
    log.append(msg)


def find(k: int) -> Node | None:
    if k > 0:
        return Node("n" + str(k))
    return note("miss " + str(k))


def count(k: int) -> int | None:
    if k % 2 == 0:
        return k // 2
    return note("odd " + str(k))


def label(k: int) -> str | None:
    if k:
        return "L" + str(k)
    return note("empty")


def mixed(k: int) -> int | None:
    x: int | None = note("mixed " + str(k))
    y = note("cond") if k else 3
    return y if x is None else x


def listed(k: int) -> list[int | None]:
    return [note("listed"), k]


def main() -> None:
    for k in range(-1, 3):
        r = find(k)
        print(k, "none" if r is None else r.name)
    print([count(k) for k in range(4)], label(0), label(5))
    print(mixed(0), mixed(1), listed(2))
    print(log)


main()

# expect: -1 none
# expect: 0 none
# expect: 1 n1
# expect: 2 n2
# expect: [0, None, 1, None] None L5
# expect: 3 None [None, 2]
# expect: ['miss -1', 'miss 0', 'odd 1', 'odd 3', 'empty', 'mixed 0', 'mixed 1', 'cond', 'listed']
