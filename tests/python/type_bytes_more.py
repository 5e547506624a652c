# bytes: literals, indexing, slicing, methods, conversions
b = b"Hello, \x00\xff world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-2], list(b[:3]))
print(b.upper(), b.lower(), b.split(b","), b.replace(b"l", b"L", 2), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b.endswith((b"x", b"world")), b.strip(b"Hd"), b"  x ".strip(), b"a-b".partition(b"-"))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), "é".encode(), "é".encode("latin-1"), b"\xc3\xa9".decode())
print(b"ab" + b"cd", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"abc" < b"abd", b"x" == b"x", hash(b"x") == hash(b"x"))
print(b"deadbeef".hex() if False else bytes.fromhex("de ad be ef"), b"\x01\xab".hex(), b".".join([b"a", b"b"]))
print(repr(b"'\""), repr(b"\t\n\r\\"), bytes(b"copy"), b"abc".index(b"c"), b"abcb".rindex(b"b"), b"a-b-c".rpartition(b"-"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print(e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
for x in b"hi":
    print(x, end=" ")
print()
print(b"a,b".split(b","), b"abc".isalpha(), b"123".isdigit(), b"\x80".isascii(), b"x".isascii())
print(str(b"q"), bytes(range(5)), b"ab".find(98), b"ab".rfind(b"z"))
for text, enc in [("\xe9\U0001F600x", "ascii"), ("a\U0001F600", "latin-1"), ("ab\xe9", "ascii")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
