# `type(x) is K` tests the run-time type against int, float, bool, str or a
# class of the program; other uses of type() keep their error.
def f(v: int | str, w: list[int]) -> None:
    print(type(w) is list)
    print(type(v) is type(w))
    print(type(v))


f(1, [])

# expect error: 4:22: type(x) is ... is only supported with int, float, bool, str or a class of the program
# expect error: 5:22: type() is only supported as type(x).__name__ and in type(x) is K; use isinstance() to test a class
# expect error: 6:11: type() is only supported as type(x).__name__ and in type(x) is K; use isinstance() to test a class
