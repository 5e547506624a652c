# The argument-count errors of builtin methods and int() as CPython 3.11
# words them: METH_O/METH_NOARGS methods with their class ('list.append()
# takes exactly one argument'), the others by their bare name ('get
# expected at least 1 argument'), str's find family with PyArg_ParseTuple's
# wording, an unbound method called without self, and int(x, /, base).
tests = [lambda: {}.get(), lambda: [].append(), lambda: {}.get(1, 2, 3),
         lambda: [].pop(1, 2), lambda: [].clear(1), lambda: "a".zfill(),
         lambda: "a".startswith(), lambda: "a".endswith(),
         lambda: "a".startswith("a", 1, 2, 3), lambda: "a".find(),
         lambda: "a".count(), lambda: "a".index("a", 1, 2, 3),
         lambda: "a".rfind(), lambda: "a".rindex(), lambda: str.find(),
         lambda: list.append(), lambda: dict.get(),
         lambda: int(1, 2, 3), lambda: int(x=1), lambda: int(1, base=2, x=3),
         lambda: int("1", 2, base=3), lambda: int(base=2)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(e)
print(int("11", base=2), int("z", 36), "abcab".find("b", 2), "abcab".count("ab"),
      "abc".startswith(("x", "a")), "abc".rindex("c", 0, 3), "abc".endswith("c", 0))
