# Special methods: only the recognised ones, with their signatures.
from __future__ import annotations

import sys


class C:
    def __getattr__(self, name: str) -> C:
        return self

    def __eq__(self, other: int) -> int:
        return 1

    def __len__(self) -> str:
        return ""

    def __hash__(self, x: int) -> int:
        return 0


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:5: special method '__getattr__' is not supported
# expect error: 11:5: '__eq__' must have the signature (self, other: object) -> bool
# expect error: 14:5: '__len__' must have the signature (self) -> int
# expect error: 17:5: '__hash__' must have the signature (self) -> int
