# cli: -c {code} alpha --beta
# The -c form: sys.argv starts with '-c', no __file__, path[0] is ''
import sys
print(sys.argv)
print(__name__, '__file__' in globals(), repr(sys.path[0]))
def f(n):
    return n * 2
print(f(21))
