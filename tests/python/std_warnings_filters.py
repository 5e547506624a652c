# warnings: the order of the filter list (insert moves an equal filter to
# the front, append keeps it once), the 'module' and 'once' actions, an
# unknown action, WarningMessage fields, catch_warnings' repr and errors
import sys
import warnings

warnings.resetwarnings()
warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("error", RuntimeWarning)
warnings.simplefilter("ignore", DeprecationWarning)
print([(a, c.__name__) for a, m, c, mod, ln in warnings.filters])
warnings.simplefilter("always", RuntimeWarning, append=True)
warnings.simplefilter("error", RuntimeWarning, append=True)
warnings.filters.insert(0, ("ignore", None, UserWarning, None, 0))
warnings.filters.insert(0, ("ignore", None, UserWarning, None, 0))
warnings.simplefilter("ignore", UserWarning)
print([(a, c.__name__) for a, m, c, mod, ln in warnings.filters])
warnings.filterwarnings("default", "sp[ae]m", append=True)
print(len(warnings.filters), warnings.filters[-1][1] is not None)
warnings.resetwarnings()


def at(action, text, line, registry):
    warnings.warn_explicit(text, UserWarning, "mod.py", line, "mod",
                           registry)


with warnings.catch_warnings(record=True) as log:
    for action in ("module", "once", "default", "always"):
        warnings.simplefilter(action)
        reg = {}
        for line in (1, 2, 1, 3):
            at(action, "text " + action, line, reg)
        at(action, "text " + action, 1, {})
        at(action, "text " + action, 4, None)
        at(action, "text " + action, 4, None)
        print(action, len(log), sorted(k for k in reg if k != "version"))
        del log[:]
    warnings.filters[:] = [("sometimes", None, Warning, None, 0)]
    try:
        at("x", "odd", 1, {})
    except RuntimeError as e:
        print("RuntimeError", e)

m = warnings.WarningMessage("msg", UserWarning, "f.py", 7, line="x = 1")
print(m.message, m.category.__name__, m.filename, m.lineno, m.file,
      m.line, m.source, m._category_name)
print(str(m))
print(str(warnings.WarningMessage("msg", None, "f.py", 7)))
print(repr(warnings.catch_warnings()),
      repr(warnings.catch_warnings(record=True)))


class FakeModule:
    def __repr__(self):
        return "<fake warnings>"


print(repr(warnings.catch_warnings(module=FakeModule())))
cw = warnings.catch_warnings()
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn(RuntimeWarning("inst"), UserWarning)
    warnings.warn("plain", None)
    print([(type(w.message).__name__, w.category.__name__) for w in log])
