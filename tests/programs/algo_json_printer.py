# A JSON subset parser and pretty printer: objects, arrays, strings with
# escapes, integers, floats, true/false/null; errors report the offset.
from __future__ import annotations

import sys


class JValue:
    def render(self, indent: int) -> str:
        raise NotImplementedError("render")


class JNull(JValue):
    def render(self, indent: int) -> str:
        return "null"


class JBool(JValue):
    v: bool

    def __init__(self, v: bool) -> None:
        self.v = v

    def render(self, indent: int) -> str:
        return "true" if self.v else "false"


class JNum(JValue):
    text: str

    def __init__(self, text: str) -> None:
        self.text = text

    def render(self, indent: int) -> str:
        if "." in self.text or "e" in self.text or "E" in self.text:
            return repr(float(self.text))
        return str(int(self.text))


class JStr(JValue):
    v: str

    def __init__(self, v: str) -> None:
        self.v = v

    def render(self, indent: int) -> str:
        out = ['"']
        for c in self.v:
            if c == '"' or c == "\\":
                out.append("\\" + c)
            elif c == "\n":
                out.append("\\n")
            elif ord(c) < 32:
                out.append(f"\\u{ord(c):04x}")
            else:
                out.append(c)
        out.append('"')
        return "".join(out)


class JArr(JValue):
    items: list[JValue]

    def __init__(self, items: list[JValue]) -> None:
        self.items = items

    def render(self, indent: int) -> str:
        if not self.items:
            return "[]"
        pad = "  " * (indent + 1)
        inner = (",\n").join(pad + it.render(indent + 1) for it in self.items)
        return "[\n" + inner + "\n" + "  " * indent + "]"


class JObj(JValue):
    keys: list[str]
    values: dict[str, JValue]

    def __init__(self) -> None:
        self.keys = []
        self.values = {}

    def render(self, indent: int) -> str:
        if not self.keys:
            return "{}"
        pad = "  " * (indent + 1)
        parts = [pad + JStr(k).render(0) + ": " + self.values[k].render(indent + 1) for k in self.keys]
        return "{\n" + ",\n".join(parts) + "\n" + "  " * indent + "}"


class JsonError(Exception):
    pass


class Reader:
    s: str
    i: int

    def __init__(self, s: str) -> None:
        self.s = s
        self.i = 0

    def fail(self, what: str) -> JsonError:
        return JsonError(f"{what} at offset {self.i}")

    def ws(self) -> None:
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1

    def value(self) -> JValue:
        self.ws()
        if self.i >= len(self.s):
            raise self.fail("unexpected end")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return JStr(self.string())
        for word in ["true", "false", "null"]:
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return JNull() if word == "null" else JBool(word == "true")
        if c == "-" or c.isdigit():
            start = self.i
            self.i += 1
            while self.i < len(self.s) and (self.s[self.i].isdigit() or self.s[self.i] in ".eE+-"):
                self.i += 1
            return JNum(self.s[start:self.i])
        raise self.fail(f"unexpected {c!r}")

    def string(self) -> str:
        self.i += 1
        out: list[str] = []
        while True:
            if self.i >= len(self.s):
                raise self.fail("unterminated string")
            c = self.s[self.i]
            self.i += 1
            if c == '"':
                return "".join(out)
            if c == "\\":
                e = self.s[self.i]
                self.i += 1
                if e == "n":
                    out.append("\n")
                elif e == "t":
                    out.append("\t")
                elif e == "u":
                    out.append(chr(int(self.s[self.i:self.i + 4], 16)))
                    self.i += 4
                else:
                    out.append(e)
            else:
                out.append(c)

    def arr(self) -> JValue:
        self.i += 1
        items: list[JValue] = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return JArr(items)
        while True:
            items.append(self.value())
            self.ws()
            c = self.s[self.i] if self.i < len(self.s) else ""
            self.i += 1
            if c == "]":
                return JArr(items)
            if c != ",":
                self.i -= 1
                raise self.fail("expected ',' or ']'")

    def obj(self) -> JValue:
        self.i += 1
        o = JObj()
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return o
        while True:
            self.ws()
            if self.s[self.i] != '"':
                raise self.fail("expected a key")
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                raise self.fail("expected ':'")
            self.i += 1
            if k not in o.values:
                o.keys.append(k)
            o.values[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return o
            if c != ",":
                self.i -= 1
                raise self.fail("expected ',' or '}'")


def main(argv: list[str]) -> int:
    docs = [
        '{"name": "rtrans", "version": 1.50, "tags": ["c", "stm"], "ok": true, "none": null,'
        ' "nested": {"a": [1, -2, 3e2], "b": {}}, "esc": "q\\"x\\n\\u0041"}',
        '[]',
        '[1, 2,, 3]',
        '{"a" 1}',
        '"open',
    ]
    for d in docs:
        try:
            print(Reader(d).value().render(0))
        except JsonError as e:
            print("error:", str(e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: {
# expect:   "name": "rtrans",
# expect:   "version": 1.5,
# expect:   "tags": [
# expect:     "c",
# expect:     "stm"
# expect:   ],
# expect:   "ok": true,
# expect:   "none": null,
# expect:   "nested": {
# expect:     "a": [
# expect:       1,
# expect:       -2,
# expect:       300.0
# expect:     ],
# expect:     "b": {}
# expect:   },
# expect:   "esc": "q\"x\nA"
# expect: }
# expect: []
# expect: error: unexpected ',' at offset 6
# expect: error: expected ':' at offset 5
# expect: error: unterminated string at offset 5
