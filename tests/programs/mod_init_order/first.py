# Helper module for mod_init_order.
print("first init")
LOG: list[str] = ["first"]
VALUE = 1
