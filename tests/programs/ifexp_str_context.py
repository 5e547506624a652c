# issue 8: `x if c else y` whose branches have different types where only
# its text is used (print, str(), repr(), f-string fields, str.format,
# %-formatting): each branch is converted on its own, as CPython prints the
# chosen one.
from typing import Optional


def show(r: Optional[float], n: int) -> None:
    print(r if r is None else "%.3f" % r, n if n > 0 else "none")
    print("{:<6}|{}".format("v", r if r is not None else "-"))
    print(f"[{n if n else 'zero'}] [{r if r else 'no'!r}]")
    print(str(n if n < 10 else "big") + repr(1.5 if n else "s"))


show(2.0, 3)
show(None, 0)
show(0.25, 12)

# expect: 2.000 3
# expect: v     |2.0
# expect: [3] [2.0]
# expect: 31.5
# expect: None none
# expect: v     |-
# expect: [zero] ['no']
# expect: 0's'
# expect: 0.250 12
# expect: v     |0.25
# expect: [12] [0.25]
# expect: big1.5
