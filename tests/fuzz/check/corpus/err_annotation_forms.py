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

