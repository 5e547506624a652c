# An uncaught ValueError raised inside a generator expression consumed by
# sum(), after handled ones: the traceback's frames (<genexpr>) and carets.
def parse(s):
    return int(s)
def total(items):
    return sum(parse(x) for x in items)
data = {"a": ["1", "2"], "b": ["3", "x"]}
for k in sorted(data):
    try:
        print(k, total(data[k]))
    except ValueError as e:
        print("bad", k, e)
        last = k
print(sorted(data, key=lambda k: total(data[k]) if k != last else -1))
print(total(data["b"]))
