# TypeErrors of calls: argument count and keyword messages as CPython.
def f(a, b, c=3):
    return a + b + c

class K:
    def m(self, x):
        return x

for call in [lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=5),
             lambda: f(1, 2, a=1), lambda: K().m(), lambda: K().m(1, 2),
             lambda: len(1, 2), lambda: int("12a"), lambda: [].pop(),
             lambda: {}.popitem(), lambda: "abc"[10], lambda: 1 + "a",
             lambda: "a" + 1, lambda: [1] * "a", lambda: len(),
             lambda: (1, 2).x, lambda: {}["k"], lambda: 1 / 0,
             lambda: 1 % 0, lambda: 2.0 / 0, lambda: int(None),
             lambda: abs("x"), lambda: -"x", lambda: iter(5),
             lambda: next(iter([])), lambda: [].index(3)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
