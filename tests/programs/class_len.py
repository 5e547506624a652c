# __len__ used by len().
import sys


class Bag:
    items: list[str]

    def __init__(self) -> None:
        self.items = []

    def add(self, s: str) -> None:
        self.items.append(s)

    def __len__(self) -> int:
        return len(self.items)


def main(argv: list[str]) -> int:
    b = Bag()
    print(len(b))
    for w in "the quick brown fox".split():
        b.add(w)
    print(len(b), len(b) * 2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0
# expect: 4 8
