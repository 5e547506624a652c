# positional-only, keyword-only, defaults, *args/**kwargs, and the errors
def f(a, b=2, /, c=3, *, d, e=5, **kw):
    return (a, b, c, d, e, kw)
print(f(1, d=4))
print(f(1, 2, 3, d=4, e=6, z=7))
print(f(1, c=9, d=0, b=8))
for call in [lambda: f(d=1), lambda: f(1), lambda: f(1, 2, 3, 4, d=1),
             lambda: f(a=1, d=2), lambda: f(1, c=1, c2=3)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(), g(1, *[2, 3], x=1, **{"y": 2}))
def h(x, *, y):
    return x + y
try:
    h(1, 2)
except TypeError as e:
    print(e)
try:
    h(1)
except TypeError as e:
    print(e)
def k(a, b):
    return a - b
print(k(b=1, a=5), k(*(3, 1)), k(**{"a": 9, "b": 4}))
try:
    k(1, a=2)
except TypeError as e:
    print(e)
try:
    k(1, 2, 3)
except TypeError as e:
    print(e)
def defaults(x=[]):
    x.append(len(x))
    return x
print(defaults(), defaults(), defaults([9]))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_posonlyargcount, f.__code__.co_varnames[:5], f.__name__)
