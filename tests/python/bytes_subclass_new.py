# bytes subclasses: B(...) makes an instance of B (it made a plain bytes),
# with bytes' values, methods and operators, for every form of source.
class B(bytes):
    def shout(self):
        return self.upper() + b"!"


for b in (B(), B(b"abc"), B(3), B([104, 105]), B("h\u00e9", "utf-8"),
          B(bytearray(b"xy")), B(source=b"kw"), B(b"abc")[1:]):
    print(type(b).__name__, b, len(b), isinstance(b, bytes), b == bytes(b),
          hash(b) == hash(bytes(b)), repr(b))
b = B(b"hello")
print(b.shout(), b + b"!", type(b + b"!").__name__, b * 2, b[0], b"ell" in b,
      b.decode(), list(b)[:2], b.split(b"l"), bytes(b) is b, type(bytes(b)).__name__)
for bad in (lambda: B("x"), lambda: B(-1), lambda: B([300]), lambda: B(1.5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
