# statistics: exact averages and spreads, result types, errors
import statistics as st
from fractions import Fraction as F

data_sets = [
    [1, 2, 3, 4],
    [1, 2, 3],
    [2.5, 3.25, 5.75, 0.1, 0.2],
    [0.1] * 7 + [0.3],
    [F(1, 3), F(2, 3), F(5, 7)],
    [1, 2.5, F(1, 2)],
    [True, False, True],
    list(range(100)),
    [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0],
]
for d in data_sets:
    print(repr(st.mean(d)), repr(st.median(d)), repr(st.median_low(d)),
          repr(st.median_high(d)), repr(st.fmean(d)))
    print("  ", repr(st.variance(d)), repr(st.pvariance(d)), repr(st.stdev(d)),
          repr(st.pstdev(d)))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1.5, 2.5], mu=2),
      st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.mean([1, float("inf")]), st.mean([float("inf"), float("-inf")]),
      st.pvariance([1.0, float("nan")]))
print(st.mode([1, 2, 2, 3, 3]), st.mode("abracadabra"), st.mode([[1], [1]][0]),
      st.multimode("aabbbccccdddd"), st.multimode([]), st.multimode([5]))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(iter([1.5, 2.5])),
      st.mean(iter([1, 2])), st.median((x for x in [5, 1, 3])))
for bad in (lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]),
            lambda: st.variance([1]), lambda: st.stdev([1]),
            lambda: st.pvariance([]), lambda: st.pstdev([]),
            lambda: st.fmean([]), lambda: st.fmean([1], weights=[1, 2]),
            lambda: st.fmean([1, 2], weights=[1, -1]),
            lambda: st.median_low([]), lambda: st.mean(["a", "b"]),
            lambda: st.variance([1e300, -1e300, 3.0])):
    try:
        bad()
    except (st.StatisticsError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(st.StatisticsError, ValueError))
