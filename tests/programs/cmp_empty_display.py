# `stack == []`, `{} != d`: an empty display compared with == or != takes the other
# operand's container type (issue 8: a new user's while-loop test).


def drain(stack: list[int]) -> list[int]:
    out = []
    while stack != []:
        out.append(stack.pop())
    return out


def describe(d: dict[str, int], s: set[str], names: list[str]) -> str:
    parts = []
    if d == {}:
        parts.append("no counts")
    if set() == s:
        parts.append("no tags")
    if [] != names:
        parts.append(f"{len(names)} names")
    return ", ".join(parts)


print(drain([1, 2, 3]), drain([]) == [])
print(describe({}, set(), ["a"]), "|", describe({"x": 1}, {"t"}, []))
print([[1]] == [[1]])

# expect: [3, 2, 1] True
# expect: no counts, no tags, 1 names | 
# expect: True
