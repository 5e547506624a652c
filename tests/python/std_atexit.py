# atexit: functions run at exit, last registered first, after the
# program's own output and its uncaught exception's traceback; a failing
# function is reported and the others still run; unregister
import atexit
import sys


def bye(name, punct="!"):
    print("bye", name + punct)


class Failing:
    """A callable whose repr names it (a function's repr has an address)."""

    def __init__(self, exc):
        self.exc = exc

    def __call__(self):
        raise self.exc

    def __repr__(self):
        return "<Failing %r>" % (self.exc,)


fails = Failing(ValueError("in exit function"))
exits = Failing(SystemExit(5))


def never():
    print("unregistered, never printed")


print(atexit.register(bye, "first") is bye)
atexit.register(bye, "second", punct="?")
atexit.register(never)
atexit.register(exits)
atexit.register(fails)
atexit.register(lambda: sys.stdout.write("lambda ran\n"))
atexit.register(never)
atexit.unregister(never)
try:
    atexit.register(3)
except TypeError as e:
    print("TypeError:", e)
print("main ends")
raise KeyError("uncaught")
