# Unicode strings: lengths, case mapping, classification, escapes, encoding
s = "Grüße, 世界! ÉCOLE ǅ ﬁ"
print(len(s), s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title())
print([c.isalpha() for c in "aé1 世"], "١٢٣".isdigit(), "½".isnumeric(), "Ⅻ".isnumeric(), "x\u0301".isalpha())
print(repr("tab\t nl\n bell\x07 del\x7f nbsp\xa0 zw\u200b emoji\U0001F600 é"))
print(ascii("é世\U0001F600"), "\u03b1", ord("\U0001F600"), chr(955))
print("straße".upper(), "İ".lower(), len("İ".lower()), "ß".casefold() == "ss", "ΣΑΣ".lower())
print("é".encode("utf-8"), "€".encode("utf-16-le") if False else "€".encode(), "ab".encode("ascii"), b"\xe2\x82\xac".decode("utf-8"))
print("αβγ"[1], "αβγ"[::-1], "αβγ".find("γ"), "日本語".center(9, "*"), "x".join("日本"), sorted("βαγ"))
print("  \u3000 x \t\n".strip(), "a\u2028b".splitlines(), "À".isupper(), "ǅ".istitle(), "ß".islower())
print(str("\x00"), len("\x00\x01"), "\u0000" == "\x00", "abc" < "abd" < "ab\u00ff" < "ab\u0100")
print(f"{'é':>4}|{'世界':^6}|{'x':\u2500<5}|", format("é", "*^5"))
print("A\u030a" == "\u00c5", "résumé".replace("é", "e"), "a-b_c d".split("-"), "ẞ".lower())
print(hash("é") == hash("é"), "é" in "café", "café".index("é"), "café".encode("latin-1"), "ÿ".encode("latin-1"))
