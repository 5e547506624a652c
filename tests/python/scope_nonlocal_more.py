# closures: nonlocal counters, late binding, class scopes, global declarations
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents if inc.__closure__ else None)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
x = "global"
class C:
    x = "class"
    y = [x for _ in range(1)]
    def m(self):
        return x
print(C.y, C().m())
def outer():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 10
            return v
        return inner()
    mid()
    return v
print(outer())
total = 0
def add(k):
    global total
    total += k
add(3); add(4)
print(total)
def shadow():
    try:
        print(undefined_local)
    except NameError as e:
        print(e)
    try:
        z = z + 1
    except UnboundLocalError as e:
        print(e)
shadow()
def make():
    def rec(n):
        return 1 if n <= 1 else n * rec(n - 1)
    return rec
print(make()(10))
def deleted():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(deleted())
print([(lambda y: y * k)(2) for k in range(3)])
g = (k * 2 for k in range(3))
print(list(g), list(g))
