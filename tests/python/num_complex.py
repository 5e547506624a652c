# Complex numbers: literals, arithmetic with ints and floats, division,
# powers, abs, conjugate, repr forms, equality, hashing, complex().
a = 3 + 4j
b = 1 - 2j
print(a, b, 1j, -1j, 2j * 2j, a + 1, 2.5 * a, a - b, a * b, a / b)
print(abs(a), a.conjugate(), a.real, a.imag, (1j).imag, complex(1, 2), complex("3-4j"))
print(a ** 2, (1 + 1j) ** 10, 2 ** (1j), (1j) ** -1, a ** 0.5)
print(complex(0, 0), complex(-0.0, 1), complex(1.5, -0.0), 1e20j, complex(2, 1e-5))
print(a == 3 + 4j, a != b, 1 + 0j == 1, hash(1 + 0j) == hash(1), hash(2j) == hash(2j))
print((-8) ** (1 / 3), (-1) ** 0.5, bool(0j), bool(1j), complex("1e3j"), complex(" (2+3j) "))
try:
    1 / 0j
except ZeroDivisionError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
print(f"{a}", str(a), repr(-b), [1j, 2 + 0j], {1j: "x"}[1j])
