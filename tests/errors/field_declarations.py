# Fields are declared in the class body with constant defaults, or by
# assigning `self.f` in a method (with an optional annotation there).
import sys


class C:
    n: int = len("abc")
    m: int

    def __init__(self) -> None:
        self.m: str = "0"
        self.z = 1

    def f(self, o: "C") -> None:
        o.w: int = 3
        self.q: int

    def run(self) -> None:
        pass

    def g(self) -> None:
        self.run = 2


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 7:14: field defaults must be constants
# expect error: 11:14: field 'm' is already declared with type 'int' (line 8)
# expect error: 11:23: incompatible types in assignment: expected 'int', got 'str'
# expect error: 15:9: only the fields of 'self' can be annotated, in a method or the class body
# expect error: 16:9: a field annotated in a method needs a value: self.q: int = ...
# expect error: 22:14: 'run' is already a method of 'C'; a field cannot have the same name
