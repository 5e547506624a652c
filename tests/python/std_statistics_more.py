# statistics: covariance, correlation, linear_regression (proportional
# too) and NormalDist (pdf, cdf, inv_cdf over its three ranges, overlap,
# quantiles, zscore, seeded samples, arithmetic, from_samples, repr, eq),
# with their errors
import statistics
from fractions import Fraction
from statistics import NormalDist, StatisticsError

xs = [1, 2, 3, 4, 5, 6, 7, 8, 9]
ys = [1, 2, 3, 1, 2, 3, 1, 2, 3]
floats = [0.1 * i + (i % 3) * 1e-9 for i in range(40)]
curve = [v * v - 3.0 * v for v in floats]
for a, b in ((xs, ys), (xs, xs), (floats, curve), (curve, floats),
             ([Fraction(1, 3), Fraction(5, 7), 2], [1.5, 2, Fraction(9, 4)]),
             ([1e300, -1e300, 3.0], [1.0, 2.0, 4.0])):
    print(statistics.covariance(a, b), statistics.correlation(a, b))
    print(statistics.linear_regression(a, b),
          statistics.linear_regression(a, b, proportional=True))
lr = statistics.linear_regression([1, 2, 3], [2, 4, 7])
print(lr.slope, lr.intercept, type(lr).__name__, lr._fields)
for call in (lambda: statistics.covariance([1], [2]),
             lambda: statistics.covariance([1, 2], [2]),
             lambda: statistics.correlation([1, 1, 1], [1, 2, 3]),
             lambda: statistics.correlation([1, 2], [1]),
             lambda: statistics.correlation([3], [4]),
             lambda: statistics.linear_regression([2, 2], [1, 5]),
             lambda: statistics.linear_regression([0, 0], [1, 5],
                                                  proportional=True),
             lambda: statistics.linear_regression([1, 2, 3], [1, 2]),
             lambda: statistics.linear_regression([1], [1])):
    try:
        print(call())
    except StatisticsError as e:
        print("StatisticsError:", e)
print(statistics.correlation([1.0, float("nan"), 3.0], [1.0, 2.0, 3.0]))

std = NormalDist()
iq = NormalDist(100, 15)
print(std, iq, repr(NormalDist(1, 0)), NormalDist(mu=Fraction(1, 3), sigma=2))
for p in (1e-300, 1e-20, 1e-12, 0.001, 0.02425, 0.075, 0.1, 0.3, 0.5, 0.5 + 1e-9,
          0.7, 0.925, 0.97575, 0.999, 1 - 1e-12, 0.9999999999999999):
    print(p, std.inv_cdf(p), iq.inv_cdf(p))
for x in (-40.0, -5.5, -1.0, -1e-8, 0.0, 0.3, 1.0, 2.5, 8.0, 37.5, 1e10):
    print(x, std.pdf(x), std.cdf(x), std.zscore(x), iq.pdf(x * 10 + 100),
          iq.cdf(x * 10 + 100), iq.zscore(x))
print(std.quantiles(), iq.quantiles(10), NormalDist(3, 2).quantiles(n=7))
for a, b in ((std, iq), (iq, std), (NormalDist(2.4, 1.6), NormalDist(3.2, 2.0)),
             (NormalDist(5, 2), NormalDist(7, 2)), (std, std),
             (NormalDist(0, 1e-3), NormalDist(0.0, 1e3))):
    print(a.overlap(b), b.overlap(a))
print(iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(iq + 5, 5 + iq, iq - 5, 5 - iq, iq * 2, 2 * iq, iq * -0.5, iq / 4, iq / -4,
      +iq, -iq, iq + std, iq - std, std - iq)
print(iq == NormalDist(100.0, 15.0), iq == NormalDist(100, 16), iq == 100,
      iq != std, hash(iq) == hash(NormalDist(100, 15)),
      len({iq, NormalDist(100.0, 15), std}))
print(NormalDist(10, 3).samples(5, seed=42), len(std.samples(7)),
      NormalDist(0, 0).samples(2, seed=1))
a, b = NormalDist(1, 2).samples(3, seed=7), NormalDist(1, 2).samples(3, seed=7)
print(a == b)
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]),
      NormalDist.from_samples([1, 2, 3, 4]),
      NormalDist.from_samples([Fraction(1, 3), Fraction(2, 3), 1]),
      NormalDist.from_samples(x for x in (1.5, 2.5)),
      NormalDist.from_samples([1.0, float("inf")]),
      NormalDist.from_samples([float("inf"), float("-inf"), 2.0]))


class Shifted(NormalDist):
    pass


print(Shifted.from_samples([1, 2, 4]), type(Shifted.from_samples([1, 2])).__name__)
zero = NormalDist(4, 0)
for call in (lambda: NormalDist(0, -1), lambda: zero.pdf(1), lambda: zero.cdf(1),
             lambda: zero.inv_cdf(0.5), lambda: zero.zscore(1),
             lambda: std.inv_cdf(0), lambda: std.inv_cdf(1.0),
             lambda: std.inv_cdf(-0.5), lambda: std.overlap(zero),
             lambda: zero.overlap(std), lambda: NormalDist.from_samples([1]),
             lambda: std.overlap(1.0), lambda: std.quantiles(1)):
    try:
        print(call())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    std.extra = 1
except AttributeError:
    print("no attribute dict")
print(zero.mean, zero.variance, std.__getstate__())
copy = NormalDist()
copy.__setstate__((2.0, 3.0))
print(copy, "NormalDist" in statistics.__all__)
