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
# the result type of mixed data, exact ratios of odd values, given centres


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyFrac(F):
    pass


class Ratio:
    """Not a number type, but it has a numerator and a denominator."""
    def __init__(self, n, d):
        self.numerator, self.denominator = n, d


for d in ([1, MyInt(2)], [MyInt(2), 1], [MyInt(1), 2.5], [2.5, MyInt(1)], [MyInt(3), F(1, 2)],
          [F(1, 2), MyInt(3)], [F(1, 2), 0.25], [0.25, F(1, 2)], [F(1, 3), MyFrac(1, 3)],
          [MyFrac(1, 3), F(2, 3)], [1.5, MyFloat(2.5)], [MyFloat(2.5), 1.5],
          [MyFrac(1, 2), MyFloat(0.5)], [True, 2], [True, True, False], [True, 0.5],
          [F(1, 2), True], [MyFloat(1.0), MyInt(2), F(1, 4)]):
    m, v, pv = st.mean(d), st.variance(d), st.pvariance(d)
    print(type(m).__name__, repr(m), type(v).__name__, repr(v), type(pv).__name__, repr(pv),
          repr(st.stdev(d)), repr(st.pstdev(d)))


class OtherFloat(float):
    pass


# CPython mixes the types in a set's order: which one its message names
# first is not fixed
for bad in (lambda: st.mean([MyFloat(1), OtherFloat(2)]), lambda: st.variance([MyFrac(1), OtherFloat(1)])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", sorted(str(e).replace(" and", "").split()))
for bad in (lambda: st.mean([MyFloat(1), OtherFloat(2), "x"]), lambda: st.mean([1, "x"]), lambda: st.mean([Ratio(1, 2)]), lambda: st.mean([1.0, complex(1)]),
            lambda: st.pvariance([F(1)], 2), lambda: st.pstdev([1.0], 0.5),
            lambda: st.stdev([float("nan"), 1.0]), lambda: st.pstdev([float("inf")])):
    try:
        print(repr(bad()))
    except (TypeError, AttributeError, st.StatisticsError) as e:
        print(type(e).__name__ + ":", e)
print(repr(st.variance([1, 2, 3, 4], F(5, 2))), repr(st.pvariance([1, 2, 4], 2)),
      repr(st.variance([0.1, 0.2, 0.3], 0.2)), repr(st.stdev([1, 2, 3, 5], 2.75)),
      repr(st.pstdev([F(1, 3), F(1, 2)], F(5, 12))), repr(st.pvariance([1, 2], 1.5)),
      repr(st.variance([float("inf"), 1.0])), repr(st.pvariance([1.0, float("-inf")], 2)),
      repr(st.mean([1e308, 1e308, -1e308])))
