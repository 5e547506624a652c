# traceback objects: e.__traceback__ is one object (identity, sys.exc_info()[2], tb_next chains), with_traceback(None)
import sys
def f():
    1/0
try:
    f()
except Exception as e:
    t1 = e.__traceback__
    t2 = e.__traceback__
    print(t1 is t2, t1.tb_lineno, t1.tb_next.tb_lineno, t1.tb_next.tb_next)
    print(sys.exc_info()[2] is t1)
    print(t1.tb_frame.f_code.co_name, t1.tb_next.tb_frame.f_code.co_name)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
