"""The Duhton reader (spec section 2).

It is iterative (an explicit stack of open lists), so nesting depth is
limited by memory only, and tokens may have any length.  Whitespace is C's
isspace() in the C locale; a ';' starts a comment only where a token could
begin.
"""
from __future__ import annotations

from objects import (DuObject, DuCons, DU_NONE, fatal, intern, make_int,
                     wrap32)

SPACES = " \t\n\r\x0b\x0c"
INT64_MAX = 9223372036854775807


def is_space(c: str) -> bool:
    return c in SPACES


def is_delimiter(c: str) -> bool:
    return c == "(" or c == ")" or c in SPACES


def digit_value(c: str) -> int:
    """The value of c as a digit in bases up to 16, or 99."""
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 102:
        return o - 87
    if 65 <= o <= 70:
        return o - 55
    return 99


def parse_int(tok: str) -> tuple[bool, int]:
    """Whether the whole token is a C strtol(tok, &end, 0) number, and its
    value: computed in 64 bits saturating at the limits, then truncated to
    the low 32 bits."""
    n = len(tok)
    i = 0
    negative = False
    if n > 0 and (tok[0] == "+" or tok[0] == "-"):
        negative = tok[0] == "-"
        i = 1
    if i >= n:
        return (False, 0)
    base = 10
    if tok[i] == "0":
        base = 8
        if i + 1 < n and (tok[i + 1] == "x" or tok[i + 1] == "X"):
            base = 16
            i += 2
            if i >= n:
                return (False, 0)
    magnitude = 0
    overflow = False
    while i < n:
        d = digit_value(tok[i])
        if d >= base:
            return (False, 0)
        if magnitude > (INT64_MAX - d) // base:
            overflow = True
        else:
            magnitude = magnitude * base + d
        i += 1
    if overflow:
        # LONG_MIN has low bits 0x00000000, LONG_MAX 0xffffffff
        return (True, 0 if negative else -1)
    return (True, wrap32(-magnitude if negative else magnitude))


def atom(tok: str) -> DuObject:
    ok, value = parse_int(tok)
    if ok:
        return make_int(value)
    return intern(tok)


def chain(items: list[DuObject], line: int) -> DuObject:
    """The proper cons chain of items; () reads as None."""
    result: DuObject = DU_NONE
    i = len(items) - 1
    while i >= 0:
        result = DuCons(items[i], result, line)
        i -= 1
    return result


class Reader:
    text: str
    pos: int
    line: int

    def __init__(self, text: str, first_line: int) -> None:
        self.text = text
        self.pos = 0
        self.line = first_line

    def skip_blanks(self) -> str:
        """Skip whitespace and comments; the next character, or ""."""
        text = self.text
        n = len(text)
        while self.pos < n:
            c = text[self.pos]
            if c == "\n":
                self.line += 1
            elif c == ";":
                while self.pos < n and text[self.pos] != "\n":
                    self.pos += 1
                continue
            elif not is_space(c):
                return c
            self.pos += 1
        return ""

    def token(self) -> str:
        text = self.text
        n = len(text)
        start = self.pos
        while self.pos < n and not is_delimiter(text[self.pos]):
            self.pos += 1
        return text[start:self.pos]

    def read_forms(self) -> list[DuObject]:
        """All top-level forms of the text; unbalanced input is fatal."""
        top: list[DuObject] = []
        open_lists: list[list[DuObject]] = []
        open_lines: list[int] = []
        while True:
            c = self.skip_blanks()
            if c == "":
                break
            form: DuObject = DU_NONE
            if c == "(":
                open_lists.append([])
                open_lines.append(self.line)
                self.pos += 1
                continue
            if c == ")":
                if len(open_lists) == 0:
                    fatal("more ')' than '('")
                    return top
                self.pos += 1
                form = chain(open_lists.pop(), open_lines.pop())
            else:
                form = atom(self.token())
            if len(open_lists) > 0:
                open_lists[-1].append(form)
            else:
                top.append(form)
        if len(open_lists) > 0:
            fatal("more '(' than ')'")
        return top


def line_depth(line: str, depth: int) -> int:
    """The parenthesis depth after one physical line of interactive input,
    starting at depth; a ')' with no open '(' is fatal at once."""
    can_start = True
    for c in line:
        if c == ";" and can_start:
            break
        if c == "(":
            depth += 1
            can_start = True
        elif c == ")":
            depth -= 1
            if depth < 0:
                fatal("more ')' than '('")
            can_start = True
        else:
            can_start = is_space(c)
    return depth
