# Type expressions that are not types of the language.
import sys
from typing import Any, Callable


def a(x: Any) -> None:
    pass


def b(x: int | str) -> None:
    pass


def c(x: list) -> None:
    pass


def d(x: list[int, str]) -> None:
    pass


def e(x: int[str]) -> None:
    pass


def f(x: 3) -> None:
    pass


def g(x: Widget) -> None:
    pass


def h(x: Callable[int, int]) -> None:
    pass


def i(x: dict[list[int], int]) -> None:
    pass


def j(x: None) -> None:
    pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 3:20: 'typing.Any' is not supported
# expect error: 6:10: 'Any' is not supported: every value has a precise type
# expect error: 14:10: 'list' needs type arguments
# expect error: 18:10: 'list' takes 1 type argument
# expect error: 22:10: 'int' is not a generic type
# expect error: 26:10: invalid type annotation
# expect error: 30:10: unknown type 'Widget'
# expect error: 34:10: Callable must be written Callable[[A, B], R]
# expect error: 38:15: 'list[int]' cannot be used as a dict key (use int, str, bool, a tuple or a class)
# expect error: 42:10: 'None' is not a type here
