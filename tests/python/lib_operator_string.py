# operator functions and the attrgetter/itemgetter/methodcaller callables
# (with their reprs); the string module's constants and capwords.
import operator as op, string
from operator import attrgetter, itemgetter, methodcaller
print(op.add(2, 3), op.sub(5, 1), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(3), op.pos(-2), op.abs(-4))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.inv(5), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.getitem([5, 6], 1))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(5, 7))
print(op.iadd([1], [2]), op.iadd(1, 2), op.imul('ab', 2))
try: op.indexOf([1], 5)
except ValueError as e: print(e)
class P:
    def __init__(self): self.name = 'p'; self.child = self
    def greet(self, x, y=1): return (x, y)
p = P()
print(attrgetter('name')(p), attrgetter('name', 'child.name')(p), repr(attrgetter('a', 'b.c')))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), repr(itemgetter(1, 'k')))
print(methodcaller('greet', 5, y=2)(p), repr(methodcaller('greet', 5, y=2)), methodcaller('upper')('x'))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0)))
print(repr(string.ascii_lowercase), repr(string.ascii_uppercase), repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable), repr(string.ascii_letters))
print(string.capwords('hello   world  foo'), string.capwords('a-b-c', '-'), string.capwords(' x y '))
