# Sequence repetition: the items repeated by reference, zero and negative
# counts, __index__ counts, in-place *= on a shared list, tuples, the
# MemoryError past 2**32 items, a non-int count, large counts.
class I:
    def __index__(self): return 3
a = [[]] * 3
a[0].append(1)
print(a, [1, 2] * 3, [1] * 0, [1] * -2, [] * 5, (1, 2) * 2, () * 3, [0] * I(), 2 * [None])
l = [1, 2]; m = l; l *= 2; print(l, m is l); l *= 0; print(l, m)
try: [1] * (1 << 40)
except MemoryError: print("MemoryError")
try: [1] * 1.5
except TypeError as e: print(e)
print(len([7] * 100000), sum([1, 2, 3] * 1000))
