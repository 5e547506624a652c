# A format spec on a union formats the member held, as CPython's format() does:
# a number's or a str's own spec language (its ValueError for a code it lacks),
# and object's for an instance or None (TypeError for a non-empty spec, naming
# the class held).
from typing import Union


class Node:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Node({self.name})"


class Leaf(Node):
    pass


Value = Union[int, float, bool, str, Node, None]


def show(v: Value, spec: str) -> str:
    try:
        return f"[{v:{spec}}]"
    except TypeError as e:
        return f"TypeError: {e}"
    except ValueError as e:
        return f"ValueError: {e}"


def main() -> None:
    vals: list[Value] = [3, 2.5, True, "ab", Node("n"), Leaf("l"), None]
    for v in vals:
        print(f"{v!r:>10}|", show(v, ""), show(v, "^7"), show(v, ".2f"), show(v, "x"), show(v, "05"))
        if not isinstance(v, Node) and v is not None:
            print(f"{v:>8}|{v:<6}|")
    w: float | str = 3.14159
    print(f"{w:8.3f}|{w:>10}|{w:e}")
    w = "pi"
    print(f"{w:>8}|{w:*^9}|")
    print(format(w, ">5"), "{:>6}".format(w), "%5s" % w)


main()

# expect:          3| [3] [   3   ] [3.00] [3] [00003]
# expect:        3|3     |
# expect:        2.5| [2.5] [  2.5  ] [2.50] ValueError: Unknown format code 'x' for object of type 'float' [002.5]
# expect:      2.5|2.5   |
# expect:       True| [True] [   1   ] [1.00] [1] [00001]
# expect:        1|1     |
# expect:       'ab'| [ab] [  ab   ] ValueError: Unknown format code 'f' for object of type 'str' ValueError: Unknown format code 'x' for object of type 'str' [ab000]
# expect:       ab|ab    |
# expect:    Node(n)| [Node(n)] TypeError: unsupported format string passed to Node.__format__ TypeError: unsupported format string passed to Node.__format__ TypeError: unsupported format string passed to Node.__format__ TypeError: unsupported format string passed to Node.__format__
# expect:    Node(l)| [Node(l)] TypeError: unsupported format string passed to Leaf.__format__ TypeError: unsupported format string passed to Leaf.__format__ TypeError: unsupported format string passed to Leaf.__format__ TypeError: unsupported format string passed to Leaf.__format__
# expect:       None| [None] TypeError: unsupported format string passed to NoneType.__format__ TypeError: unsupported format string passed to NoneType.__format__ TypeError: unsupported format string passed to NoneType.__format__ TypeError: unsupported format string passed to NoneType.__format__
# expect:    3.142|   3.14159|3.141590e+00
# expect:       pi|***pi****|
# expect:    pi     pi    pi
