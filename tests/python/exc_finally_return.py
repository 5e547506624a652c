# finally and return/break/continue interplay, exception state after handling
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(h())
def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e), type(e.__context__).__name__)
        return "done"
    finally:
        print("outer finally")
print(nested())
import sys
try:
    raise IndexError("x")
except IndexError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def gen_finally():
    try:
        yield 1
    finally:
        print("gen cleanup")
gf = gen_finally()
for v in gf:
    print("got", v)
    break
gf.close()
print("after close")
try:
    try:
        raise TypeError("a")
    except TypeError as e:
        err = e
    print(err, "name e deleted:", "e" not in dir())
finally:
    pass
def else_clause(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return "div0"
    else:
        return "else " + str(r)
    finally:
        print("cleanup", x)
print(else_clause(2), else_clause(0))
