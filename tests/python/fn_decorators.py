# decorators: functions, with arguments, on classes, functools.wraps
import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper

def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco

@trace
def add(a, b):
    "adds"
    return a + b

@repeat(3)
def hello(x):
    return "hi " + x

print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__(3, 4))
print(hello("bob"))

registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

@register
class A:
    pass

@register
@register
class B:
    pass
print(registry)

class C:
    @staticmethod
    @trace
    def s(x):
        return x * 2
print(C.s(4), C().s(5))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
