# bytearray: item and slice assignment (with CPython's errors), the list-like
# methods, += and * (in place: aliases see it), comparisons with bytes.
import sys


def fill(buf: bytearray, value: int) -> None:
    for i in range(len(buf)):
        buf[i] = value


def main() -> int:
    ba = bytearray(b"abcdef")
    alias = ba
    ba[0] = 65
    ba[-1] = 0x46
    print(ba, alias, len(ba), ba[1], ba[-2], ba[1:3], ba[::-2])
    for bad in (256, -1):
        try:
            ba[0] = bad
        except ValueError as e:
            print("ValueError:", e)
    try:
        ba[6] = 1
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(ba[-7])
    except IndexError as e:
        print("IndexError:", e)
    ba[1:3] = b"XYZW"
    print(ba)
    ba[0:0] = bytearray(b">>")
    ba[len(ba):] = b"<<"
    print(ba)
    ba[::2] = bytes(len(ba[::2]))
    print(ba)
    try:
        ba[::2] = b"x"
    except ValueError as e:
        print("ValueError:", e)
    del_part = bytearray(b"0123456789")
    del_part[2:8] = b""
    print(del_part)
    del del_part[0]
    del del_part[-1]
    print(del_part)
    del del_part[::2]
    print(del_part)
    try:
        del del_part[5]
    except IndexError as e:
        print("IndexError:", e)
    ba.append(33)
    ba.extend(b"ok")
    ba.extend([1, 2])
    ba.insert(0, 64)
    print(ba, ba.pop(), ba.pop(0), ba)
    try:
        ba.append(300)
    except ValueError as e:
        print("ValueError:", e)
    ba.remove(0)
    print(ba)
    try:
        ba.remove(99)
    except ValueError as e:
        print("ValueError:", e)
    ba.reverse()
    cp = ba.copy()
    ba.clear()
    print(ba, cp, len(ba))
    try:
        ba.pop()
    except IndexError as e:
        print("IndexError:", e)
    acc = bytearray()
    same = acc
    acc += b"12"
    acc += bytearray(b"34")
    print(acc, same, acc is same, acc * 2, acc + b"5", bytes(acc) + acc)
    print(acc == b"1234", b"1234" == acc, acc < b"2", acc != bytearray(b"1234"))
    print(51 in acc, b"23" in acc, list(acc), [x - 48 for x in acc])
    buf = bytearray(4)
    fill(buf, 7)
    print(buf, bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"), bytearray(range(65, 68)))
    print(f"{buf}|{buf!r}", str(bytearray(b"q")), buf.hex(), bytearray.fromhex("0a0B"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: bytearray(b'AbcdeF') bytearray(b'AbcdeF') 6 98 101 bytearray(b'bc') bytearray(b'Fdb')
# expect: ValueError: byte must be in range(0, 256)
# expect: ValueError: byte must be in range(0, 256)
# expect: IndexError: bytearray index out of range
# expect: IndexError: bytearray index out of range
# expect: bytearray(b'AXYZWdeF')
# expect: bytearray(b'>>AXYZWdeF<<')
# expect: bytearray(b'\x00>\x00X\x00Z\x00d\x00F\x00<')
# expect: ValueError: attempt to assign bytes of size 1 to extended slice of size 6
# expect: bytearray(b'0189')
# expect: bytearray(b'18')
# expect: bytearray(b'8')
# expect: IndexError: bytearray index out of range
# expect: bytearray(b'\x00>\x00X\x00Z\x00d\x00F\x00<!ok\x01') 2 64 bytearray(b'\x00>\x00X\x00Z\x00d\x00F\x00<!ok\x01')
# expect: ValueError: byte must be in range(0, 256)
# expect: bytearray(b'>\x00X\x00Z\x00d\x00F\x00<!ok\x01')
# expect: ValueError: value not found in bytearray
# expect: bytearray(b'') bytearray(b'\x01ko!<\x00F\x00d\x00Z\x00X\x00>') 0
# expect: IndexError: pop from empty bytearray
# expect: bytearray(b'1234') bytearray(b'1234') True bytearray(b'12341234') bytearray(b'12345') b'12341234'
# expect: True True True False
# expect: True True [49, 50, 51, 52] [1, 2, 3, 4]
# expect: bytearray(b'\x07\x07\x07\x07') bytearray(b'\x00\x00\x00') bytearray(b'\x01\x02') bytearray(b'h\xc3\xa9') bytearray(b'ABC')
# expect: bytearray(b'\x07\x07\x07\x07')|bytearray(b'\x07\x07\x07\x07') bytearray(b'q') 07070707 bytearray(b'\n\x0b')
