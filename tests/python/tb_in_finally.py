# exception raised inside a finally block while another propagates
def f():
    try:
        raise ValueError("original")
    finally:
        print("cleanup")
        undefined_name
f()
