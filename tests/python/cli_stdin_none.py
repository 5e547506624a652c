# cli:
# No program argument and standard input not a terminal: it is the program
# stdin: import sys
# stdin: print(sys.argv)
# stdin: print(sum(range(10)))
# stdin: 1 / 0
