# io.BytesIO seeks relative to the position and the end (clamped at the
# start, free past the end), and iterating streams with blank lines
import io

b = io.BytesIO(b"0123456789")
for pos, whence in ((3, 0), (2, 1), (-100, 1), (5, 1), (-3, 2), (4, 2),
                    (-100, 2), (0, 2), (12, 0)):
    print(pos, whence, b.seek(pos, whence), b.tell(), b.read(2))
b.seek(3, 2)
b.write(b"xy")
print(b.getvalue(), b.tell())
for whence in (3, -1):
    try:
        b.seek(0, whence)
    except ValueError as e:
        print("ValueError:", e)
try:
    b.seek(-1)
except ValueError as e:
    print("ValueError:", e)
print(list(io.StringIO("\n\na\n\nb")), list(io.BytesIO(b"\n\nz\n")))
it = iter(io.StringIO("one\n"))
print(next(it), next(it, "done"), next(it, "still done"))
