# `**` in a dict display takes a dict of the display's type; `**rest` in a
# mapping pattern is not supported (the error says how to write it).


def f(d: dict[str, int], e: dict[str, str], n: int) -> None:
    a = {**d, **e}
    b = {**n}
    c = {**d, "k": "v"}
    match d:
        case {"a": 1, **rest}:
            print(rest)
    print(a, b, c)


f({}, {}, 1)

# expect error: 6:17: '**' item has type 'dict[str, str]', expected 'dict[str, int]'
# expect error: 7:12: '**' in a dict display needs a dict, not 'int'
# expect error: 8:20: item has type 'str', expected 'int'
# expect error: 10:25: '**rest' in a mapping pattern is not supported: match the keys, then copy the dict and delete them
