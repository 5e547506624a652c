# bytearray: constructors, indexing, slicing and slice assignment, the
# mutating methods, concatenation and repetition, comparisons with bytes,
# iteration, conversions, the bytes methods it shares, and the errors.
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[-1], ba[1:3], ba[::-1], ba[::2])
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(range(5)))
print(bytearray("h\xe9", "utf-8"), bytearray("abc", "ascii"), bytearray(b"x"))
print(bytearray(bytearray(b"copy")), bytearray(iter([65, 66])))
ba[0] = 72
ba[-1] = ord("O")
print(ba)
ba[1:3] = b"EL"
print(ba)
ba[1:3] = b""
print(ba)
ba[0:0] = [97, 98]
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
del ba[-1:]
print(ba)
b = bytearray(b"abc")
b.append(100)
b.extend(b"ef")
b.extend([103, 104])
b.extend(bytearray(b"i"))
b.insert(0, 64)
b.insert(-1, 33)
b.insert(100, 126)
print(b, b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("c"))
print(b)
c = b.copy()
c.reverse()
print(b, c, b == c, c is b)
c.clear()
print(c, len(c), bool(c), bool(b))
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"),
      type(bytearray(b"ab") + b"cd").__name__, type(b"ab" + bytearray()).__name__)
print(bytearray(b"ab") * 3, 2 * bytearray(b"xy"), bytearray(b"z") * 0)
d = bytearray(b"12")
e = d
d += b"34"
d *= 2
print(d, e is d)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"),
      bytearray(b"abc") < b"abd", bytearray(b"b") > bytearray(b"a"),
      bytearray(b"a") != b"a", bytearray(b"a") == "a")
print(list(bytearray(b"xyz")), [x for x in bytearray(3)], 120 in bytearray(b"x"),
      b"yz" in bytearray(b"xyz"), bytearray(b"q") in bytearray(b"aqa"))
print(bytes(bytearray(b"to bytes")), str(bytearray(b"s")), bytearray(b"caf\xc3\xa9").decode())
print(bytearray(b"a,b,c").split(b","), bytearray(b"  pad ").strip(),
      bytearray(b"Mixed").upper(), bytearray(b"Mixed").lower(),
      bytearray(b"abc").find(b"c"), bytearray(b"abcabc").count(b"b"),
      bytearray(b"abc").startswith(b"ab"), bytearray(b"x-y").replace(b"-", b"+"),
      bytearray(b"\x01\xff").hex(), bytearray.fromhex("01 ff"),
      bytearray(b"k=v").partition(b"="), bytearray(b",").join([b"a", bytearray(b"b")]))
it = iter(bytearray(b"ab"))
print(next(it), type(it).__name__)
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), isinstance(ba, bytearray))
sieve = bytearray([1]) * 20
sieve[0:2] = b"\0\0"
for p in range(2, 5):
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, 20, p)))
print([p for p in range(20) if sieve[p]])
for bad in [lambda: bytearray(b"a")[5], lambda: bytearray(b"a").__setitem__(0, 256),
            lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x"),
            lambda: bytearray().pop(), lambda: bytearray(b"a").remove(9),
            lambda: hash(bytearray()), lambda: bytearray("x"),
            lambda: bytearray(b"a") + 1, lambda: bytearray(-1),
            lambda: bytearray(b"a").append("b"), lambda: bytearray([300]),
            lambda: {bytearray(): 1}]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as exc:
        print(type(exc).__name__, exc)


class Sub(bytearray):
    def size(self):
        return len(self)


s = Sub(b"ab")
s.append(99)
s[0] = 65
print(s, repr(s), len(s), type(s).__name__, s.size(), s[0], s == b"Abc",
      bytes(s), isinstance(s, bytearray), s + b"!", list(s))
