# Control flow: if/elif/else, while/else, for/else, break, continue,
# conditional expressions, boolean operators returning operands.
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i, "odd")
else:
    print("no break")
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
for x in []:
    pass
else:
    print("empty for else")
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j, end=" | ")
print()
def classify(v):
    if v < 0:
        return "neg"
    elif v == 0:
        return "zero"
    else:
        return "pos"
print([classify(v) for v in (-1, 0, 5)])
print(0 or "default", "" or None, 1 and 2, 0 and 1, None or 0 or [] or "last")
print("yes" if 3 > 2 else "no", not 0, not [1])
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
total = 0
for i, ch in enumerate("abc", 1):
    total += i
    print(i, ch)
print(total)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b, end=" ")
print()
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(enumerate("ab")))
print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))
if (n := 10) > 5:
    print("walrus", n)
