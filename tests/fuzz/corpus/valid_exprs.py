x = -2 ** -1 * 3 // 4 % 5 @ m + ~y << 2 >> 1 & 7 ^ 8 | 9
b = not a and c or d if e else f
c = 1 < x <= 10 != y is not None in z not in w
t = 1, (2,), (), [3, *r], {4: 5}, {6, 7}
s = a[1:2:3], a[::-1], a[:], d[1, 2], f(x, *y, k=1, **kw)
g = sum(i * i for i in range(10) if i % 2)
h = [k for k, v in d.items() if v for j in v]
m = {k: v for k, v in zip(a, b)}
n = -9223372036854775808
