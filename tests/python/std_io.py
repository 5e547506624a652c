# io.StringIO and io.BytesIO: writing, reading, seeking, lines, errors
import io
import sys
import contextlib

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print("line two", 2, file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), s.tell(), repr(s.readline()), repr(s.readline()))
print(repr(s.readline()), repr(s.read()))
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
s.seek(0, 2)
print(s.tell())
s.seek(40)
s.write("x")
print(repr(s.getvalue()), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())

t = io.StringIO("a\nbb\nccc")
print(list(t))
t.seek(0)
print(t.readlines())
t.seek(0)
print(t.readlines(3))
t.seek(0)
for i, line in enumerate(t):
    print(i, repr(line))
print(t.readable(), t.writable(), t.seekable(), t.isatty(), t.closed)
t.close()
print(t.closed)
for op in (t.getvalue, t.read, t.tell, lambda: t.write("x"),
           lambda: t.seek(0)):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)

for bad in (lambda: io.StringIO().write(3),
            lambda: io.StringIO(5),
            lambda: io.StringIO().seek(-1),
            lambda: io.StringIO().seek(1, 1),
            lambda: io.StringIO().seek(0, 3),
            lambda: io.StringIO().read("x"),
            lambda: io.StringIO(newline="x")):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)

u = io.StringIO("one\r\ntwo\rthree\n", newline=None)
print(repr(u.getvalue()))
v = io.StringIO("one\r\ntwo\rthree\n", newline="")
print(v.readlines())
w = io.StringIO(newline="\r\n")
w.write("a\nb\n")
print(repr(w.getvalue()))

with io.StringIO() as buf:
    with contextlib.redirect_stdout(buf):
        print("captured", 42)
        sys.stdout.write("direct\n")
    print(repr(buf.getvalue()))
print(buf.closed)
out = io.StringIO()
out.writelines(["x", "y\n", "z"])
print(repr(out.getvalue()))
print(type(out).__name__, io.StringIO.__module__, isinstance(out, io.IOBase))

b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.tell(), b.readline(), b.readlines())
b.seek(-2, 2)
print(b.read())
b.seek(0)
b.write(b"XY")
b.write(bytearray(b"Z"))
print(b.getvalue(), b.tell())
b.seek(10)
b.write(b"!")
print(b.getvalue())
print(list(io.BytesIO(b"1\n2\n")))
for bad in (lambda: io.BytesIO().write("s"), lambda: io.BytesIO("s"),
            lambda: io.BytesIO().seek(-1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError))
try:
    open("missing_dir/x", "r")
except OSError as e:
    print("OSError", e.errno)
