# hash() of a tuple is CPython's (the xxHash mixing of 3.8+, with the
# length folded in), so printed hashes and anything derived from them match.
print(hash((1, 2)), hash((0,)), hash((1, (2, True), -1)))
pairs = [(-1, -2), (2 ** 40, 7), (2, 1)]
for p in pairs:
    print(hash(p))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)))
print(hash((1, 2)) % 1000, hash(((3,), 4)))

# expect: -3550055125485641917 -8753497827991233192 1099016163168723746
# expect: 960947337673586213
# expect: 7208148762814418017
# expect: 6794810172467074373
# expect: True True
# expect: 83 1844143891835314105
