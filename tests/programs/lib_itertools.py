# itertools: count (endless, lazy), chain, product, permutations and combinations
# with a constant r, islice (of a list, a string, a range, or a count() read
# lazily), CPython's islice errors, against CPython.
import itertools
import sys
from itertools import chain, count, islice, permutations, product


def main(argv: list[str]) -> int:
    print(list(chain([1, 2], [3])), list(chain("ab", "cd", "e")), list(itertools.chain([[1], [2]])))
    for a, b in product([1, 2], "xy"):
        print(a, b, end="; ")
    print()
    print(list(product(range(2), range(2), [True])))
    print(list(permutations([1, 2, 3], 2)), list(itertools.permutations("abc", r=3)))
    print(list(itertools.combinations(range(5), 3)), list(itertools.combinations("abcd", 2)))
    print(list(islice(range(100), 5)), list(islice("abcdefgh", 2, 6)), list(islice([1, 2, 3, 4, 5, 6, 7], 1, 7, 2)))
    c = count(10, 5)
    print(list(islice(c, 3)), list(islice(c, 1, 3)), list(islice(count(), 0, 10, 3)))
    for i in count(1):
        if i * i > 50:
            print("first square over 50:", i * i)
            break
    total = 0
    for n in itertools.islice(itertools.count(), 4):
        total += n
    print(total)
    for args in [[-1], [-2], [-1, 2], [0, -1], [0, -2], [0, 2, 0], [1, 3, -1]]:
        try:
            if len(args) == 1:
                print(list(islice([1], args[0])))
            elif len(args) == 2:
                print(list(islice([1], args[0], args[1])))
            else:
                print(list(islice(count(), args[0], args[1], args[2])))
        except ValueError as e:
            print("ValueError", e)
    try:
        print(list(islice(count(), -5)))
    except ValueError as e:
        print("ValueError", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [1, 2, 3] ['a', 'b', 'c', 'd', 'e'] [[1], [2]]
# expect: 1 x; 1 y; 2 x; 2 y; 
# expect: [(0, 0, True), (0, 1, True), (1, 0, True), (1, 1, True)]
# expect: [(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)] [('a', 'b', 'c'), ('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')]
# expect: [(0, 1, 2), (0, 1, 3), (0, 1, 4), (0, 2, 3), (0, 2, 4), (0, 3, 4), (1, 2, 3), (1, 2, 4), (1, 3, 4), (2, 3, 4)] [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]
# expect: [0, 1, 2, 3, 4] ['c', 'd', 'e', 'f'] [2, 4, 6]
# expect: [10, 15, 20] [30, 35] [0, 3, 6, 9]
# expect: first square over 50: 64
# expect: 6
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Step for islice() must be a positive integer or None.
# expect: ValueError Step for islice() must be a positive integer or None.
# expect: ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
