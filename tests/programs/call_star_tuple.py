# f(*t) with t a fixed-length tuple passes its items as positional arguments
# (to ordinary parameters and to a *args one), as CPython does.
def transfer(src: int, dst: int, amount: int) -> str:
    return f"{src}->{dst}: {amount}"


def total(*xs: int) -> int:
    return sum(xs)


job = (1, 2, 300)
print(transfer(*job))
pair = (5, 6)
print(transfer(*pair, 7), total(*job), total(0, *pair))
for j in [(1, 2, 3), (4, 5, 6)]:
    print(transfer(*j))

# expect: 1->2: 300
# expect: 5->6: 7 303 11
# expect: 1->2: 3
# expect: 4->5: 6
