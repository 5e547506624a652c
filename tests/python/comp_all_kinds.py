# comprehensions of all four kinds, nested, with conditions, scoping
m = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(m, [x for row in m for x in row if x % 2])
print({x: x ** 2 for x in range(5) if x != 2}, {c for c in "mississippi"} == set("misp"))
print(sorted({c.upper() for c in "hello"}), list(x for x in "ab"))
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
x = "outer"
r = [x for x in range(2)]
print(x, r)
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    first = vals[0]
print(K.doubled)
try:
    class K2:
        factor = 3
        out = [v * factor for v in range(2)]
except NameError as e:
    print("NameError", e)
print([[y for y in range(x)] for x in range(4)])
print({k: [v for v in range(k)] for k in range(3)})
print([(i, j) for i in range(4) if i % 2 for j in "ab" if j != "b"])
print([n for n in range(20) if n > 1 and all(n % d for d in range(2, n))])
words = ["apple", "Bob", "cat"]
print({w[0].lower(): len(w) for w in words}, [w for w in words if (n := len(w)) > 3], n)
print(sum([[1], [2, 3]], []), [*map(str, range(3))])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
