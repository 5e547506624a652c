# Binary files: open(path, "rb"/"wb"/"ab"/"r+b"/"w+b"), the Buffered*
# objects' methods and attributes, every byte value, seek/tell, with,
# iteration, CPython's errors; sys.stdin.buffer / sys.stdout.buffer.
import sys

every = bytes(range(256))
with open("all.bin", "wb") as f:
    print(type(f).__name__, f, f.mode, f.name, f.writable(), f.readable())
    print(f.write(every), f.write(bytearray(b"\r\n\x00end")), f.tell())
print(f.closed)
with open("all.bin", "rb") as r:
    head = r.read(3)
    print(head, r.tell(), r.read(0), r.read1(2))
    rest = r.read()
    data = head + b"\x03\x04" + rest
    print(len(data), data[:256] == every, data[256:], r.read(), r.read(None))
    print(r.seek(250), r.read(4), r.seek(-3, 2), r.read(), r.seek(-6, 1), r.read(2))
with open("lines.bin", "wb") as f:
    f.writelines([b"one\ntwo\r\n", b"three\rfour\n\nlast"])
with open("lines.bin", "rb") as r:
    print(r.readline(), r.readline(2), r.readline(), r.readline())
    print(r.readlines(), r.readline())
with open("lines.bin", "rb") as r:
    for i, line in enumerate(r):
        print(i, line)
with open("lines.bin", "ab") as a:
    print(type(a).__name__, a.tell())
    a.write(b"\n")
with open("lines.bin", "r+b") as u:
    print(type(u).__name__, u.mode, u.read(3))
    u.seek(0)
    u.write(b"ONE")
    u.seek(0, 2)
    u.write(b"tail")
    u.seek(0)
    print(u.read())
with open("lines.bin", "w+b") as u:
    print(u.mode, u.read(), u.write(b"a\nb"), u.seek(0), u.readlines())
with open("text.txt", "w") as t:
    t.write("caf\u00e9\n")
with open("text.txt", "rb") as r:
    raw = r.read()
    print(raw, raw.decode())
for bad in ["missing.bin", "."]:
    try:
        open(bad, "rb")
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, e)
for mode in ["rbt", "rbb"]:
    try:
        open("all.bin", mode)
    except ValueError as e:
        print("ValueError", e)
r = open("all.bin", "rb")
try:
    r.write(b"x")
except OSError as e:
    print(type(e).__name__, e)
try:
    r.seek(-1)
except OSError as e:
    print(type(e).__name__, e.errno, e)
r.close()
for name in ["read", "readline", "seek", "tell", "fileno"]:
    try:
        if name == "seek":
            r.seek(0)
        else:
            getattr(r, name)()
    except ValueError as e:
        print(name, e)
w = open("w.bin", "wb")
try:
    w.read()
except OSError as e:
    print(type(e).__name__, e)
try:
    w.write("text")
except TypeError as e:
    print(e)
w.close()
try:
    w.write(b"late")
except ValueError as e:
    print(e)
print(sys.stdout.buffer, sys.stdin.buffer, sys.stderr.buffer.mode)
print("text before the bytes")
print(sys.stdout.buffer.write(b"bytes \xff written\n"))
sys.stdout.flush()
sys.stdout.buffer.write(b"after a flush\n")
