# collections.abc: isinstance/issubclass by methods (Iterable, Sized...),
# the builtin containers registered, mixin methods of Mapping, Set,
# MutableSequence, and the ABCs subscripted (Callable[[int], str]).
import collections.abc
from collections.abc import Iterable, Iterator, Mapping, Sequence, Callable, MutableMapping, Sized, Hashable, Generator
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance(iter([]), Iterator), isinstance({}, Mapping))
print(isinstance([], Sequence), isinstance("x", Sequence), isinstance({}, Sequence), isinstance(len, Callable))
print(issubclass(dict, MutableMapping), isinstance([], Hashable), isinstance(1, Hashable), isinstance(5, Sized))
def g():
    yield 1
print(isinstance(g(), Generator), Iterable[int], Callable[[int, str], bool], Callable[..., int], Mapping[str, int])
class M(Mapping):
    def __init__(self): self.d = {1: 2}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M()
print(m.get(1), m.get(3), 1 in m, list(m.items()), list(m.keys()), m == {1: 2})
try:
    class Bad(Iterable): pass
    Bad()
except TypeError as e:
    print(e)
print(collections.abc.Set, Iterable.__module__)
from collections.abc import MutableSequence, Set, MutableSet, Collection, Reversible, Container
class Seq(MutableSequence):
    def __init__(self): self.data = []
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)
q = Seq()
q.extend([3, 1, 2]); q.append(5); q.reverse(); q += [9]
print(q.data, q.index(1), q.count(3), 9 in q, list(reversed(q)), q.pop(), q.data)
class S(Set):
    def __init__(self, it): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1, 2, 3, 4]), a == S([3, 2, 1]))
print(isinstance({}, Collection), isinstance([], Reversible), isinstance({}, Reversible), isinstance(set(), MutableSet))
print(isinstance(range(3), Sequence), isinstance(b"x", Sequence), isinstance((), Container), isinstance(print, Callable))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), issubclass(list, Hashable), issubclass(str, Iterable))
import collections
print(isinstance(collections.OrderedDict(), MutableMapping), isinstance(collections.deque(), MutableSequence))
