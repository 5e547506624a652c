# global/nonlocal declarations, pass, chained comparisons, conditional imports, exec/eval
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6 == 6, x is not None, x not in [1, 2])
def calls():
    seen = []
    def f(v):
        seen.append(v)
        return v
    r = f(1) < f(2) < f(0) < f(3)
    return r, seen
print(calls())
ns = {}
exec("y = 2 + 3\ndef sq(v): return v * v", ns)
print(ns["y"], ns["sq"](4), eval("y * 10", ns), eval("1 + 2"))
print(eval("[a * 2 for a in range(3)]"), eval("x + 1", {"x": 41}))
code = compile("z = 9", "<string>", "exec")
g = {}
exec(code, g)
print(g["z"])
if x:
    pass
elif x > 2:
    print("no")
class Empty:
    ...
print(Empty.__name__, type(...).__name__, ... is Ellipsis)
print(globals()["counter"], "bump" in globals(), sorted(k for k in locals() if k == "x"))
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
print(__name__, __doc__ is None)
