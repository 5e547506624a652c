# function calls: defaults, keywords, *args, **kwargs, keyword-only, positional-only
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 10, "z": 1}))

def g(x, y, /, z, *, w=1):
    return x + y + z + w

print(g(1, 2, 3), g(1, 2, z=3, w=4))

def h(*, only):
    return only
print(h(only="k"))

def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2))
print(f.__defaults__, f.__kwdefaults__, g.__name__, f.__code__.co_argcount)

for call in [lambda: f(), lambda: f(1), lambda: g(1, 2, 3, 4), lambda: g(x=1, y=2, z=3),
             lambda: h(1), lambda: f(1, c=2, a=3), lambda: h(other=1), lambda: g(1, 2, 3, w=1, q=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
