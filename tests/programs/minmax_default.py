# issue 8: min()/max() of a sequence with default= (a value of the items'
# type, or None), with and without key=; the default is evaluated first.
words: list[str] = []
print(max(words, default="none"), min([3, 1, 2], default=0))
print(max(["bb", "a"], key=len, default=""), min(words, key=len, default=None))
nums = [2.5, 1.5]
print(max(nums, default=0.0), min(nums, default=None))
best = max(words, default=None)
print(best is None, best)
empty: list[int] = []
print(min(empty, default=-1), max(empty, key=lambda x: -x, default=7))

# expect: none 1
# expect: bb None
# expect: 2.5 1.5
# expect: True None
# expect: -1 7
