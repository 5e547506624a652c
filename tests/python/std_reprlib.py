# reprlib: the limits of each container kind, nesting levels, long strings
# and ints cut in the middle, sets and dicts sorted when they can be,
# instances (and a failing __repr__), changed limits and fill value, a
# subclass adding a repr_ method, recursive_repr on a self-containing object
import array
import collections
import reprlib

r = reprlib.repr
print(r(list(range(20))), r(tuple(range(3))), r((1,)), r(()))
print(r(set(range(10))), r(frozenset('abcdefgh')), r(set()), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r({'b': 1, 1: 'a'}))
print(r([[[[[[[1]]]]]]]), r([[[[[[[]]]]]]]), r({'k': {'k': {'k': {}}}}))
print(r('x' * 100), r('short'), r("quote's" * 10), r(2 ** 200), r(-10 ** 50))
print(r(collections.deque(range(10))), r(array.array('i', range(10))),
      r(array.array('d')))


class Loud:
    def __repr__(self):
        return 'Loud(' + 'z' * 50 + ')'


class Broken:
    def __repr__(self):
        raise ValueError


print(r(Loud()), r(Broken()).startswith('<Broken instance at 0x'),
      r(3.25), r(None))
custom = reprlib.Repr()
custom.maxlist = 2
custom.maxlevel = 1
custom.fillvalue = '<more>'
custom.maxstring = 10
print(custom.repr([1, 2, 3]), custom.repr([[1], [2]]), custom.repr('abcdefghijklm'),
      custom.repr({1: [1]}))


class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return '%.1f' % x


print(MyRepr().repr([1.25, 2.75]), reprlib.aRepr.maxdict,
      sorted(vars(reprlib.Repr())))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)


class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        """Doc kept."""
        return 'Other(%r)' % (self.me,)


n = Node('a')
n.children.append(n)
n.children.append(Node('b'))
o = Other()
o.me = [o]
print(repr(n), repr(o), Other.__repr__.__doc__, Other.__repr__.__name__,
      Other.__repr__.__qualname__)
