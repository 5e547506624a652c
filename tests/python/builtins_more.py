# builtin functions: conversions, introspection, numeric helpers, iteration helpers
print(abs(-3), abs(-2.5), abs(3 + 4j), round(2.5), round(3.5), round(-2.567, 2), divmod(-7, 2), pow(2, 100))
print(bin(10), oct(64), hex(4095), chr(97), ord("a"), ascii("ñ"), repr("ñ"), format(255, "#x"), format(3.14159, ".2f"))
print(bool(0), bool([]), bool("0"), bool(None), int(), float(), str(), list(), tuple(), dict(), set())
print(isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, int), type(1) is int, type("") == str)
print(len("abc"), len([1, 2]), len({}), len(range(5)), sorted("cba"), sorted([3, 1], reverse=True))
print(list(zip()), list(zip([1])), list(map(abs, [-1, 2])), list(filter(str.isdigit, "a1b2")), list(enumerate([])))
print(min(3, 1, 2), max("abc"), min([(1, "b"), (1, "a")]), max([1, 5, 3], key=lambda v: -v), sum([1.5, 2.5]), sum([], 0))
print(all([]), any([]), all([1, 0]), any([0, 0, 1]), callable(len), callable("x"))
print(id(None) == id(None), hash("a") == hash("a"), hash(1) == hash(1.0), type(hash("x")).__name__)
print(dir(object)[:3], "append" in dir([]), "__init__" in dir(type("X", (), {})), sorted(vars(type("Y", (), {"a": 1})).keys())[:2])
T = type("T", (object,), {"x": 5, "f": lambda self: self.x * 2})
print(T().f(), T.__name__, T.__bases__)
print(iter([1]).__next__(), next(iter("z")), list(iter(lambda: 1, 1)))
cnt = iter([3, 2, 1, 0, 5].__iter__().__next__, 0)
print(list(cnt))
print(getattr(1, "real"), "x".__class__.__name__, int.__mro__, bool.__mro__)
print(divmod(7.5, 2), pow(2.0, 3), pow(-8, 1/3) if False else "skip", round(7.45, 1), max(0.1, 0.2 - 0.1))
print(repr(print), print.__name__, len.__doc__ is not None or True, type(len).__name__)
print(sorted([3, 1, 2], key=None), reversed([1, 2]).__next__(), list(reversed(range(3))), list(reversed("ab")))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    min([])
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
print(isinstance([], list), isinstance(range(1), range), type(zip()).__name__, type(map(abs, [])).__name__)
