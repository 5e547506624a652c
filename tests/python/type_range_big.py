# range() beyond 64 bits: construction, len() overflow, indexing, slicing,
# `in`, index/count, reversed, iteration, equality and hashing; also
# slices of ordinary ranges (the stop is the item at the slice's stop index)
big = 10 ** 20
r = range(big)
print(r, bool(r), r[0], r[-1], r[big - 1], r[12345678901234567890])
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
print(big - 1 in r, big in r, -1 in r, 3.0 in r, "x" in range(5))
print(r.index(big - 5), r.count(7), r.count(big))
print(r[5:10], r[::-1], r[-3:], r[big // 2::big // 4], r[:-big])
print(len(r[5:10]), list(r[-3:]), r.start, r.stop, r.step)
print(list(reversed(range(big, big + 3))), list(reversed(range(0, -big, -big // 3))))
for x in range(big, big + 3):
    print(x, type(x).__name__)
it = iter(range(2 ** 64, 2 ** 64 + 2))
print(type(it).__name__, next(it), next(it), next(it, "done"))
print(type(iter(range(5))).__name__, type(iter(range(-2**63, 2**63 - 1))).__name__)
print(range(-big, big, 7), len(range(-big, big, big)), list(range(-big, big, big)))
s = range(2 ** 63 - 10, 2 ** 63 + 10, 5)
print(s, len(s), list(s), s[1], s[-1], s[1:3])
print(range(-2 ** 63, 2 ** 63 - 1)[-1], range(0, 2 ** 63 - 1, 2 ** 62)[::1])
try:
    len(range(-2 ** 63, 2 ** 63 - 1))
except OverflowError as e:
    print("OverflowError", e)
print(range(big) == range(0, big), range(big) == range(big + 1), range(big, big) == range(0),
      range(big, big + 1, 5) == range(big, big + 1, 7))
print(hash(range(big)) == hash(range(0, big, 1)), hash(range(big, big)) == hash(range(0)))
print(range(10)[1:8:3], range(0, 10, 3)[::2], range(10)[::-1], range(5)[10:],
      range(10)[-100:100:7], range(0, 20, 3)[5:1:-2], range(10)[big:], range(10)[-big::-1])
try:
    r[big]
except IndexError as e:
    print("IndexError", e)
try:
    r["a"]
except TypeError as e:
    print("TypeError", e)
try:
    r[1:2:0]
except ValueError as e:
    print("ValueError", e)
try:
    range(1, big, 0)
except ValueError as e:
    print("ValueError", e)
class Idx:
    def __index__(self):
        return 10 ** 19
print(range(Idx()), range(Idx())[Idx() // 1 if False else 3], range(True, 4), r[True])
try:
    list(r)
except OverflowError as e:
    print("list:", e)
print(sum(range(big, big + 1000)), max(range(big, 2 * big, big // 10)))
