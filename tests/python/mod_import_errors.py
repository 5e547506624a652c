# ImportError for a missing module or name, as CPython words it
try:
    import nosuchmodule_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nosuchname
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import argv, path, nosuch
except ImportError as e:
    print(e)
import math as m, sys as s
print(m.pi, s.maxsize, "math" in s.modules)
from collections import deque as dq
print(dq([1, 2]).__class__.__name__)
