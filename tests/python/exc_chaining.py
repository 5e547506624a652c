# raise from, implicit context, __suppress_context__, __cause__, __traceback__
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}[1]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}[1]
    except KeyError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
def fail():
    raise IndexError("deep")
try:
    fail()
except IndexError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        last = tb
        tb = tb.tb_next
    print(n, last.tb_lineno, last.tb_frame.f_code.co_name)
e = ValueError("v")
print(e.__traceback__, e.with_traceback(None) is e)

def chain():
    try:
        raise KeyError("first")
    except KeyError as k:
        try:
            raise ValueError("second")
        except ValueError as v:
            raise TypeError("third") from v
chain()
