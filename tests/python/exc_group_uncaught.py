# an uncaught exception group: CPython's boxed traceback format, nested
# groups, a cause, notes
def f():
    raise ValueError("bad value")

def g():
    excs = []
    for fn in (f, lambda: 1 / 0):
        try:
            fn()
        except Exception as e:
            excs.append(e)
    inner = ExceptionGroup("inner", [KeyError("k"), TypeError("t")])
    inner.add_note("a note on inner")
    excs.append(inner)
    raise ExceptionGroup("outer", excs)

try:
    g()
except* ZeroDivisionError:
    print("handled the division")
