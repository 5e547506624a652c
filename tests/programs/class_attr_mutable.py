# Mutable class attributes: a counter assigned through the class
# (`Task.next_id += 1`), a dict and a list shared by every instance, read
# through the class and through instances (self.n, obj.n), a ClassVar
# annotation, an inherited attribute read through a subclass, and a
# constant next to them (still a constant).
import sys
from typing import ClassVar


class Task:
    next_id = 0
    LIMIT = 3
    registry: dict[str, int] = {}
    names: list[str] = []
    total: ClassVar[float] = 0.0

    def __init__(self, name: str) -> None:
        Task.next_id += 1
        self.id = Task.next_id
        self.name = name
        Task.registry[name] = self.id
        self.names.append(name)
        Task.total += 0.5

    def seen(self) -> int:
        return self.next_id - self.id

    def over(self) -> bool:
        return len(self.registry) > self.LIMIT


class Urgent(Task):
    level = "high"

    def describe(self) -> str:
        return f"{self.name}#{self.id} {Urgent.level} of {Urgent.next_id}"


def bump_level() -> None:
    Urgent.level = Urgent.level.upper()


def main(argv: list[str]) -> int:
    print(Task.next_id, Task.registry, Task.names, Task.total)
    a = Task("a")
    b = Task("b")
    print(Task.next_id, a.id, b.id, a.seen(), b.seen(), a.next_id)
    u = Urgent("u")
    print(u.describe(), Urgent.next_id, u.over())
    bump_level()
    print(u.describe(), Task.registry, Task.names is a.names, Task.total)
    for n in ["c", "d"]:
        Task(n)
    print(a.over(), Task.LIMIT, len(b.registry), sorted(Urgent.registry), b.names)
    Task.names = ["reset"]
    Task.registry = {}
    print(a.names, u.registry, Task.next_id)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0 {} [] 0.0
# expect: 2 1 2 1 0 2
# expect: u#3 high of 3 3 False
# expect: u#3 HIGH of 3 {'a': 1, 'b': 2, 'u': 3} True 1.5
# expect: True 3 5 ['a', 'b', 'c', 'd', 'u'] ['a', 'b', 'u', 'c', 'd']
# expect: ['reset'] {} 5
