# Module-level variables first given an empty container or None take their type from what
# the module code does with them next, as locals in functions do (issue 8).
import sys

import util

WORDS = "the cat saw the other cat and the dog".split()
order = []
seen = set()
longest = None
best = 0
table = dict()
rows = list()
positions = {}
positions["start"] = [-1]
for word in WORDS:
    if word not in seen:
        seen.add(word)
        order.append(word)
    if len(word) > best:
        longest = word
        best = len(word)
for i, w in enumerate(order):
    table[w] = i
    positions.setdefault(w, []).append(i)
rows += [(w, WORDS.count(w)) for w in order]


def report() -> str:
    # functions read the globals with the types module code gave them
    return ", ".join(f"{w}@{table[w]}" for w in order)


print(report())
print(sorted(seen), longest, positions["dog"])
print(rows)
names = []
if len(sys.argv) > 5:
    names.append("many arguments")
print(names, len(names))

found = None
for k in ["alpha", "gamma"]:
    found = util.lookup(k)
print(util.registry, util.last, found, util.lookup("beta"))

# expect: the@0, cat@1, saw@2, other@3, and@4, dog@5
# expect: ['and', 'cat', 'dog', 'other', 'saw', 'the'] other [5]
# expect: [('the', 3), ('cat', 2), ('saw', 1), ('other', 1), ('and', 1), ('dog', 1)]
# expect: [] 0
# expect: {'alpha': 5, 'beta': 4} 4 -1 4
