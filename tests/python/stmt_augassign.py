# augmented assignment on names, attributes, subscripts, slices; evaluation order
class Box:
    def __init__(self):
        self.v = 1
        self.items = [1, 2, 3]
b = Box()
b.v += 10
b.v *= 2
b.v -= 1
b.v //= 3
b.v **= 2
b.v %= 11
b.v <<= 3
b.v >>= 1
b.v |= 1
b.v &= 0xff
b.v ^= 0b1010
print(b.v)
b.items[1] += 100
b.items[-1] *= 7
print(b.items)
d = {"k": [1]}
d["k"] += [2]
d.setdefault("n", 0)
d["n"] += 5
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
f = 1.5
f /= 2
f **= 3
print(f)
log = []
class Tracker:
    def __init__(self): self.data = {0: 1}
    def __getitem__(self, k):
        log.append(("get", k)); return self.data[k]
    def __setitem__(self, k, v):
        log.append(("set", k, v)); self.data[k] = v
def key():
    log.append("key"); return 0
tr = Tracker()
tr[key()] += 5
print(log, tr.data)
lst = [1, 2]
alias = lst
lst += [3]
print(alias, alias is lst)
tup = (1, [2])
try:
    tup[1] += [3]
except TypeError as e:
    print(e, tup)
x = 7
x @= 2 if False else 0 or None
