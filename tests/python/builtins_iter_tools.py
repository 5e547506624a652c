# iteration builtins: iter with a sentinel, next with a default, zip, map, filter, sorted, min/max, sum
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
print(list(zip("abc", range(10))), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None])), list(filter(lambda x: x % 2, range(6))))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted("bca"), sorted([3, 1, 2], reverse=True))
print(min(words), max(words, key=len), min([], default="none"), max(3, 9, 4), min("b", "a", key=str.upper))
try:
    max([])
except ValueError as e:
    print(e)
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x > 0 for x in [1, 0]))
print(list(enumerate("ab", 5)), list(reversed([1, 2, 3])), list(reversed("abc")))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), list(reversed(Seq())), 20 in Seq(), 5 in Seq())
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    reversed({1: 2}.items().__iter__())
except TypeError as e:
    print(e)
print(len(list(iter(range(3)))), type(iter([])).__name__, type(iter({})).__name__, type(iter("")).__name__)
print(callable(len), callable(1), callable(Seq), divmod(9, 4), abs(-2.5), round(2.675, 2), chr(0x1F600) == "\U0001F600", ord("€"))
