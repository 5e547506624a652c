"""Source text to code objects: tokenize, parse, compile, and turn a
CompileError into the Python SyntaxError (or IndentationError, TabError)
CPython would raise, with its attributes."""
from __future__ import annotations

from objects import (W_Object, W_BaseException, W_Str, W_Tuple, ExecCtx,
                     PyError, W_NONE, new_str, new_int, new_tuple,
                     new_exception_args, EXC_SYNTAX_ERROR,
                     EXC_INDENTATION_ERROR, EXC_TAB_ERROR)
from lexer import CompileError, Lexer, split_lines, T_NEWLINE, T_INDENT
from parse import Parser, error_or_unclosed
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
    etext = e.text
    if etext is not None:
        text = new_str(etext + "\n")
    elif e.file_text and 1 <= e.line <= len(lines) and \
            importer_file_exists(filename):
        line = lines[e.line - 1]
        if e.line < len(lines) or source.endswith("\n"):
            line += "\n"
        text = new_str(line)
    elif e.compiler_error and not importer_file_exists(filename):
        # CPython reads the line of a compiler error from the file
        pass
    elif 1 <= e.line <= len(lines):
        line = lines[e.line - 1]
        if e.tok_error:
            # the tokenizer's buffer: the line read so far, no newline
            if 0 <= e.text_end < len(line):
                line = line[:e.text_end]
        else:
            line += "\n"
        text = new_str(line)
    end_line: W_Object = W_NONE
    end_col: W_Object = W_NONE
    if e.end_line > 0:
        end_line = new_int(e.end_line)
        end_col = new_int(e.end_col)
    info = new_tuple([new_str(filename), new_int(e.line), new_int(e.col),
                      text, end_line, end_col])
    args: list[W_Object] = [new_str(e.msg), info]
    if e.location_only:
        args = [new_str(e.msg)]
        end_line = new_int(e.line)
        end_col = W_NONE
    w = new_exception_args(t, args)
    w.set_raw("msg", new_str(e.msg))
    w.set_raw("filename", new_str(filename))
    w.set_raw("lineno", new_int(e.line))
    w.set_raw("offset", new_int(e.col))
    w.set_raw("text", text)
    w.set_raw("end_lineno", end_line)
    w.set_raw("end_offset", end_col)
    w.set_raw("print_file_and_line", W_NONE)
    return w


def importer_file_exists(path: str) -> bool:
    if path.startswith("<"):
        return False
    try:
        f = open(path, "r", encoding="utf-8")
        f.close()
        return True
    except OSError:
        return False
    except UnicodeError:
        return True


def compile_tokens(p: Parser, filename: str, mode: int,
                   name_mode: bool) -> W_Code:
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


def compile_source(ec: ExecCtx, source: str, filename: str, mode: int,
                   name_mode: bool) -> W_Code:
    """Compile source; SyntaxError (a PyError) on bad input."""
    try:
        lexer = Lexer(source)
        toks = lexer.tokenize()
        p = Parser(toks)
        try:
            return compile_tokens(p, filename, mode, name_mode)
        except CompileError as err:
            raise error_or_unclosed(lexer, p, err)
    except CompileError as ce:
        raise PyError(syntax_error(ec, ce, filename, source))
