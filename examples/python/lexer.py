"""The tokenizer: Python 3.11 source text to a list of tokens.

Produces NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT and ENDMARKER
tokens, as CPython's tokenizer does (comments and blank lines vanish, a
NEWLINE ends every logical line, brackets join lines).  String tokens keep
their raw text (prefix and quotes included): the parser decodes them, and
parses the replacement fields of f-strings itself.

Positions are 1-based lines and 0-based columns counted in characters
(CPython counts UTF-8 bytes internally but prints characters).

Errors raise CompileError with CPython's message and position; the caller
turns it into a Python SyntaxError / IndentationError / TabError.
"""
from __future__ import annotations

T_ENDMARKER = 0
T_NAME = 1
T_NUMBER = 2
T_STRING = 3
T_OP = 4
T_NEWLINE = 5
T_INDENT = 6
T_DEDENT = 7

TOKEN_NAMES: list[str] = ["ENDMARKER", "NAME", "NUMBER", "STRING", "OP",
                          "NEWLINE", "INDENT", "DEDENT"]

# Operators.  Besides these single characters: X= for X in AUGMENTED,
# the doubled DOUBLED characters and their X= forms (**, **=, //, //=,
# <<, <<=, >>, >>=), "->" and "..." (operator_length).
OPERATORS_1 = "%&()*+,-./:;<=>@[]^{|}~"
AUGMENTED = "!%&*+-/:<=>@^|"
DOUBLED = "*/<>"

KEYWORDS: set[str] = {
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield"}


class CompileError(Exception):
    """A syntax error found while compiling: kind is the Python exception
    class name (SyntaxError, IndentationError, TabError); positions are
    1-based lines, 1-based columns (as SyntaxError.offset), end_col 0 if
    not known."""
    kind: str
    msg: str
    filename: str
    line: int
    col: int
    end_line: int
    end_col: int
    text: str | None         # the line shown, when not the source's
    tok_error: bool          # found by the tokenizer (text: the line read
    text_end: int            # so far: without its newline, up to text_end)
    compiler_error: bool     # found after parsing (text: read from the file)
    file_text: bool          # text read from the file when it exists
    # a position without a range and args (msg,) alone, as CPython's
    # PyErr_SyntaxLocationObject gives (the future statement's errors)
    location_only: bool

    def __init__(self, kind: str, msg: str, line: int, col: int,
                 end_line: int, end_col: int) -> None:
        super().__init__(msg)
        self.text = None
        self.tok_error = False
        self.text_end = -1
        self.compiler_error = False
        self.file_text = False
        self.location_only = False
        self.kind = kind
        self.msg = msg
        self.filename = ""
        self.line = line
        self.col = col
        self.end_line = end_line
        self.end_col = end_col


class Token:
    kind: int
    text: str
    line: int
    col: int
    end_line: int
    end_col: int

    def __init__(self, kind: int, text: str, line: int, col: int,
                 end_line: int, end_col: int) -> None:
        self.kind = kind
        self.text = text
        self.line = line
        self.col = col
        self.end_line = end_line
        self.end_col = end_col

    def __repr__(self) -> str:
        return (TOKEN_NAMES[self.kind] + " " + repr(self.text) + " "
                + str(self.line) + ":" + str(self.col))


def ascii_class(ranges: str) -> list[bool]:
    """Per ASCII code: is it in one of ranges (pairs of first, last)?"""
    table = [False] * 128
    for k in range(0, len(ranges), 2):
        for o in range(ord(ranges[k]), ord(ranges[k + 1]) + 1):
            table[o] = True
    return table


# The scanner tests every character of a name: a table look-up by code
# instead of up to six string comparisons.
ASCII_ID_START = ascii_class("azAZ__")
ASCII_ID_CHAR = ascii_class("azAZ09__")


def is_id_start(c: str) -> bool:
    o = ord(c)
    if o < 128:
        return ASCII_ID_START[o]
    # XID_Start: letters and letter numbers (the language's str knows it)
    return c.isidentifier()


def is_id_char(c: str) -> bool:
    o = ord(c)
    if o < 128:
        return ASCII_ID_CHAR[o]
    # XID_Continue: also combining marks and connector punctuation
    return ("a" + c).isidentifier()


def is_digit(c: str) -> bool:
    return "0" <= c <= "9"


def is_hex_digit(c: str) -> bool:
    return ("0" <= c <= "9") or ("a" <= c <= "f") or ("A" <= c <= "F")


HEX_DIGITS = "0123456789ABCDEF"


def hex_upper(v: int, width: int) -> str:
    """v (>= 0) in upper-case hexadecimal, at least width digits."""
    out = ""
    while v > 0 or out == "":
        out = HEX_DIGITS[v & 15] + out
        v >>= 4
    while len(out) < width:
        out = "0" + out
    return out


def is_printable(o: int) -> bool:
    """An approximation of str.isprintable for one code point: control,
    format, separator (other than space) and private-use characters are
    not printable."""
    if o < 0x20 or 0x7F <= o <= 0xA0 or o == 0xAD:
        return False
    if 0x2000 <= o <= 0x200F or 0x2028 <= o <= 0x202F:
        return False
    if 0x205F <= o <= 0x206F or o == 0x3000 or o == 0xFEFF:
        return False
    if 0xD800 <= o <= 0xF8FF or o >= 0xF0000:
        return False
    return True


def string_prefix_ok(prefix: str) -> bool:
    p = prefix.lower()
    return p in ("r", "u", "b", "br", "rb", "f", "fr", "rf")


def split_lines(source: str) -> list[str]:
    """The physical lines of source, each without its line ending."""
    lines: list[str] = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\n" or c == "\r":
            lines.append(source[start:i])
            if c == "\r" and i + 1 < n and source[i + 1] == "\n":
                i += 1
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def normalize_newlines(source: str) -> str:
    if "\r" not in source:
        return source
    return source.replace("\r\n", "\n").replace("\r", "\n")


class Lexer:
    src: str
    pos: int
    line: int
    line_start: int          # index in src of the current line's first char
    tokens: list[Token]
    indents: list[int]       # indentation columns (tabs to multiples of 8)
    alt_indents: list[int]   # same, tabs counted as 1 (consistency check)
    parens: list[Token]      # open brackets
    unclosed: CompileError | None  # a bracket open at the end of the source
    added_newline: bool      # the source did not end with a newline
    at_line_start: bool

    def __init__(self, source: str) -> None:
        self.src = normalize_newlines(source)
        self.added_newline = False
        if not self.src.endswith("\n"):
            self.src = self.src + "\n"
            self.added_newline = True
        self.pos = 0
        self.line = 1
        self.line_start = 0
        self.tokens = []
        self.indents = [0]
        self.alt_indents = [0]
        self.parens = []
        self.unclosed = None
        self.at_line_start = True

    # -------------------------------------------------------------- helpers

    def col(self) -> int:
        return self.pos - self.line_start

    def peek(self, k: int) -> str:
        i = self.pos + k
        if i < len(self.src):
            return self.src[i]
        return ""

    def error(self, msg: str, line: int, col: int) -> CompileError:
        return self.error_to(msg, line, col, col + 1)

    def raw_error(self, msg: str, line: int, col: int) -> CompileError:
        return self.raw_error_to(msg, line, col, col + 1)

    def raw_error_to(self, msg: str, line: int, col: int,
                     end_offset: int) -> CompileError:
        """An error found reading a number or a string: CPython's text is
        then the line as read (without the newline it adds at the end)."""
        e = self.error_to(msg, line, col, end_offset)
        e.tok_error = True
        return e

    def error_to(self, msg: str, line: int, col: int,
                 end_offset: int) -> CompileError:
        """A tokenizer error at col (0-based), its end_offset as CPython
        reports it (1-based; 0 or -1 for none)."""
        e = CompileError("SyntaxError", msg, line, col + 1, line,
                         end_offset)
        e.tok_error = True
        return e

    def add(self, kind: int, start: int, line: int, col: int) -> None:
        self.tokens.append(Token(kind, self.src[start:self.pos], line, col,
                                 self.line, self.col()))

    def newline_advance(self) -> None:
        """pos is at a '\\n': step over it onto the next line."""
        self.pos += 1
        self.line += 1
        self.line_start = self.pos

    # ------------------------------------------------------------ the loop

    def tokenize(self) -> list[Token]:
        n = len(self.src)
        while self.pos < n:
            if self.at_line_start:
                self.at_line_start = False
                if self.indentation():
                    continue
            c = self.src[self.pos]
            if c == " " or c == "\t" or c == "\f":
                self.pos += 1
            elif c == "#":
                while self.src[self.pos] != "\n":
                    self.pos += 1
            elif c == "\n":
                if len(self.parens) == 0:
                    self.tokens.append(Token(T_NEWLINE, "\n", self.line,
                                             self.col(), self.line,
                                             self.col()))
                    self.at_line_start = True
                self.newline_advance()
            elif c == "\\":
                self.continuation()
            elif is_id_start(c):
                self.name_or_string()
            elif is_digit(c) or (c == "." and is_digit(self.peek(1))):
                self.number()
            elif c == "'" or c == '"':
                self.string(self.pos)
            else:
                self.operator(c)
        self.finish()
        return self.tokens

    def finish(self) -> None:
        # the tokens made at the end of the source are on its last line,
        # at column -1 (CPython's positions when reading a file)
        eof_line = self.line - 1 if self.line > 1 else 1
        if len(self.parens) > 0:
            # CPython's tokenizer returns an error token here: the parser
            # reports it if it fails at the end (parse_source)
            p = self.parens[-1]
            u = self.error_to("'" + p.text + "' was never closed", p.line,
                              p.col, 0)
            # the text: the file's line when compiling a file, else the
            # tokenizer's buffer (no newline once it has read further)
            u.tok_error = p.line < eof_line
            u.file_text = True
            self.unclosed = u
            self.tokens.append(Token(T_ENDMARKER, "", eof_line, -1, eof_line,
                                     -1))
            return
        if len(self.tokens) > 0 and self.tokens[-1].kind != T_NEWLINE:
            self.tokens.append(Token(T_NEWLINE, "", self.line, 0, self.line,
                                     1))
        while len(self.indents) > 1:
            self.indents.pop()
            self.alt_indents.pop()
            self.tokens.append(Token(T_DEDENT, "", eof_line, -1, eof_line,
                                     -1))
        self.tokens.append(Token(T_ENDMARKER, "", eof_line, -1, eof_line, -1))

    def continuation(self) -> None:
        if self.peek(1) != "\n":
            e = self.error_to("unexpected character after line "
                              "continuation character", self.line,
                              self.col() + 1, 0)
            e.tok_error = False
            raise e
        self.pos += 1
        if self.pos + 1 >= len(self.src):
            raise self.error("unexpected EOF while parsing", self.line,
                             self.col())
        self.newline_advance()

    def indentation(self) -> bool:
        """At the start of a line: measure it, skip it if blank or a
        comment, else emit INDENT/DEDENT.  True if the line was skipped."""
        col = 0
        alt = 0
        i = self.pos
        while True:
            c = self.src[i]
            if c == " ":
                col += 1
                alt += 1
            elif c == "\t":
                col = (col // 8 + 1) * 8
                alt += 1
            elif c == "\f":
                col = 0
                alt = 0
            else:
                break
            i += 1
        c = self.src[i]
        if c == "#" or c == "\n" or (c == "\\" and False):
            # blank line or comment only: no indentation change
            self.pos = i
            while self.src[self.pos] != "\n":
                self.pos += 1
            self.newline_advance()
            self.at_line_start = True
            return True
        if len(self.parens) > 0:
            self.pos = i
            return False
        self.pos = i
        cur = self.indents[-1]
        if col == cur:
            if alt != self.alt_indents[-1]:
                raise self.tab_error()
        elif col > cur:
            if alt <= self.alt_indents[-1]:
                raise self.tab_error()
            self.indents.append(col)
            self.alt_indents.append(alt)
            self.tokens.append(Token(T_INDENT, "", self.line, 0, self.line,
                                     self.col()))
        else:
            while col < self.indents[-1]:
                self.indents.pop()
                self.alt_indents.pop()
                self.tokens.append(Token(T_DEDENT, "", self.line, self.col(),
                                         self.line, self.col()))
            if col != self.indents[-1]:
                eol = self.src.find("\n", self.pos)
                e = CompileError("IndentationError", "unindent does not match"
                                 " any outer indentation level", self.line,
                                 eol - self.line_start + 1, self.line, -1)
                raise e
            if alt != self.alt_indents[-1]:
                raise self.tab_error()
        return False

    def tab_error(self) -> CompileError:
        return CompileError("TabError", "inconsistent use of tabs and spaces"
                            " in indentation", self.line, 1, self.line, 0)

    # ------------------------------------------------------------- names

    def name_or_string(self) -> None:
        start = self.pos
        col = self.col()
        src = self.src
        i = start
        # src ends with a newline, which stops the scan
        while is_id_char(src[i]):
            i += 1
        self.pos = i
        c = src[i]
        if (c == "'" or c == '"') and string_prefix_ok(self.src[start:self.pos]):
            self.string(start)
            return
        self.check_name_chars(start)
        self.add(T_NAME, start, self.line, col)

    def check_name_chars(self, start: int) -> None:
        # an identifier followed by a character that cannot start a token
        c = self.src[self.pos]
        o = ord(c)
        if o >= 128 and not is_id_start(c):
            self.bad_character(c)

    def bad_character(self, c: str) -> None:
        o = ord(c)
        code = hex_upper(o, 4)
        if is_printable(o):
            msg = "invalid character '" + c + "' (U+" + code + ")"
        else:
            msg = "invalid non-printable character U+" + code
        raise self.error(msg, self.line, self.col())

    # ------------------------------------------------------------ numbers

    def digits(self, ok_hex: bool, limit: str, kind_name: str) -> int:
        """Digits with single underscores between them; returns the count."""
        count = 0
        while True:
            c = self.src[self.pos]
            if c == "_":
                nxt = self.peek(1)
                if count == 0 or not (is_hex_digit(nxt) if ok_hex
                                      else is_digit(nxt)):
                    self.pos += 1
                    raise self.error("invalid " + kind_name + " literal",
                                     self.line, self.col() - 1)
                self.pos += 1
                continue
            if ok_hex:
                good = is_hex_digit(c)
            else:
                good = is_digit(c) and c <= limit
                if is_digit(c) and c > limit:
                    raise self.error("invalid digit '" + c + "' in "
                                     + kind_name + " literal", self.line,
                                     self.col())
            if not good:
                return count
            count += 1
            self.pos += 1

    def number(self) -> None:
        start = self.pos
        col = self.col()
        c = self.src[self.pos]
        nxt = self.peek(1).lower()
        if c == "0" and (nxt == "x" or nxt == "o" or nxt == "b"):
            self.pos += 2
            if self.src[self.pos] == "_":
                self.pos += 1
            if nxt == "x":
                n = self.digits(True, "f", "hexadecimal")
                name = "hexadecimal"
            elif nxt == "o":
                n = self.digits(False, "7", "octal")
                name = "octal"
            else:
                n = self.digits(False, "1", "binary")
                name = "binary"
            if n == 0:
                raise self.raw_error("invalid " + name + " literal", self.line,
                                 self.col() - 1)
            self.number_end(name)
            self.add(T_NUMBER, start, self.line, col)
            return
        is_float = False
        if c != ".":
            self.digits(False, "9", "decimal")
        if self.src[self.pos] == ".":
            is_float = True
            self.pos += 1
            if is_digit(self.src[self.pos]):
                self.digits(False, "9", "decimal")
        e = self.src[self.pos]
        if e == "e" or e == "E":
            save = self.pos
            self.pos += 1
            s = self.src[self.pos]
            if s == "+" or s == "-":
                self.pos += 1
            if not is_digit(self.src[self.pos]):
                self.pos = save
                raise self.raw_error("invalid decimal literal", self.line,
                                 col)
            self.digits(False, "9", "decimal")
            is_float = True
        j = self.src[self.pos]
        if j == "j" or j == "J":
            self.pos += 1
            self.number_end("imaginary")
            self.add(T_NUMBER, start, self.line, col)
            return
        if not is_float:
            self.check_leading_zeros(start, col)
        self.number_end("decimal")
        self.add(T_NUMBER, start, self.line, col)

    def check_leading_zeros(self, start: int, col: int) -> None:
        text = self.src[start:self.pos]
        if len(text) > 1 and text[0] == "0":
            zeros = 0
            while zeros < len(text) and (text[zeros] == "0"
                                         or text[zeros] == "_"):
                zeros += 1
            for ch in text:
                if ch != "0" and ch != "_":
                    raise self.raw_error_to("leading zeros in decimal integer "
                                        "literals are not permitted; use an "
                                        "0o prefix for octal integers",
                                        self.line, col, col + zeros + 1)

    def number_end(self, name: str) -> None:
        c = self.src[self.pos]
        # CPython only warns for a keyword right after a number (1if x)
        nxt = self.src[self.pos + 1:self.pos + 4]
        if (c == "a" and nxt.startswith("nd")) or \
                (c == "e" and nxt.startswith("lse")) or \
                (c == "f" and nxt.startswith("or")) or \
                (c == "i" and nxt[:1] in ("f", "n", "s")) or \
                (c == "o" and nxt.startswith("r")) or \
                (c == "n" and nxt.startswith("ot")):
            return
        if is_id_char(c) or (ord(c) >= 128 and c.isalpha()):
            # CPython points at the number's start for decimals, at the
            # offending character for the others
            col = self.number_start_col()
            if name == "imaginary":
                col = self.col() - 1
            elif name != "decimal":
                col = self.col()
            raise self.raw_error("invalid " + name + " literal", self.line,
                                 col)

    def number_start_col(self) -> int:
        i = self.pos - 1
        while i >= self.line_start and (is_id_char(self.src[i])
                                        or self.src[i] == "."):
            i -= 1
        return i + 1 - self.line_start

    # ------------------------------------------------------------ strings

    def string(self, start: int) -> None:
        """A string literal whose prefix starts at start; pos is at the
        opening quote."""
        line = self.line
        col = start - self.line_start
        q = self.src[self.pos]
        triple = self.peek(1) == q and self.peek(2) == q
        quote_col = self.col()
        prefix = self.src[start:self.pos].lower()
        raw = "r" in prefix
        if triple:
            self.pos += 3
        else:
            self.pos += 1
        n = len(self.src)
        while True:
            if self.pos >= n:
                raise self.raw_error("unterminated triple-quoted string literal"
                                 " (detected at line " + str(self.line - 1)
                                 + ")", line, quote_col)
            c = self.src[self.pos]
            if c == "\\":
                if self.peek(1) == "\n":
                    self.pos += 1
                    self.newline_advance()
                else:
                    self.pos += 2
                continue
            if c == "\n":
                if not triple:
                    raise self.raw_error("unterminated string literal (detected"
                                     " at line " + str(self.line) + ")",
                                     line, quote_col)
                self.newline_advance()
                continue
            if c == q:
                if not triple:
                    self.pos += 1
                    break
                if self.peek(1) == q and self.peek(2) == q:
                    self.pos += 3
                    break
            self.pos += 1
        if raw:
            pass
        self.tokens.append(Token(T_STRING, self.src[start:self.pos], line,
                                 col, self.line, self.col()))

    # ---------------------------------------------------------- operators

    def operator_length(self, c: str) -> int:
        """The length of the operator starting with c at pos, 0 if none.
        Reads up to two characters on: an operator's first character is
        not the final newline of src."""
        nxt = self.src[self.pos + 1]
        if nxt == c and c in DOUBLED:
            return 3 if self.src[self.pos + 2] == "=" else 2
        if nxt == "=" and c in AUGMENTED:
            return 2
        if c == "-" and nxt == ">":
            return 2
        if c == "." and nxt == "." and self.src[self.pos + 2] == ".":
            return 3
        return 1 if c in OPERATORS_1 else 0

    def operator(self, c: str) -> None:
        start = self.pos
        col = self.col()
        n = self.operator_length(c)
        if n > 0:
            self.pos += n
        elif c == "!" or c == "$" or c == "?" or c == "`":
            # an error token: the parser's error, with the whole line
            e = self.error_to("invalid syntax", self.line, col, col + 2)
            e.tok_error = False
            raise e
        else:
            self.bad_character(c)
        tok = Token(T_OP, self.src[start:self.pos], self.line, col,
                    self.line, self.col())
        self.brackets(tok)
        self.tokens.append(tok)

    def brackets(self, tok: Token) -> None:
        t = tok.text
        if t == "(" or t == "[" or t == "{":
            self.parens.append(tok)
        elif t == ")" or t == "]" or t == "}":
            if len(self.parens) == 0:
                e = self.error("unmatched '" + t + "'", tok.line, tok.col)
                e.text_end = tok.end_col
                raise e
            op = self.parens.pop()
            want = ")"
            if op.text == "[":
                want = "]"
            elif op.text == "{":
                want = "}"
            if t != want:
                msg = ("closing parenthesis '" + t + "' does not match "
                       "opening parenthesis '" + op.text + "'")
                if op.line != tok.line:
                    msg += " on line " + str(op.line)
                e = self.error(msg, tok.line, tok.col)
                e.text_end = tok.end_col
                raise e


def tokenize(source: str) -> list[Token]:
    return Lexer(source).tokenize()
