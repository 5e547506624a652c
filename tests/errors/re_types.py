# re in typed code: Pattern and Match take str (bytes patterns are not
# supported); a group may be None, so it must be narrowed before use as a
# str (m.group() and m.group(0), the whole match, are a str); a repl of sub
# is a str or a function of the match returning a str.
import re


def first_word(m: re.Match[bytes]) -> str:
    return "x"


def length(m: re.Match[str]) -> int:
    return len(m.group(1))


def whole(m: re.Match[str]) -> int:
    return len(m.group()) + len(m.group(0))


def bad_repl(m: re.Match[str]) -> int:
    return 1


print(re.sub("a", bad_repl, "abc"), re.compile("a").sub(3, "abc"))
p: re.Pattern[str, str] = re.compile("a")
print(re.findall(r"\d", "a1", re.I, 3))

# expect error: 8:19: re.Match takes the one type argument str (bytes patterns are not supported)
# expect error: 13:16: object of type 'str | None' has no len()
# expect error: 24:19: argument 2 of 'sub' has type 'Callable[[Match], int]', expected 'Callable[[Match], str]'
# expect error: 24:57: argument 1 of 'sub' has type 'int', expected 'str'
# expect error: 25:4: re.Pattern takes the one type argument str (bytes patterns are not supported)
# expect error: 26:37: findall() takes 3 arguments but 4 were given
