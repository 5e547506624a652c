# list.sort: default, reverse, key, stability; sorting strings, floats,
# tuples and lists.
import sys


def second(p: tuple[str, int]) -> int:
    return p[1]


def neg(x: int) -> int:
    return -x


def main(argv: list[str]) -> int:
    nums = [5, 2, 9, 1, 5, 6, -3]
    nums.sort()
    print(nums)
    nums.sort(reverse=True)
    print(nums)
    nums.sort(key=neg)
    print(nums)
    pairs = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1)]
    pairs.sort(key=second)
    print(pairs)
    pairs.sort(key=second, reverse=True)
    print(pairs)
    words = ["Banana", "apple", "cherry", "Apple"]
    words.sort()
    print(words)
    fl = [2.5, -1.0, 3.25, 0.0]
    fl.sort()
    print(fl)
    nested: list[list[int]] = [[2, 1], [1, 2, 3], [1, 2], []]
    nested.sort()
    print(nested)
    big = [(i * 7919) % 1000 for i in range(200)]
    big.sort()
    print(big[:8], big[-3:], all(big[i] <= big[i + 1] for i in range(len(big) - 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [-3, 1, 2, 5, 5, 6, 9]
# expect: [9, 6, 5, 5, 2, 1, -3]
# expect: [9, 6, 5, 5, 2, 1, -3]
# expect: [('b', 1), ('e', 1), ('d', 2), ('a', 3), ('c', 3)]
# expect: [('a', 3), ('c', 3), ('d', 2), ('b', 1), ('e', 1)]
# expect: ['Apple', 'Banana', 'apple', 'cherry']
# expect: [-1.0, 0.0, 2.5, 3.25]
# expect: [[], [1, 2], [1, 2, 3], [2, 1]]
# expect: [0, 3, 6, 9, 12, 15, 28, 31] [981, 984, 987] True
