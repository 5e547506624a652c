# C functions whose signature rtrans cannot convert: the error names the
# function and the parameter (or the result).  A function of another
# library than libc and libm (crypt of <crypt.h>) cannot be linked.
import sys

from rtrans.c import include

string = include("string.h")
stdio = include("stdio.h")
stdlib = include("stdlib.h")
crypt = include("crypt.h")


def main(argv: list[str]) -> int:
    string.memcpy("a", "b", 1)
    string.strcpy("a", "b")
    stdio.printf("%d\n", 1)
    stdlib.strtol("12", None, 10)
    stdlib.malloc(16)
    stdio.fopen("x", "r")
    print(crypt.crypt("password", "ab"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 15:12: cannot call 'memcpy' from C: parameter 1 has type 'void *', which rtrans cannot pass
# expect error: 16:12: cannot call 'strcpy' from C: parameter 1 has type 'char *', which rtrans cannot pass
# expect error: 17:11: cannot call 'printf' from C: it takes a variable number of arguments
# expect error: 18:12: cannot call 'strtol' from C: parameter 2 has type 'char **', which rtrans cannot pass
# expect error: 19:12: cannot call 'malloc' from C: its result has type 'void *', which rtrans cannot convert
# expect error: 20:11: cannot call 'fopen' from C: its result has type 'FILE *', which rtrans cannot convert
# expect error: 21:17: cannot call 'crypt' from C: <crypt.h> declares it, but neither libc nor libm defines it (a translated program links only those)
