# Properties: a setter needs its getter; assigning needs a setter; a
# subclass redefining a property with a setter redefines the setter too.
import sys


class Box:
    _w: int

    def __init__(self) -> None:
        self._w = 0

    @property
    def w(self) -> int:
        return self._w

    @w.setter
    def w(self, v: int) -> None:
        self._w = v

    @property
    def area(self) -> int:
        return self._w * self._w

    @h.setter
    def h(self, v: int) -> None:
        pass

    @classmethod
    def make(cls) -> Box:
        return cls()


class Sub(Box):
    @property
    def w(self) -> int:
        return 1


def main(argv: list[str]) -> int:
    b = Box()
    b.area = 3
    f = b.make
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 25:5: '@h.setter' needs a '@property' 'h' above it in 'Box'
# expect error: 29:22: class 'Box' is not defined yet where CPython evaluates this annotation (NameError): add 'from __future__ import annotations' at the top of the module, or quote the name ("Box")
# expect error: 35:5: property 'w' overrides one with a setter: define '@w.setter' in 'Sub' too
# expect error: 41:7: property 'area' of 'Box' has no setter
# expect error: 42:11: classmethod 'make' through an instance can only be called
