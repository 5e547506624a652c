# LOAD_ATTR and LOAD_METHOD on a module cache the name's dict cell: a
# rebound, deleted and re-created module attribute reads right after.
import math
import sys

def f(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i) + math.pi
    return s

print(round(f(1000), 6))
math.pi = 3
print(math.pi, f(2))
del math.pi
try:
    math.pi
except AttributeError as e:
    print("AttributeError:", e)
math.pi = 4
print(f(1), sys.maxsize > 0)
import collections
print(collections.OrderedDict.__name__, math.__name__)
