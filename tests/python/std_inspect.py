# inspect: signature() of functions (defaults, annotations, /, *, *args,
# **kwargs), methods, classes, callables, partials and wrapped functions,
# str() and repr() of Signature and Parameter, bind() with its messages,
# and the predicates, getmembers, getdoc, cleandoc.
import functools
import inspect
import typing


class A:
    pass


class B:
    """A class.

        Indented more.
    """

    def __init__(self, x, y=1):
        self.x = x

    def m(self, a, *, k):
        """Method m."""

    @staticmethod
    def s(q):
        pass

    @classmethod
    def c(cls, z):
        pass

    def __call__(self, u):
        pass


def f(a, /, b: int = 2, *c, d: 'str', e=None, **f) -> dict:
    pass


def g(x, y=[1, 2], *, z=(3,)):
    yield x


def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=3):
    pass


def show(f):
    try:
        return str(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for obj in [A, B, B(1).m, B.m, B.s, B.c, B(1), f, g, wrapped, lambda: 0,
            lambda *a, **k: 0, functools.partial(B.m, 1),
            functools.partial(g, 1, z=5), 5, 'x']:
    print(show(lambda: inspect.signature(obj)))
print(repr(inspect.Parameter.POSITIONAL_ONLY), str(inspect.Parameter.KEYWORD_ONLY),
      inspect.Parameter.KEYWORD_ONLY.description, inspect.Parameter.empty,
      inspect.Signature.empty)
sig = inspect.signature(f)
print(repr(sig), sig.return_annotation, list(sig.parameters))
for name, p in sig.parameters.items():
    print(name, repr(p), p.kind, p.default, p.annotation, int(p.kind))
sig2 = inspect.signature(B.m)
for args, kwargs in [((1, 2), {'k': 3}), ((1,), {'k': 3}), ((1, 2, 3), {'k': 3}),
                     ((1, 2), {'k': 1, 'z': 2}), ((1,), {'a': 2, 'k': 1}),
                     ((1, 2), {}), ((), {})]:
    print(show(lambda: sig2.bind(*args, **kwargs)))
ba = sig.bind(1, d='x')
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba, ba.arguments, ba.args, ba.kwargs)
print(show(lambda: sig.bind(a=1, d=2)), show(lambda: sig.bind_partial(1)))
print(inspect.signature(g).bind(1, 2, z=3).kwargs)
P = inspect.Parameter
print(P('x', P.KEYWORD_ONLY, default=3), P('y', P.POSITIONAL_ONLY, annotation=int))
print(show(lambda: P('1x', 1)), show(lambda: P('x', 9)),
      show(lambda: P('x', P.VAR_POSITIONAL, default=1)))
made = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=None)],
                         return_annotation=typing.List[int])
print(made, made == inspect.signature(lambda a, /, *, b=None: 0), made.replace(return_annotation=str))
print(show(lambda: inspect.Signature([P('a', 1), P('a', 1)])))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isclass(B), inspect.isclass(B(1)),
      inspect.ismethod(B(1).m), inspect.ismethod(B.m), inspect.isgenerator(g(1)),
      inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(f),
      inspect.ismodule(inspect), inspect.isroutine(f), inspect.isbuiltin(len),
      inspect.iscoroutinefunction(f), inspect.isabstract(B))
print([name for name, v in inspect.getmembers(B, inspect.isfunction)])
print([name for name, v in inspect.getmembers(B(1)) if not name.startswith('__')])
print(repr(inspect.getdoc(B)), inspect.getdoc(B.m), inspect.getdoc(A))
print(repr(inspect.cleandoc('  first\n      second\n    third\n\n')))
print(inspect.getmro(B), inspect.getmodule(B).__name__, inspect.unwrap(wrapped) is not wrapped)
