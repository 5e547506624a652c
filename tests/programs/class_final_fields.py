# Final fields and fields assigned only in __init__ (immutable after
# construction) read from many places.
import sys
from typing import Final


class Config:
    name: Final[str]
    size: Final[int]
    weights: list[float]

    def __init__(self, name: str, size: int) -> None:
        self.name = name
        self.size = size
        self.weights = [1.0 / (i + 1) for i in range(size)]

    def total(self) -> float:
        return sum(self.weights, 0.0)


def main(argv: list[str]) -> int:
    c = Config("cfg", 4)
    print(c.name, c.size, round(c.total(), 6))
    c.weights[0] = 2.0
    print(c.weights)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: cfg 4 2.083333
# expect: [2.0, 0.5, 0.3333333333333333, 0.25]
