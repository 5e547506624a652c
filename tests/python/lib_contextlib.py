# contextlib: @contextmanager (exceptions thrown in, swallowed, a
# generator that does not yield or yields twice), as a decorator, closing,
# suppress, nullcontext, redirect_stdout, ExitStack.
import contextlib, sys
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def getvalue(self): return "".join(self.parts)
    def flush(self): pass
from contextlib import contextmanager, closing, suppress, nullcontext, ExitStack, redirect_stdout
@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')
with tag('a') as t: print('inside', t)
try:
    with tag('b'): raise ValueError('boom')
except ValueError as e: print('caught', e)
@contextmanager
def swallow():
    try: yield
    except KeyError as e: print('swallowed', e)
with swallow(): raise KeyError('k')
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextmanager
def stopper():
    yield
try:
    with stopper(): raise StopIteration('x')
except StopIteration as e: print('StopIteration passed', e)
@tag('deco')
def f(x): print('f', x); return x * 2
print(f(3), f.__name__)
class R:
    def close(self): print('closed')
with closing(R()) as r: print(type(r).__name__)
with suppress(ZeroDivisionError, KeyError): 1 / 0
print('after suppress')
with nullcontext(5) as v: print(v)
buf = Buf()
with redirect_stdout(buf): print('hidden')
print(repr(buf.getvalue()))
with ExitStack() as st:
    st.callback(print, 'cb1')
    st.enter_context(tag('x'))
    st.push(lambda *a: print('push', a[0]))
try:
    with ExitStack() as st:
        st.callback(print, 'cleanup')
        raise IndexError('ie')
except IndexError as e: print('IndexError', e)
try:
    ExitStack().enter_context(5)
except TypeError as e: print(e)
