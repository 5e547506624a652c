# Starred assignment targets (a, *rest = xs; first, *mid, last = xs; in for
# loops too) unpack a list: the starred name gets a new list of the middle.
words = "go north now".split()
verb, *rest = words
print(verb, rest)
first, *mid, last = [1, 2, 3, 4, 5]
print(first, mid, last)
a, *b = [7]
print(a, b)
for head, *others in [[1, 2], [3], [4, 5, 6]]:
    print(head, others)
try:
    x, *y, z = [1]
except ValueError as e:
    print("ValueError:", e)

# expect: go ['north', 'now']
# expect: 1 [2, 3, 4] 5
# expect: 7 []
# expect: 1 [2]
# expect: 3 []
# expect: 4 [5, 6]
# expect: ValueError: not enough values to unpack (expected at least 2, got 1)
