# collections.defaultdict, Counter and OrderedDict, typing.Union, and
# dict.update with pairs, against CPython.
import sys
from collections import Counter, OrderedDict, defaultdict
from typing import Optional, Union


def default_name() -> str:
    return "?"


def first_word(text: str) -> Union[str, None]:
    words = text.split()
    return words[0] if words else None


def main(argv: list[str]) -> int:
    index: defaultdict[str, list[int]] = defaultdict(list)
    for i, w in enumerate("the cat saw the dog and the bird".split()):
        index[w].append(i)
    print(index)
    print(len(index), "the" in index, "fish" in index, index.get("fish"), index["fish"], len(index))
    counts: defaultdict[str, int] = defaultdict(int)
    for ch in "mississippi":
        counts[ch] += 1
    print(sorted(counts.items()), counts["z"], list(counts), list(counts.values()))
    del counts["z"]
    print(counts.pop("m"), counts.setdefault("q", 7), counts)
    groups: defaultdict[int, set[str]] = defaultdict(set)
    for w in ["a", "bb", "cc", "d", "eee"]:
        groups[len(w)].add(w)
    print(sorted((k, sorted(v)) for k, v in groups.items()))
    nested: defaultdict[str, dict[str, int]] = defaultdict(dict)
    nested["x"]["y"] = 1
    texts: defaultdict[int, str] = defaultdict(str)
    texts[1] += "one"
    flags: defaultdict[str, bool] = defaultdict(bool)
    floats: defaultdict[str, float] = defaultdict(float)
    floats["pi"] += 3.25
    print(nested, texts, flags["no"], floats)
    named: defaultdict[int, str] = defaultdict(default_name)
    print(named[5], len(named), named == named)
    for k in index:
        if len(index[k]) > 1:
            print("repeated:", k)

    letters = Counter("abracadabra")
    print(letters)
    print(letters.most_common(2), letters["a"], letters["z"], "z" in letters, len(letters))
    print(letters.get("b"), letters.get("q"), letters.get("q", -1))  # int | None without a default
    words = Counter(["red", "blue", "red", "green", "blue", "red"])
    print(words.most_common(), words.total(), sorted(words.elements()))
    words.update(["green", "green", "green"])
    words.subtract(["red"])
    words["black"] = 0
    print(words, sorted(words), list(words.keys()))
    print(Counter("ab") == Counter("ba"), Counter("ab") == Counter("abb"))
    empty: Counter[int] = Counter()
    empty[3] += 2
    print(empty, Counter([1, 1, 2]).most_common(1), Counter[str]())

    od: OrderedDict[str, int] = OrderedDict()
    for k in ["one", "two", "three", "four"]:
        od[k] = len(k)
    od.move_to_end("one")
    od.move_to_end("four", last=False)
    print(od, list(od), od["two"], len(od))
    print(od.popitem(), od.popitem(last=False), od)
    other: OrderedDict[str, int] = OrderedDict()
    other["three"] = 5
    other["two"] = 3
    print(od == other, od.get("two", 0), OrderedDict[str, int]())
    try:
        OrderedDict[str, int]().popitem()
    except KeyError as e:
        print("KeyError", e)
    try:
        od.move_to_end("nine")
    except KeyError as e:
        print("KeyError", e)

    d = {"a": 1}
    d.update(zip(["b", "c"], [2, 3]))
    d.update([("a", 10), ("d", 4)])
    d.update({"e": 5})
    print(d)
    maybe: Optional[str] = first_word("  hello world")
    print(maybe, first_word(""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: defaultdict(<class 'list'>, {'the': [0, 3, 6], 'cat': [1], 'saw': [2], 'dog': [4], 'and': [5], 'bird': [7]})
# expect: 6 True False None [] 7
# expect: [('i', 4), ('m', 1), ('p', 2), ('s', 4)] 0 ['m', 'i', 's', 'p', 'z'] [1, 4, 4, 2, 0]
# expect: 1 7 defaultdict(<class 'int'>, {'i': 4, 's': 4, 'p': 2, 'q': 7})
# expect: [(1, ['a', 'd']), (2, ['bb', 'cc']), (3, ['eee'])]
# expect: defaultdict(<class 'dict'>, {'x': {'y': 1}}) defaultdict(<class 'str'>, {1: 'one'}) False defaultdict(<class 'float'>, {'pi': 3.25})
# expect: ? 1 True
# expect: repeated: the
# expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
# expect: [('a', 5), ('b', 2)] 5 0 False 5
# expect: 2 None -1
# expect: [('red', 3), ('blue', 2), ('green', 1)] 6 ['blue', 'blue', 'green', 'red', 'red', 'red']
# expect: Counter({'green': 4, 'red': 2, 'blue': 2, 'black': 0}) ['black', 'blue', 'green', 'red'] ['red', 'blue', 'green', 'black']
# expect: True False
# expect: Counter({3: 2}) [(1, 2)] Counter()
# expect: OrderedDict([('four', 4), ('two', 3), ('three', 5), ('one', 3)]) ['four', 'two', 'three', 'one'] 3 4
# expect: ('one', 3) ('four', 4) OrderedDict([('two', 3), ('three', 5)])
# expect: False 3 OrderedDict()
# expect: KeyError 'dictionary is empty'
# expect: KeyError 'nine'
# expect: {'a': 10, 'b': 2, 'c': 3, 'd': 4, 'e': 5}
# expect: hello None
