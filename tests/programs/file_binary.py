# Binary files: open(path, "rb"/"wb"/"ab"/"r+b"/"xb"), typed BinaryIO:
# every byte value round-trips, reads of n bytes, readline with and without
# a final newline and with a limit, readlines, iteration, seek/tell, with,
# name/mode/closed, fileno, and CPython's errors.
import sys
from typing import BinaryIO

# args: {tmpdir}


def dump(f: BinaryIO) -> int:
    n = 0
    for line in f:
        print(n, line)
        n += 1
    return n


def errors(path: str) -> None:
    for bad in ["/nonexistent/x.bin", path + "/missing.bin"]:
        try:
            open(bad, "rb")
        except FileNotFoundError as e:
            print("FileNotFoundError", str(e).replace(path, "TMP"))
    try:
        open(path, "rb")
    except IsADirectoryError as e:
        print("IsADirectoryError", str(e).replace(path, "TMP"))
    try:
        open(path + "/all.bin", "xb")
    except FileExistsError as e:
        print("FileExistsError", str(e).replace(path, "TMP"))
    for mode in ["rbt", "rbb"]:
        try:
            open(path + "/all.bin", mode)
        except ValueError as e:
            print("ValueError", e)
    f = open(path + "/all.bin", "rb")
    try:
        f.write(b"x")
    except OSError as e:
        print("write to rb:", e)
    try:
        f.seek(-1)
    except OSError as e:
        print("seek(-1):", e)
    f.close()
    for what in ["read", "readline", "seek", "tell", "fileno", "lines"]:
        try:
            if what == "read":
                f.read()
            elif what == "readline":
                f.readline()
            elif what == "seek":
                f.seek(0)
            elif what == "tell":
                f.tell()
            elif what == "fileno":
                f.fileno()
            else:
                for line in f:
                    print(line)
        except ValueError as e:
            print(what, "of closed:", e)
    g = open(path + "/w.bin", "wb")
    try:
        g.read()
    except OSError as e:
        print("read of wb:", e)
    g.close()
    try:
        g.write(b"late")
    except ValueError as e:
        print(e)


def main(argv: list[str]) -> int:
    path = argv[1]
    every = bytes(range(256))
    with open(path + "/all.bin", "wb") as f:
        print(f.write(every), f.tell(), f.mode, f.closed)
        print(f.write(bytearray(b"\r\n\x00end")), f.tell())
    print(f.closed)
    with open(path + "/all.bin", "rb") as r:
        print(r.name == path + "/all.bin", r.mode, r.fileno() > 2, repr(r).replace(path, "TMP"))
        head = r.read(3)
        print(head, r.tell(), r.read(0))
        rest = r.read()
        print(len(rest), r.tell(), r.read(), r.read(5))
        data = head + rest
        print(data[:256] == every, data[256:], data.hex()[500:])
        print(r.seek(250), r.read(4), r.seek(-3, 2), r.read(), r.seek(-6, 1), r.read(2))
    with open(path + "/lines.bin", "wb") as f:
        f.write(b"one\ntwo\r\nthree\rfour\n\nlast")
    with open(path + "/lines.bin", "rb") as r:
        print(r.readline(), r.readline(2), r.readline(), r.readline())
        print(r.readlines())
        print(r.readline(), r.readlines())
    with open(path + "/lines.bin", "rb") as r:
        print(dump(r))
    with open(path + "/lines.bin", "ab") as a:
        print(a.tell(), a.mode)
        a.write(b"\n")
    with open(path + "/lines.bin", "r+b") as u:
        print(u.mode, u.read(3))
        u.seek(0)
        u.write(b"ONE")
        u.seek(0, 2)
        u.write(b"tail")
        u.seek(0)
        print(u.read())
    with open(path + "/lines.bin", "rb") as r:
        print(r.readlines()[-2:])
    with open(path + "/lines.bin", "w+b") as u:
        print(u.mode, u.read())
        u.writelines([b"a\n", b"b"])
        u.flush()
        u.seek(0)
        print(u.read())
    with open(path + "/lines.txt", "w") as t:
        t.write("caf\u00e9\n")
    with open(path + "/lines.txt", "rb") as r:
        raw = r.read()
        print(raw, raw.decode())
    errors(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 256 256 wb False
# expect: 6 262
# expect: True
# expect: True rb True <_io.BufferedReader name='TMP/all.bin'>
# expect: b'\x00\x01\x02' 3 b''
# expect: 259 262 b'' b''
# expect: True b'\r\n\x00end' fafbfcfdfeff0d0a00656e64
# expect: 250 b'\xfa\xfb\xfc\xfd' 259 b'end' 256 b'\r\n'
# expect: b'one\n' b'tw' b'o\r\n' b'three\rfour\n'
# expect: [b'\n', b'last']
# expect: b'' []
# expect: 0 b'one\n'
# expect: 1 b'two\r\n'
# expect: 2 b'three\rfour\n'
# expect: 3 b'\n'
# expect: 4 b'last'
# expect: 5
# expect: 25 ab
# expect: rb+ b'one'
# expect: b'ONE\ntwo\r\nthree\rfour\n\nlast\ntail'
# expect: [b'last\n', b'tail']
# expect: rb+ b''
# expect: b'a\nb'
# expect: b'caf\xc3\xa9\n' café
# expect:
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nonexistent/x.bin'
# expect: FileNotFoundError [Errno 2] No such file or directory: 'TMP/missing.bin'
# expect: IsADirectoryError [Errno 21] Is a directory: 'TMP'
# expect: FileExistsError [Errno 17] File exists: 'TMP/all.bin'
# expect: ValueError can't have text and binary mode at once
# expect: ValueError invalid mode: 'rbb'
# expect: write to rb: write
# expect: seek(-1): [Errno 22] Invalid argument
# expect: read of closed: read of closed file
# expect: readline of closed: readline of closed file
# expect: seek of closed: seek of closed file
# expect: tell of closed: I/O operation on closed file
# expect: fileno of closed: I/O operation on closed file
# expect: lines of closed: I/O operation on closed file.
# expect: read of wb: read
# expect: write to closed file
