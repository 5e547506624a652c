# Scopes: LEGB resolution, global and nonlocal, closures over loop
# variables, class bodies, comprehension scopes, del, UnboundLocalError.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def shadow():
    print(x)
shadow()
def modify():
    global x
    x = "modified"
modify()
print(x)
def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return step, peek
step, peek = make_counter()
step(); step()
print(peek())
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()
class K:
    a = 1
    b = [a * i for i in range(3)] if False else None
    c = a + 1
    def m(self):
        return K.c
print(K.c, K().m())
def comp_scope():
    n = 10
    return [n + i for i in range(3)], {i: n for i in range(2)}
print(comp_scope())
i = "outer i"
_ = [i for i in range(3)]
print(i)
def deleter():
    z = 1
    del z
    try:
        return z
    except NameError as e:
        return str(e)
print(deleter())
def nested_nonlocal():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
        inner()
        return a
    return mid()
print(nested_nonlocal())
funcs = []
for k in range(3):
    funcs.append(lambda: k)
print([f() for f in funcs])
def default_binding():
    out = []
    for k in range(3):
        out.append(lambda k=k: k * 2)
    return [f() for f in out]
print(default_binding())
