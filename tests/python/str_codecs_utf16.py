# codec error handlers (backslashreplace, xmlcharrefreplace, surrogateescape,
# unknown names) and UTF-16/UTF-32 with and without a BOM
for s, e, h in [("a\xe9\u20ac\U0001f600", "ascii", "backslashreplace"), ("a\xe9\u20ac", "ascii", "xmlcharrefreplace"),
                ("a\udc80b", "utf-8", "surrogateescape"), ("\xe9\xe8x\xff", "ascii", "strict"), ("x\u0100y", "latin-1", "replace"),
                ("\xe9", "ascii", "bogus"), ("ok", "ascii", "bogus"), ("a\ud800b", "utf-8", "strict"), ("a\ud800b", "utf-8", "ignore"),
                ("h\U0001f600", "utf-16", "strict"), ("h", "utf-16-be", "strict"), ("h\U0001f600", "utf-32", "strict"),
                ("h", "UTF_32BE", "strict"), ("\ud800", "utf-16", "strict"), ("\ud800x", "utf-32-le", "replace"), ("abc", "u16", "strict")]:
    try:
        print(repr(s.encode(e, h)))
    except Exception as x:
        print(type(x).__name__, x)
for b, e, h in [(b"a\xff\xfeb", "utf-8", "backslashreplace"), (b"a\xffb", "ascii", "surrogateescape"), (b"a\xffb", "utf-8", "bogus"),
                (b"a\xffb", "utf-8", "replace"), (b"a\xffb", "ascii", "xmlcharrefreplace"),
                (b"h\x00i", "utf-16-le", "strict"), (b"h\x00i", "utf-16", "strict"), (b"\x00\xd8a\x00", "utf-16-le", "strict"),
                (b"\x00\xd8", "utf-16-le", "strict"), (b"\x00\xdc\x00\x00", "utf-16-le", "replace"), (b"\x00\xdcx\x00", "utf-16-le", "strict"),
                (b"\x00\x00\x11\x00", "utf-32-le", "strict"), (b"\xff\xfe\x00\x00h\x00\x00\x00", "utf-32", "strict"),
                (b"\xfe\xff\x00h", "utf-16", "strict"), (b"=\xd8\x00\xde", "utf-16-le", "strict"), (b"h\x00", "utf16", "strict"),
                ("h\U0001f600".encode("utf-16"), "utf-16", "strict"), ("xy\U0001f600".encode("utf-32-be"), "utf-32-be", "strict")]:
    try:
        print(repr(b.decode(e, h)))
    except Exception as x:
        print(type(x).__name__, x)
tests = [b'a\xc3', b'\xe2\x82(', b'\xe2(\xa1', b'\xed\xa0\x80', b'\xf0\x9f\x98', b'\xf4\x90\x80\x80', b'\xc0\xaf', b'\xe0\x80\x80', b'ok\xf0\x9f\x98\x80!', b'\xff\xfe', b'\xc3\xa9\xe2\x82\xac']
for t in tests:
    try:
        print(repr(t.decode()))
    except Exception as e:
        print(e)
    print(repr(t.decode('utf-8', 'replace')), repr(t.decode('utf-8', 'backslashreplace')))
