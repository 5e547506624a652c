# Generators: yield, yield from, return, the three annotations, next() and
# iter(), generator methods, user iterator classes, and generators fed to
# everything that takes an iterable.
import sys
from collections.abc import Iterable
from typing import Generator, Iterator


def count_up(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs: list[int]) -> Generator[int, None, None]:
    for x in xs:
        if x % 2 == 0:
            yield x


def words(text: str) -> Iterable[str]:
    word = ""
    for ch in text:
        if ch == " ":
            if word:
                yield word
            word = ""
        else:
            word += ch
    if word:
        yield word


def until_negative(xs: list[int]) -> Iterator[int]:
    for x in xs:
        if x < 0:
            return
        yield x
    print("never printed when a negative number comes")


def flatten(tree: list[list[int]]) -> Iterator[int]:
    for row in tree:
        yield from row
    yield from count_up(2)


def fib() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def pairs(d: dict[str, int]) -> Iterator[tuple[str, int]]:
    for k, v in d.items():
        yield k, v


def take(n: int, it: Iterator[int]) -> list[int]:
    out: list[int] = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


class Tree:
    value: int
    left: "Tree | None"
    right: "Tree | None"

    def __init__(self, value: int, left: "Tree | None" = None, right: "Tree | None" = None) -> None:
        self.value = value
        self.left = left
        self.right = right

    def __iter__(self) -> Iterator[int]:
        left = self.left
        if left is not None:
            yield from left
        yield self.value
        right = self.right
        if right is not None:
            yield from right


class Countdown:
    n: int

    def __init__(self, n: int) -> None:
        self.n = n

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


def main(argv: list[str]) -> int:
    for x in count_up(3):
        print("x", x)
    print(list(evens([1, 2, 3, 4, 6])), [w.upper() for w in words(" to be  or not ")])
    print(list(until_negative([5, 6, -1, 7])), list(until_negative([1, 2])))
    print(list(flatten([[1, 2], [], [3]])))
    print(take(10, fib()))
    print(sum(count_up(101)), max(count_up(7)), min(evens([8, 4, 6])))
    print(sorted(words("c a b")), set(evens([2, 2, 4])) == {2, 4}, "-".join(words("x y z")))
    print(any(x > 3 for x in count_up(100)), all(x < 3 for x in count_up(3)))
    print(list(enumerate(words("p q"))), list(zip(count_up(5), words("a b c"))))
    print(dict(pairs({"one": 1, "two": 2})))
    it = count_up(3)
    print(next(it), next(it), next(it), next(it, -1), next(it, -2))
    try:
        next(it)
    except StopIteration:
        print("exhausted")
    lst = [10, 20]
    li = iter(lst)
    lst.append(30)              # list iterators see appended items
    print(next(li), list(li))
    si = iter("hey")
    print(next(si), next(si))
    di = iter({"k1": 1, "k2": 2})
    print(list(di))
    t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, None, Tree(7)))
    print(list(t), sum(t), [v * 10 for v in t if v % 2])
    print(list(Countdown(4)), next(iter(Countdown(9))))
    for n in Countdown(2):
        print("countdown", n)
    g = fib()
    print(iter(g) is g, [next(g) for _ in range(5)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: x 0
# expect: x 1
# expect: x 2
# expect: [2, 4, 6] ['TO', 'BE', 'OR', 'NOT']
# expect: never printed when a negative number comes
# expect: [5, 6] [1, 2]
# expect: [1, 2, 3, 0, 1]
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
# expect: 5050 6 4
# expect: ['a', 'b', 'c'] True x-y-z
# expect: True True
# expect: [(0, 'p'), (1, 'q')] [(0, 'a'), (1, 'b'), (2, 'c')]
# expect: {'one': 1, 'two': 2}
# expect: 0 1 2 -1 -2
# expect: exhausted
# expect: 10 [20, 30]
# expect: h e
# expect: ['k1', 'k2']
# expect: [1, 2, 3, 4, 6, 7] 23 [10, 30, 70]
# expect: [4, 3, 2, 1] 9
# expect: countdown 2
# expect: countdown 1
# expect: True [0, 1, 1, 2, 3]
