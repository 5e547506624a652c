# KeyError from a subscript inside a function: ~~~^^^^^ carets.
def lookup(d, key):
    value = d["a"][key]
    return value

print("start")
lookup({"a": {"x": 1}}, "y")
