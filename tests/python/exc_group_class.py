# ExceptionGroup / BaseExceptionGroup: construction rules, str/repr,
# message/exceptions, split/subgroup by type, tuple and predicate (nesting
# kept, metadata copied), derive in subclasses, error messages
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

eg = ExceptionGroup("many", [ValueError(1), TypeError("t"),
                             ExceptionGroup("inner", [ValueError(2), KeyError("k")])])
print(eg, repr(eg), eg.message, eg.exceptions, eg.args)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__,
      type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(ExceptionGroup.__mro__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
attempt("nest base", lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
attempt("empty", lambda: ExceptionGroup("x", []))
attempt("not seq", lambda: ExceptionGroup("x", {ValueError()}))
attempt("not exc", lambda: ExceptionGroup("x", [ValueError(), 3]))
attempt("msg type", lambda: ExceptionGroup(3, [ValueError()]))
attempt("arg count", lambda: ExceptionGroup("x"))
match, rest = eg.split(ValueError)
print("split", repr(match), repr(rest))
print("split tuple", eg.split((KeyError, TypeError)))
print("subgroup", repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 2)))
print("all", eg.split(Exception)[0] is eg, eg.subgroup(Exception) is eg, eg.subgroup(OSError))
attempt("bad matcher", lambda: eg.split(3))
attempt("bad matcher2", lambda: eg.split((ValueError, 3)))

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
m = MyEG("mine", [ValueError(1), TypeError(2)])
try:
    raise m from KeyError("cause")
except MyEG as e:
    e.add_note("a note")
    a, b = e.split(ValueError)
    print(type(a).__name__, a, a.__cause__, a.__notes__, a.__traceback__.tb_lineno == e.__traceback__.tb_lineno, b)
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 3
attempt("bad derive", lambda: BadDerive("b", [ValueError(), TypeError()]).split(ValueError))
print(str(ExceptionGroup("one", [ValueError()])))
