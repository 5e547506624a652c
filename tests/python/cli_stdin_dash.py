# cli: - one two
# The program read from standard input ('-'): argv[0] is '-'
# stdin: import sys
# stdin: print(sys.argv, __name__)
# stdin: for i in range(3):
# stdin:     print(i, end=" ")
# stdin: print()
# stdin: raise SystemExit(3)
