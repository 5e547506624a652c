# base64: b64 (altchars, validate, the padding and length errors), the
# URL-safe alphabet, MIME lines (encodebytes/decodebytes, encode/decode on
# files), b32 (casefold, map01, every padding length), b32hex, b16, and
# the messages for bad input types and digits
import base64
import io

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar',
           bytes(range(256))[::7], b'\xff\xfe\xfd']
for s in samples:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s),
          base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'),
      base64.b64decode('-_8=', altchars='-_'), base64.b64decode('Zm9v\nYmFy'),
      base64.b64decode('Zm9v!YmFy'), base64.b64decode(bytearray(b'YQ==')),
      base64.b64decode('YQ==YQ=='), base64.b64decode('YQ=x='))
for bad in ['Zm9vY', 'Zm9vYm', 'Y', 'YQ', 'YQ=', 'YWJjZA=', 'abc\xe9']:
    try:
        print(base64.b64decode(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for bad in ['=YQ==', 'YQ==YQ', 'Y Q==', 'YQ=a=', 'YWJj']:
    try:
        print(base64.b64decode(bad, validate=True))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for call in (lambda: base64.b64encode('text'), lambda: base64.b64decode(3),
             lambda: base64.encodebytes('x')):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
long = bytes(range(200))
mime = base64.encodebytes(long)
print(mime.count(b'\n'), [len(x) for x in mime.split(b'\n')],
      base64.decodebytes(mime) == long, base64.encodebytes(b''))
out = io.BytesIO()
base64.encode(io.BytesIO(long), out)
print(out.getvalue() == mime)
back = io.BytesIO()
base64.decode(io.BytesIO(mime), back)
print(back.getvalue() == long)
print(base64.b32decode('mzxw6===', casefold=True),
      base64.b32decode('MZXW6YQ=', map01='L'),
      base64.b32decode(b'MZXW6YTB'), base64.b16decode('666f6f', casefold=True))
for bad, kw in (('MZXW6', {}), ('MZXW6YQ1', {}), ('MZXW6Y==', {}),
                ('mzxw6===', {}), ('MZ======', {}), ('M=XW6YQ=', {}),
                ('0Z======', {'map01': 'I'})):
    try:
        print(base64.b32decode(bad, **kw))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for bad in ['6g', '666', 'xx']:
    try:
        print(base64.b16decode(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
