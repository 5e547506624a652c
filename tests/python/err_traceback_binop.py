# An uncaught ZeroDivisionError inside nested calls: traceback with the
# caret lines of CPython 3.11 (~~^~~ under a binary operation).
def inner(a, b):
    return a / b

def outer(x):
    y = inner(x, 0) + 1
    return y

outer(5)
