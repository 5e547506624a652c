# itertools, every function: laziness, repr of count/repeat, groupby groups
# abandoned when the outer iterator moves on, tee, the combinatoric orders,
# argument errors.
import itertools as it
from itertools import *
print(list(it.islice(it.count(3, 2), 4)), repr(it.count(5)), repr(it.count(1.5, 2)))
print(list(it.repeat('x', 3)), repr(it.repeat(1, 2)), list(repeat(0, -1)))
print(list(it.islice(it.cycle('ab'), 5)), list(cycle([])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial=5)), list(accumulate([3, 1, 4], max)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(None, [0, 1, '', 'a'])), list(starmap(pow, [(2, 3), (3, 2)])))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gs = list(groupby('aabbc'))
print([(k, list(g)) for k, g in gs])
g = groupby('aaab')
k, grp = next(g); print(k, next(grp)); k2, grp2 = next(g); print(k2, list(grp2), list(grp))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), len(tee('abc', 3)))
print(list(zip_longest('abc', [1], fillvalue='-')), list(zip_longest()))
print(list(pairwise('abcd')), list(pairwise('a')))
print(list(product('ab', repeat=2)), list(product([1, 2], [])), list(product()))
print(list(permutations('abc', 2)), len(list(permutations(range(5)))), list(permutations([1,2], 3)))
print(list(combinations('abcd', 2)), list(combinations('ab', 0)), list(combinations('a', 2)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))
print(list(islice('abcdefg', 2, None, 2)))
try:
    list(combinations('abc', -1))
except ValueError as e:
    print('ValueError', e)
