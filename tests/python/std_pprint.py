# pprint: nested containers wrapped at the width, sorting, depth, compact,
# long strings, pformat/pp/saferepr/isreadable/isrecursive
import pprint

data = {
    "name": "inventory",
    "items": [{"id": i, "tags": ["t%d" % j for j in range(i)],
               "price": i * 1.25, "ok": i % 2 == 0} for i in range(6)],
    "matrix": [[r * c for c in range(12)] for r in range(4)],
    "nested": {"a": {"b": {"c": {"d": list(range(30))}}}},
    "tuple": tuple(range(25)),
    "single": (("x" * 70),),
    "set": set(range(30)),
    "fs": frozenset(range(100, 125)),
    "empty": [[], {}, (), set(), ""],
    3: "int key",
    "text": "The quick brown fox jumps over the lazy dog. " * 4,
    "lines": "first line\nsecond line is longer than the others\nthird\n",
    "mixed keys": {1: "a", "b": 2, (3,): [4], None: 5},
}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data["matrix"], compact=True, width=50)
pprint.pprint(data["items"], depth=2)
pprint.pprint(data["nested"], depth=3, width=20)
pprint.pp({"z": 1, "a": [1, 2, 3] * 10, "m": {"y": 2, "b": 3}})
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat(list(range(40)), width=60))
print(pprint.pformat("a long string " * 10, width=30))
print(pprint.pformat(["a long string " * 10], width=30))
print(pprint.pformat(10 ** 12, underscore_numbers=True),
      pprint.pformat([10 ** 12] * 8, underscore_numbers=True))
rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, "a"]),
      pprint.isreadable(object), pprint.saferepr({"b": [1, 2], "a": (3,)}))
pp = pprint.PrettyPrinter(width=30, sort_dicts=False)
print(pp.pformat({"zeta": list(range(10)), "alpha": "x" * 20}))
for bad in (dict(indent=-1), dict(depth=0), dict(width=0)):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


pprint.pprint([Point(i, i * i) for i in range(12)])
# recursion in the printed output, wide indents, streams, depth cuts of
# every container, readability of odd reprs, mixed-type sorting
import io
import re

d = {"self": None, "list": [1, 2]}
d["self"] = d
d["list"].append(d["list"])


def no_ids(text):
    # ids differ from run to run
    return re.sub(r"id=[0-9]+", "id=N", text)


print(no_ids(pprint.pformat(d)), no_ids(pprint.pformat(rec, width=5)), pprint.isrecursive(d))
print(no_ids(pprint.saferepr(d)), no_ids(pprint.saferepr(rec)))
wide = {"k%d" % i: list(range(i * 3)) for i in range(6)}
pprint.pprint(wide, indent=4, width=30)
pprint.pprint([list(range(8))] * 3, indent=3, width=20, compact=True)
buf = io.StringIO()
pprint.pprint((("a" * 30, "b" * 30), {"c": "d" * 40}), stream=buf, width=35)
print(repr(buf.getvalue()))
print(pprint.pformat([[1, [2, [3, [4]]]], (5, (6, (7,))), {"a": {"b": {}}}], depth=2),
      pprint.saferepr([[], (), {}, [[[]]]]), pprint.pformat(((1,),), depth=1))


class Empty:
    def __repr__(self):
        return ""


class Odd:
    def __repr__(self):
        return "<odd>"


print(repr(pprint.isreadable(Empty())), repr(pprint.isreadable({1: Empty()})),
      repr(pprint.isreadable([Empty()])), repr(pprint.isreadable((Odd(),))),
      repr(pprint.isreadable({"a": [1, (2, "x")], "b": None})))
print(pprint.pformat({1: "a", "b": 2, 2.5: None, (1,): 3, None: 4}),
      pprint.pformat({3, "x", 1.5, (2,)}, width=10),
      pprint.pformat(frozenset({"p", 2}), width=10))
print(pprint.pformat("word " * 30, width=25, indent=2),
      pprint.pformat({"key": "word " * 20}, width=30))


class MyList(list):
    pass


class MyDict(dict):
    pass


print(pprint.pformat(MyList(range(30)), width=20), pprint.pformat(MyDict(a=1, b=[1] * 40)),
      pprint.pformat(True), pprint.pformat(10 ** 20, underscore_numbers=True))
for bad in (dict(indent=-1, depth="x"), dict(width="x"), dict(indent=1.9, width=0)):
    try:
        pprint.PrettyPrinter(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
