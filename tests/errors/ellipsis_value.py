# `...` is a stub body (pass) or the tail of tuple[T, ...]; as a value it
# is not supported (the parser keeps it for those two uses).
x = ...
y: tuple[int, ...] = (1, 2)
print(x, y)

# expect error: 3:5: '...' (Ellipsis) is not supported (it may stand only in tuple[T, ...])
