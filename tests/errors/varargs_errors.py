# *args parameters: annotated, passed values of their item type; **kwargs
# is not supported; keyword-only parameters are passed by keyword.
def f(*args) -> None:
    pass


def g(**kw: int) -> None:
    pass


def h(a: int, *rest: int, key: str = "") -> int:
    return a


def k(a: int, *, b: int = 0) -> int:
    return a + b


h(1, "x")
h(1, *["a"])
h(1, rest=2)
k(1, 2)
t: tuple[int, ..., str] = (1, 2)
f2 = h


class E:
    def emit(self, *ops: int) -> None:
        pass


def outer() -> None:
    def inner(*xs: int) -> None:
        pass
    g2 = inner
    m = E().emit

# expect error: 3:7: parameter '*args' needs a type annotation: the type of each argument it collects (*args: int)
# expect error: 7:7: **kwargs parameters are not supported: take a dict[str, T] parameter, or keyword parameters with defaults
# expect error: 19:6: argument 2 has type 'str', but '*rest' collects 'int'
# expect error: 20:7: *rest must be a 'tuple[int, ...]' or a 'list[int]', not 'list[str]'
# expect error: 21:6: h() got an unexpected keyword argument 'rest'
# expect error: 22:6: k() takes 1 positional argument but 2 were given
# expect error: 23:15: '...' may only follow the one item type of a tuple of any length: tuple[T, ...]
# expect error: 24:6: 'h' has a '*' parameter: it can only be called, not used as a value
# expect error: 35:10: 'inner' has a '*' parameter: it can only be called, not used as a value
# expect error: 36:9: 'emit' has a '*' parameter: it can only be called, not used as a value
