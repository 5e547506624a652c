# types.GenericAlias and types.UnionType: list[int], dict[str, int],
# int | None as annotations build them (repr, __origin__, __args__, calls,
# isinstance, substitution of type variables, subclassing an alias).
import types
print(list[int], dict[str, int], tuple[int, ...], set[str], frozenset[int], type[int], tuple[()])
a = dict[str, list[int]]
print(a.__origin__, a.__args__, a.__parameters__, type(a))
print(list[int]("ab"), list[int] == list[int], list[int] == list, hash(list[int]) == hash(list[int]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(e)
u = int | None
print(u, u.__args__, type(u), int | str | int, int | int, None | int, list[int] | None)
print(isinstance(3, int | str), isinstance("x", int | None), isinstance(None, int | None), issubclass(bool, str | int))
print((int | str) == (str | int), hash(int | str) == hash(str | int))
try:
    int | "str"
except TypeError as e:
    print(e)
class C(list[int]):
    pass
print(C.__orig_bases__, C.__bases__, C([1]))
print(list[int].append, list[int].__name__)
try:
    list[int].foo
except AttributeError as e:
    print(e)
try:
    list[int][int]
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)
def f(x: dict[str, int], y: int | None = None) -> set[str]:
    return set(x)
print(f.__annotations__)
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
import collections
print(collections.deque[int], enumerate[str])

print(type[int], type[int].__origin__, tuple[int, str].__args__)
print(list[int] | None, (int | str) | (float | int), int | list[int] | None)
print(isinstance(None, int | None), isinstance(2.0, int | str | None))
try:
    isinstance(1, str | list[int])
except TypeError as e:
    print(e)
print(isinstance(1, int | list[int]))
import collections
print(collections.defaultdict[str, int], collections.OrderedDict[str, int])
print(collections.Counter[str], collections.ChainMap[str, int])
d = collections.defaultdict[str, list](list)
d['a'].append(1)
print(d, hasattr(d, "__orig_class__"))
class Vec(tuple[float, float]):
    pass
print(Vec((1.0, 2.0)), Vec.__orig_bases__)
a = list[int]
print(a.__reduce__()[1], repr(a.__mro_entries__((a,))))
print(dict[str, int] == dict[str, int], dict[str, int] != dict[int, str])
print({list[int]: 1}[list[int]], {int | str: 2}[str | int])
print((int | str).__parameters__, list[int].__parameters__)
print(list[int].__class__.__name__, type(int | str).__name__)
try:
    list[int].x = 1
except AttributeError as e:
    print(e)
try:
    types.GenericAlias(list)
except TypeError as e:
    print(e)
print(types.GenericAlias(list, ()), list[int, str])
