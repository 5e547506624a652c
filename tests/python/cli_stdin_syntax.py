# cli: -
# stdin: print("never")
# stdin: x = [1, 2
# stdin: y = 3 +
