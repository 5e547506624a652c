# Dict and set comprehensions.
import sys


def main(argv: list[str]) -> int:
    squares = {x: x * x for x in range(5)}
    print(squares)
    words = ["apple", "bob", "cat", "apple"]
    lengths = {w: len(w) for w in words}
    print(lengths)
    inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
    print(inverted)
    firsts = {w[0] for w in words}
    print(sorted(firsts), len(firsts))
    evens = {n for n in range(10) if n % 2 == 0}
    print(sorted(evens), 4 in evens)
    pairs = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
    print(pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16}
# expect: {'apple': 5, 'bob': 3, 'cat': 3}
# expect: {1: 'a', 2: 'b'}
# expect: ['a', 'b', 'c'] 3
# expect: [0, 2, 4, 6, 8] True
# expect: {(0, 0): 0, (0, 1): 0, (0, 2): 0, (1, 1): 1, (1, 2): 2, (2, 2): 4}
