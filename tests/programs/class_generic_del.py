# A statement of a generic class's method is checked once per instance:
# `del self.data[key]` in Table[int, float] and Table[str, list[str]]
# deletes through each instance's own dict (the template's `del` was
# shared by the instances, so both called the first one's __delitem__).
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Table(Generic[K, V]):
    def __init__(self) -> None:
        self.data: dict[K, V] = {}
        self.items: list[V] = []

    def put(self, key: K, value: V) -> None:
        self.data[key] = value
        self.items.append(value)

    def drop(self, key: K) -> None:
        del self.data[key]
        del self.items[0]

    def size(self) -> int:
        return len(self.data) + 10 * len(self.items)


def main() -> None:
    a: Table[int, float] = Table()
    for i in range(5):
        a.put(i * 7, i / 4)
    a.drop(14)
    print(sorted(a.data.items()), a.size())
    b: Table[str, list[str]] = Table()
    b.put("x", ["1", "2"])
    b.put("y", [])
    b.drop("x")
    print(b.data, b.items, b.size())


main()

# expect: [(0, 0.0), (7, 0.25), (21, 0.75), (28, 1.0)] 44
# expect: {'y': []} [[]] 11
