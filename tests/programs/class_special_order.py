# __lt__ defined in a base and overridden in a subclass: sorting,
# min/max and < on base-typed values call the object's own __lt__ (a
# subclass's override keeps the base's parameter type).  A class with only
# __str__ prints with it; its repr would be an address (rejected).
from __future__ import annotations

import sys


class Job:
    prio: int
    name: str

    def __init__(self, prio: int, name: str) -> None:
        self.prio = prio
        self.name = name

    def __lt__(self, other: Job) -> bool:
        return self.prio < other.prio

    def __repr__(self) -> str:
        return f"{type_name(self)}({self.prio}, {self.name!r})"


class Urgent(Job):
    def __lt__(self, other: Job) -> bool:
        # an urgent job goes before any job of the same priority
        return self.prio <= other.prio


def type_name(j: Job) -> str:
    return "Urgent" if isinstance(j, Urgent) else "Job"


class Word:
    text: str

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return f"'{self.text}'"


def main(argv: list[str]) -> int:
    jobs: list[Job] = [Job(2, "b"), Urgent(2, "u"), Job(1, "a"), Urgent(3, "v"), Job(3, "c")]
    print(sorted(jobs))
    print(sorted(jobs, reverse=True))
    print(min(jobs), max(jobs))
    a: Job = Job(2, "x")
    u: Job = Urgent(2, "y")
    print(a < u, u < a, a > u, u > a)
    print([(a, 1)] < [(u, 1)], (u, 0) < (a, 0))
    jobs.sort()
    print(jobs)
    w = Word("hi")
    print(w, str(w), f"{w}", f"[{w!s}]", "w=" + str(w))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [Job(1, 'a'), Urgent(2, 'u'), Job(2, 'b'), Urgent(3, 'v'), Job(3, 'c')]
# expect: [Job(3, 'c'), Urgent(3, 'v'), Job(2, 'b'), Urgent(2, 'u'), Job(1, 'a')]
# expect: Job(1, 'a') Job(3, 'c')
# expect: False True True False
# expect: False True
# expect: [Job(1, 'a'), Urgent(2, 'u'), Job(2, 'b'), Urgent(3, 'v'), Job(3, 'c')]
# expect: 'hi' 'hi' 'hi' ['hi'] w='hi'
