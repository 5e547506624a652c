# Imports: a module beside the program, a package with __init__.py and a
# submodule, relative imports inside the package, from-import forms,
# module attributes, import caching in sys.modules, ImportError.
import sys
import helpers
from helpers import double, GREETING as hello
import geometry
from geometry import shapes
from geometry.shapes import Circle
import geometry.vectors as vec

print(helpers.double(21), double(2), hello, helpers.__name__)
print(geometry.VERSION, geometry.area_sum([Circle(1), Circle(2)]))
print(shapes.Circle(3).area(), vec.add((1, 2), (3, 4)), geometry.vectors.ORIGIN)
print("helpers" in sys.modules, sys.modules["helpers"] is helpers)
print(helpers.counter(), helpers.counter())
import helpers as h2
print(h2.counter(), h2 is helpers)
try:
    import no_such_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helpers import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(sorted(n for n in dir(helpers) if not n.startswith("_")))
