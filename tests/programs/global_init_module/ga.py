# Helper of global_init_module: imports gb, which imports it back and
# calls get() while this module has not yet assigned A_VAL.
def get() -> int:
    return A_VAL


import gb

A_VAL: int = 7
print("ga: A_VAL =", get(), "gb.V =", gb.V)
