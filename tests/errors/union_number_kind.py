# A number goes into a union as the kind it is (CPython keeps True a bool and
# 2 an int): a union without that kind refuses it, and the error says to add
# the kind to the union or to convert the number.
def show(v: int | float | str) -> str:
    return f"{v}"


def fl(v: float | str) -> str:
    return f"{v}"


flag = True
print(show(True), show(flag), fl(3), fl(flag))
x: int | str = True
y: float | None | str = 2
z: str | None = 2.5

# expect error: 13:12: argument 1 of 'show' has type 'bool', expected 'int | float | str': a bool stays a bool in a union, as in CPython (it prints True, not 1): add bool to the union, or write 1
# expect error: 13:24: argument 1 of 'show' has type 'bool', expected 'int | float | str': a bool stays a bool in a union, as in CPython (it prints True, not 1): add bool to the union, or write int(flag)
# expect error: 13:34: argument 1 of 'fl' has type 'int', expected 'float | str': an int stays an int in a union, as in CPython (it prints 2, not 2.0): add int to the union, or write 3.0
# expect error: 13:41: argument 1 of 'fl' has type 'bool', expected 'float | str': a bool stays a bool in a union, as in CPython (it prints True, not 1): add bool to the union, or write float(flag)
# expect error: 14:16: incompatible types in assignment: expected 'int | str', got 'bool': a bool stays a bool in a union, as in CPython (it prints True, not 1): add bool to the union, or write 1
# expect error: 15:25: incompatible types in assignment: expected 'float | str | None', got 'int': an int stays an int in a union, as in CPython (it prints 2, not 2.0): add int to the union, or write 2.0
# expect error: 16:17: incompatible types in assignment: expected 'str | None', got 'float'
