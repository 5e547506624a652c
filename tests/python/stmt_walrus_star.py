# assignment expressions, starred unpacking in displays and calls, chained comparisons
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 6], y)
while (item := data.pop()) != 1:
    print("popped", item)
print(data)
a, *rest = range(5)
*init, last = "hello"
first, *mid, end = [1, 2]
print(a, rest, init, last, first, mid, end)
(p, q), [r, *s] = (1, 2), [3, 4, 5]
print(p, q, r, s)
print([*range(3), *"ab", *{9: 0}], (*[1], *(2, 3)), {*"aa", *[1]} == {"a", 1})
print({**{"x": 1}, "y": 2, **{"x": 3}})
print(*[1, 2], *(3,), sep="-", end="!\n")
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 <= x <= 4, "a" < "b" < "c")
print(x if x > 3 else -x, "yes" if [] else "no", not x, not not x)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items(), start=1):
    print(i, k, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
def gen():
    yield 1
    yield 2
u, v = gen()
print(u, v)
print((lambda: (z := 10) + z)())
