# A lambda bound to an unannotated local is typed by its first call
# (tests/programs/lambda_local.py); one never called, or called with
# another number of arguments, needs the annotation, and later calls must
# pass the types of the first.


def f() -> None:
    g = lambda x: x + 1
    h = lambda s: s * 2
    print(h(3), h("ab"))
    k = lambda a, b: a
    print(k(1))


f()

# expect error: 8:9: cannot infer the types of this lambda's parameters: use it where a Callable is expected, e.g. annotate the variable (f: Callable[[int], int] = lambda x: ...)
# expect error: 10:19: argument 1 has type 'str', expected 'int'
# expect error: 11:9: cannot infer the types of this lambda's parameters: use it where a Callable is expected, e.g. annotate the variable (f: Callable[[int], int] = lambda x: ...)
