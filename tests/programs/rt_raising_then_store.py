# A reference stored into an object after a raising operation (checked
# + - * and negation, //, %, **, shifts, float division, int(float), a
# list index) with no barrier in between: the operation's slow path
# allocates only the exception it raises, so the write barrier placed
# before it still covers the store where nothing was raised (the C
# verifier, tests/verify, checks the emitted C says so); where it raised,
# the handler's stores get barriers of their own after that allocation.
import sys


class Node:
    def __init__(self, name: str, parent: "Node | None") -> None:
        self.name = name
        self.parent = parent
        self.depth = 0 if parent is None else parent.depth + 1
        self.last: str | None = None
        self.kids: list[Node] = []
        self.tag = name + "!"

    def step(self, a: int, b: int, f: float) -> None:
        self.last = "start"
        try:
            self.depth = a + b
            self.last = "add"
            self.depth = a - b
            self.tag = "sub"
            self.depth = a * b
            self.last = "mul"
            self.depth = a // b
            self.last = "floordiv"
            self.depth = a % b
            self.last = "mod"
            self.depth = a ** 2
            self.last = "pow"
            self.depth = a << b
            self.last = "lshift"
            self.depth = a >> (b - 3)
            self.last = "rshift"
            self.depth = int(f / b)
            self.last = "truediv"
            self.depth = int(f * 1e300 * 1e300)
            self.last = "float-to-int"
            self.depth = -a
            self.last = "neg"
            self.depth = len(self.kids[b].name)
            self.last = "index"
        except ZeroDivisionError as e:
            self.last = "ZeroDivisionError: " + str(e)
        except OverflowError as e:
            self.last = "OverflowError: " + str(e)
        except ValueError as e:
            self.last = "ValueError: " + str(e)
        except IndexError as e:
            self.last = "IndexError: " + str(e)
        self.kids.append(Node(self.name + "." + str(len(self.kids)), self))


def main(argv: list[str]) -> int:
    root = Node("r", None)
    seen: dict[str, int] = {}
    total = 0
    for i in range(3000):
        n = Node("n" + str(i), root if i % 2 == 0 else None)
        for k in range(i % 5):
            n.kids.append(Node("k" + str(k), n))
        f = float(i) if i % 11 != 10 else 0.0
        n.step(i, i % 6, f)
        last = n.last if n.last is not None else "?"
        seen[last] = seen.get(last, 0) + 1
        total += n.depth + len(n.tag) + len(n.kids)
    for k in sorted(seen):
        print(k, seen[k])
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: IndexError: list index out of range 128
# expect: OverflowError: cannot convert float infinity to integer 1363
# expect: ValueError: negative shift count 1000
# expect: ZeroDivisionError: integer division or modulo by zero 500
# expect: index 9
# expect: 4855150
