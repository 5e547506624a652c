# A field's test lasts until code that may assign the field runs: a call
# through a function value, a function or bound method handed to the
# library (sorted's key), a property's getter or setter, a generator
# expression or comprehension whose calls may assign it, a key= lambda
# that calls a method assigning it, a generator expression calling a
# nested def that assigns it.  CPython raises
# TypeError at each use below (the field is None by then); the checker
# refuses them and says how to keep the value.
from typing import Callable


class Node:
    limit: int | None
    on_done: Callable[[], None]

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.on_done = self.clear

    def clear(self) -> None:
        self.limit = None

    def bump(self) -> int:
        self.limit = None
        return 1

    def key(self, x: int) -> int:
        self.limit = None
        return x

    @property
    def size(self) -> int:
        self.limit = None
        return 2

    @size.setter
    def size(self, v: int) -> None:
        self.limit = None

    def through_parameter(self, cb: Callable[[], None]) -> int:
        if self.limit is not None:
            cb()
            return self.limit + 1
        return 0

    def through_field(self) -> int:
        if self.limit is not None:
            self.on_done()
            return self.limit + 1
        return 0

    def through_key(self, xs: list[int]) -> int:
        if self.limit is not None:
            ys = sorted(xs, key=self.key)
            return self.limit + len(ys)
        return 0

    def through_getter(self) -> int:
        if self.limit is not None:
            s = self.size
            return self.limit + s
        return 0

    def through_setter(self) -> int:
        if self.limit is not None:
            self.size = 3
            return self.limit + 1
        return 0

    def through_genexpr(self, xs: list[int]) -> int:
        if self.limit is not None:
            n = sum(self.bump() for x in xs)
            return self.limit + n
        return 0

    def through_comprehension(self, xs: list[int]) -> int:
        if self.limit is not None:
            ys = [x + self.limit for x in xs if self.bump()]
            return len(ys)
        return 0

    def through_function_value(self, xs: list[int]) -> int:
        if self.limit is not None:
            f = self.bump
            n = f()
            return self.limit + n
        return 0

    def through_key_lambda(self, xs: list[int]) -> list[int]:
        if self.limit is not None:
            return sorted(xs, key=lambda x: self.key(x) + self.limit)
        return xs

    def through_nested_def(self, xs: list[int]) -> int:
        def drop() -> int:
            self.limit = None
            return 1

        if self.limit is not None:
            n = sum(drop() for x in xs)
            return self.limit + n
        return 0
# expect error: 43:31: unsupported operand types for +: 'int | None' and 'int' ('self.limit' may have changed since it was tested: the call on line 42 may assign it; read it into a local and test that)
# expect error: 49:31: unsupported operand types for +: 'int | None' and 'int' ('self.limit' may have changed since it was tested: the call on line 48 may assign it; read it into a local and test that)
# expect error: 55:31: unsupported operand types for +: 'int | None' and 'int' ('self.limit' may have changed since it was tested: the call on line 54 may assign it; read it into a local and test that)
# expect error: 61:31: unsupported operand types for +: 'int | None' and 'int' ('self.limit' may be None here: a test of a field lasts until a call that may assign it; copy it into a variable and test that)
# expect error: 67:31: unsupported operand types for +: 'int | None' and 'int' ('self.limit' may be None here: a test of a field lasts until a call that may assign it; copy it into a variable and test that)
# expect error: 73:31: unsupported operand types for +: 'int | None' and 'int' ('self.limit' may be None here: a test of a field lasts until a call that may assign it; copy it into a variable and test that)
# expect error: 78:21: unsupported operand types for +: 'int' and 'int | None' ('self.limit' may be None here: a test of a field lasts until a call that may assign it; copy it into a variable and test that)
# expect error: 86:31: unsupported operand types for +: 'int | None' and 'int' ('self.limit' may have changed since it was tested: the call on line 85 may assign it; read it into a local and test that)
# expect error: 91:57: unsupported operand types for +: 'int' and 'int | None' ('self.limit' may be None here: a test of a field lasts until a call that may assign it; copy it into a variable and test that)
# expect error: 101:31: unsupported operand types for +: 'int | None' and 'int' ('self.limit' may be None here: a test of a field lasts until a call that may assign it; copy it into a variable and test that)
