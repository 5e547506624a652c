# A module-level variable first given an empty container or None is typed by the module's
# own top-level code only: one completed only inside a function needs its annotation.
pending = []
cache = {}
nothing = None


def remember(k: str) -> None:
    cache[k] = 1


remember("x")
print(len(pending), len(cache), nothing)
# expect error: 3:11: cannot infer the type of an empty list; annotate the variable
# expect error: 4:9: cannot infer the type of an empty dict; annotate the variable
# expect error: 5:1: cannot infer the type of 'nothing' from None; annotate the variable
