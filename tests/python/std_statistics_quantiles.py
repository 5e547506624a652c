# quantiles, geometric_mean, harmonic_mean, median_grouped: exact float
# results, result types and errors
import statistics as st
from fractions import Fraction as F

samples = [[1, 2], [2.5, 1.5], [1, 3, 5, 7, 9], list(range(10)), [0.1, 0.7, 0.3, 0.9, 0.5, 0.2],
           [F(1, 3), F(1, 2), F(3, 4)], [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75,
           105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103]]
for d in samples:
    for n in (1, 2, 3, 4, 10):
        for method in ("exclusive", "inclusive"):
            print(n, method, st.quantiles(d, n=n, method=method))
print(st.quantiles(iter([5, 1, 3]), n=5), st.quantiles((x * 1.5 for x in range(7)), n=6))
for bad in (lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1]), lambda: st.quantiles([]),
            lambda: st.quantiles([1, 2], method="other"), lambda: st.quantiles([1, 2], 4),
            lambda: st.quantiles(["a", "b"], n=2), lambda: st.geometric_mean([]),
            lambda: st.geometric_mean([1, 0]), lambda: st.geometric_mean([2, -1]),
            lambda: st.geometric_mean(["x"]), lambda: st.harmonic_mean([]),
            lambda: st.harmonic_mean([-1]), lambda: st.harmonic_mean(["a"]),
            lambda: st.harmonic_mean([1, -2]), lambda: st.harmonic_mean([1, 2], weights=[1]),
            lambda: st.harmonic_mean([1, 2], weights=[1, -1]), lambda: st.harmonic_mean([1, 2], [0, 0]),
            lambda: st.median_grouped([]), lambda: st.median_grouped(["a", "b"]),
            lambda: st.median_grouped([1, 2], interval="x"), lambda: st.median_grouped([1, 2], None)):
    try:
        print(repr(bad()))
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for d in ([54, 24, 36], [2.5, 3, 10], [1, 2, 4, 8], [F(1, 2), F(1, 3)], [0.5], [3], [F(2, 3)], [1, 0, 2],
          [2.0, 0.0, -1.0], [True, True], [1e300, 1e-300], iter([1, 2, 3])):
    print(repr(st.harmonic_mean(d)), end=" ")
    try:
        print(repr(st.geometric_mean(d)))
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(repr(st.harmonic_mean([40, 60], weights=[5, 30])), repr(st.harmonic_mean([1, 2], [F(1, 2), 2])),
      repr(st.harmonic_mean([2.5, 4], iter([1, 3]))), repr(st.harmonic_mean([0, 5], [0, 1])),
      repr(st.harmonic_mean([F(1, 2), 4], [1, 1])), repr(st.harmonic_mean([3], [2])))
for d in ([52, 52, 53, 54], [1, 3, 3, 5, 7], [1, 2, 2, 3, 4, 4, 4, 4, 4, 5], [7], [2.5, 3.5, 3.5],
          [F(1, 2), F(1, 2), 1], [True, False, True], ["3", "1", "2"]):
    print(repr(st.median_grouped(d)), repr(st.median_grouped(d, 2)), repr(st.median_grouped(d, interval=0.5)))
