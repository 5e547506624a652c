# Inside a generator that handles no exception of its own,
# sys.exc_info(), sys.exception(), a bare raise and the __context__ of a
# new exception see the exception its caller is handling (CPython keeps
# a stack of handled exceptions, one entry per generator); the
# generator's own handler hides it, and a generator suspended inside its
# handler gets its own exception back when resumed under another caller.
import sys


def show(label):
    print(label, repr(sys.exc_info()[1]), repr(sys.exception()))


def plain():
    show('plain gen start')
    yield 1
    show('plain gen resumed')
    yield 2


def handles():
    try:
        raise KeyError('own')
    except KeyError:
        show('in own handler')
        yield 'suspended in handler'
        show('own handler resumed')
    show('after own handler')
    yield 'done'


def reraiser():
    yield 'ready'
    raise


def chained():
    yield 'ready'
    raise IndexError('from generator')


def outer():
    show('outer gen')
    yield from plain()


try:
    raise ValueError('caller')
except ValueError:
    for item in plain():
        print('got', item)
    g = handles()
    print(next(g))
show('no exception here')
print(next(g))

try:
    raise ValueError('second caller')
except ValueError:
    print(list(outer()))
    r = reraiser()
    next(r)
    try:
        next(r)
    except ValueError as e:
        print('bare raise re-raised', repr(e))
    c = chained()
    next(c)
    try:
        next(c)
    except IndexError as e:
        print('context', repr(e.__context__))
gen = plain()
next(gen)
try:
    raise TypeError('later caller')
except TypeError:
    next(gen)
r = reraiser()
next(r)
try:
    next(r)
except RuntimeError as e:
    print('RuntimeError', e)
show('end')
