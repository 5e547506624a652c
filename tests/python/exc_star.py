# except*: clauses split the group (nesting kept), a naked exception is
# seen as a group of one, handlers' raises are collected with the
# unhandled rest, re-raised parts keep the original structure, sys
# exception state inside handlers, else/finally, errors of except*
import sys

def run(label, f):
    try:
        f()
        print(label, "-> nothing escaped")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))

def g1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("  values:", repr(e), repr(sys.exc_info()[1]))
    except* TypeError as e:
        print("  types:", repr(e))
run("both handled", g1)

def g2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2),
                                    ExceptionGroup("sub", [OSError(3), ValueError(4)])])
    except* ValueError as e:
        print("  values:", repr(e))
run("rest escapes", g2)

def g3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  naked:", repr(e), repr(e.exceptions[0]))
run("naked handled", g3)

def g4():
    try:
        raise KeyError("naked")
    except* ValueError:
        print("  not reached")
run("naked unhandled", g4)

def g5():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError:
        raise
run("raise and reraise", g5)

def g6():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("  tuple:", repr(e))
        raise
run("bare reraise keeps the group", g6)

def g7():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("x")
run("raised alone", g7)

def g8():
    try:
        print("  body ok")
    except* ValueError:
        print("  no")
    else:
        print("  else")
    finally:
        print("  finally")
run("else finally", g8)

def g9():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run("catching a group type", g9)

def g10():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        pass
run("not an exception class", g10)

def g11():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            print("  inner handled", repr(e))
    except* TypeError as e:
        print("  outer handled", repr(e))
    for i in range(3):
        try:
            raise ValueError(i)
        except* ValueError:
            for j in range(5):
                if j == 1:
                    break
            print("  loop", i, j)
run("nested", g11)

def g12():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  name bound", repr(e))
    try:
        print(e)
    except UnboundLocalError as err:
        print("  name cleared:", err)
run("name cleared", g12)

def g13():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt:
        print("  keyboard")
run("base group", g13)

for src in ["try:\n pass\nexcept* ValueError:\n pass\nexcept TypeError:\n pass",
            "try:\n pass\nexcept*:\n pass",
            "for i in x:\n try:\n  pass\n except* ValueError:\n  continue",
            "def f():\n try:\n  pass\n except* ValueError:\n  return 1",
            "def f():\n try:\n  pass\n except* ValueError:\n  return"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
