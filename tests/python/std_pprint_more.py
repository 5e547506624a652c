# pprint's multi-line printers for bytes, bytearray, the collections'
# containers (OrderedDict, defaultdict, Counter, ChainMap, deque),
# SimpleNamespace and dataclasses, at several widths, indents, depths
import collections
import dataclasses
import pprint
import types

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"]
od = collections.OrderedDict((w, len(w) * [i]) for i, w in enumerate(words))
dd = collections.defaultdict(list, {w: list(range(len(w))) for w in words})
cnt = collections.Counter("the quick brown fox jumps over the lazy dog")
chain = collections.ChainMap({"a": list(range(12))}, {"b": "x" * 30},
                             {"c": (1, 2, 3)})
dq = collections.deque(range(30))
dq_bound = collections.deque(("item%d" % i for i in range(12)), maxlen=15)
ns = types.SimpleNamespace(name="spam", values=list(range(20)),
                           inner=types.SimpleNamespace(a=1, b="b" * 25))
raw = bytes(range(40))
text = b"The quick brown fox jumps over the lazy dog. " * 2
buf = bytearray(text)


@dataclasses.dataclass
class Item:
    name: str
    tags: list
    price: float = 0.0
    hidden: int = dataclasses.field(default=7, repr=False)


@dataclasses.dataclass(repr=False)
class Plain:
    values: list

    def __repr__(self):
        return "Plain(%d values, %s)" % (len(self.values), "p" * 30)


class Space(types.SimpleNamespace):
    pass


class MyOrdered(collections.OrderedDict):
    pass


class Own(collections.Counter):
    def __repr__(self):
        return "Own(%d)" % len(self)


item = Item("widget", ["a%d" % i for i in range(10)], 9.5)
everything = [od, dd, cnt, chain, dq, dq_bound, ns, raw, text, buf, item,
              Space(x=list(range(25)), y="why"), MyOrdered(od)]
for width in (80, 40, 25, 10):
    print("--- width", width)
    for obj in everything:
        pprint.pprint(obj, width=width)
pprint.pprint(everything, width=50)
pprint.pprint({"od": od, "nested": [dd, (cnt,)]}, width=40, indent=3)
pprint.pprint(everything, width=60, depth=2)
pprint.pprint([dq, dq_bound], width=30, compact=True)
for empty in (collections.OrderedDict(), collections.defaultdict(int),
              collections.Counter(), collections.deque(),
              collections.deque(maxlen=3), types.SimpleNamespace(), b"",
              bytearray(), b"abcd", bytearray(b"wxyz"), Plain([1] * 40),
              Own("abcdefgh" * 10)):
    pprint.pprint(empty, width=5)
pprint.pprint(Plain(list(range(40))), width=30)
pprint.pprint(collections.defaultdict(None, {i: "v" * i for i in range(8)}),
              width=20)
pprint.pprint(dd, width=20, sort_dicts=False)
pprint.pprint(collections.Counter({"a": 3, "b": 3, "c": 1, "d": 9}),
              width=10)
for size in (5, 7, 8, 11, 12, 16, 33):
    pprint.pprint(bytes(range(65, 65 + size)), width=12)
    pprint.pprint([bytes(range(65, 65 + size))], width=12)
    pprint.pprint(bytearray(range(200, 200 + size // 2)), width=14)
selfish = types.SimpleNamespace(long="l" * 40)
selfish.me = selfish
print(pprint.pformat(selfish, width=20))
print(pprint.pformat(types.SimpleNamespace(deep=[[[1] * 30]]), depth=2,
                     width=20))
print(pprint.isreadable(od), pprint.saferepr(dq_bound),
      pprint.pformat(dq_bound, width=200))
# types.MappingProxyType: a read-only view, printed as mappingproxy(...)
import collections.abc

view = types.MappingProxyType({"k%d" % i: list(range(i)) for i in range(8)})
pprint.pprint(view, width=40)
pprint.pprint([view, types.MappingProxyType({})], width=30, indent=2)
pprint.pprint(types.MappingProxyType(od), width=35)
print(view["k2"], view.get("zz", 0), "k3" in view, len(view), list(view)[:3],
      list(reversed(view))[:2], view == dict(view), view != {}, str(view)[:20],
      type(view).__name__, type(view).__module__, view.copy() == dict(view),
      isinstance(view, collections.abc.Mapping), view | {"x": 1} == {**view, "x": 1},
      {"x": 1} | view == {"x": 1, **view}, list(view.keys())[:2])
base = {"a": 1}
live = types.MappingProxyType(base)
base["b"] = 2
print(live, repr(types.MappingProxyType(collections.OrderedDict(a=1))))
for call in (lambda: live.__setitem__("c", 3), lambda: types.MappingProxyType([1]),
             lambda: types.MappingProxyType(5), lambda: hash(live)):
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    live["c"] = 3
except TypeError as e:
    print("TypeError", e)
