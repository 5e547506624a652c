# bytes: literals and their escapes, repr and str as CPython's, indexing,
# slicing, len, iteration, `in`, comparison, hashing, + and *, formatting.
import sys
from typing import Union

Blob = Union[bytes, str]


def describe(x: Blob) -> str:
    if isinstance(x, bytes):
        return f"bytes of {len(x)}"
    return f"str of {len(x)}"


def main() -> int:
    lits = [b"", b"A\n\t\r\x00\x7f\x80\xff", b"it's", b'say "hi"', b'both \' and "',
            b"\\", rb"raw\n", b"\101\102\7", b"\u00e9", b"ab" b"cd", B"upper"]
    for b in lits:
        print(repr(b), str(b), len(b))
    b = b"hello world"
    print(b[0], b[-1], b[4], b[1:4], b[::-1], b[::2], b[-5:], b[100:], b[:0])
    try:
        print(b[11])
    except IndexError as e:
        print("IndexError:", e)
    print([x for x in b"abc"], list(b"xyz"), sum(b"\x01\x02\x03"), max(b"az"), sorted(b"cab"))
    print(104 in b, 0 in b, b"wor" in b, b"" in b, b"xyz" in b)
    try:
        print(256 in b)
    except ValueError as e:
        print("ValueError:", e)
    print(b == b"hello world", b != b"hello", b < b"help", b"a" <= b"a", b"b" > b"ab", b"" >= b"")
    print(b + b"!", b"ab" * 3, b"x" * 0, b"-" * -2)
    seen = {b"k1": 1, b"k2": 2}
    seen[b"k" + b"1"] += 10
    print(seen[b"k1"], b"k2" in seen, len({b"a", b"a", b"b"}), hash(b"q") == hash(b"q"))
    print(f"{b} {b!r} {b!s}", "%s|%r" % (b"p", b"q"), "{}".format(b"f"))
    print(describe(b"abc"), describe("abcd"), bool(b""), bool(b"\x00"))
    print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes(x * 2 for x in [1, 2]))
    print(bytes(bytearray(b"copy")), bytes(b"same"), bytes("é", "utf-8"), bytes("é", "latin-1"))
    for bad in ([1, 256], [-1]):
        try:
            print(bytes(bad))
        except ValueError as e:
            print("ValueError:", e)
    try:
        print(bytes(-1))
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: b'' b'' 0
# expect: b'A\n\t\r\x00\x7f\x80\xff' b'A\n\t\r\x00\x7f\x80\xff' 8
# expect: b"it's" b"it's" 4
# expect: b'say "hi"' b'say "hi"' 8
# expect: b'both \' and "' b'both \' and "' 12
# expect: b'\\' b'\\' 1
# expect: b'raw\\n' b'raw\\n' 5
# expect: b'AB\x07' b'AB\x07' 3
# expect: b'\\u00e9' b'\\u00e9' 6
# expect: b'abcd' b'abcd' 4
# expect: b'upper' b'upper' 5
# expect: 104 100 111 b'ell' b'dlrow olleh' b'hlowrd' b'world' b'' b''
# expect: IndexError: index out of range
# expect: [97, 98, 99] [120, 121, 122] 6 122 [97, 98, 99]
# expect: True False True True False
# expect: ValueError: byte must be in range(0, 256)
# expect: True True True True True True
# expect: b'hello world!' b'ababab' b'' b''
# expect: 11 True 2 True
# expect: b'hello world' b'hello world' b'hello world' b'p'|b'q' b'f'
# expect: bytes of 3 str of 4 False True
# expect: b'' b'\x00\x00\x00' b'ABC' b'\x00\x01\x02' b'\x02\x04'
# expect: b'copy' b'same' b'\xc3\xa9' b'\xe9'
# expect: ValueError: bytes must be in range(0, 256)
# expect: ValueError: bytes must be in range(0, 256)
# expect: ValueError: negative count
