# issue 8: bytes %-formatting as CPython does it: numbers as ASCII, %s/%b
# insert a bytes or bytearray as it is, %c an int in range(256), widths,
# flags and precisions, %% and a mapping key; OverflowError for a bad %c.
# rtpython: skip rtpython has no bytes % formatting (b"%d" % 1: TypeError; examples/python/README.md)
def header(kind: bytes, n: int, ratio: float) -> bytes:
    return b"%-6s|%04d|%+.2f|%x|%X|%o|%%" % (kind, n, ratio, n, n, n)


def main() -> None:
    print(b"%d" % 42, b"%5d|" % -7, b"%i" % True)
    print(header(b"MOVE", 255, 0.5))
    print(b"[%s] [%b] [%.2s] [%6b]" % (b"ab", bytearray(b"cd"), b"xyz", b"q"))
    print(b"%c%c%c" % (65, 0, 255), b"%3c|" % 10)
    print(b"%e %g %10.3f" % (12345.678, 0.0001, 3.14159))
    data = b"\x00\xffz"
    print(b"<%s>" % data, len(b"<%s>" % data), (b"%s" % data)[1])
    fields = {b"k": 26, b"name": 7}
    print(b"%(k)d-%(k)x %(name)03d" % fields)
    print(b"plain" % (), b"" % ())
    for v in (-1, 256):
        try:
            print(b"%c" % v)
        except OverflowError as e:
            print("OverflowError:", e)
    frame = b"".join(b"%02x" % b for b in b"\x01\x10\xab")
    print(frame, frame.decode())


if __name__ == "__main__":
    main()

# expect: b'42' b'   -7|' b'1'
# expect: b'MOVE  |0255|+0.50|ff|FF|377|%'
# expect: b'[ab] [cd] [xy] [     q]'
# expect: b'A\x00\xff' b'  \n|'
# expect: b'1.234568e+04 0.0001      3.142'
# expect: b'<\x00\xffz>' 5 255
# expect: b'26-1a 007'
# expect: b'plain' b''
# expect: OverflowError: %c arg not in range(256)
# expect: OverflowError: %c arg not in range(256)
# expect: b'0110ab' 0110ab
