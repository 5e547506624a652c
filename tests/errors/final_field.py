# A Final field is assigned only in its class's __init__.
import sys
from typing import Final


class C:
    x: Final[int]

    def __init__(self) -> None:
        self.x = 1

    def bump(self) -> None:
        self.x = 2


class D(C):
    def __init__(self) -> None:
        super().__init__()
        self.x = 3


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 13:9: cannot assign to final field 'x' outside C.__init__
# expect error: 19:9: cannot assign to final field 'x' outside C.__init__
