# dict: insertion order, update of existing keys keeps position, deletion
# and reinsertion moves to the end, `in`, len, repr, equality.
import sys


def main(argv: list[str]) -> int:
    d = {"one": 1, "two": 2}
    d["three"] = 3
    d["one"] = 11
    print(d, len(d), "two" in d, "four" in d)
    del d["two"]
    d["two"] = 22
    print(d, list(d))
    e = {"two": 22, "one": 11, "three": 3}
    print(d == e, d != e)
    ints: dict[int, str] = {}
    for i in [5, 3, 9, 3]:
        ints[i] = str(i * i)
    print(ints, ints[9])
    nested: dict[str, dict[str, list[int]]] = {"a": {"x": [1]}, "b": {}}
    nested["b"]["y"] = [2, 3]
    nested["a"]["x"].append(4)
    print(nested)
    big: dict[int, int] = {}
    for i in range(1000):
        big[i * 37 % 1009] = i
    print(len(big), big[37], sum(big.values()))
    for i in range(0, 1000, 2):
        del big[i * 37 % 1009]
    print(len(big), big[37], 74 in big)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: {'one': 11, 'two': 2, 'three': 3} 3 True False
# expect: {'one': 11, 'three': 3, 'two': 22} ['one', 'three', 'two']
# expect: True False
# expect: {5: '25', 3: '9', 9: '81'} 81
# expect: {'a': {'x': [1, 4]}, 'b': {'y': [2, 3]}}
# expect: 1000 1 499500
# expect: 500 1 False
