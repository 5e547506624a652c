# closures, nonlocal, global, cells shared between closures, late binding
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
print(get())

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

G = 1
def setg():
    global G
    G = G + 10
setg(); setg()
print(G)

def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())

def make_adders():
    return [(lambda n: (lambda x: x + n))(k) for k in range(4)]
print([a(10) for a in make_adders()])

def unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(unbound())

def uses_local_before_assign():
    try:
        print(y)
    except UnboundLocalError as e:
        print(e)
    y = 2
uses_local_before_assign()
print(counter.__code__.co_cellvars, inc.__code__.co_freevars)
