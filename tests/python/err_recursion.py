# Unbounded recursion: RecursionError after the default limit (1000),
# the traceback folding the repeated lines.
def down(n):
    return down(n + 1)

down(0)
