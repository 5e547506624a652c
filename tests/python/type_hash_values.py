# hash() values a program can print: CPython randomises str and bytes
# hashes per run, except for the empty ones; numbers, tuples, frozensets,
# complex and bool are the same in every run.
print(hash(""), hash(b""), hash(frozenset()), hash(()))
print(hash(0), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**64), hash(10**40))
print(hash(0.0), hash(-0.0), hash(1.5), hash(float("inf")), hash(float("-inf")), hash(2.0) == hash(2))
print(hash(True), hash(False), hash(1j), hash(complex(1.5, 2)))
print(hash((1, 2)), hash((1, (2, 3), "")), hash(frozenset([1, 2])))
print(hash("") == hash(""[:0]), {"": 1}[""[0:0]], len({"", b"".decode()}))
