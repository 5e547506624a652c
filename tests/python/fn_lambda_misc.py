# lambda, conditional expressions, walrus, sorted with key, map/filter/zip
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(zip("abc", range(10), [True, False, None])))
sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: 0).__qualname__)
data = [5, 3, 8]
if (n := len(data)) > 2:
    print("long", n)
print([y for x in data if (y := x * 2) > 6])
print("even" if n % 2 == 0 else "odd")
print(max(data, key=lambda v: -v), min("hello", key=ord), max([], default="empty"))
print(any(x > 7 for x in data), all(x > 2 for x in data), sum(data, 10))
print(list(enumerate("xy", start=5)), list(reversed(data)))
print((lambda *a, **k: (a, k))(1, 2, x=3))
