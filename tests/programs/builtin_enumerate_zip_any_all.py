# enumerate, zip (stopping at the shortest), any and all over lists,
# including empty ones; list() of them.
import sys


def main(argv: list[str]) -> int:
    print(list(enumerate("abc")), list(enumerate(["x"], 10)))
    print(list(zip([1, 2, 3], "ab")), list(zip(["a"], [1, 2, 3])))
    names = ["ann", "bob", "cy"]
    ages = [31, 25, 40]
    for name, age in zip(names, ages):
        print(f"{name}:{age}")
    no_bools: list[bool] = []
    print(any([False, True]), any([False]), any(no_bools), all([True, True]), all([True, False]), all(no_bools))
    print(any([0, 0, 3]), all([1, 2, 0]), all(["a", "b"]), any(["", ""]))
    print({k: v for k, v in zip(["k1", "k2"], [1, 2])})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [(0, 'a'), (1, 'b'), (2, 'c')] [(10, 'x')]
# expect: [(1, 'a'), (2, 'b')] [('a', 1)]
# expect: ann:31
# expect: bob:25
# expect: cy:40
# expect: True False False True False True
# expect: True False True False
# expect: {'k1': 1, 'k2': 2}
