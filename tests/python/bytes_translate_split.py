# bytes.translate / maketrans, lstrip / rstrip with an argument, split and
# rsplit with sep and maxsplit (ASCII white space only), as CPython 3.11;
# bytearray shares them.
data = b"  a\x85b\xa0c \t d\x1ce  "
print(data.split(), data.rsplit(), data.split(maxsplit=1), data.rsplit(None, 1))
print(data.split(maxsplit=0), data.rsplit(maxsplit=0), b"".split(), b"   ".rsplit(maxsplit=1))
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 2))
print(b"a,b,,c".rsplit(sep=b",", maxsplit=-1), b"a,b".split(bytearray(b",")))
print(b"xxaxx".lstrip(b"x"), b"xxaxx".rstrip(b"x"), b"  a ".lstrip(), b"  a\x85 ".rstrip())
print(b"abc".lstrip(None), b"cabc".strip(b"ca"), b"\xa0a\xa0".strip())
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], bytearray.maketrans(b"a", b"b")[97:98], type(bytearray.maketrans(b"", b"")))
print(b"aabbcc".translate(t), b"aabbcc".translate(t, b"b"), b"aabbcc".translate(None, b"ac"))
print(b"abc".translate(None, delete=b"b"), bytearray(b"abc").translate(t))
print(bytearray(b" a b ").split(), bytearray(b"xax").lstrip(b"x"), bytearray(b"a,b").rsplit(b",", 1))
for f in (lambda: b"a".split(b""), lambda: b"a".split("a"), lambda: b"a".rsplit(1),
          lambda: b"a".split(b"a", 1.5), lambda: b"a".lstrip("a"),
          lambda: b"a".rstrip(3), lambda: b"a".translate(b"ab"),
          lambda: b"a".translate({}), lambda: bytes.maketrans(b"a", b"bc"),
          lambda: bytes.maketrans("a", b"b"), lambda: b"a".translate(None, delete="a")):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
