# raise E from C: C is evaluated (after E) and E is raised; a class is
# instantiated, None is allowed.
def cause(tag: str) -> KeyError:
    print("making cause", tag)
    return KeyError(tag)


def make(tag: str) -> ValueError:
    print("making exception", tag)
    return ValueError(tag)


def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad input {s!r}") from e


for s in ["12", "x"]:
    try:
        print(parse(s))
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    raise make("a") from cause("b")
except ValueError as e:
    print("caught", e)
try:
    raise make("c") from None
except ValueError as e:
    print("caught", e)
try:
    raise TypeError from KeyError
except TypeError as e:
    print("caught", repr(e))

# expect: 12
# expect: RuntimeError: bad input 'x'
# expect: making exception a
# expect: making cause b
# expect: caught a
# expect: making exception c
# expect: caught c
# expect: caught TypeError()
