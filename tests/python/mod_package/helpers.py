"""Helper module for the import test."""
GREETING = "hello"
_count = 0

def double(x):
    return 2 * x

def counter():
    global _count
    _count += 1
    return _count
