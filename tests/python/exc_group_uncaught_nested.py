# an uncaught group nesting groups, with a chained cause, more than 15 sub-exceptions (the '... and N more' box)
try:
    try:
        1/0
    except Exception as x:
        raise ExceptionGroup("g", [KeyError(1)]) from x
except Exception as y:
    raise ExceptionGroup("outer", [y, ValueError(2), ExceptionGroup("x", [ExceptionGroup("y", [ValueError(i) for i in range(17)])])])
