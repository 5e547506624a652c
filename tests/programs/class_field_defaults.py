# Fields with constant defaults set at allocation; optional fields that
# start as None; value fields not assigned in __init__.
from __future__ import annotations

import sys


class Settings:
    retries: int = 3
    ratio: float = 0.5
    verbose: bool = False
    name: str = "default"
    parent: Settings | None = None
    tags: list[str]

    def __init__(self) -> None:
        self.tags = []


class Custom(Settings):
    extra: int = -1

    def __init__(self, retries: int) -> None:
        super().__init__()
        self.retries = retries


def main(argv: list[str]) -> int:
    s = Settings()
    print(s.retries, s.ratio, s.verbose, s.name, s.parent is None, s.tags)
    c = Custom(9)
    c.parent = s
    print(c.retries, c.extra, c.name, c.parent is s)
    s.retries += 1
    print(s.retries, Settings().retries)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 3 0.5 False default True []
# expect: 9 -1 default True
# expect: 4 3
