# A JSON parser, pretty-printer and path query, written as a Python
# programmer writes one: value classes, a recursive-descent parser with
# fields set in __init__, empty lists filled later, Optional values.
import sys
from typing import Optional


class JsonError(Exception):
    def __init__(self, message: str, pos: int) -> None:
        super().__init__(f"{message} at offset {pos}")
        self.pos = pos


class JValue:
    def kind(self) -> str:
        return "value"

    def dump(self, indent: int, level: int) -> str:
        raise NotImplementedError("dump")


class JNull(JValue):
    def kind(self) -> str:
        return "null"

    def dump(self, indent: int, level: int) -> str:
        return "null"


class JBool(JValue):
    def __init__(self, value: bool) -> None:
        self.value = value

    def kind(self) -> str:
        return "bool"

    def dump(self, indent: int, level: int) -> str:
        return "true" if self.value else "false"


class JNumber(JValue):
    def __init__(self, text: str) -> None:
        self.text = text
        self.is_int = "." not in text and "e" not in text and "E" not in text

    def kind(self) -> str:
        return "number"

    def as_float(self) -> float:
        return float(self.text)

    def dump(self, indent: int, level: int) -> str:
        if self.is_int:
            return str(int(self.text))
        return repr(float(self.text))


class JString(JValue):
    def __init__(self, value: str) -> None:
        self.value = value

    def kind(self) -> str:
        return "string"

    def dump(self, indent: int, level: int) -> str:
        out = ['"']
        for ch in self.value:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            elif ord(ch) < 32:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)


class JArray(JValue):
    def __init__(self) -> None:
        self.items = []

    def kind(self) -> str:
        return "array"

    def add(self, v: JValue) -> None:
        self.items.append(v)

    def dump(self, indent: int, level: int) -> str:
        if not self.items:
            return "[]"
        pad = " " * (indent * (level + 1))
        parts = [pad + item.dump(indent, level + 1) for item in self.items]
        return "[\n" + ",\n".join(parts) + "\n" + " " * (indent * level) + "]"


class JObject(JValue):
    def __init__(self) -> None:
        self.keys = []
        self.values = {}

    def kind(self) -> str:
        return "object"

    def put(self, key: str, v: JValue) -> None:
        if key not in self.values:
            self.keys.append(key)
        self.values[key] = v

    def get(self, key: str) -> Optional[JValue]:
        return self.values.get(key)

    def dump(self, indent: int, level: int) -> str:
        if not self.keys:
            return "{}"
        pad = " " * (indent * (level + 1))
        parts = []
        for k in self.keys:
            parts.append(pad + JString(k).dump(indent, level + 1) + ": " +
                         self.values[k].dump(indent, level + 1))
        return "{\n" + ",\n".join(parts) + "\n" + " " * (indent * level) + "}"


class Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.depth = 0
        self.max_depth = 0

    def error(self, message: str) -> JsonError:
        return JsonError(message, self.pos)

    def peek(self) -> str:
        self.skip_ws()
        if self.pos >= len(self.text):
            return ""
        return self.text[self.pos]

    def skip_ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            raise self.error(f"expected {ch!r}")
        self.pos += 1

    def parse(self) -> JValue:
        v = self.value()
        if self.peek() != "":
            raise self.error("trailing data")
        return v

    def value(self) -> JValue:
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return JString(self.string())
        if ch == "-" or ch.isdigit():
            return self.number()
        for word in ["true", "false", "null"]:
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                if word == "null":
                    return JNull()
                return JBool(word == "true")
        raise self.error("unexpected character" if ch else "unexpected end")

    def enter(self) -> None:
        self.depth += 1
        if self.depth > self.max_depth:
            self.max_depth = self.depth

    def obj(self) -> JObject:
        self.expect("{")
        self.enter()
        result = JObject()
        if self.peek() == "}":
            self.pos += 1
            self.depth -= 1
            return result
        while True:
            if self.peek() != '"':
                raise self.error("expected a key")
            key = self.string()
            self.expect(":")
            result.put(key, self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            break
        self.depth -= 1
        return result

    def array(self) -> JArray:
        self.expect("[")
        self.enter()
        result = JArray()
        if self.peek() == "]":
            self.pos += 1
            self.depth -= 1
            return result
        while True:
            result.add(self.value())
            if self.peek() == ",":
                self.pos += 1
            else:
                self.expect("]")
                break
        self.depth -= 1
        return result

    def string(self) -> str:
        self.expect('"')
        chars = []
        escapes = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/",
                   "\\": "\\", '"': '"'}
        while True:
            if self.pos >= len(self.text):
                raise self.error("unterminated string")
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(chars)
            if ch != "\\":
                chars.append(ch)
                continue
            esc = self.text[self.pos] if self.pos < len(self.text) else ""
            self.pos += 1
            if esc == "u":
                code = int(self.text[self.pos:self.pos + 4], 16)
                self.pos += 4
                chars.append(chr(code))
            elif esc in escapes:
                chars.append(escapes[esc])
            else:
                raise self.error("bad escape")

    def number(self) -> JNumber:
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and (self.text[self.pos].isdigit() or
                                             self.text[self.pos] in ".eE+-"):
            self.pos += 1
        return JNumber(self.text[start:self.pos])


def query(root: JValue, path: str) -> Optional[JValue]:
    node: Optional[JValue] = root
    for part in path.split("."):
        if node is None:
            return None
        if isinstance(node, JObject):
            node = node.get(part)
        elif isinstance(node, JArray) and part.isdigit():
            i = int(part)
            node = node.items[i] if i < len(node.items) else None
        else:
            return None
    return node


def stats(v: JValue, counts: dict[str, int]) -> float:
    counts[v.kind()] = counts.get(v.kind(), 0) + 1
    total = 0.0
    if isinstance(v, JNumber):
        total += v.as_float()
    elif isinstance(v, JArray):
        for item in v.items:
            total += stats(item, counts)
    elif isinstance(v, JObject):
        for k in v.keys:
            total += stats(v.values[k], counts)
    return total


DOC = """
{"name": "rtrans", "version": 3, "tags": ["c", "stm", "python"],
 "ratio": 0.75, "nested": {"a": [1, 2, {"b": null}], "ok": true, "esc": "q\\"\\u0041\\n"},
 "empty": {}, "none": []}
"""


def main(argv: list[str]) -> int:
    p = Parser(DOC)
    doc = p.parse()
    print(doc.dump(2, 0))
    for path in ["name", "tags.1", "nested.a.2.b", "nested.ok", "missing.x", "tags.9"]:
        found = query(doc, path)
        print(path, "->", found.dump(0, 0) if found is not None else "(none)")
    counts = {}
    total = stats(doc, counts)
    print(sorted(counts.items()), total, p.max_depth)
    for bad in ["[1, 2", "{\"a\" 1}", "[tru]", "\"abc", "{} x"]:
        try:
            Parser(bad).parse()
            print("parsed?", bad)
        except JsonError as e:
            print("error:", e, e.pos)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: {
# expect:   "name": "rtrans",
# expect:   "version": 3,
# expect:   "tags": [
# expect:     "c",
# expect:     "stm",
# expect:     "python"
# expect:   ],
# expect:   "ratio": 0.75,
# expect:   "nested": {
# expect:     "a": [
# expect:       1,
# expect:       2,
# expect:       {
# expect:         "b": null
# expect:       }
# expect:     ],
# expect:     "ok": true,
# expect:     "esc": "q\"A\n"
# expect:   },
# expect:   "empty": {},
# expect:   "none": []
# expect: }
# expect: name -> "rtrans"
# expect: tags.1 -> "stm"
# expect: nested.a.2.b -> null
# expect: nested.ok -> true
# expect: missing.x -> (none)
# expect: tags.9 -> (none)
# expect: [('array', 3), ('bool', 1), ('null', 1), ('number', 4), ('object', 4), ('string', 5)] 6.75 4
# expect: error: expected ']' at offset 5 5
# expect: error: expected ':' at offset 5 5
# expect: error: unexpected character at offset 1 1
# expect: error: unterminated string at offset 4 4
# expect: error: trailing data at offset 3 3
