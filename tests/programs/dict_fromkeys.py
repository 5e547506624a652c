# dict.fromkeys(keys, value): keys from any iterable, in first-seen order,
# each mapped to the one value object (a shared list shows it).
def main() -> None:
    print(dict.fromkeys(["b", "a", "b", "c"], 0))
    print(dict.fromkeys("hello", True))
    print(dict.fromkeys(range(3), "x"))
    print(list(dict.fromkeys((w.lower() for w in ["A", "b", "a", "B"]), 1)))
    shared = dict.fromkeys([1, 2], [0])
    shared[1].append(5)
    print(shared, shared[1] is shared[2])
    none: list[int] = []
    empty = dict.fromkeys(none, 1.5)
    print(empty, len(empty))
    pairs = dict.fromkeys([(1, "a"), (2, "b"), (1, "a")], None is None)
    print(pairs)


main()

# expect: {'b': 0, 'a': 0, 'c': 0}
# expect: {'h': True, 'e': True, 'l': True, 'o': True}
# expect: {0: 'x', 1: 'x', 2: 'x'}
# expect: ['a', 'b']
# expect: {1: [0, 5], 2: [0, 5]} True
# expect: {} 0
# expect: {(1, 'a'): True, (2, 'b'): True}
