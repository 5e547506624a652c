# assert statements, AssertionError messages, uncaught assertion traceback
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x
print(check(3))
for v in [-1, 2.5]:
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)
def total(items):
    t = 0
    for i in items:
        t += i
    assert t == 10, "sum mismatch: %d" % t
    return t
print(total([1, 2, 3, 4]))
total([1, 2])
