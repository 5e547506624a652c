# random.seed() and Random() of a str, bytes or bytearray draw CPython's
# sequences: version 2 (the default) seeds with the bytes followed by
# their SHA-512 digest, version 1 with Python 2's string hash; other seed
# types are refused with CPython's message.
import random

for seed in ('abc', b'abc', bytearray(b'abc'), '', 'h\u00e9llo \u2603',
             'x' * 200, b'\x00\xff' * 70):
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.randint(1, 10 ** 6),
          random.getrandbits(70))

r = random.Random('spam')
print(r.random(), r.choice('abcdef'), r.sample(range(100), 3))
r.seed('spam')
print(r.random())
for seed in ('abc', b'abc', '', 'caf\u00e9'):
    random.seed(seed, version=1)
    print(repr(seed), random.random())
for bad in ([1], {'a': 1}, (1, 2)):
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(bad).__name__, 'TypeError', e)
state = random.Random(b'state').getstate()
again = random.Random()
again.setstate(state)
print(again.random() == random.Random(b'state').random())
