# `x in container` where the items are lists, sets or dicts: an empty
# display left of `in` takes its type from the container's items.
import sys


class Bag:
    def __init__(self) -> None:
        self.items: list[list[str]] = [["a"]]

    def __contains__(self, x: list[str]) -> bool:
        return x in self.items


def main(argv: list[str]) -> int:
    ll: list[list[int]] = [[1, 2], []]
    print([] in ll, [1, 2] in ll, [3] in ll, [] not in ll)
    x = [1, 2]
    print(x in ll, x not in ll, [2, 1] in ll)
    ss: list[set[str]] = [{"a"}, set()]
    print(set() in ss, {"a"} in ss)
    dl: list[dict[str, int]] = [{"k": 1}]
    print({} in dl, {"k": 1} in dl, {"k": 2} in dl)
    keys: dict[tuple[int, int], str] = {(1, 2): "p"}
    print((1, 2) in keys, (2, 1) in keys)
    print([] in Bag(), ["a"] in Bag())
    nested: list[list[list[int]]] = [[[]], [[1]]]
    print([[]] in nested, [[1]] in nested, [] in nested)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True True False False
# expect: True False False
# expect: True True
# expect: False True False
# expect: True False
# expect: False True
# expect: True True False
