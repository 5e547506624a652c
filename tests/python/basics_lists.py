# Lists: construction, indexing, slicing, mutation, methods, sorting.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[1::3])
a.append(7)
a.extend([8, 0])
a.insert(0, 10)
print(a, a.pop(), a.pop(0), a.index(5), a.count(1))
a.remove(1)
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a, sorted(a, key=lambda x: -x))
b = a.copy()
b[0] = 100
print(a[0], b[0], a == b, a < b)
del b[1]
del b[2:4]
print(b)
b[1:3] = [7, 7, 7]
print(b)
c = [[1, 2], [3, 4]]
print(c[1][0], [x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0])
print([1, 2] + [3], [0] * 4, 3 in a, 42 not in a)
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(list(range(5)), list("abc"), list((1, 2)), list({"k": 1}))
m = [1, 2, 3]
m[1] = [4, 5]
print(m, len(m))
m.clear()
print(m, bool(m), bool([0]))
nested = [i * j for i in range(1, 4) for j in range(1, 4) if i != j]
print(nested)
x, *rest = [1, 2, 3, 4]
print(x, rest)
first, *mid, last = "abcde"
print(first, mid, last)
