# collections.UserDict, UserList and UserString: the wrapped value in
# .data, the container protocols, results that keep the subclass, the
# methods that take a User* argument as its data, __missing__, copies,
# the abstract base classes they register with, and subclasses that
# override one method (update() and setdefault() go through it).
import collections
import copy
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence


class Doubling(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)


class WithMissing(UserDict):
    def __missing__(self, key):
        return 'missing ' + repr(key)


d = Doubling({'a': 1}, b=2)
d['c'] = 3
d.update(e=4)
print(d, d.data, len(d), 'a' in d, 'z' in d, sorted(d), d.get('z', 0))
print(d.setdefault('f', 5), d.pop('a'), d, d == {'b': 4, 'c': 6, 'e': 8, 'f': 10})
m = WithMissing(x=1)
print(m['x'], m['y'], 'y' in m, m.get('y', 'default'))
u = UserDict(a=1)
print(u | {'b': 2}, {'z': 0} | u, type(u | u).__name__)
u |= UserDict(c=3)
print(u, repr(u), u.copy(), type(d.copy()).__name__, d.copy().data)
print(UserDict.fromkeys('ab', 0), Doubling.fromkeys('xy', 1))
shallow = copy.copy(u)
shallow['new'] = 1
print(u, shallow, isinstance(u, MutableMapping), UserDict.__module__)
try:
    UserDict()['nope']
except KeyError as e:
    print('KeyError', e)

lst = UserList([3, 1, 2])
lst.append(0)
lst.sort()
lst.extend(UserList([7]))
lst += [8]
lst += (9,)
print(lst, lst[1:3], type(lst[1:3]).__name__, lst[0], lst[-1], len(lst))
print(lst + [1], [1] + lst, lst * 2, 2 * UserList('ab'), lst.count(1),
      lst.index(7), 3 in lst, lst == [0, 1, 2, 3, 7, 8, 9])
print(lst < [5], lst > UserList([0]), lst.pop(), lst.pop(0), lst)
lst.insert(1, 'x')
lst.remove('x')
lst.reverse()
del lst[0]
lst[0] = 'first'
print(lst, lst.copy(), repr(UserList()), UserList(range(3)),
      UserList(UserList('xy')))
try:
    hash(lst)
except TypeError as e:
    print('TypeError', e)
print(isinstance(lst, MutableSequence), list(reversed(UserList([1, 2]))))


class Shout(UserString):
    def shout(self):
        return self.upper() + '!'


s = Shout('Hello world')
print(s.shout(), type(s.shout()).__name__, s[0], type(s[0]).__name__)
print(s.split(), s.replace(UserString('o'), '0'), s.count(UserString('l')),
      s.find('w'), s.startswith('He'), s.center(15, '*'), s.zfill(13))
print(s + '?', '>' + s, type('>' + s).__name__, s * 2, s + 1,
      UserString('%s-%s') % (1, 2), len(s), 'world' in s,
      UserString('or') in s)
print(str(s), repr(s), int(UserString('42')) + 1,
      float(UserString('1.5')), hash(s) == hash('Hello world'))
print(s == 'Hello world', s < 'Z', s == Shout('Hello world'),
      sorted([UserString('b'), UserString('a')]), list(UserString('ab')))
print(s.encode(), s.title(), s.lower().islower(), s.partition(' '),
      s.join('ab'), s.removeprefix('Hello '), s.format(), s.isalpha(),
      isinstance(s, Sequence), UserString(12), s.index('o'))
print(collections.UserList is UserList, UserString.__module__)
try:
    collections.UserNothing
except AttributeError as e:
    print('AttributeError', e)
