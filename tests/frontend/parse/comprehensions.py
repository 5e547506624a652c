a = [x for x in xs]
b = [x * y for x in xs if x if x > 1 for y in ys if y]
c = {k: v for k, v in d.items()}
e = {x % 3 for x in range(10)}
g = (x for x in xs)
h = [(i, j) for i, (j, k) in enumerate(pairs)]
m = [x if x else y for x in z]
n = [[c for c in row] for row in grid]
