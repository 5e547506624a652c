# sys.setrecursionlimit and RecursionError
import sys
print(sys.getrecursionlimit())

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(3000)
print(depth(2500))
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError:
    print("caught at 100")

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr recursion", e)
