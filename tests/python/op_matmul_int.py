# @ and @= on numbers are not defined: TypeError, never NotImplemented
# as a value (int/float/bool/big int operands, both forms).
for a, b in [(2, 3), (2.0, 3), (True, 1), (10 ** 30, 2), (2, 3.5)]:
    try:
        print(a @ b)
    except TypeError as e:
        print("TypeError:", e)
    t = a
    try:
        t @= b
        print(t)
    except TypeError as e:
        print("TypeError:", e)


class M:
    def __rmatmul__(self, other):
        return ("rmatmul", other)


print(2 @ M())
x = 5
x @= M()
print(x)
