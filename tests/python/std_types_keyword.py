# types (SimpleNamespace, the type names) and keyword
import types
import keyword
import sys


def f():
    pass


class C:
    def m(self):
        pass


def gen():
    yield 1


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(gen(), types.GeneratorType))
print(isinstance(sys, types.ModuleType), isinstance(f.__code__, types.CodeType))
print(isinstance(None, types.NoneType), isinstance(..., types.EllipsisType))
print(isinstance(NotImplemented, types.NotImplementedType))
print(isinstance(sys._getframe(), types.FrameType))
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.ModuleType.__name__)

ns = types.SimpleNamespace(b=2, a="x")
print(ns, repr(ns), ns.a, ns.b)
ns.c = [1]
del ns.b
print(ns, ns == types.SimpleNamespace(a="x", c=[1]), ns != types.SimpleNamespace())
print(types.SimpleNamespace(), vars(types.SimpleNamespace(z=1)))
ns.me = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print("TypeError")


class Sub(types.SimpleNamespace):
    pass


print(Sub(q=1), Sub(q=1) == types.SimpleNamespace(q=1))
print(type(ns).__name__, type(ns).__module__)
M = types.new_class("M", (C,), None, lambda ns: ns.update({"k": 5}))
print(M.__name__, M.k, issubclass(M, C))

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for w in ("if", "match", "case", "_", "print", "None", "async", "If"):
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.__all__))
