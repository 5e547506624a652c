# Special methods: only the recognised ones, with their signatures.
import sys


class C:
    def __add__(self, other: C) -> C:
        return self

    def __eq__(self, other: int) -> bool:
        return True

    def __len__(self) -> str:
        return ""

    def __hash__(self, x: int) -> int:
        return 0


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

