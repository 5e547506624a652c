# bytes and bytearray methods of a binary-protocol parser: find, index,
# count, startswith, endswith, split (by a separator and by ASCII
# whitespace), join, strip, replace, upper, lower, as CPython's.
# rtpython: skip rtpython's bytes.split takes no maxsplit (b"a b".split(b" ", 1): TypeError)
import sys


def parse_headers(raw: bytes) -> dict[bytes, bytes]:
    out: dict[bytes, bytes] = {}
    for line in raw.split(b"\r\n"):
        if not line:
            continue
        key, _, value = line.partition(b":")
        out[key.strip().lower()] = value.strip()
    return out


def main() -> int:
    msg = b"GET /index.html HTTP/1.1\r\nHost: example.org\r\nX-Len:  42 \r\n\r\n"
    head, body_at = msg[:msg.find(b"\r\n")], msg.find(b"\r\n\r\n")
    print(head.split(), head.split(b" ", 1), body_at, msg.count(b"\r\n"), msg.rfind(b"\r\n"))
    headers = parse_headers(msg[msg.find(b"\r\n") + 2:body_at])
    print(sorted(headers), [headers[k] for k in sorted(headers)], int(headers[b"x-len"].decode()))
    print(b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
    print(msg.startswith(b"GET"), msg.endswith(b"\r\n"), msg.startswith(b"index", 5),
          msg.find(b"zz"), msg.find(b"T", 3), msg.find(b"T", 3, 10), msg.count(b"e", 0, 20))
    try:
        msg.index(b"POST")
    except ValueError as e:
        print("ValueError:", e)
    print(b"a\x1cb\x85c\xa0d  e\t\nf".split(), b" \x0b x \x0c".strip(), b"xxhixx".strip(b"x"),
          b"  l".lstrip(), b"r  ".rstrip(), b"abcab".lstrip(b"ba"), b"a,b,c".split(b",", 1),
          b"".split(), b"".split(b","), b"  a  b  ".split(None, 1))
    print(b", ".join([b"x", b"y", bytearray(b"z")]), b"".join([]), bytearray(b"-").join([b"1", b"2"]))
    print(b"aaaa".replace(b"a", b"bc", 2), b"MiXeD \xc9".upper(), b"MiXeD \xc9".lower(), b"ab".isascii(),
          b"\x80".isascii())
    ba = bytearray(b"  key = value  ")
    print(ba.strip(), ba.split(b"="), ba.find(b"="), ba.count(b" "), ba.startswith(b"  k"),
          ba.endswith(bytearray(b"  ")), ba.replace(b" ", b""), ba.index(b"v"), ba.rfind(b"e"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: [b'GET', b'/index.html', b'HTTP/1.1'] [b'GET', b'/index.html HTTP/1.1'] 56 4 58
# expect: [b'host', b'x-len'] [b'example.org', b'42'] 42
# expect: (b'a=b', b'=', b'c') (b'abc', b'', b'') (b'', b'', b'abc')
# expect: True True True -1 17 -1 1
# expect: ValueError: subsection not found
# expect: [b'a\x1cb\x85c\xa0d', b'e', b'f'] b'x' b'hi' b'l' b'r' b'cab' [b'a', b'b,c'] [] [b''] [b'a', b'b  ']
# expect: b'x, y, z' b'' bytearray(b'1-2')
# expect: b'bcbcaa' b'MIXED \xc9' b'mixed \xc9' True False
# expect: bytearray(b'key = value') [bytearray(b'  key '), bytearray(b' value  ')] 6 6 True True bytearray(b'key=value') 8 12
