x = 1
x = y = z = 0
a, b = b, a
(a, b) = 1, 2
[a, b] = c
a, *rest = items
a, (b, c) = t
obj.field = 1
obj.a.b = 2
arr[i] = 3
d[k][j] = 4
x: int
y: list[int] = []
self.z: dict[str, int] = {}
n: Node | None = None
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 2
x **= 2
x @= m
x &= 1
x |= 1
x ^= 1
x <<= 1
x >>= 1
obj.count += 1
arr[i] -= 1
a = b = c, d = e
