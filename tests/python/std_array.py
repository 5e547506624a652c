# array: every typecode's range checks (each with CPython's message),
# float32 rounding of 'f', indexing, slicing (and slice assignment),
# append/extend/insert/pop/remove/index/count, tobytes/frombytes,
# byteswap, tolist, comparisons, repr, and the misuse errors.
import array
import copy


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for code in 'bBhHiIlLqQ':
    for v in (10 ** 30, -10 ** 30, -1, 0, 127, 128, 255, 256, 2 ** 15,
              2 ** 31, 2 ** 32, 2 ** 63, -2 ** 63, -2 ** 63 - 1, 2 ** 64):
        print(code, v if abs(v) < 10 ** 20 else 'big',
              show(lambda: array.array(code, [v])))
for bad in ([1.5], ['x'], [None], [True]):
    for code in 'idfu':
        print(code, bad, show(lambda: array.array(code, bad)))
for args in [(1,), ('x',), ('ab',), ('i', 5), ('i', 'abc'), ('u', [1]),
             ('i', b'\x01\x00\x00\x00'), ('d', (1, 2)), ('u', 'hé'),
             ('h', array.array('b', [1, -2])), ('i', array.array('u', 'a'))]:
    print(args, show(lambda: array.array(*args)))
print(array.array('f', [0.1, 1e40, -1e-50, 3.4028235e38, 1.5]))
print(array.array('d', [0.1, float('inf')]), repr(array.array('b')), str(array.array('u')))
a = array.array('i', [1, 2, 3])
for f in [lambda: a[5], lambda: a[-4], lambda: a.pop(9), lambda: array.array('i').pop(),
          lambda: a.remove(9), lambda: a.index(9), lambda: a + [1],
          lambda: a.extend(array.array('d')), lambda: a.frombytes(b'123'),
          lambda: hash(a), lambda: a.__setitem__(slice(0, 1), [1]),
          lambda: a.__setitem__(5, 1), lambda: a.fromlist((1,)),
          lambda: a.insert('x', 1), lambda: a['x'], lambda: a.tounicode(),
          lambda: a * 'x', lambda: a.__setitem__(slice(0, 3, 2), array.array('i', [1])),
          lambda: a.__delitem__(7), lambda: a.__setitem__(slice(0, 1), array.array('d', [1])),
          lambda: a.__setitem__(0, 1.5), lambda: a.fromunicode('x'),
          lambda: array.array('u').fromunicode(5), lambda: a.frombytes('x'),
          lambda: array.array(typecode='i'), lambda: a + array.array('h')]:
    print(show(f))
print(type(a), array.array.__module__, array.typecodes, array.ArrayType is array.array)
print(a == [1, 2, 3], a == array.array('d', [1, 2, 3]), a < array.array('i', [1, 3]),
      a >= a, a != array.array('i', [1, 2]))
a.insert(-10, 7)
a.insert(100, 8)
print(a, a[::-1], a[1:3], a[1::2], a[-1], a.tobytes())
a[1:3] = array.array('i', [10, 20, 30])
a[::2] = array.array('i', [0, 0, 0])
del a[0]
del a[::3]
print(a, len(a), 20 in a, 99 in a, list(reversed(a)), a.tolist())
a.append(5)
a.extend([6, 7])
a.extend(array.array('i', [8]))
a += array.array('i', [9])
a *= 2
print(a, a.count(0), a.index(5), a.index(5, 6), a.pop(), a.pop(0), a)
a.remove(5)
a.reverse()
print(a, a * 0, 2 * array.array('h', [1]), array.array('i', [1]) * -1)
b = array.array('h', [1, -2, 300])
raw = b.tobytes()
print(raw, b.itemsize, b.typecode)
b.byteswap()
print(b)
c = array.array('h')
c.frombytes(raw)
c.fromlist([4, 5])
print(c, c == array.array('h', [1, -2, 300, 4, 5]))
u = array.array('u', 'abc')
u.fromunicode('dé')
print(u, u.tounicode(), u.tobytes(), u.tolist(), u.itemsize)
d = array.array('d', [1.5, 2])
d.frombytes(d.tobytes())
print(d, array.array('f', d), array.array('q', range(3)).itemsize)
print(copy.copy(d), copy.deepcopy(d), copy.copy(d) is d, [x * 2 for x in d])
nan = float('nan')
print(array.array('d', [nan]).count(nan), nan in array.array('d', [nan]))
