# str methods beyond the basics: partition, splitlines, expandtabs, translate, casefold, zfill, predicates
s = "  Hello, World! \t"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" \t!")), s.strip().partition(", "), "a=b=c".rpartition("="))
print("l1\nl2\r\nl3\rl4".splitlines(), "x\n\ny\n".splitlines(True), "a\tbc\td".expandtabs(4))
print("hello".translate(str.maketrans("el", "ip")), "abc".translate({97: "AA", 98: None}), str.maketrans({"a": "1"}))
print("Straße".casefold(), "ß".upper(), "ǅ".lower(), "hello world".title(), "hELLO".swapcase(), "ab cd".capitalize())
print("42".zfill(5), "-42".zfill(5), "abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "x".center(4))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "½".isnumeric(), "   ".isspace(), "Title Case".istitle(), "ABC".isupper(), "abc".islower(), "a_b".isidentifier(), "\x07".isprintable(), "".isascii())
print("a,b,,c".split(","), "a b  c ".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1), "  x  y ".split(" "))
print("banana".count("a"), "banana".count("an", 2), "banana".find("na", 3), "banana".rfind("na"), "banana".index("b"), "abc".find(""))
print("ab" * 3, "-".join(["a", "b", "c"]), "abc"[::-1], "hello"[1:4], "hello"[-3:], "hello"[10:], "x".join("abc"))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".startswith(("x", "a")), "abc".endswith("bc", 1))
print("Ünïcödé", len("Ünïcödé"), "é".encode("utf-8"), "日本語"[1], ord("€"), chr(0x1F600))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), "a" < "b" < "ba", "Z" < "a")
print(str(123), str(b"x"), str(None), repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\x00\n\t\\"), ascii("é€"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
print("%s is %d years and %.1f%% done %r %5s|%-5s|%05d %x %o %e %c" % ("Bob", 30, 99.5, "r", "ab", "cd", 42, 255, 8, 12345.678, 65))
print("%(name)s-%(n)03d" % {"name": "x", "n": 7}, "%s" % (1,), "%s" % [1, 2], "%+d %+d" % (5, -5), "%10.3s|" % "abcdef")
