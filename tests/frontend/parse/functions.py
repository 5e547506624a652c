def f():
    pass

def g(a, b):
    return a + b

def h(a: int, b: str = "x", c: float = 1.5) -> None:
    return

def many(self, *args, **kwargs) -> int:
    return 0

def kwonly(a, *, b, c=1, **rest):
    return a, b, c

def annotated(*args: int, **kw: str) -> dict[str, list[int]]:
    return {}

def nested() -> Callable[[int, int], int]:
    def inner(x: int) -> int:
        return x
    return inner

def oneline(x: int) -> int: return x + 1

@staticmethod
def decorated() -> None:
    pass

@a.b(1, k=2)
@c
def multi() -> None:
    pass

square = lambda x: x * x
noargs = lambda: 0
