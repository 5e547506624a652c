# list methods, slicing assignment, sorting stability, comparisons, copying
a = [5, 3, 8, 1]
a.sort()
print(a, a.index(8), a.count(3))
a.insert(0, 9); a.insert(100, 10); a.insert(-1, 7)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(7)
a.extend(range(2)); a += "xy"
print(a)
a[1:3] = ["A", "B", "C"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[1:]
a[len(a):] = [1, 2]
print(a, a * 2, [0] * 0, a + [3])
b = a.copy(); b.append(99)
print(a, b, a == b[:3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [[1]] == [[1]])
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), list(reversed(words)))
words.reverse(); print(words)
nested = [[3, "c"], [1, "a"], [2, "b"]]
nested.sort(key=lambda p: p[0])
print(nested, max(nested), min(nested, key=lambda p: p[1]))
print(list("abc"), list((1, 2)), list({1: 2}), list(range(3)), [] == [], [1] * 3)
for op in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [1, 2][5], lambda: [3, "a"].sort(), lambda: a.__setitem__(slice(None, None, 2), [1, 2, 3, 4, 5])]:
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m, len(m), sum(m, []))
print([1, 2, 3][::-1], [1, 2, 3, 4, 5][-2::-2], [1, 2, 3][1:1], [1, 2][-100:100])
x = [1, 2, 3]
x.clear()
print(x, bool(x), 2 in [1, 2], [1, [2, [3]]])
