# A bare `raise` inside a generator re-raises the exception its caller is
# handling as it is: the traceback gains no entry for the raise itself
# (CPython), only the frames the exception passes through on its way out.
import traceback


def reraiser():
    yield 'ready'
    raise


def caller():
    try:
        raise ValueError('caller')
    except ValueError:
        g = reraiser()
        print(next(g))
        next(g)


try:
    caller()
except ValueError:
    for line in traceback.format_exc().splitlines():
        print(line.replace(__file__, 'FILE'))
