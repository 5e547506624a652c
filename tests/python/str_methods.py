# More str methods and edge cases: find with bounds, split with maxsplit,
# strip with chars, count, replace with count, startswith tuples, case,
# expandtabs, translate, join errors, comparisons, multiplication.
s = "abracadabra"
print(s.find("a", 1), s.find("a", 1, 3), s.rfind("a", 0, -1), s.find("zz"), s.index("cad"))
print(s.count("a"), s.count("a", 4), s.count(""), "".count(""), s.replace("a", "A", 2))
print("a,b,c,d".split(",", 2), "a b c d".rsplit(" ", 1), "  x  y ".split(" "))
print("xxhelloxx".strip("x"), "<<a>>".lstrip("<"), "<<a>>".rstrip(">"), "\t\n x \r".strip())
print("hello.py".endswith((".py", ".txt")), "test".startswith(("a", "te")), "abc".startswith("bc", 1))
print("Hello World".lower(), "hello world".upper(), "hELLO".capitalize(), "a-b c_d".title())
print("a\tb\tc".expandtabs(4), "ab".expandtabs(), "x".join("abc"), ",".join([]))
table = str.maketrans("abc", "xyz", "d")
print("abcdd".translate(table), "hello".translate({ord("l"): None}))
print("abc" * 0, "abc" * -1, 2 * "ab", "" * 5)
print("apple" < "apples", "Zebra" < "apple", "a" * 3 == "aaa", "abc" != "abd")
print("AbC".swapcase(), "ß".upper(), "İ".lower() == "i̇", "Straße".casefold())
print("42".isdecimal(), "4.2".isdigit(), "abc".isidentifier(), "1abc".isidentifier(), "  ".isspace())
print("Hello".center(11, "-"), "x".zfill(3), "-7".zfill(4), "+7".zfill(4))
print("one\ntwo\n\nthree\n".splitlines(), "one\ntwo\n".splitlines(True))
print(" ".join(reversed("hello world".split())), "-".join(str(i) for i in range(4)))
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"))
print("%s" % [1, 2], "%r" % "q", "%5.1f%%" % 99.44, "%-6s|" % "ab", "%3d|%-3d|" % (5, 5))
try:
    "-".join([1, 2])
except TypeError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
print("{:>8}|{:<8}|{:^8}|{:*^8}".format("r", "l", "c", "s"))
print("{0[1]} {1.real} {k}".format([5, 6], 3, k="kw"), "{!r:>6}".format("x"))
print(str.upper("abc"), str.__len__("abcd"), "abc".__contains__("b"))
print("".join(sorted("the quick brown fox".split(), key=len)))
