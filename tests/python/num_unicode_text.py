# int() and float() read a str as CPython does: other scripts' decimal
# digits count as their ASCII digit, non-ASCII whitespace as a space, and
# only ASCII whitespace is stripped ("\x1c" is whitespace to isspace() but
# not to int()); bytes and bytearray keep their bytes (no other digits, no
# non-ASCII whitespace) and their errors show bytes.
cases = ["\u0665", "\U0001D7D3\U0001D7CE", "\u0e55\u0e50", "\uff11\uff12",
         "\u0967_\u0968", "-\u0663", "\xa0 7\u2003", "\x855\x85",
         "\x1c5", "5\x1f", "\x1e", "\u00b2", "\u2155", "\u0665.\u0665",
         "1e\u0663", "\u3000-2.5\u3000"]
for s in cases:
    for f in (int, float):
        try:
            print(f.__name__, ascii(s), f(s))
        except ValueError as e:
            print(f.__name__, ascii(s), "ValueError:", ascii(str(e)))
for s, base in [("\uff11\uff10", 16), ("\u0661\u0660", 2), ("\u0669", 8),
                ("0x\uff21", 0), ("\u0660\u0661", 0)]:
    try:
        print(ascii(s), base, int(s, base))
    except ValueError as e:
        print(ascii(s), base, "ValueError:", ascii(str(e)))
for b in [b"12", b"\xa012", bytearray(b" 3 "), bytearray(b"q"), b"\x1c4"]:
    try:
        print(b, int(b), int(b, 16))
    except ValueError as e:
        print(b, "ValueError:", e)
