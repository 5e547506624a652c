# A field declared by `self.f = ...` takes its type from the values the
# class's methods give it; when none has a known type (only None, or an
# empty container nothing fills), the error asks for an annotation there.
import sys


class C:
    def __init__(self) -> None:
        self.items = []
        self.parent = None
        self.table = {}
        self.count = None

    def touch(self) -> None:
        print(len(self.items), self.table)
        self.count = 3

    def bad(self) -> None:
        self.count = "three"


def local_partials() -> None:
    xs = []
    print(len(xs))
    d = None
    print(d)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 9:14: cannot infer the type of field 'items' from an empty list (nothing in the methods of 'C' gives it a value of a known type); annotate it where it is first assigned: self.items: list[T] = []
# expect error: 10:14: cannot infer the type of field 'parent' from None (nothing in the methods of 'C' gives it a value of a known type); annotate it where it is first assigned: self.parent: T | None = None
# expect error: 11:14: cannot infer the type of field 'table' from an empty dict (nothing in the methods of 'C' gives it a value of a known type); annotate it where it is first assigned: self.table: dict[K, V] = {}
# expect error: 19:22: incompatible types in assignment: expected 'int | None', got 'str'
# expect error: 23:10: cannot infer the type of an empty list; annotate the variable
# expect error: 25:5: cannot infer the type of 'd' from None; annotate the variable
