# lower() and upper() of 1-byte strs (every char below 256) take a direct
# path: each Latin-1 char's case, one char each, except upper() of 'µ',
# 'ß' and 'ÿ', whose upper cases are outside Latin-1 or two chars long
# ('Μ', 'SS', 'Ÿ'), and which the general path handles.  Compared char by
# char and in mixed strings with wider ones.
latin1 = "".join(chr(c) for c in range(256))
low = latin1.lower()
up = latin1.upper()
print(len(low), len(up), ascii(low[64:96]), ascii(low[192:224]))
print(ascii(up[96:128]), ascii(up[176:256]))
for c in range(256):
    ch = chr(c)
    if ch.lower() != low[c]:
        print("lower differs at", c)
    u = ch.upper()
    if len(u) != 1 or ord(u) >= 256:
        print("upper leaves Latin-1:", c, ascii(u))
for s in ["", "a", "A", "Z", "@", "[", "`", "{", "Hello, World!", "ÀÉÎõÜ×÷",
          "straße", "µ-mu", "ÿes", "MiXeD 123 ÄÖÜ", "İstanbul", "ΣΑΣ ΟΔΟΣ",
          "Ǆ ǅ ǆ", "aß" * 5, "x" * 100 + "ÿ"]:
    print(ascii(s.lower()), ascii(s.upper()), ascii(s.swapcase()),
          ascii(s.casefold()), ascii(s.capitalize()), ascii(s.title()))
words = "The Quick BROWN fox; jumps, Over THE lazy dog.".split()
print([w.lower() for w in words], [w.upper() for w in words])
class S(str):
    pass
print(type(S("AbC").lower()).__name__, S("AbC").lower(), S("é").upper())
