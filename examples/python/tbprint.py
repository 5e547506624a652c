"""Printing an uncaught exception as CPython 3.11 does: the chain of
causes and contexts, each traceback line with its source line and the
caret line under the failing expression (with ~ and ^ for binary
operators and subscripts), repeated lines folded, the SyntaxError
display, and the "Did you mean" suggestion of NameError and
AttributeError."""
from __future__ import annotations

from objects import (W_Object, W_Type, W_BaseException, W_Str, W_Int,
                     W_List, W_Dict, W_Module, ExecCtx, PyError,
                     TracebackEntry, W_NONE, str_str, repr_str, str_value_of,
                     getattr_or_none, EXC_SYNTAX_ERROR, EXC_INDENTATION_ERROR,
                     EXC_NAME_ERROR, EXC_ATTRIBUTE_ERROR, EXC_IMPORT_ERROR)
from funcobject import Frame
from exceptions import W_ExcGroup
from lexer import CompileError, Lexer
from parse import Parser
from astnodes import ExprStmt, BinOp, Subscript, Module

TB_RECURSIVE_CUTOFF = 3
TB_LIMIT = 1000


def is_ws(c: str) -> bool:
    return c == " " or c == "\t" or c == "\f"


def format_exception(ec: ExecCtx, w_exc: W_BaseException) -> str:
    out: list[str] = []
    seen: list[W_BaseException] = []
    format_chain(ec, w_exc, out, seen)
    return "".join(out)


def format_chain(ec: ExecCtx, e: W_BaseException, out: list[str],
                 seen: list[W_BaseException]) -> None:
    format_chain_at(ec, e, out, seen, 0)


def format_chain_at(ec: ExecCtx, e: W_BaseException, out: list[str],
                    seen: list[W_BaseException], depth: int) -> None:
    """The chain of e, at a nesting depth inside exception groups (0:
    outside any; deeper lines carry the indent and margin of CPython's
    boxed format)."""
    seen.append(e)
    cause = e.w_cause
    ctx = e.w_context
    if isinstance(cause, W_BaseException) and not in_list(cause, seen):
        format_chain_at(ec, cause, out, seen, depth)
        out.append(margined("\nThe above exception was the direct cause of "
                            "the following exception:\n\n", depth, False))
    elif isinstance(ctx, W_BaseException) and not e.suppress_context and \
            not in_list(ctx, seen):
        format_chain_at(ec, ctx, out, seen, depth)
        out.append(margined("\nDuring handling of the above exception, "
                            "another exception occurred:\n\n", depth, False))
    if isinstance(e, W_ExcGroup):
        format_group(ec, e, out, seen, depth)
        return
    one: list[str] = []
    format_one(ec, e, one)
    out.append(margined("".join(one), depth, False))


MAX_GROUP_WIDTH = 15
MAX_GROUP_DEPTH = 10


def margined(text: str, depth: int, group_header: bool) -> str:
    """Each line of text behind the indent and '| ' margin of a depth
    (none at 0); the first line of a top-level group's traceback gets
    '+ '."""
    if depth == 0:
        return text
    lines = text.split("\n")
    pad = "  " * depth
    parts: list[str] = []
    i = 0
    for line in lines:
        if i == len(lines) - 1 and line == "":
            break
        m = "| "
        if i == 0 and group_header and depth == 1:
            m = "+ "
        parts.append(pad + m + line + "\n")
        i += 1
    return "".join(parts)


def format_group(ec: ExecCtx, g: W_ExcGroup, out: list[str],
                 seen: list[W_BaseException], depth: int) -> None:
    """An exception group: its own traceback and line, then each
    sub-exception in a numbered box one level deeper."""
    if depth > MAX_GROUP_DEPTH:
        out.append(margined("... (max_group_depth is "
                            + str(MAX_GROUP_DEPTH) + ")\n", depth, False))
        return
    d = depth if depth > 0 else 1
    one: list[str] = []
    format_one(ec, g, one)
    # CPython marks only a traceback header with '+ ': a group with no
    # traceback (the one except* re-raises) starts with '| ' and its line
    out.append(margined("".join(one), d, g.traceback is not None))
    pad = "  " * d
    inner = "  " * (d + 1)
    n = len(g.excs)
    shown = n if n <= MAX_GROUP_WIDTH else MAX_GROUP_WIDTH
    i = 0
    while i < shown:
        out.append((pad + "+-+" if i == 0 else inner + "+")
                   + "---------------- " + str(i + 1)
                   + " ----------------\n")
        sub = g.excs[i]
        seen.append(sub)
        format_chain_at(ec, sub, out, seen, d + 1)
        i += 1
    if n > shown:
        more = n - shown
        out.append(inner + "+---------------- ... ----------------\n")
        out.append(margined("and " + str(more) + " more exception"
                            + ("s" if more > 1 else "") + "\n", d + 1,
                            False))
    elif out[-1].endswith(CLOSE):
        return          # a last sub-group's box closes this one too
    out.append(inner + CLOSE)


CLOSE = "+------------------------------------\n"


def in_list(e: W_BaseException, seen: list[W_BaseException]) -> bool:
    for x in seen:
        if x is e:
            return True
    return False


def format_one(ec: ExecCtx, e: W_BaseException, out: list[str]) -> None:
    entries: list[TracebackEntry] = []
    t = e.traceback
    while t is not None:
        entries.append(t)
        t = t.next
    if len(entries) > 0:
        if isinstance(e, W_ExcGroup):
            out.append("Exception Group Traceback (most recent call "
                       "last):\n")
        else:
            out.append("Traceback (most recent call last):\n")
        format_entries(ec, entries, out)
    format_only(ec, e, out)


def format_only(ec: ExecCtx, e: W_BaseException, out: list[str]) -> None:
    """The lines after the traceback: the exception (or the SyntaxError
    display) and its notes (traceback.format_exception_only)."""
    if e.w_type.is_subtype(EXC_SYNTAX_ERROR):
        if format_syntax_error(ec, e, out):
            return
    out.append(exception_line(ec, e))
    notes = e.instance_get("__notes__")
    if isinstance(notes, W_List):
        for n in notes.items:
            s = str_value_of(n)
            if s is not None:
                out.append(s + "\n")


def type_label(t: W_Type) -> str:
    mod = t.module
    w_mod = t.tdict.get("__module__")
    if w_mod is not None:
        s = str_value_of(w_mod)
        if s is not None:
            mod = s
    if mod == "builtins" or mod == "__main__":
        return t.qualname
    return mod + "." + t.qualname


def exception_line(ec: ExecCtx, e: W_BaseException) -> str:
    label = type_label(e.w_type)
    try:
        msg = str_str(ec, e)
    except PyError:
        msg = "<exception str() failed>"
    suggestion = suggest(ec, e)
    if suggestion != "":
        msg = msg + ". Did you mean: '" + suggestion + "'?"
    if msg == "":
        return label + "\n"
    return label + ": " + msg + "\n"


def format_entries(ec: ExecCtx, entries: list[TracebackEntry],
                   out: list[str]) -> None:
    start = 0
    if len(entries) > TB_LIMIT:
        start = len(entries) - TB_LIMIT
    last_file = ""
    last_line = -1
    last_name = ""
    cnt = 0
    i = start
    while i < len(entries):
        e = entries[i]
        if e.filename != last_file or e.line != last_line or \
                e.name != last_name:
            if cnt > TB_RECURSIVE_CUTOFF:
                out.append(repeated(cnt))
            last_file = e.filename
            last_line = e.line
            last_name = e.name
            cnt = 0
        cnt += 1
        if cnt <= TB_RECURSIVE_CUTOFF:
            display_line(ec, e, out)
        i += 1
    if cnt > TB_RECURSIVE_CUTOFF:
        out.append(repeated(cnt))


def repeated(cnt: int) -> str:
    n = cnt - TB_RECURSIVE_CUTOFF
    return ("  [Previous line repeated " + str(n) + " more time"
            + ("s" if n > 1 else "") + "]\n")


def source_line(ec: ExecCtx, filename: str, line: int) -> str | None:
    if filename not in ec.space.sources:
        return None
    lines = ec.space.sources[filename]
    if line < 1 or line > len(lines):
        return None
    return lines[line - 1]


def display_line(ec: ExecCtx, e: TracebackEntry, out: list[str]) -> None:
    out.append("  File \"" + e.filename + "\", line " + str(e.line)
               + ", in " + e.name + "\n")
    raw = source_line(ec, e.filename, e.line)
    if raw is None:
        return
    ws = 0
    while ws < len(raw) and is_ws(raw[ws]):
        ws += 1
    stripped = raw[ws:]
    out.append("    " + stripped + "\n")
    if e.col < 0 or e.end_col < 0 or e.line != e.line:
        return
    start = e.col
    end = e.end_col
    left = -1
    right = -1
    primary = "^"
    secondary = "^"
    if e.line == e.end_line:
        a = anchors(raw[start:end])
        if a[0] >= 0:
            left = a[0] + start
            right = a[1] + start
            if a[2] == 1:
                primary = "~"
                secondary = "^"
    else:
        i = len(raw) - 1
        while i >= 0 and is_ws(raw[i]):
            i -= 1
        end = i + 1
    if end - start == len(raw) - ws and left < 0 and right < 0:
        return
    if end <= start:
        return
    line: list[str] = ["    "]
    k = ws
    while k < start:
        line.append(" ")
        k += 1
    special = left >= 0 or right >= 0
    c = start
    while c < end:
        if special and left <= c < right:
            line.append(secondary)
        else:
            line.append(primary)
        c += 1
    line.append("\n")
    out.append("".join(line))


def anchors(segment: str) -> list[int]:
    """[left, right, chars] of the ~^~ display of a segment that parses as
    a binary operation or a subscript; left -1 if none.  chars 1 means
    primary '~' / secondary '^'."""
    none: list[int] = [-1, -1, 0]
    if segment == "" or "\n" in segment:
        return none
    try:
        lx = Lexer(segment)
        toks = lx.tokenize()
        if lx.unclosed is not None:
            return none
        mod = Parser(toks).parse_module()
    except CompileError:
        return none
    if len(mod.body) != 1:
        return none
    st = mod.body[0]
    if not isinstance(st, ExprStmt):
        return none
    v = st.value
    if isinstance(v, BinOp):
        lend = v.left.end_col
        rcol = v.right.col
        if v.left.end_line != 1 or v.right.line != 1:
            return none
        result: list[int] = [-1, -1, 0]
        i = lend
        while i < rcol:
            if is_ws(segment[i]):
                i += 1
                continue
            result[0] = i
            result[1] = i + 1
            if i + 1 < rcol and not is_ws(segment[i + 1]):
                result[1] = i + 2
            if i + 1 < rcol and segment[i] == ")":
                i += 1
                continue
            result[2] = 1
            break
        return result
    if isinstance(v, Subscript):
        if v.value.end_line != 1 or v.index.end_line != 1:
            return none
        # the ~ part runs to the '[': past the value's closing parentheses
        left = v.value.end_col
        while left < len(segment) and (is_ws(segment[left])
                                       or segment[left] == ")"):
            left += 1
        return [left, v.index.end_col + 1, 1]
    return none


def format_syntax_error(ec: ExecCtx, e: W_BaseException,
                        out: list[str]) -> bool:
    w_fn = e.instance_get("filename")
    w_ln = e.instance_get("lineno")
    w_msg = e.instance_get("msg")
    if w_fn is None or w_ln is None or not isinstance(w_ln, W_Int):
        return False
    fn = str_value_of(w_fn)
    if fn is None:
        fn = "<string>"
    out.append("  File \"" + fn + "\", line " + str(w_ln.value) + "\n")
    w_text = e.instance_get("text")
    text = None if w_text is None else str_value_of(w_text)
    w_off = e.instance_get("offset")
    offset = w_off.value if isinstance(w_off, W_Int) else -1
    w_eoff = e.instance_get("end_offset")
    end_offset = w_eoff.value if isinstance(w_eoff, W_Int) else -1
    w_eln = e.instance_get("end_lineno")
    end_lineno = w_eln.value if isinstance(w_eln, W_Int) else w_ln.value
    if e.w_type.is_subtype(EXC_INDENTATION_ERROR):
        end_offset = -1
    if text is not None:
        if end_lineno > w_ln.value:
            end_offset = len(text)
        if end_offset > len(text) + 1:
            end_offset = len(text) + 1
        error_text(text, offset, end_offset, out)
    msg = "<no detail available>"
    if w_msg is not None and w_msg is not W_NONE:
        msg = str_str(ec, w_msg)
    out.append(type_label(e.w_type) + ": " + msg + "\n")
    return True


def error_text(text: str, offset: int, end_offset: int,
               out: list[str]) -> None:
    reps = end_offset - offset if end_offset > 0 and end_offset > offset \
        else 1
    offset -= 1
    i = 0
    while i < len(text) and is_ws(text[i]):
        i += 1
        offset -= 1
    t = text[i:]
    n = len(t)
    if n > 0 and t[n - 1] == "\n":
        n -= 1
    if offset > n:
        offset = n
    while True:
        nl = t.find("\n")
        if nl < 0 or nl >= offset:
            break
        t = t[nl + 1:]
        n -= nl + 1
        offset -= nl + 1
    line = t if not t.endswith("\n") else t[:-1]
    out.append("    " + line + "\n")
    if offset < 0:
        return
    out.append("    " + " " * offset + "^" * reps + "\n")


# ------------------------------------------------------------ suggestions

MAX_CANDIDATES = 750
MAX_STRING = 40
MOVE_COST = 2
CASE_COST = 1


def substitution_cost(a: str, b: str) -> int:
    oa = ord(a)
    ob = ord(b)
    if (oa & 31) != (ob & 31):
        return MOVE_COST
    if a == b:
        return 0
    if "A" <= a <= "Z":
        oa += 32
    if "A" <= b <= "Z":
        ob += 32
    if oa == ob:
        return CASE_COST
    return MOVE_COST


def levenshtein(a: str, b: str, max_cost: int) -> int:
    if a == b:
        return 0
    lo = 0
    while lo < len(a) and lo < len(b) and a[lo] == b[lo]:
        lo += 1
    a = a[lo:]
    b = b[lo:]
    while len(a) > 0 and len(b) > 0 and a[-1] == b[-1]:
        a = a[:-1]
        b = b[:-1]
    if len(a) == 0 or len(b) == 0:
        return (len(a) + len(b)) * MOVE_COST
    if len(a) > MAX_STRING or len(b) > MAX_STRING:
        return max_cost + 1
    if len(b) < len(a):
        t = a
        a = b
        b = t
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    buf: list[int] = []
    tmp = MOVE_COST
    for _ in a:
        buf.append(tmp)
        tmp += MOVE_COST
    result = 0
    bi = 0
    while bi < len(b):
        code = b[bi]
        distance = bi * MOVE_COST
        result = distance
        minimum = 1 << 60
        i = 0
        while i < len(a):
            substitute = distance + substitution_cost(code, a[i])
            distance = buf[i]
            insert_delete = (result if result < distance else distance) \
                + MOVE_COST
            result = insert_delete if insert_delete < substitute \
                else substitute
            buf[i] = result
            if result < minimum:
                minimum = result
            i += 1
        if minimum > max_cost:
            return max_cost + 1
        bi += 1
    return result


def best_match(candidates: list[str], name: str) -> str:
    if len(candidates) >= MAX_CANDIDATES:
        return ""
    best = ""
    best_dist = 1 << 60
    for item in candidates:
        if item == name:
            continue
        max_dist = (len(name) + len(item) + 3) * MOVE_COST // 6
        if best_dist - 1 < max_dist:
            max_dist = best_dist - 1
        d = levenshtein(name, item, max_dist)
        if d > max_dist:
            continue
        if best == "" or d < best_dist:
            best = item
            best_dist = d
    return best


def dict_keys(d: W_Dict) -> list[str]:
    out: list[str] = []
    for k in d.live_keys():
        s = str_value_of(k)
        if s is not None:
            out.append(s)
    return out


def suggest(ec: ExecCtx, e: W_BaseException) -> str:
    try:
        return suggest_unchecked(ec, e)
    except PyError:
        return ""


def suggest_unchecked(ec: ExecCtx, e: W_BaseException) -> str:
    t = e.w_type
    if t.is_subtype(EXC_NAME_ERROR) and not t.is_subtype(EXC_IMPORT_ERROR):
        w_name = e.instance_get("name")
        if w_name is None:
            return ""
        name = str_value_of(w_name)
        tb = e.traceback
        if name is None or tb is None:
            return ""
        while tb.next is not None:
            nxt = tb.next
            if nxt is None:
                break
            tb = nxt
        f = tb.frame
        if not isinstance(f, Frame):
            return ""
        s = best_match(list(f.code.varnames), name)
        if s != "":
            return s
        s = best_match(dict_keys(f.w_globals), name)
        if s != "":
            return s
        return best_match(dict_keys(ec.space.builtins_dict), name)
    if t.is_subtype(EXC_ATTRIBUTE_ERROR):
        w_name2 = e.instance_get("name")
        w_obj = e.instance_get("obj")
        if w_name2 is None or w_obj is None:
            return ""
        name2 = str_value_of(w_name2)
        if name2 is None:
            return ""
        return best_match(dir_names(ec, w_obj), name2)
    return ""


def dir_names(ec: ExecCtx, w: W_Object) -> list[str]:
    names: list[str] = []
    if isinstance(w, W_Module):
        names = dict_keys(w.w_dict)
    elif isinstance(w, W_Type):
        for t in w.mro:
            for k in t.tdict:
                if k not in names:
                    names.append(k)
        meta = w.get_type()
        for t2 in meta.mro:
            for k2 in t2.tdict:
                if k2 not in names:
                    names.append(k2)
    else:
        w_dir = getattr_or_none(ec, w, "__dir__")
        if w_dir is not None:
            from_dir = w_dir.call_args(ec, [], None)
            if isinstance(from_dir, W_List):
                for x in from_dir.items:
                    s = str_value_of(x)
                    if s is not None:
                        names.append(s)
    names.sort()
    return names
