# Not a program: misuses of the rtrans package that its type information
# (py.typed, the signatures) must let mypy catch.  tests/install checks that
# mypy reports exactly the error codes listed for this file in mypy.txt.
import rtrans
from rtrans.c import include

rtrans.push_marker("7", 7)
libm = include("math.h", safe="sqrt")
atomic_now: str = rtrans.is_atomic()
rtrans.transaction_break_point(1)
with rtrans.atomic as nothing:
    print(nothing + 1)
