# issue 8: a JSON parser and serializer over a class hierarchy of values
# (generators with yield from, walrus, %r, default arguments, tuple displays
# of mixed value classes iterated, raise ... from, a class-level escape table)
# written as plain typed Python before trying rtrans.  One change to
# translate: sum(...) of floats got the start 0.0 (CPython returns the int 0
# for an empty iterable, which a float cannot hold).
"""A JSON parser and serializer over a small class hierarchy of values."""
from __future__ import annotations

import sys
from typing import Iterator


class JsonError(ValueError):
    pass


class JValue:
    def dump(self, indent: int = 0, level: int = 0) -> str:
        raise NotImplementedError

    def walk(self) -> Iterator[JValue]:
        yield self


class JNull(JValue):
    def dump(self, indent: int = 0, level: int = 0) -> str:
        return "null"


class JBool(JValue):
    def __init__(self, value: bool) -> None:
        self.value = value

    def dump(self, indent: int = 0, level: int = 0) -> str:
        return "true" if self.value else "false"


class JNum(JValue):
    def __init__(self, value: float, is_int: bool) -> None:
        self.value = value
        self.is_int = is_int

    def dump(self, indent: int = 0, level: int = 0) -> str:
        return str(int(self.value)) if self.is_int else repr(self.value)


class JStr(JValue):
    ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}

    def __init__(self, value: str) -> None:
        self.value = value

    def dump(self, indent: int = 0, level: int = 0) -> str:
        return '"' + "".join(self.ESCAPES.get(ch, ch) for ch in self.value) + '"'


class JArr(JValue):
    def __init__(self, items: list[JValue]) -> None:
        self.items = items

    def dump(self, indent: int = 0, level: int = 0) -> str:
        if not self.items:
            return "[]"
        if indent == 0:
            return "[" + ", ".join(x.dump() for x in self.items) + "]"
        pad = " " * (indent * (level + 1))
        inner = (",\n").join(pad + x.dump(indent, level + 1) for x in self.items)
        return "[\n" + inner + "\n" + " " * (indent * level) + "]"

    def walk(self) -> Iterator[JValue]:
        yield self
        for x in self.items:
            yield from x.walk()


class JObj(JValue):
    def __init__(self, fields: dict[str, JValue]) -> None:
        self.fields = fields

    def dump(self, indent: int = 0, level: int = 0) -> str:
        parts = [f"{JStr(k).dump()}: {v.dump(indent, level + 1)}" for k, v in self.fields.items()]
        if indent == 0:
            return "{" + ", ".join(parts) + "}"
        pad = " " * (indent * (level + 1))
        return "{\n" + ",\n".join(pad + p for p in parts) + "\n" + " " * (indent * level) + "}"

    def walk(self) -> Iterator[JValue]:
        yield self
        for v in self.fields.values():
            yield from v.walk()


class Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def error(self, msg: str) -> JsonError:
        line = self.text.count("\n", 0, self.pos) + 1
        return JsonError(f"{msg} at line {line}, column {self.pos - self.text.rfind(chr(10), 0, self.pos)}")

    def skip_ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def expect(self, s: str) -> None:
        if not self.text.startswith(s, self.pos):
            raise self.error(f"expected {s!r}")
        self.pos += len(s)

    def parse(self) -> JValue:
        v = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            raise self.error("trailing data")
        return v

    def value(self) -> JValue:
        self.skip_ws()
        if self.pos >= len(self.text):
            raise self.error("unexpected end")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return JStr(self.string())
        for word, val in (("true", JBool(True)), ("false", JBool(False)), ("null", JNull())):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def number(self) -> JNum:
        start = self.pos
        while self.pos < len(self.text) and (self.text[self.pos].isdigit() or self.text[self.pos] in "+-.eE"):
            self.pos += 1
        raw = self.text[start:self.pos]
        if not raw:
            raise self.error("unexpected character " + repr(self.text[start]))
        try:
            is_int = not any(c in raw for c in ".eE")
            return JNum(float(raw), is_int)
        except ValueError as e:
            raise self.error(f"bad number {raw!r}") from e

    def string(self) -> str:
        self.expect('"')
        out: list[str] = []
        while (ch := self.text[self.pos]) != '"':
            if ch == "\\":
                self.pos += 1
                esc = self.text[self.pos]
                out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(esc, esc))
            else:
                out.append(ch)
            self.pos += 1
        self.pos += 1
        return "".join(out)

    def arr(self) -> JArr:
        self.expect("[")
        items: list[JValue] = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return JArr(items)
        while True:
            items.append(self.value())
            self.skip_ws()
            if self.text[self.pos] == ",":
                self.pos += 1
                continue
            self.expect("]")
            return JArr(items)

    def obj(self) -> JObj:
        self.expect("{")
        fields: dict[str, JValue] = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return JObj(fields)
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            self.expect(":")
            fields[key] = self.value()
            self.skip_ws()
            if self.text[self.pos] == ",":
                self.pos += 1
                continue
            self.expect("}")
            return JObj(fields)


DOC = '{"name": "rtrans", "tags": ["stm", "gc", "py"], "ok": true, "n": 42, "pi": 3.25, "nested": {"a": [1, 2, {"b": null}], "s": "tab\\there"}}'


def main(argv: list[str]) -> int:
    tree = Parser(DOC).parse()
    print(tree.dump())
    print(tree.dump(indent=2))
    kinds: dict[str, int] = {}
    for v in tree.walk():
        kinds[type(v).__name__] = kinds.get(type(v).__name__, 0) + 1
    print(sorted(kinds.items()))
    total = sum((v.value for v in tree.walk() if isinstance(v, JNum)), 0.0)
    print(f"sum of numbers: {total:.2f}")
    for bad in ['{"a": }', "[1, 2", '{"x": 1} extra', "-"]:
        try:
            Parser(bad).parse()
        except JsonError as e:
            print("error:", e)
        except IndexError:
            print("error: truncated input")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: {"name": "rtrans", "tags": ["stm", "gc", "py"], "ok": true, "n": 42, "pi": 3.25, "nested": {"a": [1, 2, {"b": null}], "s": "tab\there"}}
# expect: {
# expect:   "name": "rtrans",
# expect:   "tags": [
# expect:     "stm",
# expect:     "gc",
# expect:     "py"
# expect:   ],
# expect:   "ok": true,
# expect:   "n": 42,
# expect:   "pi": 3.25,
# expect:   "nested": {
# expect:     "a": [
# expect:       1,
# expect:       2,
# expect:       {
# expect:         "b": null
# expect:       }
# expect:     ],
# expect:     "s": "tab\there"
# expect:   }
# expect: }
# expect: [('JArr', 2), ('JBool', 1), ('JNull', 1), ('JNum', 4), ('JObj', 3), ('JStr', 5)]
# expect: sum of numbers: 48.25
# expect: error: unexpected character '}' at line 1, column 7
# expect: error: truncated input
# expect: error: trailing data at line 1, column 10
# expect: error: bad number '-' at line 1, column 2
