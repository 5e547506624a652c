# __lt__: used by <, > and sorting (sorted, list.sort, min, max).
from __future__ import annotations

import sys


class Version:
    major: int
    minor: int

    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __lt__(self, other: Version) -> bool:
        return (self.major, self.minor) < (other.major, other.minor)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"

    def __repr__(self) -> str:
        return f"v{self.major}.{self.minor}"


def main(argv: list[str]) -> int:
    vs = [Version(1, 10), Version(1, 2), Version(0, 9), Version(2, 0)]
    print(Version(1, 2) < Version(1, 10), Version(2, 0) > Version(1, 99))
    print(sorted(vs))
    print(sorted(vs, reverse=True))
    vs.sort()
    print(vs, min(vs), max(vs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True True
# expect: [v0.9, v1.2, v1.10, v2.0]
# expect: [v2.0, v1.10, v1.2, v0.9]
# expect: [v0.9, v1.2, v1.10, v2.0] 0.9 2.0
