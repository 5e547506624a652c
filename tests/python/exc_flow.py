# try/except/else/finally control flow, return in finally, break/continue through finally
def f(kind):
    log = []
    try:
        log.append("try")
        if kind == 1:
            raise ValueError("v")
        if kind == 2:
            return log + ["returned"]
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(f(0), f(1), f(2))

def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())

def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print("fin", i)
    return i
print(h())

def swallow():
    try:
        raise KeyError("x")
    finally:
        return "swallowed"
print(swallow())

def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    try:
        pass
    except Exception as e2:
        pass
    try:
        print(e)
    except NameError as ne:
        print("NameError", ne)
nested()

try:
    try:
        raise ValueError(1)
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e.args)
try:
    raise
except RuntimeError as e:
    print(e)
e = (ValueError, TypeError)
try:
    raise TypeError("tuple of types")
except e as err:
    print(err)
try:
    raise ValueError
except ValueError as err:
    print(repr(err))
def exc_info():
    import sys
    try:
        raise KeyError(1)
    except KeyError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None, sys.exception() is v)
    print(sys.exc_info())
exc_info()
