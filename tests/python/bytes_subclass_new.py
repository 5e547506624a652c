# bytes subclasses: B(...) makes an instance of B (it made a plain bytes),
# with bytes' values, methods and operators, for every form of source;
# bytes(x) calls x.__bytes__() (its result may be a subclass's instance),
# and the errors of encoding/errors arguments without a str.
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
class X:
    def __bytes__(self):
        return b"xx"
class Y:
    def __bytes__(self):
        return "no"
class Z(bytes):
    def __bytes__(self):
        return b"zz"
class W:
    def __bytes__(self):
        return Z(b"w")
for f in (lambda: bytes(X()), lambda: bytes(Y()), lambda: bytes(Z(b"a")),
          lambda: type(bytes(W())).__name__, lambda: bytes(X(), "utf-8"),
          lambda: Z(X()), lambda: type(Z(X())).__name__,
          lambda: bytes(encoding="utf-8"), lambda: bytes(errors="strict"),
          lambda: bytes(b"a", errors="strict"), lambda: bytes("a", errors="x"),
          lambda: bytes("a", "ascii", "strict"), lambda: bytes(3, "ascii"),
          lambda: Z(W()), lambda: type(Z(W())).__name__):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
