# while/for with else, break/continue, nested loops, range variants, loop variable leakage
for i in range(3):
    pass
else:
    print("for-else ran", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print("even", n)
else:
    print("while-else", n)
print(list(range(10, 0, -3)), list(range(-5)), list(range(2, 12, 4)), range(0, 10, 2)[-1])
print(len(range(0, 100, 7)), range(5)[1:3], 7 in range(0, 20, 7), range(3) == range(0, 3, 1))
r = range(1, 20, 3)
print(r.index(10), r.count(10), r.start, r.stop, r.step, reversed(r).__next__())
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = (row, v)
            break
    else:
        continue
    break
print(found)
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skip", next(it))
print([x for x in range(3) for _ in range(x)])
count = 0
while True:
    count += 1
    if count > 3:
        break
print(count)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
