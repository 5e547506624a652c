# C functions whose signature rtrans cannot convert: the error names the
# function and the parameter (or the result).
import sys

from rtrans.c import include

string = include("string.h")
stdio = include("stdio.h")
stdlib = include("stdlib.h")


def main(argv: list[str]) -> int:
    string.memcpy("a", "b", 1)
    string.strcpy("a", "b")
    stdio.printf("%d\n", 1)
    stdlib.strtol("12", None, 10)
    stdlib.malloc(16)
    stdio.fopen("x", "r")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 13:12: cannot call 'memcpy' from C: parameter 1 has type 'void *', which rtrans cannot pass
# expect error: 14:12: cannot call 'strcpy' from C: parameter 1 has type 'char *', which rtrans cannot pass
# expect error: 15:11: cannot call 'printf' from C: it takes a variable number of arguments
# expect error: 16:12: cannot call 'strtol' from C: parameter 2 has type 'char **', which rtrans cannot pass
# expect error: 17:12: cannot call 'malloc' from C: its result has type 'void *', which rtrans cannot convert
# expect error: 18:11: cannot call 'fopen' from C: its result has type 'FILE *', which rtrans cannot convert
