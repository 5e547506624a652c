# timeit: string and callable statements, setup, globals, repeat,
# autorange, a fake timer (times are not printed: they vary)
import timeit

calls = []


def work():
    calls.append(1)


t = timeit.timeit(work, number=25)
print(type(t).__name__, t >= 0, len(calls))
print(len(timeit.repeat("x = sum(range(10))", repeat=3, number=100)))
ticks = iter(range(0, 1000, 7))
print(timeit.timeit("y = x * 2", setup="x = 21", number=5,
                    timer=lambda: next(ticks)))
g = {"n": []}
timeit.timeit("n.append(1)", number=40, globals=g)
print(len(g["n"]))
timer = timeit.Timer("for i in range(3):\n    n.append(i)", setup="n = []")
print(timer.timeit(10) >= 0, timer.repeat(2, 3).__len__())
seen = []
tm = timeit.Timer(work, timer=lambda: len(calls) / 100.0)
print(tm.autorange(lambda n, t: seen.append(n)), seen)
for bad in (lambda: timeit.Timer(3), lambda: timeit.Timer("pass", setup=None),
            lambda: timeit.Timer("x = (")):
    try:
        bad()
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e.args[0])
print(timeit.default_timer() > 0, timeit.default_number)
