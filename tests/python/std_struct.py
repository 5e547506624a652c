# struct: every format character, byte orders, native alignment, floats
# rounded to f/e exactly, Struct, pack_into/unpack_from/iter_unpack, errors
import struct
import math

print(struct.pack("<bBhHiIlLqQ", -1, 255, -300, 65535, -2 ** 31, 2 ** 32 - 1,
                  7, 8, -2 ** 63, 2 ** 64 - 1))
print(struct.pack(">bBhHiIlLqQ", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(struct.pack("!hi", 258, 16909060), struct.pack("=hi", 258, 16909060))
print(struct.pack("@bhiq", 1, 2, 3, 4), struct.pack("bi0q", 1, 2),
      struct.pack("@lLnN", -1, 1, -2, 2), struct.pack("@b?e", 1, 7, 1.5))
for fmt in ("@bhiq", "bi0q", "c3sx?h", "<bhiq", "=lL", "@lL", "5p", "3x2h",
            "", "0s", " i h ", "@hd", "@ce", b"<i"):
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("c3sx?2s", b"z", b"ab", [], b"toolong"),
      struct.pack("5p3p", b"abcdefg", b""), struct.pack("0s", b"x"))
print(struct.unpack("5p2s", b"\x09abcdxy"), struct.unpack("c3sx?", b"zab\0\0\x05"))
vals = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 1e-310, 5e-324, 1.7976931348623157e308,
        65504.0, 65519.0, 6e-8, 1e-8, 3.4028234663852886e38, 1.4e-45, 1e-46,
        math.inf, -math.inf, 2.0 ** -14, 2.0 ** -24, 1.0000001, 100000.0]
for v in vals:
    row = [struct.pack("<d", v).hex()]
    for f in ("<f", "f", "<e"):
        try:
            b = struct.pack(f, v)
            row.append(b.hex() + "=" + repr(struct.unpack(f, b)[0]))
        except OverflowError as e:
            row.append("OverflowError: %s" % e)
    print(repr(v), " ".join(row))
print(struct.unpack("<d", struct.pack("<d", 0.1)), struct.unpack(">f", b"\x7f\xc0\x00\x00"),
      struct.pack("<f", math.nan), struct.pack("<d", -math.nan), struct.pack(">e", math.nan))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"),
      struct.unpack("<f", b"\x01\x00\x00\x00"), struct.pack("<d", 3))
print(struct.unpack("<bBhHiIqQ", struct.pack("<bBhHiIqQ", -5, 5, -6, 6, -7, 7, -8, 8)))
print(struct.unpack(">??", b"\x00\x02"), struct.pack(">?", 0.0))
s = struct.Struct("<2hi")
print(s.format, s.size, s.pack(1, -1, 10), s.unpack(b"\x01\x00\xff\xff\x0a\x00\x00\x00"))
buf = bytearray(10)
s.pack_into(buf, 2, 7, 8, 9)
struct.pack_into(">h", buf, -2, 0x1234)
print(buf, s.unpack_from(buf, 2), struct.unpack_from("<h", buf, -4),
      struct.unpack_from(">h", bytes(buf), offset=8))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
for bad in [("b", -200), ("<b", 128), ("B", -1), ("h", 40000), ("H", -1),
            ("i", 2 ** 31), ("<l", -2 ** 31 - 1), ("I", -1), ("<I", 2 ** 32),
            ("<L", 2 ** 40), ("q", 2 ** 63), ("Q", -1), ("Q", 2 ** 64), ("l", 2 ** 63),
            ("i", 1.5), ("i", "1"), ("f", "x"), ("s", "x"), ("c", b"ab"), ("c", "a"),
            ("<n", 1), ("ii", 1), ("i", 1, 2), ("3", 1), ("z", 1), ("<f", 1e300),
            ("e", 65520.0), ("<e", 1e10)]:
    try:
        struct.pack(*bad)
    except (struct.error, OverflowError) as e:
        print(bad, type(e).__name__, e)
print(struct.pack("f", 1e300), struct.pack("f", -3.5e38))
for bad in (lambda: struct.unpack("i", b"abc"),
            lambda: struct.unpack_from("i", b"abcde", 3),
            lambda: struct.unpack_from("i", b"abcde", -1),
            lambda: struct.unpack_from("i", b"abcde", -9),
            lambda: list(struct.iter_unpack("i", b"abcde")),
            lambda: struct.iter_unpack("", b""),
            lambda: struct.pack_into("i", bytearray(3), 0, 1),
            lambda: struct.pack_into("i", bytearray(8), 6, 1),
            lambda: struct.pack_into("i", bytearray(8), -2, 1),
            lambda: struct.calcsize(5),
            lambda: struct.unpack("i", "abcd")):
    try:
        bad()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(struct.error.__module__, issubclass(struct.error, Exception))
