# `type(x) is K` tests the run-time type against int, float, bool, str or a
# class of the program; other uses of type() keep their error, and an
# `object` (which does not say which number it holds) is only narrowed with
# isinstance() of a class.
def f(v: int | str, w: list[int]) -> None:
    print(type(w) is list)
    print(type(v) is type(w))
    print(type(v))


class P:
    def __eq__(self, other: object) -> bool:
        return type(other) is int


f(1, [])
print(P() == P())

# expect error: 6:22: type(x) is ... is only supported with int, float, bool, str or a class of the program
# expect error: 7:22: type() is only supported as type(x).__name__ and in type(x) is K; use isinstance() to test a class
# expect error: 8:11: type() is only supported as type(x).__name__ and in type(x) is K; use isinstance() to test a class
# expect error: 13:31: type(x) is int on an 'object' is not supported: an 'object' is narrowed with isinstance(x, C) for a class C of the program
