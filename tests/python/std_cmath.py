# cmath: every function on ordinary values, on the branch cuts (the sign
# of a zero imaginary part picks the side), near overflow and underflow,
# and on the 7x7 grid of infinities, zeros and NaNs (CPython's special
# values, ValueError where C99 signals invalid), with its error messages.
import cmath
import math

names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh',
         'atan', 'atanh', 'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh']


def show(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


ordinary = [1 + 2j, -3.5 + 0.25j, 0.5 - 0.5j, 1j, -1, 2, 0.7 + 0.7j, 1 + 1e-20j,
            1e-310 + 1e-310j, 1e300 + 1e300j, -1e308 - 1e308j, 710 + 1j,
            -710 + 2j, 1 + 0j, 0.99 + 0.1j, 1e-8 + 0j]
for name in names:
    f = getattr(cmath, name)
    print(name, ' '.join(show(f, z) for z in ordinary))
for x in (-2.0, -0.5, 0.5, 2.0):
    for y in (0.0, -0.0):
        z = complex(x, y)
        print('cut', z, ' '.join(show(getattr(cmath, n), z) for n in names))
special = [-math.inf, -2.3, -0.0, 0.0, 2.3, math.inf, math.nan]
for name in names + ['rect']:
    f = getattr(cmath, name)
    for x in special:
        if name == 'rect':
            row = [show(f, x, y) for y in special]
        else:
            row = [show(f, complex(x, y)) for y in special]
        print(name, x, ' '.join(row))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.phase(-1 + 0j), cmath.phase(-1 - 0j), cmath.phase(3), cmath.polar(1 + 1j))
print(cmath.polar(-2), cmath.rect(2, math.pi / 3), cmath.rect(1, 0))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(-1, 3 + 4j))
print(show(cmath.log, 0), show(cmath.log, 5, 1), show(cmath.log, 5, 0))
print(show(cmath.exp, 1000), show(cmath.cosh, 1000 + 1j), show(cmath.sqrt, 'x'))
print(show(cmath.phase, None), show(cmath.rect, 1, 'a'), show(cmath.atanh, 1))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, math.inf)), cmath.isnan(cmath.nanj))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(cmath.infj, cmath.infj))
print(show(lambda: cmath.isclose(1, 2, rel_tol=-1)))


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 0.25


print(cmath.sqrt(C()), cmath.exp(F()), cmath.sqrt(True), cmath.sqrt(-4), cmath.sqrt(10 ** 20))
print(cmath.sqrt.__name__, cmath.acos.__doc__)
