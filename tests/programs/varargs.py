# issue 8: `*args: T` parameters (a tuple[T, ...] of the extra positional
# arguments), keyword-only parameters after them or after a bare `*`, and
# f(*xs) passing a list or a tuple of any length to them.
def join(*parts: str) -> str:
    return "-".join(parts)


def total(first: int, *rest: int, scale: int = 1) -> int:
    s = first
    for r in rest:
        s += r
    return s * scale


class Emitter:
    def __init__(self) -> None:
        self.code: list[int] = []

    def emit(self, op: int, *args: int) -> None:
        self.code.append(op)
        self.code.extend(args)
        print("emit", op, args, len(args), args[1:] if args else "none")


def keyonly(a: int, *, flag: bool = False, tag: str) -> str:
    return f"{a} {flag} {tag}"


def counter() -> list[int]:
    seen: list[int] = []

    def note(*xs: int) -> int:
        seen.extend(xs)
        return len(xs)
    print(note(), note(1), note(2, 3))
    return seen


print(join("a", "b", "c"), repr(join()))
print(total(1), total(1, 2, 3), total(1, 2, scale=10))
e = Emitter()
e.emit(1)
e.emit(2, 7)
e.emit(3, 8, 9)
print(e.code)
xs = [4, 5]
print(total(1, *xs), join(*["x", "y"]), join(*("p", "q")))
print(keyonly(3, tag="t"), keyonly(4, flag=True, tag="u"))
print(counter())

# expect: a-b-c ''
# expect: 1 6 30
# expect: emit 1 () 0 none
# expect: emit 2 (7,) 1 ()
# expect: emit 3 (8, 9) 2 (9,)
# expect: [1, 2, 7, 3, 8, 9]
# expect: 10 x-y p-q
# expect: 3 False t 4 True u
# expect: 0 1 2
# expect: [1, 2, 3]
