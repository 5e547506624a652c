# sorted() with reverse and key (a function or a bound method); sort
# stability; reversed() over lists and strings.
import sys


def by_len(s: str) -> int:
    return len(s)


def last_char(s: str) -> str:
    return s[-1]


class Ranker:
    weights: dict[str, int]

    def __init__(self) -> None:
        self.weights = {"low": 1, "mid": 5, "high": 9}

    def weight(self, s: str) -> int:
        return self.weights[s]


def main(argv: list[str]) -> int:
    words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
    print(sorted(words))
    print(sorted(words, reverse=True))
    print(sorted(words, key=by_len))
    print(sorted(words, key=by_len, reverse=True))
    print(sorted(words, key=last_char))
    r = Ranker()
    print(sorted(["high", "low", "mid"], key=r.weight))
    print(sorted([3, 1, 2]), sorted("cab"), sorted((5, 4)), sorted({3: "x", 1: "y"}))
    print(list(reversed([1, 2, 3])), "".join(list(reversed("abc"))))
    print(sorted([(2, "b"), (1, "b"), (2, "a")]), sorted([-1.5, 2.0, 0.0]))
    print(words[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ['apple', 'banana', 'date', 'fig', 'kiwi', 'pear']
# expect: ['pear', 'kiwi', 'fig', 'date', 'banana', 'apple']
# expect: ['fig', 'pear', 'kiwi', 'date', 'apple', 'banana']
# expect: ['banana', 'apple', 'pear', 'kiwi', 'date', 'fig']
# expect: ['banana', 'apple', 'date', 'fig', 'kiwi', 'pear']
# expect: ['low', 'mid', 'high']
# expect: [1, 2, 3] ['a', 'b', 'c'] [4, 5] [1, 3]
# expect: [3, 2, 1] cba
# expect: [(1, 'b'), (2, 'a'), (2, 'b')] [-1.5, 0.0, 2.0]
# expect: pear
