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

# expect error: 6:16: 'float | None' is not supported: value types cannot be None
# expect error: 6:27: 'bool | None' is not supported: value types cannot be None
# expect error: 11:9: the branches of 'if'/'else': 'int | None' is not supported: value types cannot be None
# expect error: 12:13: the operands of 'and'/'or': 'float | None' is not supported: value types cannot be None
