# An uncaught user-defined exception: the class name (no module prefix
# for __main__) and its message.
class ValidationError(Exception):
    pass

def check(v):
    if v < 0:
        raise ValidationError(f"negative value: {v}")
    return v

for v in [3, 1, -2]:
    print(check(v))
