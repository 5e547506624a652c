# traceback: FrameSummary equality and lines, TracebackException
# equality, sys.tracebacklimit values (None, negative, positive)
import sys
import traceback

FS = traceback.FrameSummary
a = FS("f.py", 3, "g", lookup_line=False, line="  x = 1  ")
b = FS("f.py", 3, "g", lookup_line=False, line="other")
c = FS("f.py", 4, "g", lookup_line=False)
d = FS("f.py", 3, "g", lookup_line=False, locals={"v": 1})
print(a == b, a == c, a == d, a != c, d == d)
print(a == ("f.py", 3, "g", "x = 1"), a == ("f.py", 3, "g", "y"), a == [1])
print(repr(a.line), tuple(a), a[2], a[-1], len(a))
print(repr(FS("f.py", None, "g").line), repr(FS("nofile.py", 7, "h").line))
print(FS("f.py", 3, "g", line="") == ("f.py", 3, "g", ""), d.locals)
here = FS(__file__, 1, "<module>")
print(repr(here.line), here._line is not None)
print(a.__eq__(5), c.__eq__(("f.py",)))


def boom(n):
    if n:
        boom(n - 1)
    raise OSError(n, "bad")


def caught():
    try:
        boom(3)
    except OSError as e:
        return e


e1, e2 = caught(), caught()
t1 = traceback.TracebackException.from_exception(e1)
t2 = traceback.TracebackException.from_exception(e1)
t3 = traceback.TracebackException.from_exception(e2)
t4 = traceback.TracebackException.from_exception(e1, limit=1)
print(t1 == t2, t1 == t3, t1 == t4, t1 != t4, t1 == "x", t1.__eq__(1))
print(str(t1), len(t1.stack), len(t4.stack))
for limit in (None, -1, 0, 2, 10):
    if limit is None:
        sys.tracebacklimit = None
    else:
        sys.tracebacklimit = limit
    print(limit, len(traceback.extract_tb(e1.__traceback__)),
          len(traceback.format_exception(e1)))
    print(traceback.format_tb(e1.__traceback__)[:1])
del sys.tracebacklimit
print(len(traceback.extract_tb(e1.__traceback__, limit=-2)))
