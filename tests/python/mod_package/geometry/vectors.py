from .shapes import Circle as _C
ORIGIN = (0, 0)

def add(a, b):
    return (a[0] + b[0], a[1] + b[1])
