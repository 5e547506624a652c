# bytes %-formatting refuses what CPython refuses when it runs: %s/%b of a
# str (CPython's TypeError: encode it), %c of a str; %r/%a (ascii(repr(x)))
# and a format that is not a literal are not supported.
def main(fmt: bytes, name: str, x: int) -> None:
    print(b"%s" % name)
    print(b"%b|%c" % (x, "a"))
    print(b"%r" % x)
    print(fmt % x)


main(b"%d", "n", 1)

# expect error: 5:19: %b requires a bytes-like object, or an object that implements __bytes__, not 'str' (for a str, write s.encode())
# expect error: 6:23: %b requires a bytes-like object, or an object that implements __bytes__, not 'int' (for a str, write s.encode())
# expect error: 7:19: '%r' in bytes formatting is not supported: format the repr into a str and .encode() it
# expect error: 8:15: '%' formatting of bytes needs a literal format (b"%d" % n)
