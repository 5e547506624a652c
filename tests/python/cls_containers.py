# container protocol: __getitem__/__setitem__/__delitem__, __len__, __iter__, __contains__, slices
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]

g = Grid(3, 2)
g[1, 1] = "#"
g[0, 0] = "@"
print(len(g), "#" in g, "x" in g, "".join(g), g[1:5], g[::2], g[1:2])
del g[0, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError", e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
a, b, *rest = Seq()
print(a, b, rest)

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), sum(Countdown(5)), max(Countdown(3)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class NoLen: pass
try:
    len(NoLen())
except TypeError as e:
    print(e)
try:
    iter(NoLen())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
