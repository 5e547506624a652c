# A failing assert with a message inside a list comprehension in a class
# body: the traceback through <module>, the class body, <listcomp>.
def check(n):
    assert n > 0, f"expected positive, got {n}"
    return n
vals = [check(v) for v in (3, 2)]
print(vals)
class Bad:
    items = [check(v) for v in (1, -1)]
