# Encoding names as CPython 3.11 resolves them (encodings.aliases, its
# normalisation of punctuation, module names never written with dots) for
# the codecs rtpython has; bytes.hex() and repr share one digit table.
for n in ['utf16le','utf_16le','utf-16le','UTF16-LE','u16','utf32be','u32','utf_32le','utf','u8','utf8','ut-f8','l1','latin','8859','cp819','us','646','UTF 8','utf--8','utf_8_','_utf8','utf.8','latin_1','iso8859-1','iso_8859_1','ISO-8859-1','us_ascii','US-ASCII','ascii','csascii', 'ansi_x3.4_1968', 'iso_646.irv_1991', 'unicodebigunmarked']:
    try:
        print(n, "é€".encode(n, "replace"), b"ab\xc3\xa9".decode(n, "replace"))
    except LookupError as e:
        print(n, "LookupError", e)
print(b"\x00\x7f\xff'".hex(), repr(b"\x00\x7f\xff'"), b"\x01\xab".hex(":"))
