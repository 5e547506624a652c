# a bare `raise` re-raises without a traceback entry of its own (CPython:
# the entry of the frame where the exception was first raised only), also
# through two frames and after the handler called other code
def inner():
    try:
        {}["missing"]
    except KeyError:
        helper = len("abc")
        raise


def outer():
    try:
        inner()
    except KeyError as e:
        print("caught", repr(e), e.__traceback__.tb_next.tb_lineno)
        raise


outer()
