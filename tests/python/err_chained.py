# Exception chaining in tracebacks: implicit (__context__) and explicit
# (raise ... from ...).
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("cannot parse " + repr(s))

def load():
    try:
        parse("x1")
    except RuntimeError as e:
        raise KeyError("load failed") from e

load()
