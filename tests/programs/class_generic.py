# User generic classes: T = TypeVar("T"), class Stack(Generic[T]),
# class Cache(Generic[K, V]); instantiated as Stack[int](), as
# `s: Stack[str] = Stack()` and through a field's annotation; fields from
# __init__ with and without annotations; methods taking and returning T,
# Optional[V]; special methods; a generic of a class and of a container.
import sys
from typing import Generic, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
        self.pushes = 0

    def push(self, x: T) -> None:
        self.items.append(x)
        self.pushes += 1

    def pop(self) -> T:
        return self.items.pop()

    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"Stack({self.items})"


class Cache(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: dict[K, V] = {}
        self.order: list[K] = []
        self.evicted = []

    def get(self, key: K) -> Optional[V]:
        return self.data.get(key)

    def put(self, key: K, value: V) -> None:
        if key not in self.data:
            self.order.append(key)
        self.data[key] = value
        if len(self.order) > self.capacity:
            old = self.order.pop(0)
            del self.data[old]
            self.evicted.append(old)

    def keys(self) -> list[K]:
        return list(self.order)


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"P({self.x}, {self.y})"


class Machine:
    def __init__(self) -> None:
        self.stack: Stack[float] = Stack()
        self.names: Cache[str, Point] = Cache(2)

    def run(self) -> float:
        for v in [1.5, 2.5, 4.0]:
            self.stack.push(v)
        total = 0.0
        while len(self.stack) > 0:
            total += self.stack.pop()
        return total


def drain(s: Stack[str]) -> str:
    out = ""
    while s:
        out += s.pop()
    return out


def main(argv: list[str]) -> int:
    a = Stack[int]()
    a.push(3)
    a.push(4)
    b: Stack[str] = Stack()
    for ch in "abc":
        b.push(ch)
    print(a, b, len(a), a.peek(), b.peek(), a.pushes)
    print(a.pop(), a.pop(), a.peek(), bool(a), drain(b), repr(b))
    m = Machine()
    print(m.run(), m.stack, type(m.stack).__name__)
    m.names.put("o", Point(0, 0))
    m.names.put("u", Point(1, 0))
    m.names.put("o", Point(0, 1))
    m.names.put("v", Point(0, 2))
    print(m.names.keys(), m.names.get("o"), m.names.get("u"), m.names.evicted)
    groups: Cache[str, list[str]] = Cache(3)
    for w in ["tea", "eat", "tan", "ate", "nat", "bat"]:
        key = "".join(sorted(w))
        g = groups.get(key)
        if g is None:
            groups.put(key, [w])
        else:
            g.append(w)
    print(groups.keys(), groups.get("aet"), groups.get("abt"))
    nested = Stack[list[int]]()
    nested.push([1, 2])
    nested.push([])
    print(nested, len(nested.pop()) == 0, nested.peek())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: Stack([3, 4]) Stack(['a', 'b', 'c']) 2 4 c 2
# expect: 4 3 None False cba Stack([])
# expect: 8.0 Stack([]) Stack
# expect: ['u', 'v'] None P(1, 0) ['o']
# expect: ['aet', 'ant', 'abt'] ['tea', 'eat', 'ate'] ['bat']
# expect: Stack([[1, 2]]) True [1, 2]
