f() = 1
1 += 2
(a, b): int = 3
del f()
for 1 in x: pass
g(a=1, b)
g(x+1=2)
def k(a=1, b): pass
def m(*, **k): pass
