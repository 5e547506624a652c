# str.isidentifier and identifiers in source follow Unicode XID_Start and
# XID_Continue: combining marks continue a name, letter numbers start one.
x́ = 5
_‿ = 6
print(x́, _‿)
for s in ["x́", "́x", "Ⅷ", "a‿b", "٣x", "x٣", "a-b", "", "℘", "·", "a·"]:
    print(repr(s), s.isidentifier())
