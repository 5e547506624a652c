# Functions: defaults, keywords, *args, **kwargs, keyword-only, closures,
# nonlocal, global, lambdas, recursion, decorators, docstrings.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, z=0))
print(f(*[1, 2, 3], **{"c": 4, "q": 5}))
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(10))
G = 0
def bump():
    global G
    G += 1
bump(); bump()
print(G)
square = lambda x: x * x
print(square(7), (lambda *a: sum(a))(1, 2, 3), list(map(lambda s: s.upper(), ["a", "b"])))
def fact(n):
    """Factorial."""
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact.__doc__, fact.__name__)
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y):
    return x + y
print(add(2, 3))
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([g(10) for g in make_adders()])
def kwonly(*, a, b=1):
    return a + b
print(kwonly(a=5), kwonly(b=2, a=3))
def posonly(a, b, /, c):
    return a * b + c
print(posonly(2, 3, c=4), posonly(1, 2, 3))
print(list(filter(None, [0, 1, 2, 0, 3])), list(filter(lambda x: x > 1, [1, 2, 3])))
def gen_closures():
    fs = []
    for i in range(3):
        def g():
            return i
        fs.append(g)
    return [h() for h in fs]
print(gen_closures())
