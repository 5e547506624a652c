# the built-in exception hierarchy and exception attributes
names = ["ZeroDivisionError", "KeyError", "IndexError", "StopIteration", "RecursionError",
         "FileNotFoundError", "UnicodeDecodeError", "ModuleNotFoundError", "NotImplementedError",
         "OverflowError", "UnboundLocalError", "TabError", "KeyboardInterrupt", "GeneratorExit",
         "SystemExit", "AssertionError", "StopAsyncIteration", "LookupError", "TimeoutError",
         "PermissionError", "IsADirectoryError", "BrokenPipeError", "FloatingPointError",
         "UserWarning", "DeprecationWarning", "BufferError", "EOFError", "MemoryError"]
for n in names:
    cls = __builtins__.__dict__[n] if hasattr(__builtins__, "__dict__") else __builtins__[n]
    print(n, [c.__name__ for c in cls.__mro__])
e = KeyError("k")
print(repr(e), str(e), e.args, repr(KeyError()), str(KeyError("a", "b")))
e = ValueError("bad", 42)
print(repr(e), str(e), e.args)
print(str(OSError(2, "No such file")), OSError(2, "x").errno, OSError(2, "x").strerror)
print(repr(StopIteration(5).value), SystemExit(3).code, repr(Exception()), str(Exception()))
try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, e.args)
try:
    [][3]
except LookupError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    int("x1")
except ValueError as e:
    print(e)
try:
    raise IOError("io")
except OSError as e:
    print(type(e).__name__, e)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
x = Exception("with note")
x.add_note("note 1")
print(x.__notes__)
