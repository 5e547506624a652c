# Roman numerals both ways with validation, round-trip checks over a range,
# and an uncaught error at the end (traceback through two functions, exit 1).
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
          (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
          (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, letters in VALUES:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(text):
    text = text.upper()
    i = total = 0
    for value, letters in VALUES:
        while text.startswith(letters, i):
            total += value
            i += len(letters)
    if i != len(text) or to_roman(total) != text:
        raise ValueError(f"invalid numeral {text!r}")
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    print(n, to_roman(n), from_roman(to_roman(n)))
assert all(from_roman(to_roman(n)) == n for n in range(1, 4000))
print("round trip ok")
for bad in (0, 4000, 2.5, True):
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ("IIII", "VX", "MCMXCIVI", "abc", "mmxxiv"):
    try:
        print(bad, "->", from_roman(bad))
    except ValueError as e:
        print("ValueError", e)


def check_all(numerals):
    return [from_roman(s) for s in numerals]


print(check_all(["XII", "XLII", "IC"]))
