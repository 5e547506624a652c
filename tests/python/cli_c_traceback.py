# cli: -c {code}
# An uncaught exception in -c code: the traceback names "<string>"
def inner(d):
    return d["missing"]
def outer():
    return inner({})
print("before")
outer()
