# NotImplemented: only operator methods return it, and only operators may
# call a method that returns it.
import sys


class P:
    x: int

    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x

    def __neg__(self) -> P:
        return NotImplemented


def main(argv: list[str]) -> int:
    print(P(1).__eq__(P(1)), P(1) == P(1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 17:26: class 'P' is not defined yet where CPython evaluates this annotation (NameError): add 'from __future__ import annotations' at the top of the module, or quote the name ("P")
# expect error: 18:16: 'NotImplemented' can only be returned by a comparison or binary operator method (__eq__, __lt__, __add__, __radd__, ...)
# expect error: 22:11: 'P.__eq__' may return NotImplemented, which only an operator can take: write the operator instead of calling '__eq__' by name
