# uncaught exception during handling of another one: both tracebacks printed
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return fallback(k)

def fallback(k):
    return {"a": 1}[k.upper()]

print(lookup({"x": 5}, "x"))
print(lookup({}, "a"))
print(lookup({}, "b"))
