# traceback: format/print of exceptions, chains, limits, stacks, summaries
import sys
import traceback


def inner(x):
    return x[1] + 2


def outer(n):
    if n:
        return outer(n - 1)
    return inner([1])


try:
    outer(5)
except IndexError as e:
    err = e
    print(traceback.format_exc(), end="")
    print(traceback.format_exception(e))
    print(traceback.format_exception(type(e), e, e.__traceback__, limit=2))
    print(traceback.format_exception(e, limit=-1))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    print(traceback.format_tb(e.__traceback__, 1))
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=1)
    traceback.print_tb(e.__traceback__, limit=-2, file=sys.stdout)

summary = traceback.extract_tb(err.__traceback__)
print(len(summary), type(summary).__name__)
fs = summary[-1]
print(fs.name, fs.lineno, repr(fs.line), fs.filename == __file__, tuple(fs)[1:])
print(fs == (fs.filename, fs.lineno, fs.name, fs.line), repr(fs).endswith("in inner>"))
print(traceback.format_list([("f.py", 3, "g", "x = 1"), ("f.py", 4, "h", None)]))
print("".join(summary.format()), end="")
print(traceback.format_exception_only(None), traceback.format_exception(None))


def chained():
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("bad value") from e


def context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")


for fn in (chained, context):
    try:
        fn()
    except Exception as e:
        print("".join(traceback.format_exception(e)), end="")
        print("---")
        print("".join(traceback.format_exception(e, chain=False)), end="")
        print("===")

try:
    exec("x = (1,\n  2 +)")
except SyntaxError as e:
    print(traceback.format_exception_only(e))


class NoteError(Exception):
    pass


try:
    e = NoteError("with notes")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except NoteError as e:
    print(traceback.format_exception_only(e))

try:
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b")])
except ExceptionGroup as e:
    traceback.print_exception(e, file=sys.stdout)


def where():
    return traceback.format_stack(limit=2)


def caller():
    return where()


print("".join(caller()), end="")
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].lineno)
traceback.print_stack(limit=1, file=sys.stdout)
te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), len(te.stack), list(te.format_exception_only()))
print([f.name for f, _ in traceback.walk_tb(err.__traceback__)])


def deep(n):
    return deep(n - 1) if n else 1 / 0


try:
    deep(10)
except ZeroDivisionError as e:
    print("".join(traceback.format_tb(e.__traceback__)), end="")
try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as e:
    print("ValueError:", e)
sys.tracebacklimit = 1
try:
    outer(2)
except IndexError:
    traceback.print_exc(file=sys.stdout)
del sys.tracebacklimit
raise KeyError("uncaught at the end")
