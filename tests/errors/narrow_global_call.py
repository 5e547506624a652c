# A module global stays narrowed only until a call (which may assign it) or an assignment:
# a use after one is checked with the global's declared type, and the error says why.
val: float | str = 1.5


def touch() -> None:
    pass


def use() -> None:
    if isinstance(val, float):
        touch()
        print(val * 2)
    if isinstance(val, str):
        print(val.upper())
        touch()
        print(-val)


use()

# expect error: 13:19: unsupported operand types for *: 'float | str' and 'int' (narrow it with isinstance() first; a global's narrowing ends at the next call or assignment: narrow a local copy where a call comes between)
# expect error: 17:15: bad operand type for unary -: 'float | str' (narrow it with isinstance() first; a global's narrowing ends at the next call or assignment: narrow a local copy where a call comes between)
