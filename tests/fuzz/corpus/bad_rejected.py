async def f():
    await g()
    yield 1
    x = (y := 2)
    z = ...
def h(a, /, b): pass
d = {**e}
lambda *a, **k: 0
nonlocal q
