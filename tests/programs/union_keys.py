# A union as a dict key and set element: hashed and compared by the member
# held, so 1, 1.0 and True are one key (the first one stays, the last value
# wins), as in CPython (issue 8).
from typing import Union
K = Union[int, float, bool, str, None]
d: dict[K, str] = {1: "a", True: "b", 1.0: "c", "1": "d", None: "e", 0: "f", False: "g", 2.5: "h"}
print(d)
s: set[K] = {True, 1, 1.0, 0.0, False, None, "x", None}
print(len(s), sorted(repr(x) for x in s))
print(d[1.0], d[None], d.get(0.0), 2.5 in d, d.get(3))
del d[True]
print(d)

# expect: {1: 'c', '1': 'd', None: 'e', 0: 'g', 2.5: 'h'}
# expect: 4 ["'x'", '0.0', 'None', 'True']
# expect: c e g True None
# expect: {'1': 'd', None: 'e', 0: 'g', 2.5: 'h'}
