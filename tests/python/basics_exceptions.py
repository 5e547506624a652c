# Exceptions: try/except/else/finally, raise from, custom exceptions,
# exception attributes, with statements, re-raise.
def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally")
print(div(4, 2), div(1, 0))
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyError(42, "bad thing")
except MyError as e:
    print(type(e).__name__, e.code, e, e.args)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    [1][5]
except (IndexError, KeyError) as e:
    print("tuple catch", e)
def reraise():
    try:
        int("x")
    except ValueError:
        print("logging")
        raise
try:
    reraise()
except ValueError as e:
    print("reraised:", e)
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with Ctx() as c:
    print("inside")
    raise RuntimeError("suppressed")
print("after with")
def gen_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return "returned"
        finally:
            print("cleanup", i)
print(gen_finally())
try:
    raise KeyError("k")
except LookupError as e:
    print("base class catch", repr(e), str(e))
e = Exception("a", 1)
print(e.args, str(e), repr(e), str(Exception()), repr(ValueError("x")))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
try:
    x = undefined_name
except NameError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
for exc in (StopIteration, GeneratorExit, SystemExit, KeyboardInterrupt):
    print(exc.__name__, issubclass(exc, Exception), issubclass(exc, BaseException))
