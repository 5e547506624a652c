# with statements (several items, exceptions inside, suppression) and
# finally clauses interacting with return, break and continue.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
try:
    with CM("c"), CM("d", suppress=False):
        raise ValueError("inner")
except ValueError as e:
    print("escaped", e)
with CM("e", suppress=True):
    raise KeyError("quiet")
print("after suppressed")
def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_in_finally())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i == 1:
                break
    return i
print(swallow())
def loop_with():
    out = []
    for i in range(4):
        with CM(str(i)):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out
print(loop_with())
def nested():
    try:
        try:
            raise TypeError("t")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def exc_in_handler():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("from handler")
    except ValueError as e:
        return repr(e.__context__)
print(exc_in_handler())
