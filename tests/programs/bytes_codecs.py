# Text and numbers to bytes and back: str.encode and bytes.decode (utf-8,
# ascii, latin-1; strict, replace and ignore, with CPython's errors), hex
# and fromhex, int.from_bytes and int.to_bytes.
# rtpython: skip rtpython words some UTF-8 decode errors differently (b"a\xc3", b"\xe2\x82(": CPython says "unexpected end of data", "bytes in position 0-1")
import sys


def try_decode(b: bytes, encoding: str, errors: str = "strict") -> None:
    try:
        print(encoding, errors, repr(b.decode(encoding, errors)))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    except LookupError as e:
        print("LookupError:", e)


def try_encode(s: str, encoding: str, errors: str = "strict") -> None:
    try:
        print(encoding, errors, s.encode(encoding, errors))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    except LookupError as e:
        print("LookupError:", e)


def main() -> int:
    text = "naïve café ✓ 😀"
    data = text.encode()
    print(data, len(data), data.decode() == text, text.encode("utf-8") == data)
    print(b"plain".decode(), bytearray(b"h\xc3\xa9").decode("utf-8"), "x".encode(encoding="ascii"))
    for bad in (b"\xff", b"a\xc3", b"\xe2\x82(", b"\xed\xa0\x80z", b"ok\x80\x80"):
        for errors in ("strict", "replace", "ignore"):
            try_decode(bad, "utf-8", errors)
    try_decode(b"caf\xe9", "ascii")
    try_decode(b"caf\xe9", "ascii", "replace")
    try_decode(b"caf\xe9", "latin-1")
    try_decode(b"caf\xe9", "ebcdic")
    try_decode(b"x", "utf-8", "bogus")
    for enc in ("ascii", "latin-1", "utf8", "UTF-8", "Latin1"):
        try_encode("café ✓", enc)
        try_encode("café ✓", enc, "replace")
        try_encode("café ✓", enc, "ignore")
    print(b"\x00\x0f\xf0\xff".hex(), b"".hex(), bytes(range(5)).hex(":"), b"abcdef".hex("-", 2),
          b"abcdef".hex(" ", -4))
    print(bytes.fromhex("00 ff  7F"), bytes.fromhex(""), bytearray.fromhex(" 1a2B "))
    for bad_hex in ("0g", "abc", "1 2"):
        try:
            print(bytes.fromhex(bad_hex))
        except ValueError as e:
            print("ValueError:", e)
    print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"),
          int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"", "big"),
          int.from_bytes(bytearray(b"\x80"), byteorder="little", signed=True),
          int.from_bytes(b"\x7f" + b"\xff" * 7, "big"))
    print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True),
          (0).to_bytes(0, "big"), (127).to_bytes(1, "big", signed=True), (255).to_bytes(1, "big"))
    n = 300
    for length, signed in ((1, False), (2, True)):
        try:
            print(n.to_bytes(length, "big", signed=signed))
        except OverflowError as e:
            print("OverflowError:", e)
    for v, s in ((-1, False), (128, True), (-129, True)):
        try:
            print(v.to_bytes(1, "little", signed=s))
        except OverflowError as e:
            print("OverflowError:", e)
    try:
        print((1).to_bytes(1, "middle"))
    except ValueError as e:
        print("ValueError:", e)
    word = int.from_bytes(b"\x12\x34", "big")
    print(f"{word:#06x}", word.to_bytes(2, "little").hex())
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: b'na\xc3\xafve caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80' 21 True True
# expect: plain hé b'x'
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: utf-8 replace '�'
# expect: utf-8 ignore ''
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data
# expect: utf-8 replace 'a�'
# expect: utf-8 ignore 'a'
# expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
# expect: utf-8 replace '�('
# expect: utf-8 ignore '('
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
# expect: utf-8 replace '���z'
# expect: utf-8 ignore 'z'
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0x80 in position 2: invalid start byte
# expect: utf-8 replace 'ok��'
# expect: utf-8 ignore 'ok'
# expect: UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 3: ordinal not in range(128)
# expect: ascii replace 'caf�'
# expect: latin-1 strict 'café'
# expect: LookupError: unknown encoding: ebcdic
# expect: utf-8 bogus 'x'
# expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 3: ordinal not in range(128)
# expect: ascii replace b'caf? ?'
# expect: ascii ignore b'caf '
# expect: UnicodeEncodeError: 'latin-1' codec can't encode character '\u2713' in position 5: ordinal not in range(256)
# expect: latin-1 replace b'caf\xe9 ?'
# expect: latin-1 ignore b'caf\xe9 '
# expect: utf8 strict b'caf\xc3\xa9 \xe2\x9c\x93'
# expect: utf8 replace b'caf\xc3\xa9 \xe2\x9c\x93'
# expect: utf8 ignore b'caf\xc3\xa9 \xe2\x9c\x93'
# expect: UTF-8 strict b'caf\xc3\xa9 \xe2\x9c\x93'
# expect: UTF-8 replace b'caf\xc3\xa9 \xe2\x9c\x93'
# expect: UTF-8 ignore b'caf\xc3\xa9 \xe2\x9c\x93'
# expect: UnicodeEncodeError: 'latin-1' codec can't encode character '\u2713' in position 5: ordinal not in range(256)
# expect: Latin1 replace b'caf\xe9 ?'
# expect: Latin1 ignore b'caf\xe9 '
# expect: 000ff0ff  00:01:02:03:04 6162-6364-6566 61626364 6566
# expect: b'\x00\xff\x7f' b'' bytearray(b'\x1a+')
# expect: ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError: non-hexadecimal number found in fromhex() arg at position 3
# expect: ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: 258 513 -2 0 -128 9223372036854775807
# expect: b'\x04\x00' b'\x00\x04\x00\x00' b'\xff\xfe' b'' b'\x7f' b'\xff'
# expect: OverflowError: int too big to convert
# expect: b'\x01,'
# expect: OverflowError: can't convert negative int to unsigned
# expect: OverflowError: int too big to convert
# expect: OverflowError: int too big to convert
# expect: ValueError: byteorder must be either 'little' or 'big'
# expect: 0x1234 3412
