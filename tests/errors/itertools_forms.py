# itertools forms outside the subset: tuples of unknown length, printing
# an iterator (CPython prints its address).
import sys
from itertools import chain, combinations, permutations


def main(argv: list[str]) -> int:
    n = len(argv)
    print(list(permutations([1, 2, 3])))
    print(list(combinations([1, 2, 3], n)))
    print(chain([1], [2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 9:16: itertools.permutations() needs r, the length of its tuples, as the constant 2 or 3
# expect error: 10:16: itertools.combinations() needs r, the length of its tuples, as the constant 2 or 3
# expect error: 11:11: 'iterator[int]' cannot be converted to a string: it has no __str__ or __repr__
