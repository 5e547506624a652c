# CPython binds a case's captures only once its whole pattern has matched,
# and before the guard: a pattern failing after a capture leaves the name
# as it was, a false guard leaves it bound (and no longer narrowed) for the
# cases after.
import sys


class Node:
    __match_args__ = ("v", "nxt")

    def __init__(self, v: int, nxt: "Node | None") -> None:
        self.v = v
        self.nxt = nxt


def partial(t: tuple[str, int]) -> str:
    x = "orig"
    match t:
        case (x, 2):
            return "matched " + x
        case _:
            return "kept " + x


def partial_or(t: list[str]) -> str:
    y = "orig"
    match t:
        case [y, "a"] | [y, "b", _]:
            return "matched " + y
        case _:
            return "kept " + y


def nested_or(t: tuple[list[str], int]) -> str:
    z = "orig"
    match t:
        case ([z] | [_, z], 1):
            return "matched " + z
        case _:
            return "kept " + z


def class_capture(n: Node) -> str:
    v = -1
    match n:
        case Node(v, Node(5, None)):
            return f"matched {v}"
        case _:
            return f"kept {v}"


def guard_false(t: tuple[Node | None, int]) -> str:
    x: Node | None = Node(1, None)
    if x is not None:
        match t:
            case (x, 1) if x is not None and x.v > 100:
                return "big"
            case _:
                if x is None:
                    return "rebound to None"
                return f"x.v = {x.v}"
    return "unreachable"


def star_capture(xs: list[int]) -> str:
    rest = [0]
    match xs:
        case [1, *rest, 9]:
            return f"matched {rest}"
        case _:
            return f"kept {rest}"


def main(argv: list[str]) -> int:
    print(partial(("new", 1)), partial(("new", 2)))
    print(partial_or(["new", "c"]), partial_or(["new", "b", "q"]), partial_or(["new", "a"]))
    print(nested_or((["new"], 2)), nested_or((["p", "q"], 1)))
    print(class_capture(Node(3, Node(4, None))), class_capture(Node(3, Node(5, None))))
    print(guard_false((Node(2, None), 1)), guard_false((None, 1)), guard_false((Node(200, None), 1)))
    print(star_capture([1, 2, 3]), star_capture([1, 2, 9]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: kept orig matched new
# expect: kept orig matched new matched new
# expect: kept orig matched q
# expect: kept -1 matched 3
# expect: x.v = 2 rebound to None big
# expect: kept [0] matched [2]
