# an except* block that raises from the group it caught, with another member unhandled: CPython
# re-raises a group with no traceback, whose first line carries the '| ' margin (not '+ ')
def f():
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("outer") from e

def g():
    errs = []
    for i in range(2):
        try:
            f()
        except ValueError as e:
            errs.append(e)
    raise ExceptionGroup("many", errs + [TypeError("t")])

try:
    g()
except* ValueError as eg:
    print("caught", repr(eg.exceptions[0]), repr(eg.exceptions[0].__cause__))
    raise RuntimeError("after") from eg
