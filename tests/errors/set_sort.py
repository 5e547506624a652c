# Sorting sets (or items holding them) is refused: inclusion is a partial
# order, and the result then depends on the sorting algorithm.
def main() -> None:
    sets = [{2}, {1, 2}, {3}]
    print(sorted(sets))
    pairs = [(1, {2}), (1, {1, 2})]
    pairs.sort()
    print(pairs)


main()

# expect error: 5:11: sorted() compares items with '<', which is not supported for 'set[int]' (sets are ordered by inclusion, a partial order whose sorting differs between algorithms: sort by a key)
# expect error: 7:5: sort() compares items with '<', which is not supported for 'tuple[int, set[int]]' (sets are ordered by inclusion, a partial order whose sorting differs between algorithms: sort by a key)
