# json: dumps/loads round trips, options, and error messages
import json

data = {"name": "Widget", "id": 12, "price": 9.75, "tags": ["a", "b", "\u00e9"],
        "nested": {"ok": True, "none": None, "off": False, "list": [1, 2.5, -3e20, []]},
        "empty": {}, "esc": "quote\" back\\ nl\n tab\t ctl\x01 astral\U0001F600"}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, [2, [3, {}]]], indent="\t"))
print(json.dumps({1: "int", 2.5: "float", True: "t", None: "n"}))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-0.0), json.dumps(1e100))
print(json.dumps((1, 2)), json.dumps("x"), json.dumps(10**30))
print(json.loads('[1, 2.0, -0, 1e3, 1E-2, "\\u00e9\\ud83d\\ude00", NaN, -Infinity]'))
print(json.loads('  {"a" : [ ] , "b":{ }}  '))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1.5]', parse_float=str), json.loads('{"x": 1}', object_pairs_hook=list))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError("no")

print(json.dumps([Point(1, 2)], default=enc))
print(json.loads('{"x": 3, "y": 4}', object_hook=lambda d: Point(**d)).y)

for bad in ['', '[1,', '{"a" 1}', '{"a": 1,}', '[1 2]', '{1: 2}', '"abc', '"\\x"',
            '[1] x', 'tru', '"a\nb"', '{"a": }', '[,]', '"\\u12"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
    except ValueError as e:
        print("ValueError", e)

for bad in [{(1, 2): 3}, {"s": {1, 2}}, float("nan")]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
print(json.dumps({"b": 1, "a": {"d": 2, "c": [3]}}, sort_keys=True, indent=4))
print(isinstance(json.JSONDecodeError("m", "doc", 1), ValueError))
