# issue 8: an interpreter-style program written as plain typed Python before
# trying rtrans (a Markdown-to-HTML converter: a block parser building a small
# document tree, an inline scanner for emphasis, code spans and links, and an
# HTML renderer).
"""Markdown to HTML: headings, paragraphs, emphasis, code, lists, quotes."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional


def escape(text: str) -> str:
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        else:
            out.append(ch)
    return "".join(out)


@dataclass
class Block:
    kind: str
    text: str = ""
    level: int = 0
    children: list[Block] = field(default_factory=list)
    lang: Optional[str] = None


class InlineScanner:
    """Turns the text of one block into HTML, left to right."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.out: list[str] = []

    def peek(self, offset: int = 0) -> str:
        i = self.pos + offset
        return self.text[i] if i < len(self.text) else ""

    def find(self, marker: str, start: int) -> int:
        return self.text.find(marker, start)

    def scan(self) -> str:
        while self.pos < len(self.text):
            ch = self.peek()
            if ch == "\\" and self.peek(1) in "*_`[]\\":
                self.out.append(escape(self.peek(1)))
                self.pos += 2
            elif ch == "`":
                self.code_span()
            elif ch in "*_":
                self.emphasis(ch)
            elif ch == "[":
                self.link()
            else:
                self.out.append(escape(ch))
                self.pos += 1
        return "".join(self.out)

    def code_span(self) -> None:
        end = self.find("`", self.pos + 1)
        if end < 0:
            self.out.append("`")
            self.pos += 1
            return
        self.out.append(f"<code>{escape(self.text[self.pos + 1:end])}</code>")
        self.pos = end + 1

    def emphasis(self, ch: str) -> None:
        double = self.peek(1) == ch
        marker = ch * 2 if double else ch
        end = self.find(marker, self.pos + len(marker))
        if end < 0 or end == self.pos + len(marker):
            self.out.append(escape(marker))
            self.pos += len(marker)
            return
        inner = InlineScanner(self.text[self.pos + len(marker):end]).scan()
        tag = "strong" if double else "em"
        self.out.append(f"<{tag}>{inner}</{tag}>")
        self.pos = end + len(marker)

    def link(self) -> None:
        close = self.find("]", self.pos)
        if close < 0 or self.peek(close - self.pos + 1) != "(":
            self.out.append("[")
            self.pos += 1
            return
        paren = self.find(")", close)
        if paren < 0:
            self.out.append("[")
            self.pos += 1
            return
        label = InlineScanner(self.text[self.pos + 1:close]).scan()
        url = self.text[close + 2:paren]
        self.out.append(f'<a href="{escape(url)}">{label}</a>')
        self.pos = paren + 1


def inline(text: str) -> str:
    return InlineScanner(text).scan()


def heading_level(line: str) -> int:
    n = 0
    while n < len(line) and line[n] == "#":
        n += 1
    if 1 <= n <= 6 and (n == len(line) or line[n] == " "):
        return n
    return 0


def list_marker(line: str) -> Optional[tuple[str, str]]:
    stripped = line.lstrip()
    if stripped[:2] in ("- ", "* ", "+ "):
        return "ul", stripped[2:]
    digits = 0
    while digits < len(stripped) and stripped[digits].isdigit():
        digits += 1
    if digits > 0 and stripped[digits:digits + 2] == ". ":
        return "ol", stripped[digits + 2:]
    return None


class BlockParser:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.i = 0

    def more(self) -> bool:
        return self.i < len(self.lines)

    def parse(self) -> list[Block]:
        blocks: list[Block] = []
        while self.more():
            line = self.lines[self.i]
            if not line.strip():
                self.i += 1
                continue
            blocks.append(self.block(line))
        return blocks

    def block(self, line: str) -> Block:
        level = heading_level(line)
        if level:
            self.i += 1
            return Block("h", line[level:].strip(), level)
        if line.startswith("```"):
            return self.fenced(line[3:].strip() or None)
        if line.startswith(">"):
            return self.quote()
        if line.strip() in ("---", "***"):
            self.i += 1
            return Block("hr")
        if list_marker(line) is not None:
            return self.list_block()
        return self.paragraph()

    def fenced(self, lang: Optional[str]) -> Block:
        self.i += 1
        body = []
        while self.more() and not self.lines[self.i].startswith("```"):
            body.append(self.lines[self.i])
            self.i += 1
        self.i += 1
        return Block("code", "\n".join(body), lang=lang)

    def quote(self) -> Block:
        inner = []
        while self.more() and self.lines[self.i].startswith(">"):
            inner.append(self.lines[self.i][1:].removeprefix(" "))
            self.i += 1
        return Block("quote", children=BlockParser(inner).parse())

    def list_block(self) -> Block:
        first = list_marker(self.lines[self.i])
        assert first is not None
        kind = first[0]
        items: list[Block] = []
        while self.more():
            m = list_marker(self.lines[self.i])
            if m is None or m[0] != kind:
                break
            items.append(Block("li", m[1]))
            self.i += 1
        return Block(kind, children=items)

    def paragraph(self) -> Block:
        parts = []
        while self.more():
            line = self.lines[self.i]
            if not line.strip() or heading_level(line) or line.startswith((">", "```")):
                break
            if list_marker(line) is not None:
                break
            parts.append(line.strip())
            self.i += 1
        return Block("p", " ".join(parts))


def render_children(b: Block, depth: int) -> Iterator[str]:
    for child in b.children:
        yield from render(child, depth + 1)


def render(b: Block, depth: int = 0) -> Iterator[str]:
    pad = "  " * depth
    match b.kind:
        case "h":
            yield f"{pad}<h{b.level}>{inline(b.text)}</h{b.level}>"
        case "p":
            yield f"{pad}<p>{inline(b.text)}</p>"
        case "hr":
            yield f"{pad}<hr />"
        case "code":
            attr = f' class="language-{b.lang}"' if b.lang else ""
            yield f"{pad}<pre><code{attr}>{escape(b.text)}</code></pre>"
        case "quote":
            yield f"{pad}<blockquote>"
            yield from render_children(b, depth)
            yield f"{pad}</blockquote>"
        case "ul" | "ol":
            yield f"{pad}<{b.kind}>"
            yield from render_children(b, depth)
            yield f"{pad}</{b.kind}>"
        case "li":
            yield f"{pad}<li>{inline(b.text)}</li>"
        case _:
            raise ValueError(f"unknown block {b.kind!r}")


def to_html(source: str) -> str:
    blocks = BlockParser(source.split("\n")).parse()
    return "\n".join(line for b in blocks for line in render(b))


SAMPLE = """# A *tiny* Markdown

This is a paragraph with **bold**, _emphasis_ and `code <b>`.
It continues on a second line with a [link](http://example.com/?a=1&b=2).

## Lists

- first item
- second *item*
* third item

1. one
2. two
10. ten

> A quote with `code`
> and a second line.
>
> # Heading in a quote

```python
def f(x):
    return x < 1
```

---
Escapes: \\*not emphasis\\* and a lone * star, an [unclosed link.
"""


def stats(html: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    pos = 0
    while True:
        start = html.find("<", pos)
        if start < 0:
            break
        end = html.find(">", start)
        tag = html[start + 1:end].split(" ")[0]
        if tag and not tag.startswith("/"):
            counts[tag] = counts.get(tag, 0) + 1
        pos = end + 1
    return counts


def main() -> int:
    html = to_html(SAMPLE)
    print(html)
    counts = stats(html)
    for tag in sorted(counts, key=lambda t: (-counts[t], t)):
        print(f"{tag:>10}: {counts[tag]}")
    checks: list[tuple[str, Callable[[str], str]]] = [
        ("inline", inline),
        ("escape", escape),
    ]
    for name, fn in checks:
        print(name, fn("a < b **and** c"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: <h1>A <em>tiny</em> Markdown</h1>
# expect: <p>This is a paragraph with <strong>bold</strong>, <em>emphasis</em> and <code>code &lt;b&gt;</code>. It continues on a second line with a <a href="http://example.com/?a=1&amp;b=2">link</a>.</p>
# expect: <h2>Lists</h2>
# expect: <ul>
# expect:   <li>first item</li>
# expect:   <li>second <em>item</em></li>
# expect:   <li>third item</li>
# expect: </ul>
# expect: <ol>
# expect:   <li>one</li>
# expect:   <li>two</li>
# expect:   <li>ten</li>
# expect: </ol>
# expect: <blockquote>
# expect:   <p>A quote with <code>code</code> and a second line.</p>
# expect:   <h1>Heading in a quote</h1>
# expect: </blockquote>
# expect: <pre><code class="language-python">def f(x):
# expect:     return x &lt; 1</code></pre>
# expect: <hr />
# expect: <p>Escapes: *not emphasis* and a lone * star, an [unclosed link.</p>
# expect:         li: 6
# expect:       code: 3
# expect:         em: 3
# expect:          p: 3
# expect:         h1: 2
# expect:          a: 1
# expect: blockquote: 1
# expect:         h2: 1
# expect:         hr: 1
# expect:         ol: 1
# expect:        pre: 1
# expect:     strong: 1
# expect:         ul: 1
# expect: inline a &lt; b <strong>and</strong> c
# expect: escape a &lt; b **and** c
