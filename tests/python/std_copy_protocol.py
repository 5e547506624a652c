# copy through the reduce protocol: __getstate__/__setstate__, __reduce_ex__,
# subclasses of list/int/dict, deques, cycles, memo sharing, unpicklable objects
import copy
class A:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1; self.y = [2]
a = copy.deepcopy(A()); print(a.x, a.y)
b = copy.copy(A()); print(b.x, b.y)
class S:
    def __init__(self): self.v = 1; self.cache = {}
    def __getstate__(self): return {"v": self.v}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = "fresh"
print(copy.copy(S()).cache, copy.deepcopy(S()).cache)
import collections
class L(list): pass
l = L([1, [2]]); l.z = 3
l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.z, l2[1] is l[1])
class MI(int): pass
m = copy.copy(MI(5)); print(type(m).__name__, m)
d = collections.defaultdict(list, a=[1]); d2 = copy.deepcopy(d); print(d2, d2["a"] is d["a"])
c = collections.Counter("aab"); print(copy.copy(c), copy.deepcopy(c))
od = collections.OrderedDict(a=1); print(copy.deepcopy(od))
dq = collections.deque([1, [2]], 5); print(copy.deepcopy(dq), copy.copy(dq))
class R:
    def __init__(self, x): self.x = x
    def __reduce_ex__(self, proto): return (R, (self.x * 2,))
print(copy.copy(R(4)).x, copy.deepcopy(R(4)).x)
x = [1]; y = [x, x]; z = copy.deepcopy(y); print(z[0] is z[1])
cyc = []; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[0] is cc)
t = ([1],); t2 = copy.deepcopy(t); print(t2, t2[0] is t[0])
import threading
try:
    copy.copy(threading.Lock())
except TypeError as e:
    print("TypeError", e)
class P:
    def __init__(self): self.a = 1
    def __copy__(self): return "custom"
print(copy.copy(P()))
import dataclasses
@dataclasses.dataclass
class DC:
    a: int
    b: list
print(copy.deepcopy(DC(1, [2])))
print(copy.copy(range(3)), copy.deepcopy({1: (2, [3])}), copy.copy(frozenset([1])))
