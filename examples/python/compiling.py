"""Source text to code objects: tokenize, parse, compile, and turn a
CompileError into the Python SyntaxError (or IndentationError, TabError)
CPython would raise, with its attributes."""
from __future__ import annotations

from objects import (W_Object, W_BaseException, W_Str, W_Tuple, ExecCtx,
                     PyError, W_NONE, new_str, new_int, new_tuple,
                     new_exception_args, EXC_SYNTAX_ERROR,
                     EXC_INDENTATION_ERROR, EXC_TAB_ERROR)
from lexer import CompileError, Lexer, split_lines, T_NEWLINE, T_INDENT
from parse import Parser
import codegen
from pycode import W_Code

MODE_EXEC = 0
MODE_EVAL = 1
MODE_SINGLE = 2


def remember_source(ec: ExecCtx, filename: str, source: str) -> None:
    """Keep a file's lines for tracebacks (CPython reads them back from
    the file; a copy taken at compile time gives the same lines)."""
    if filename.startswith("<"):
        return
    ec.space.sources[filename] = split_lines(source)


def syntax_error(ec: ExecCtx, e: CompileError, filename: str,
                 source: str) -> W_BaseException:
    t = EXC_SYNTAX_ERROR
    if e.kind == "IndentationError":
        t = EXC_INDENTATION_ERROR
    elif e.kind == "TabError":
        t = EXC_TAB_ERROR
    lines = split_lines(source)
    text: W_Object = W_NONE
    if 1 <= e.line <= len(lines):
        text = new_str(lines[e.line - 1] + "\n")
    end_line: W_Object = W_NONE
    end_col: W_Object = W_NONE
    if e.end_line > 0:
        end_line = new_int(e.end_line)
        end_col = new_int(e.end_col)
    info = new_tuple([new_str(filename), new_int(e.line), new_int(e.col),
                      text, end_line, end_col])
    w = new_exception_args(t, [new_str(e.msg), info])
    w.set_raw("msg", new_str(e.msg))
    w.set_raw("filename", new_str(filename))
    w.set_raw("lineno", new_int(e.line))
    w.set_raw("offset", new_int(e.col))
    w.set_raw("text", text)
    w.set_raw("end_lineno", end_line)
    w.set_raw("end_offset", end_col)
    w.set_raw("print_file_and_line", W_NONE)
    return w


def compile_source(ec: ExecCtx, source: str, filename: str, mode: int,
                   name_mode: bool) -> W_Code:
    """Compile source; SyntaxError (a PyError) on bad input."""
    try:
        toks = Lexer(source).tokenize()
        p = Parser(toks)
        if mode == MODE_EVAL:
            # eval() ignores leading blanks and blank lines
            while p.tok().kind == T_NEWLINE or p.tok().kind == T_INDENT:
                p.advance()
            e = p.star_expressions()
            while p.tok().kind == T_NEWLINE:
                p.advance()
            if p.tok().kind != 0:
                raise p.invalid()
            return codegen.compile_expression(e, filename, name_mode)
        mod = p.parse_module()
        return codegen.compile_module(mod, filename, name_mode)
    except CompileError as ce:
        raise PyError(syntax_error(ec, ce, filename, source))
