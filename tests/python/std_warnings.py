# warnings: the stderr format with the source line, once per location,
# the default filters (DeprecationWarning shown only for __main__),
# stacklevel, catch_warnings(record=True), error/once/always, formatwarning
import sys
import warnings


def f(x):
    warnings.warn("careful %d" % x)


for i in range(3):
    f(1)
f(2)
warnings.warn("dep", DeprecationWarning)
def g():
    warnings.warn("lvl2", RuntimeWarning, stacklevel=2)
g()
warnings.warn("deep", stacklevel=50)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(1); f(1)
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)
    print(str(w[0]).replace(__file__, 'F'))
f(1)
warnings.simplefilter("error")
try:
    f(5)
except UserWarning as e:
    print("raised", repr(e))
warnings.resetwarnings()
print(warnings.filters)
try:
    warnings.warn("x", "notacat")
except TypeError as e:
    print(e)
warnings.simplefilter("once")
f(7); f(7)
print(warnings.formatwarning("m", UserWarning, "file.py", 3, "  code  "), end='')
class MyW(UserWarning): pass
warnings.warn(MyW("inst"))
