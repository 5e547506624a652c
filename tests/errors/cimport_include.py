# include() itself: a module-level assignment with constant arguments
# naming a system header and functions it declares.
import sys
import rtrans.c

from rtrans.c import include

missing = include("no_such_header_rtrans.h")
outside = include("../math.h")
libm = include("math.h", safe=["sqrt", "sqroot"])
header = "math.h"
computed = include(header)
two = include("math.h", "stdio.h")
kw = include("math.h", unsafe=["sqrt"])
notlist = include("math.h", safe="sqrt")
a, b = include("math.h")
libm = include("stdio.h")

if len(sys.argv) > 5:
    late = include("math.h")


def f() -> float:
    m = include("math.h")
    return 0.0


def main(argv: list[str]) -> int:
    print(missing.anything(1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 4:8: write 'from rtrans.c import include' to use C functions
# expect error: 8:19: cannot find C header 'no_such_header_rtrans.h'
# expect error: 9:19: '../math.h' is not the name of a system header (such as "math.h")
# expect error: 10:40: safe= names 'sqroot', which <math.h> does not declare as a function
# expect error: 12:20: include() takes one header name as a string constant: include("math.h")
# expect error: 13:25: include() takes one header name as a string constant: include("math.h")
# expect error: 14:24: include() got an unexpected keyword argument 'unsafe'
# expect error: 15:34: safe= takes a list of function names: safe=["sqrt", ...]
# expect error: 16:1: the result of include() must be assigned to one name
# expect error: 17:1: 'libm' is already defined (line 10)
# expect error: 20:12: include() must be assigned to a name at module level: NAME = include("header.h", safe=[...])
# expect error: 24:9: include() must be assigned to a name at module level: NAME = include("header.h", safe=[...])
