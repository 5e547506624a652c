# A syntax error: CPython's message and caret, exit status 1.
print("never printed")
x = (1, 2
y = 3
