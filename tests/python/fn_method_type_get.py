# types.MethodType(func, obj) binds a function to an object; function,
# staticmethod and classmethod objects have __get__ as in CPython
# (descriptor protocol called by hand), with CPython's errors.
import types
def f(self, x): return (self.__class__.__name__, x)
class K: pass
k = K()
m = types.MethodType(f, k)
print(m(3), m.__self__ is k, m.__func__ is f, f.__get__(k)(4), f.__get__(None, K) is f, f.__get__(k, K)(5))
for bad in (lambda: types.MethodType(3, k), lambda: types.MethodType(f, None), lambda: types.MethodType(f)):
    try: bad()
    except TypeError as e: print(e)
k.meth = types.MethodType(f, k); print(k.meth(9))
print(type(f).__get__(f, k)(1), callable(f))
def s(x): return x * 2
sm = staticmethod(s); cm = classmethod(f)
print(sm.__get__(k)(2), sm.__get__(None, K)(3), cm.__get__(k)(4), cm.__get__(None, K)(5), hasattr(sm, "__get__"))
try: sm.__get__(None)
except TypeError as e: print(e)
