# On an 'int | float' union arithmetic and one ordering work (union_numbers.py);
# a union with other members, a comparison chain, and an int where a float is
# wanted keep their errors, each naming the typed way.
def f(v: int | float, w: int | float | str, xs: list[float]) -> None:
    xs.append(v)
    print(w + 1)
    print(v < w)
    print(0 < v < 2)
    print(v ** 2)


f(1, 2, [])

# expect error: 5:15: argument 1 of 'append' has type 'int | float', expected 'float': write float(v) (CPython would keep an int)
# expect error: 6:13: unsupported operand types for +: 'int | float | str' and 'int' (narrow the union with isinstance() first)
# expect error: 7:13: '<' is not supported between 'int | float' and 'int | float | str': narrow the union with isinstance() first
# expect error: 8:13: '<' in a chain of comparisons is not supported on 'int | float': write the comparisons joined with 'and'
# expect error: 8:13: '<' in a chain of comparisons is not supported on 'int | float': write the comparisons joined with 'and'
# expect error: 9:13: unsupported operand types for **: 'int | float' and 'int' (narrow the union with isinstance() first)
