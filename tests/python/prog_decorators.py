# Decorators as libraries use them: with and without arguments, stacked,
# preserving metadata with functools.wraps, counting calls, retrying on
# exceptions, registering handlers, class decorators and a memoizer.
import functools

registry = {}


def register(name=None):
    def deco(func):
        registry[name or func.__name__] = func
        return func
    return deco


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def retry(times, exceptions=(Exception,)):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{func.__name__} failed {times} times")
        return wrapper
    return deco


def trace(func):
    depth = [0]

    @functools.wraps(func)
    def wrapper(*args):
        print("  " * depth[0] + f"-> {func.__name__}{args}")
        depth[0] += 1
        try:
            result = func(*args)
        finally:
            depth[0] -= 1
        print("  " * depth[0] + f"<- {result}")
        return result
    return wrapper


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


@register()
@counted
def greet(name, punctuation="!"):
    """Say hello."""
    return f"hello {name}{punctuation}"


@register("sq")
def square(x):
    return x * x


state = {"n": 0}


@retry(3, (ValueError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return "done"


@retry(2)
def hopeless():
    raise KeyError("never")


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(greet("ann"), greet("bob", punctuation="?"), greet.calls)
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
print(sorted(registry), registry["sq"](7))
print(flaky())
try:
    hopeless()
except RuntimeError as e:
    print("RuntimeError:", e)
print(fact(4))
print(Point(1, "two"))


@functools.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(16, 16), paths.cache_info().hits > 0)
