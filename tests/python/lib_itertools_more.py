# itertools: combinatorics, grouping, slicing, infinite iterators
import itertools as it
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations(range(4), 3)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=10)))
for k, g in it.groupby("aaabccdd"):
    print(k, "".join(g), end="; ")
print()
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.chain("ab", [1])), list(it.chain.from_iterable(["xy", "z"])), list(it.islice(it.count(10, 5), 3)))
print(list(it.islice("abcdefg", 1, None, 2)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("r", 3)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.pairwise("abcd")), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(6))))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
c = it.count()
print(next(c), next(c), next(c))
print(list(it.islice(it.count(1.5, 0.5), 3)))
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print(e)
print(sum(1 for _ in it.combinations(range(20), 3)), list(it.product()))
