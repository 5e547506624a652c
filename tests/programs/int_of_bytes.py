# int() of bytes and bytearray parses their ASCII text, as CPython's does
# (a byte outside ASCII fails, the message shows the bytes' repr); and the
# whitespace int() and float() strip around a str is CPython's: the ASCII
# separators \x1c-\x1f, which str.isspace() counts, are not stripped.
import sys


def main() -> int:
    print(int(b"42"), int(b" -7\n"), int(bytearray(b"+1_000")))
    for v in [b"x", b"\x1c5", b"\xa05", b"", b"\xff", b"4 2", b"'"]:
        try:
            print(int(v))
        except ValueError as e:
            print(e)
    try:
        print(int(bytearray(b"z")))
    except ValueError as e:
        print(e)
    for s in ["\x1c5", "5\x1f", "\xa05", "\x855", "\u20005", "\x0b5", "\x0c5 ", "\u0665"]:
        try:
            print(repr(s), int(s), float(s))
        except ValueError as e:
            print(repr(s), e)
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: 42 -7 1000
# expect: invalid literal for int() with base 10: b'x'
# expect: invalid literal for int() with base 10: b'\x1c5'
# expect: invalid literal for int() with base 10: b'\xa05'
# expect: invalid literal for int() with base 10: b''
# expect: invalid literal for int() with base 10: b'\xff'
# expect: invalid literal for int() with base 10: b'4 2'
# expect: invalid literal for int() with base 10: b"'"
# expect: invalid literal for int() with base 10: b'z'
# expect: '\x1c5' invalid literal for int() with base 10: '\x1c5'
# expect: '5\x1f' invalid literal for int() with base 10: '5\x1f'
# expect: '\xa05' 5 5.0
# expect: '\x855' 5 5.0
# expect: '\u20005' 5 5.0
# expect: '\x0b5' 5 5.0
# expect: '\x0c5 ' 5 5.0
# expect: '٥' 5 5.0
