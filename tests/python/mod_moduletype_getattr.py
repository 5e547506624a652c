# types.ModuleType(name, doc) builds a module by hand; a module's own
# __getattr__ answers the names it lacks (PEP 562), also for 'from m import'.
import sys, types
m = types.ModuleType("mm")
print(m, sorted(m.__dict__.items()))
m2 = types.ModuleType("mm2", "the doc")
print(m2.__doc__, m2.__name__)
def ga(name):
    if name == "zz":
        return 42
    raise AttributeError(f"module 'mm' has no attribute {name!r}")
m.__getattr__ = ga
m.x = 1
print(m.zz, m.x, getattr(m, "qq", "dflt"), hasattr(m, "zz"))
try:
    m.nope
except AttributeError as e:
    print("AE", e)
sys.modules["mm"] = m
import mm
from mm import zz
print(zz, mm is m)
try:
    from mm import nope
except ImportError as e:
    print("IE", e)
for bad in [(), (3,), ("a", "b", "c")]:
    try:
        types.ModuleType(*bad)
    except TypeError as e:
        print("TE", e)
try:
    types.ModuleType(name=None)
except TypeError as e:
    print("TE", e)
print(types.ModuleType(name="kw"))
# a lazily filled module, the common use of PEP 562
lazy = types.ModuleType("lazy")
made = []
def lazy_attr(name):
    if name.startswith("big_"):
        made.append(name)
        value = len(name) * 10
        setattr(lazy, name, value)
        return value
    raise AttributeError(name)
lazy.__getattr__ = lazy_attr
print(lazy.big_table, lazy.big_table, made)
print("big_x" in dir(lazy), getattr(lazy, "small", None))
