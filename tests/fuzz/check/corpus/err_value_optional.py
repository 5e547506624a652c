# Value types (int, float, bool) cannot be None.
import sys
from typing import Optional


def f(x: float | None) -> Optional[bool]:
    return None


def g(flag: bool) -> None:
    y = 1 if flag else None
    z = 2.5 or None


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

