"""The _sre module: the matcher under `re` (whose parser and objects are
Python source, pylib_re.py).  A pattern is compiled by re into a program,
a list of ints (the opcodes below, which this module exports so that the
two sides share one table), and run here by a backtracking machine.

The machine never recurses: choices are entries on an explicit stack
(ENTRY words each: kind, pc, pos, undo length, extra), and every register
write (group marks, lastindex, loop counters) is logged in an undo list,
so failing back to a choice restores the registers it saw.  A pattern
that backtracks exponentially takes long but needs no C stack.

Registers: 2 marks per group (group 1 first; -1 unset), then lastindex,
then 2 per general loop (iteration count, position at the last
iteration's start: an iteration that matched nothing ends the loop, as in
CPython)."""
from __future__ import annotations

from objects import (W_Object, W_Type, W_Int, W_List, W_Module, ExecCtx,
                     W_NONE, new_int, new_tuple, new_module, type_error,
                     builtinn, make_builtin_type, OBJECT_TYPE, LAYOUT_BUILTIN,
                     int_value, is_int, str_value_of, new_str, new_dict,
                     index_error, add_method1, add_method2, add_methodn,
                     add_method_kw, add_getset, getattr, STR_TYPE)
import bytesobject
import iterobject
import strobject
import typeobject

# --- opcodes (program words; operands follow the opcode)
OP_FAIL = 0
OP_SUCCESS = 1
OP_CHAR = 2           # c
OP_CHAR_I = 3         # c (folded): the subject's char folded equals c
OP_NOT_CHAR = 4       # c
OP_NOT_CHAR_I = 5     # c
OP_ANY = 6            # any char but "\n"
OP_ANY_ALL = 7
OP_CLASS = 8          # size negate (kind a b)*   size: the words after it
OP_CLASS_I = 9        # same, tried on the char, its lower, upper and folded case
OP_AT = 10            # AT_* kind
OP_SPLIT = 11         # first second: try first, on failure second
OP_JUMP = 12          # target
OP_MARK = 13          # register (odd: a group's end, sets lastindex)
OP_BACKREF = 14       # group
OP_BACKREF_I = 15     # group
OP_LOOP_INIT = 16     # loop
OP_LOOP = 17          # loop min max greedy exit: the loop's head, its body follows
OP_REPEAT_ONE = 18    # min max greedy: repeats the single-char op after it
OP_ASSERT = 19        # kind width end
OP_ASSERT_END = 20
OP_ATOMIC = 21        # (?>...) and possessive repeats: choices of the body
OP_ATOMIC_END = 22    # are dropped once it matched
OP_GROUP_EXISTS = 23  # group else: (?(g)yes|no)

# class item kinds
ITEM_RANGE = 0        # lo hi
ITEM_CATEGORY = 1     # CAT_* 0

# categories (\d \D \s \S \w \W)
CAT_DIGIT = 0
CAT_NOT_DIGIT = 1
CAT_SPACE = 2
CAT_NOT_SPACE = 3
CAT_WORD = 4
CAT_NOT_WORD = 5

# anchors
AT_BEGIN = 0          # ^
AT_BEGIN_LINE = 1     # ^ with MULTILINE
AT_BEGIN_STRING = 2   # \A
AT_END = 3            # $
AT_END_LINE = 4       # $ with MULTILINE
AT_END_STRING = 5     # \Z
AT_BOUNDARY = 6       # \b
AT_NON_BOUNDARY = 7   # \B

# assertion kinds
ASSERT_AHEAD = 0
ASSERT_NOT_AHEAD = 1
ASSERT_BEHIND = 2
ASSERT_NOT_BEHIND = 3

# match modes
MODE_MATCH = 0
MODE_FULLMATCH = 1
MODE_SEARCH = 2

# backtrack entry kinds
K_ALT = 0             # resume at pc, pos
K_GREEDY_ONE = 1      # a greedy single-char repeat: give back one char
K_LAZY_ONE = 2        # a lazy one: take one more char
K_LOOP_ITER = 3       # a lazy loop: run one more iteration
K_ASSERT = 4          # an assertion's start (pc: its ASSERT)
K_ATOMIC = 5          # an atomic group's start
ENTRY = 5

NAMES: list[tuple[str, int]] = [
    ("FAIL", OP_FAIL), ("SUCCESS", OP_SUCCESS), ("CHAR", OP_CHAR),
    ("CHAR_I", OP_CHAR_I), ("NOT_CHAR", OP_NOT_CHAR),
    ("NOT_CHAR_I", OP_NOT_CHAR_I), ("ANY", OP_ANY), ("ANY_ALL", OP_ANY_ALL),
    ("CLASS", OP_CLASS), ("CLASS_I", OP_CLASS_I), ("AT", OP_AT),
    ("SPLIT", OP_SPLIT), ("JUMP", OP_JUMP), ("MARK", OP_MARK),
    ("BACKREF", OP_BACKREF), ("BACKREF_I", OP_BACKREF_I),
    ("LOOP_INIT", OP_LOOP_INIT), ("LOOP", OP_LOOP),
    ("REPEAT_ONE", OP_REPEAT_ONE), ("ASSERT", OP_ASSERT),
    ("ASSERT_END", OP_ASSERT_END), ("ATOMIC", OP_ATOMIC),
    ("ATOMIC_END", OP_ATOMIC_END), ("GROUP_EXISTS", OP_GROUP_EXISTS),
    ("ITEM_RANGE", ITEM_RANGE), ("ITEM_CATEGORY", ITEM_CATEGORY),
    ("CAT_DIGIT", CAT_DIGIT), ("CAT_NOT_DIGIT", CAT_NOT_DIGIT),
    ("CAT_SPACE", CAT_SPACE), ("CAT_NOT_SPACE", CAT_NOT_SPACE),
    ("CAT_WORD", CAT_WORD), ("CAT_NOT_WORD", CAT_NOT_WORD),
    ("AT_BEGIN", AT_BEGIN), ("AT_BEGIN_LINE", AT_BEGIN_LINE),
    ("AT_BEGIN_STRING", AT_BEGIN_STRING), ("AT_END", AT_END),
    ("AT_END_LINE", AT_END_LINE), ("AT_END_STRING", AT_END_STRING),
    ("AT_BOUNDARY", AT_BOUNDARY), ("AT_NON_BOUNDARY", AT_NON_BOUNDARY),
    ("ASSERT_AHEAD", ASSERT_AHEAD), ("ASSERT_NOT_AHEAD", ASSERT_NOT_AHEAD),
    ("ASSERT_BEHIND", ASSERT_BEHIND),
    ("ASSERT_NOT_BEHIND", ASSERT_NOT_BEHIND),
    ("MODE_MATCH", MODE_MATCH), ("MODE_FULLMATCH", MODE_FULLMATCH),
    ("MODE_SEARCH", MODE_SEARCH)]


class W_Program(W_Object):
    """A compiled pattern: its words, its register count, and whether
    \\w, \\d, \\s and case folding are Unicode's (str patterns without
    ASCII) or ASCII's (bytes patterns, the ASCII flag)."""
    code: list[int]
    ngroups: int
    nregs: int
    uni: bool
    names: list[str]    # names[g]: group g's name, "" if it has none

    def __init__(self, code: list[int], ngroups: int, nloops: int,
                 uni: bool, names: list[str]) -> None:
        self.code = code
        self.ngroups = ngroups
        self.nregs = 2 * ngroups + 1 + 2 * nloops
        self.uni = uni
        self.names = names

    def get_type(self) -> W_Type:
        return PROGRAM_TYPE


PROGRAM_TYPE = make_builtin_type("_sre_program", OBJECT_TYPE, LAYOUT_BUILTIN)
PROGRAM_TYPE.module = "_sre"


# --- characters

def is_word(c: int, uni: bool) -> bool:
    if c < 128:
        return (97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57
                or c == 95)
    return uni and chr(c).isalnum()


def is_digit(c: int, uni: bool) -> bool:
    if c < 128:
        return 48 <= c <= 57
    return uni and chr(c).isdecimal()


def is_space(c: int, uni: bool) -> bool:
    if c < 128:
        return c == 32 or 9 <= c <= 13 or (uni and 28 <= c <= 31)
    return uni and chr(c).isspace()


def lower(c: int, uni: bool) -> int:
    """The simple lowercase of c (a full mapping of several chars keeps
    c, as CPython's sre_lower_unicode never yields one)."""
    if c < 128:
        return c + 32 if 65 <= c <= 90 else c
    if not uni:
        return c
    s = chr(c).lower()
    return ord(s) if len(s) == 1 else c


def upper(c: int, uni: bool) -> int:
    if c < 128:
        return c - 32 if 97 <= c <= 122 else c
    if not uni:
        return c
    s = chr(c).upper()
    return ord(s) if len(s) == 1 else c


def fold(c: int, uni: bool) -> int:
    """The char c stands for under IGNORECASE: the lowercase of its
    uppercase, so that chars with one uppercase match each other (s and
    LONG S, i and DOTLESS I), as CPython's case-fix tables make them."""
    if c < 128 or not uni:
        return lower(c, uni)
    return lower(upper(c, uni), uni)


def category(cat: int, c: int, uni: bool) -> bool:
    if cat == CAT_DIGIT:
        return is_digit(c, uni)
    if cat == CAT_NOT_DIGIT:
        return not is_digit(c, uni)
    if cat == CAT_SPACE:
        return is_space(c, uni)
    if cat == CAT_NOT_SPACE:
        return not is_space(c, uni)
    if cat == CAT_WORD:
        return is_word(c, uni)
    return not is_word(c, uni)


def in_items(code: list[int], pc: int, c: int, uni: bool) -> bool:
    """Whether c is one of the items of the class at pc (its CLASS word),
    negation aside."""
    end = pc + 2 + code[pc + 1]
    i = pc + 3
    while i < end:
        if code[i] == ITEM_RANGE:
            if code[i + 1] <= c <= code[i + 2]:
                return True
        elif category(code[i + 1], c, uni):
            return True
        i += 3
    return False


def in_class(code: list[int], pc: int, c: int, uni: bool) -> bool:
    found = in_items(code, pc, c, uni)
    if not found and code[pc] == OP_CLASS_I:
        lc = lower(c, uni)
        found = lc != c and in_items(code, pc, lc, uni)
        if not found:
            uc = upper(c, uni)
            found = uc != c and in_items(code, pc, uc, uni)
        if not found:
            fc = fold(c, uni)
            found = fc != c and fc != lc and in_items(code, pc, fc, uni)
    return found != (code[pc + 2] != 0)


def single(prog: W_Program, pc: int, c: int) -> bool:
    """Whether the single-char op at pc accepts the char c."""
    code = prog.code
    op = code[pc]
    if op == OP_CHAR:
        return c == code[pc + 1]
    if op == OP_CLASS or op == OP_CLASS_I:
        return in_class(code, pc, c, prog.uni)
    if op == OP_ANY:
        return c != 10
    if op == OP_ANY_ALL:
        return True
    if op == OP_CHAR_I:
        return fold(c, prog.uni) == code[pc + 1]
    if op == OP_NOT_CHAR:
        return c != code[pc + 1]
    return fold(c, prog.uni) != code[pc + 1]


def single_size(code: list[int], pc: int) -> int:
    op = code[pc]
    if op == OP_CLASS or op == OP_CLASS_I:
        return 2 + code[pc + 1]
    if op == OP_ANY or op == OP_ANY_ALL:
        return 1
    return 2


def word_at(s: str, i: int, end: int, uni: bool) -> bool:
    return 0 <= i < end and is_word(ord(s[i]), uni)


def at(kind: int, s: str, pos: int, end: int, uni: bool) -> bool:
    if kind == AT_BEGIN or kind == AT_BEGIN_STRING:
        return pos == 0
    if kind == AT_BEGIN_LINE:
        return pos == 0 or ord(s[pos - 1]) == 10
    if kind == AT_END:
        return pos == end or (pos + 1 == end and ord(s[pos]) == 10)
    if kind == AT_END_LINE:
        # a match(pos > endpos) may look past the end, as CPython's
        return pos == end or (pos < len(s) and ord(s[pos]) == 10)
    if kind == AT_END_STRING:
        return pos == end
    if end == 0:
        return False      # CPython: no boundary (nor non-boundary) in ''
    before = word_at(s, pos - 1, end, uni)
    after = word_at(s, pos, end, uni)
    return (before != after) == (kind == AT_BOUNDARY)


def may_start(prog: W_Program, pc: int, s: str, pos: int, end: int) -> bool:
    """False when the code at pc cannot match at pos because its first
    char-consuming op rejects s[pos] (marks before it change nothing once
    it fails): an alternative of a tokenizer's pattern is then skipped
    without a choice being stacked."""
    code = prog.code
    while code[pc] == OP_MARK:
        pc += 2
    op = code[pc]
    if op == OP_REPEAT_ONE:
        if code[pc + 1] == 0:
            return True
        pc += 4
        op = code[pc]
    if op == OP_CHAR or op == OP_CLASS or op == OP_CLASS_I or \
            op == OP_CHAR_I or op == OP_NOT_CHAR or op == OP_NOT_CHAR_I or \
            op == OP_ANY or op == OP_ANY_ALL:
        return pos < end and single(prog, pc, ord(s[pos]))
    return True


# --- the machine

class Machine:
    """One run of a program over s[:end] from a start position."""
    prog: W_Program
    s: str
    end: int
    mode: int
    advance_from: int   # a match may not end here (-1: anywhere)
    regs: list[int]
    undo: list[int]     # register, old value pairs
    stack: list[int]    # ENTRY words per choice
    match_end: int
    pc: int             # where step() resumes after a backtrack

    def __init__(self, prog: W_Program, s: str, end: int, mode: int) -> None:
        self.prog = prog
        self.s = s
        self.end = end
        self.mode = mode
        self.advance_from = -1
        self.regs = [-1] * prog.nregs
        self.undo = []
        self.stack = []
        self.match_end = -1
        self.pc = 0

    def reset(self) -> None:
        regs = self.regs
        for i in range(len(regs)):
            regs[i] = -1
        # most runs fail at their first char, leaving both empty
        if len(self.undo) > 0:
            del self.undo[:]
        if len(self.stack) > 0:
            del self.stack[:]

    def set_reg(self, r: int, v: int) -> None:
        self.undo.append(r)
        self.undo.append(self.regs[r])
        self.regs[r] = v

    def rewind(self, n: int) -> None:
        undo = self.undo
        regs = self.regs
        while len(undo) > n:
            old = undo.pop()
            regs[undo.pop()] = old

    def push(self, kind: int, pc: int, pos: int, extra: int) -> None:
        st = self.stack
        st.append(kind)
        st.append(pc)
        st.append(pos)
        st.append(len(self.undo))
        st.append(extra)

    def find_entry(self, kind: int) -> int:
        """The index of the innermost entry of kind (an assertion's or an
        atomic group's start: the choices above it are its body's)."""
        st = self.stack
        i = len(st) - ENTRY
        while st[i] != kind:
            i -= ENTRY
        return i

    def backtrack(self) -> int:
        """Resumes the latest choice: returns its position, with self.pc
        set, or -1 when none is left."""
        st = self.stack
        code = self.prog.code
        while len(st) > 0:
            top = len(st) - ENTRY
            kind = st[top]
            pc = st[top + 1]
            pos = st[top + 2]
            self.rewind(st[top + 3])
            if kind == K_ALT:
                del st[top:]
                self.pc = pc
                return pos
            if kind == K_GREEDY_ONE:
                # pc: the REPEAT_ONE; extra: the fewest chars' end
                if pos - 1 >= st[top + 4]:
                    st[top + 2] = pos - 1
                    self.pc = pc + 4 + single_size(code, pc + 4)
                    return pos - 1
                del st[top:]
            elif kind == K_LAZY_ONE:
                # extra: the most chars' end
                if pos < st[top + 4] and single(self.prog, pc + 4,
                                                ord(self.s[pos])):
                    st[top + 2] = pos + 1
                    self.pc = pc + 4 + single_size(code, pc + 4)
                    return pos + 1
                del st[top:]
            elif kind == K_LOOP_ITER:
                del st[top:]
                self.iterate(pc, pos)
                return pos
            elif kind == K_ASSERT:
                del st[top:]
                if code[pc + 1] == ASSERT_NOT_AHEAD or \
                        code[pc + 1] == ASSERT_NOT_BEHIND:
                    self.pc = code[pc + 3]
                    return pos
            else:
                del st[top:]
        return -1

    def iterate(self, pc: int, pos: int) -> None:
        """Starts one more iteration of the loop whose head is at pc."""
        r = self.prog.code[pc + 1]
        self.set_reg(r, self.regs[r] + 1)
        self.set_reg(r + 1, pos)
        self.pc = pc + 6

    def loop_head(self, pc: int, pos: int) -> int:
        """At a LOOP word: iterate (returns pos), leave the loop, or stack
        the other choice first.  Returns -1 to fail."""
        code = self.prog.code
        r = code[pc + 1]
        count = self.regs[r]
        if count < code[pc + 2]:
            self.iterate(pc, pos)
            return pos
        maxc = code[pc + 3]
        if (maxc < 0 or count < maxc) and pos != self.regs[r + 1]:
            if code[pc + 4] != 0:
                self.push(K_ALT, code[pc + 5], pos, 0)
                self.iterate(pc, pos)
            else:
                self.push(K_LOOP_ITER, pc, pos, 0)
                self.pc = code[pc + 5]
            return pos
        self.pc = code[pc + 5]
        return pos

    def repeat_one(self, pc: int, pos: int) -> int:
        code = self.prog.code
        minc = code[pc + 1]
        maxc = code[pc + 2]
        limit = self.end if maxc < 0 else min(self.end, pos + maxc)
        op_pc = pc + 4
        if code[pc + 3] != 0:
            p = pos
            while p < limit and single(self.prog, op_pc, ord(self.s[p])):
                p += 1
            if p - pos < minc:
                return -1
            if p - pos > minc:
                self.push(K_GREEDY_ONE, pc, p, pos + minc)
        else:
            p = pos
            while p < pos + minc:
                if p >= limit or not single(self.prog, op_pc,
                                            ord(self.s[p])):
                    return -1
                p += 1
            if p < limit:
                self.push(K_LAZY_ONE, pc, p, limit)
        self.pc = op_pc + single_size(code, op_pc)
        return p

    def backref(self, g: int, pos: int, fold_case: bool) -> int:
        start = self.regs[2 * g - 2]
        stop = self.regs[2 * g - 1]
        if start < 0 or stop < 0:
            return -1
        n = stop - start
        if pos + n > self.end:
            return -1
        s = self.s
        uni = self.prog.uni
        for k in range(n):
            a = ord(s[start + k])
            b = ord(s[pos + k])
            if a != b and not (fold_case and fold(a, uni) == fold(b, uni)):
                return -1
        return pos + n

    def assert_start(self, pc: int, pos: int) -> int:
        code = self.prog.code
        kind = code[pc + 1]
        p = pos
        if kind == ASSERT_BEHIND or kind == ASSERT_NOT_BEHIND:
            p = pos - code[pc + 2]
            if p < 0:
                if kind == ASSERT_NOT_BEHIND:
                    self.pc = code[pc + 3]
                    return pos
                return -1
        self.push(K_ASSERT, pc, pos, 0)
        self.pc = pc + 4
        return p

    def assert_end(self) -> int:
        st = self.stack
        i = self.find_entry(K_ASSERT)
        pc = st[i + 1]
        pos = st[i + 2]
        del st[i:]
        kind = self.prog.code[pc + 1]
        if kind == ASSERT_NOT_AHEAD or kind == ASSERT_NOT_BEHIND:
            return -1
        self.pc = self.prog.code[pc + 3]
        return pos

    def step(self, pos: int) -> int:
        """Runs from self.pc at pos until SUCCESS (returns the end) or
        until no choice is left (returns -1)."""
        prog = self.prog
        code = prog.code
        s = self.s
        end = self.end
        uni = prog.uni
        pc = self.pc
        while True:
            op = code[pc]
            if op == OP_CHAR:
                if pos < end and ord(s[pos]) == code[pc + 1]:
                    pos += 1
                    pc += 2
                    continue
                pos = -1
            elif op == OP_REPEAT_ONE:
                pos = self.repeat_one(pc, pos)
                pc = self.pc
            elif op == OP_CLASS or op == OP_CLASS_I:
                if pos < end and in_class(code, pc, ord(s[pos]), uni):
                    pos += 1
                    pc += 2 + code[pc + 1]
                    continue
                pos = -1
            elif op == OP_MARK:
                r = code[pc + 1]
                self.set_reg(r, pos)
                if r & 1 == 1:
                    self.set_reg(2 * prog.ngroups, r // 2 + 1)
                pc += 2
                continue
            elif op == OP_SPLIT:
                if may_start(prog, code[pc + 1], s, pos, end):
                    self.push(K_ALT, code[pc + 2], pos, 0)
                    pc = code[pc + 1]
                else:
                    pc = code[pc + 2]
                continue
            elif op == OP_JUMP:
                pc = code[pc + 1]
                continue
            elif op == OP_SUCCESS:
                if (self.mode != MODE_FULLMATCH or pos == end) and \
                        pos != self.advance_from:
                    return pos
                pos = -1
            elif op == OP_ANY or op == OP_ANY_ALL or op == OP_NOT_CHAR or \
                    op == OP_CHAR_I or op == OP_NOT_CHAR_I:
                if pos < end and single(prog, pc, ord(s[pos])):
                    pos += 1
                    pc += single_size(code, pc)
                    continue
                pos = -1
            elif op == OP_AT:
                if at(code[pc + 1], s, pos, end, uni):
                    pc += 2
                    continue
                pos = -1
            elif op == OP_LOOP_INIT:
                r = code[pc + 1]
                self.set_reg(r, 0)
                self.set_reg(r + 1, -1)
                pc += 2
                continue
            elif op == OP_LOOP:
                pos = self.loop_head(pc, pos)
                pc = self.pc
            elif op == OP_BACKREF or op == OP_BACKREF_I:
                pos = self.backref(code[pc + 1], pos, op == OP_BACKREF_I)
                pc += 2
            elif op == OP_ASSERT:
                pos = self.assert_start(pc, pos)
                pc = self.pc
            elif op == OP_ASSERT_END:
                pos = self.assert_end()
                pc = self.pc
            elif op == OP_ATOMIC:
                self.push(K_ATOMIC, pc, pos, 0)
                pc += 1
                continue
            elif op == OP_ATOMIC_END:
                del self.stack[self.find_entry(K_ATOMIC):]
                pc += 1
                continue
            elif op == OP_GROUP_EXISTS:
                g = code[pc + 1]
                if self.regs[2 * g - 2] >= 0 and self.regs[2 * g - 1] >= 0:
                    pc += 3
                else:
                    pc = code[pc + 2]
                continue
            else:
                pos = -1
            if pos < 0:
                pos = self.backtrack()
                if pos < 0:
                    return -1
                pc = self.pc

    def run(self, start: int) -> int:
        self.reset()
        self.pc = 0
        return self.step(start)


def first_char(prog: W_Program) -> int:
    """The char every match starts with, or -1 (searches skip to it)."""
    code = prog.code
    pc = 0
    while code[pc] == OP_MARK:
        pc += 2
    return code[pc + 1] if code[pc] == OP_CHAR else -1


def search(m: Machine, pos: int) -> int:
    """Tries each start from pos on; returns the start of the first match
    (m.match_end its end) or -1."""
    c = first_char(m.prog)
    while pos <= m.end:
        if c >= 0:
            pos = m.s.find(chr(c), pos, m.end)
            if pos < 0:
                return -1
        e = m.run(pos)
        if e >= 0:
            m.match_end = e
            return pos
        pos += 1
    return -1


def subject_of(w: W_Object) -> str:
    s = str_value_of(w)
    if s is None:
        s = bytesobject.bytes_of(w)
    if s is None:
        raise type_error("expected string or bytes-like object, got '"
                         + w.type_name() + "'")
    return s


def int_arg(w: W_Object) -> int:
    if not is_int(w):
        raise type_error("'" + w.type_name() + "' object cannot be "
                         "interpreted as an integer")
    return int_value(w)


def s_compile(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """compile(code, ngroups, nloops, uni, names): names is the list of
    the groups' names (None for group 0 and the unnamed ones)."""
    w_code = args[0]
    w_names = args[4]
    if not isinstance(w_code, W_List) or not isinstance(w_names, W_List):
        raise type_error("_sre.compile: code and names must be lists")
    code: list[int] = []
    for w in w_code.items:
        code.append(int_arg(w))
    names: list[str] = []
    for w in w_names.items:
        name = str_value_of(w)
        names.append("" if name is None else name)
    return W_Program(code, int_arg(args[1]), int_arg(args[2]),
                     args[3].is_true(ec), names)


def clip(v: int, n: int) -> int:
    if v < 0:
        return 0
    return n if v > n else v


# --- Match objects, finditer and findall
#
# The Python side of re (pylib_re.py) checks the subject against the
# pattern's kind and gives the text to search (a str, or the bytes of a
# bytes-like subject); matches are made here, so a finditer loop runs no
# Python code of re's (retok 100: 1.16 G -> N instructions).

class Subject:
    """What a search runs over and what its matches report: the Pattern
    object, the string given, and its text (kept as a str; bytes: one
    char per byte, and groups are bytes again)."""
    w_pattern: W_Object
    w_string: W_Object
    text: str
    is_bytes: bool
    prog: W_Program

    def __init__(self, w_pattern: W_Object, w_prog: W_Object,
                 w_string: W_Object, w_text: W_Object) -> None:
        if not isinstance(w_prog, W_Program):
            raise type_error("_sre: not a program")
        self.w_pattern = w_pattern
        self.w_string = w_string
        self.text = subject_of(w_text)
        self.is_bytes = str_value_of(w_text) is None
        self.prog = w_prog

    def piece(self, a: int, b: int) -> W_Object:
        if self.is_bytes:
            return bytesobject.W_Bytes(self.text[a:b])
        return new_str(self.text[a:b])


class W_Match(W_Object):
    """re.Match.  spans[2g], spans[2g + 1]: where group g (0: the whole
    match) starts and ends, -1 both if it did not take part."""
    subj: Subject
    pos: int
    endpos: int
    spans: list[int]
    lastindex: int

    def __init__(self, subj: Subject, pos: int, endpos: int, m: Machine,
                 start: int) -> None:
        self.subj = subj
        n = len(subj.text)
        self.pos = clip(pos, n)
        self.endpos = clip(endpos, n)
        regs = m.regs
        ngroups = subj.prog.ngroups
        spans = [-1] * (2 * ngroups + 2)
        spans[0] = start
        spans[1] = m.match_end
        for g in range(ngroups):
            a = regs[2 * g]
            b = regs[2 * g + 1]
            if a >= 0 and b >= 0:
                spans[2 * g + 2] = a
                spans[2 * g + 3] = b
        self.spans = spans
        self.lastindex = regs[2 * ngroups]

    def get_type(self) -> W_Type:
        return MATCH_TYPE

    def group_or(self, g: int, w_default: W_Object) -> W_Object:
        a = self.spans[2 * g]
        if a < 0:
            return w_default
        return self.subj.piece(a, self.spans[2 * g + 1])

    def index(self, w_g: W_Object) -> int:
        """The group number w_g names (an int or a group's name)."""
        prog = self.subj.prog
        if is_int(w_g):
            g = int_value(w_g)
            if 0 <= g <= prog.ngroups:
                return g
        else:
            name = str_value_of(w_g)
            if name is not None and name != "":
                for g in range(1, len(prog.names)):
                    if prog.names[g] == name:
                        return g
        raise index_error("no such group")

    def repr_str(self, ec: ExecCtx) -> str:
        text = self.group_or(0, W_NONE).repr_str(ec)
        return ("<re.Match object; span=(" + str(self.spans[0]) + ", "
                + str(self.spans[1]) + "), match=" + text[:50] + ">")


def self_match(w: W_Object) -> W_Match:
    if not isinstance(w, W_Match):
        raise type_error("descriptor requires a 're.Match' object but "
                         "received '" + w.type_name() + "'")
    return w


def one_search(m: Machine, pos: int, mode: int, advance: bool) -> int:
    """The start of the match at or after pos (mode), -1 if none;
    advance: an empty match at pos is refused (after an empty match:
    finditer, findall, as CPython's state.must_advance)."""
    m.advance_from = pos if advance else -1
    if mode == MODE_SEARCH:
        return search(m, pos)
    # pos > endpos runs too: CPython's match('', 2, 1) is (2, 2)
    m.match_end = m.run(pos)
    return pos if m.match_end >= 0 else -1


def s_run(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """run(pattern, program, string, text, pos, endpos, mode): the Match
    of pattern.match/fullmatch/search, or None."""
    subj = Subject(args[0], args[1], args[2], args[3])
    n = len(subj.text)
    pos = int_arg(args[4])
    endpos = int_arg(args[5])
    mode = int_arg(args[6])
    m = Machine(subj.prog, subj.text, clip(endpos, n), mode)
    start = one_search(m, clip(pos, n), mode, False)
    if start < 0:
        return W_NONE
    return W_Match(subj, pos, endpos, m, start)


class W_MatchIter(W_Object):
    """The iterator of finditer: one machine for all its searches."""
    subj: Subject
    m: Machine
    pos: int            # where the next search starts
    start: int          # the pos every match reports
    endpos: int
    advance: bool       # the last match was empty: the next must not be
    done: bool

    def __init__(self, subj: Subject, pos: int, endpos: int) -> None:
        n = len(subj.text)
        self.subj = subj
        self.endpos = clip(endpos, n)
        self.m = Machine(subj.prog, subj.text, self.endpos, MODE_SEARCH)
        self.start = clip(pos, n)
        self.pos = self.start
        self.advance = False
        self.done = False

    def get_type(self) -> W_Type:
        return MATCH_ITER_TYPE

    def iter(self, ec: ExecCtx) -> W_Object:
        return self

    def next_start(self) -> int:
        """Runs the next search: its start (self.m has the rest), or -1
        once there is none."""
        if self.done or self.pos > self.endpos:
            self.done = True
            return -1
        m = self.m
        start = one_search(m, self.pos, MODE_SEARCH, self.advance)
        if start < 0:
            self.done = True
            return -1
        self.advance = start == m.match_end
        self.pos = m.match_end
        return start

    def next_value(self, ec: ExecCtx) -> W_Object | None:
        start = self.next_start()
        if start < 0:
            return None
        return W_Match(self.subj, self.start, self.endpos, self.m, start)


def s_finditer(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """finditer(pattern, program, string, text, pos, endpos)"""
    subj = Subject(args[0], args[1], args[2], args[3])
    return W_MatchIter(subj, int_arg(args[4]), int_arg(args[5]))


def found_item(it: W_MatchIter, start: int, w_empty: W_Object) -> W_Object:
    """An item of findall's list: the match, its one group or the tuple
    of its groups (unmatched groups: w_empty)."""
    subj = it.subj
    regs = it.m.regs
    ngroups = subj.prog.ngroups
    if ngroups == 0:
        return subj.piece(start, it.m.match_end)
    items: list[W_Object] = []
    for g in range(ngroups):
        a = regs[2 * g]
        b = regs[2 * g + 1]
        items.append(w_empty if a < 0 or b < 0 else subj.piece(a, b))
    if ngroups == 1:
        return items[0]
    return new_tuple(items)


def s_findall(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """findall(pattern, program, string, text, pos, endpos)"""
    subj = Subject(args[0], args[1], args[2], args[3])
    it = W_MatchIter(subj, int_arg(args[4]), int_arg(args[5]))
    w_empty = subj.piece(0, 0)
    out: list[W_Object] = []
    start = it.next_start()
    while start >= 0:
        out.append(found_item(it, start, w_empty))
        start = it.next_start()
    return W_List(out)


def add_replacement(ec: ExecCtx, it: W_MatchIter, start: int,
                    w_repl: W_Object, parts: list[W_Object]) -> None:
    """Appends what replaces the match at start to parts: the callable
    w_repl's result (None: nothing), or the template's pieces (a list of
    texts and group numbers; unmatched groups give nothing)."""
    if not isinstance(w_repl, W_List):
        w_match = W_Match(it.subj, it.start, it.endpos, it.m, start)
        w = w_repl.call_args(ec, [w_match], None)
        if w is not W_NONE:
            parts.append(w)
        return
    regs = it.m.regs
    for w in w_repl.items:
        if not is_int(w):
            parts.append(w)
            continue
        g = int_value(w)
        a = start if g == 0 else regs[2 * g - 2]
        b = it.m.match_end if g == 0 else regs[2 * g - 1]
        if a >= 0 and b >= 0:
            parts.append(it.subj.piece(a, b))


def whole_text(subj: Subject, w_text: W_Object) -> W_Object:
    """sub's result when nothing matched: the text itself if it is an
    exact str or bytes, else an exact copy (as CPython)."""
    t = w_text.get_type()
    if t is STR_TYPE or t is bytesobject.BYTES_TYPE:
        return w_text
    return subj.piece(0, len(subj.text))


def s_subn(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """subn(pattern, program, string, text, repl, count) -> (new text,
    number of matches replaced); count 0: all of them.  Empty texts
    between matches are left out, so a bad replacement's "sequence item"
    index is CPython's."""
    subj = Subject(args[0], args[1], args[2], args[3])
    w_repl = args[4]
    count = int_arg(args[5])
    n = len(subj.text)
    it = W_MatchIter(subj, 0, n)
    parts: list[W_Object] = []
    last = 0
    done = 0
    while count == 0 or done < count:
        start = it.next_start()
        if start < 0:
            break
        if start > last:
            parts.append(subj.piece(last, start))
        add_replacement(ec, it, start, w_repl, parts)
        last = it.m.match_end
        done += 1
    if done == 0:
        return new_tuple([whole_text(subj, args[3]), new_int(0)])
    if last < n:
        parts.append(subj.piece(last, n))
    w_sep = subj.piece(0, 0)
    if subj.is_bytes:
        w_new = bytesobject.m_join(ec, w_sep, W_List(parts))
    else:
        w_new = strobject.m_join(ec, w_sep, W_List(parts))
    return new_tuple([w_new, new_int(done)])


# --- re.Match's methods and attributes (CPython's: group, start, end
# and span take their group positionally; groups, groupdict and expand
# also by keyword)

def m_group(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    mo = self_match(args[0])
    if len(args) == 1:
        return mo.group_or(0, W_NONE)
    if len(args) == 2:
        return mo.group_or(mo.index(args[1]), W_NONE)
    items: list[W_Object] = []
    for i in range(1, len(args)):
        items.append(mo.group_or(mo.index(args[i]), W_NONE))
    return new_tuple(items)


def m_getitem(ec: ExecCtx, w: W_Object, w_g: W_Object) -> W_Object:
    mo = self_match(w)
    return mo.group_or(mo.index(w_g), W_NONE)


def one_arg(fname: str, kw: str, args: list[W_Object],
            kwnames: list[str] | None, required: bool) -> W_Object | None:
    """The one argument after self of groups, groupdict (optional) and
    expand (required), by position or as kw, with CPython's messages."""
    nkw = 0 if kwnames is None else len(kwnames)
    given = len(args) - 1
    if given > 1:
        which = "keyword " if given == nkw and not required else ""
        raise type_error(fname + "() takes at most 1 " + which
                         + "argument (" + str(given) + " given)")
    if kwnames is not None and kwnames[0] != kw:
        if not required:
            raise type_error("'" + kwnames[0] + "' is an invalid keyword "
                             "argument for " + fname + "()")
        given = 0
    if given == 1:
        return args[1]
    if required:
        raise type_error(fname + "() missing required argument '" + kw
                         + "' (pos 1)")
    return None


def default_arg(fname: str, args: list[W_Object],
                kwnames: list[str] | None) -> W_Object:
    w = one_arg(fname, "default", args, kwnames, False)
    return W_NONE if w is None else w


def m_groups(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    mo = self_match(args[0])
    w_default = default_arg("groups", args, kwnames)
    items: list[W_Object] = []
    for g in range(1, mo.subj.prog.ngroups + 1):
        items.append(mo.group_or(g, w_default))
    return new_tuple(items)


def m_groupdict(ec: ExecCtx, args: list[W_Object],
                kwnames: list[str] | None) -> W_Object:
    mo = self_match(args[0])
    w_default = default_arg("groupdict", args, kwnames)
    d = new_dict()
    names = mo.subj.prog.names
    for g in range(1, len(names)):
        if names[g] != "":
            d.set_str(ec, names[g], mo.group_or(g, w_default))
    return d


def span_arg(fname: str, args: list[W_Object]) -> int:
    """2 * the group number of start/end/span's argument (0 if none)."""
    mo = self_match(args[0])
    if len(args) == 1:
        return 0
    if len(args) > 2:
        raise type_error(fname + " expected at most 1 argument, got "
                         + str(len(args) - 1))
    return 2 * mo.index(args[1])


def m_start(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(self_match(args[0]).spans[span_arg("start", args)])


def m_end(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(self_match(args[0]).spans[span_arg("end", args) + 1])


def span_tuple(mo: W_Match, i: int) -> W_Object:
    return new_tuple([new_int(mo.spans[i]), new_int(mo.spans[i + 1])])


def m_span(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return span_tuple(self_match(args[0]), span_arg("span", args))


def m_expand(ec: ExecCtx, args: list[W_Object],
             kwnames: list[str] | None) -> W_Object:
    """The template's text is parsed by re's Python side:
    pattern._expand(match, template)."""
    mo = self_match(args[0])
    w_template = one_arg("expand", "template", args, kwnames, True)
    assert w_template is not None
    w_expand = getattr(ec, mo.subj.w_pattern, "_expand")
    return w_expand.call_args(ec, [mo, w_template], None)


def m_new(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    raise type_error("cannot create 're.Match' instances")


def m_repr(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_str(self_match(w).repr_str(ec))


def m_copy(ec: ExecCtx, w: W_Object) -> W_Object:
    return self_match(w)


def m_deepcopy(ec: ExecCtx, w: W_Object, w_memo: W_Object) -> W_Object:
    return self_match(w)


def g_regs(ec: ExecCtx, w: W_Object) -> W_Object:
    mo = self_match(w)
    items: list[W_Object] = []
    for i in range(0, len(mo.spans), 2):
        items.append(span_tuple(mo, i))
    return new_tuple(items)


def g_lastindex(ec: ExecCtx, w: W_Object) -> W_Object:
    i = self_match(w).lastindex
    return W_NONE if i < 0 else new_int(i)


def g_lastgroup(ec: ExecCtx, w: W_Object) -> W_Object:
    mo = self_match(w)
    names = mo.subj.prog.names
    i = mo.lastindex
    if i < 0 or i >= len(names) or names[i] == "":
        return W_NONE
    return new_str(names[i])


def g_re(ec: ExecCtx, w: W_Object) -> W_Object:
    return self_match(w).subj.w_pattern


def g_string(ec: ExecCtx, w: W_Object) -> W_Object:
    return self_match(w).subj.w_string


def g_pos(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_match(w).pos)


def g_endpos(ec: ExecCtx, w: W_Object) -> W_Object:
    return new_int(self_match(w).endpos)


MATCH_TYPE = make_builtin_type("Match", OBJECT_TYPE, LAYOUT_BUILTIN)
MATCH_TYPE.module = "re"
MATCH_ITER_TYPE = make_builtin_type("callable_iterator", OBJECT_TYPE,
                                    LAYOUT_BUILTIN)


def install() -> None:
    t = MATCH_TYPE
    add_methodn(t, "group", m_group, 1, -1)
    add_method2(t, "__getitem__", m_getitem)
    add_method_kw(t, "groups", m_groups)
    add_method_kw(t, "groupdict", m_groupdict)
    typeobject.add_static_newn(t, m_new, 0, -1)
    add_methodn(t, "start", m_start, 1, -1)
    add_methodn(t, "end", m_end, 1, -1)
    add_methodn(t, "span", m_span, 1, -1)
    add_method_kw(t, "expand", m_expand)
    add_method1(t, "__repr__", m_repr)
    add_method1(t, "__copy__", m_copy)
    add_method2(t, "__deepcopy__", m_deepcopy)
    add_getset(t, "regs", g_regs, None)
    add_getset(t, "lastindex", g_lastindex, None)
    add_getset(t, "lastgroup", g_lastgroup, None)
    add_getset(t, "re", g_re, None)
    add_getset(t, "string", g_string, None)
    add_getset(t, "pos", g_pos, None)
    add_getset(t, "endpos", g_endpos, None)
    t.compute_flags()
    add_method1(MATCH_ITER_TYPE, "__iter__", iterobject.iter_self)
    add_method1(MATCH_ITER_TYPE, "__next__", iterobject.iter_next)
    MATCH_ITER_TYPE.compute_flags()


def make_sre(ec: ExecCtx) -> W_Module:
    m = new_module("_sre")
    m.set("compile", builtinn("compile", s_compile, 5, 5))
    m.set("run", builtinn("run", s_run, 7, 7))
    m.set("finditer", builtinn("finditer", s_finditer, 6, 6))
    m.set("findall", builtinn("findall", s_findall, 6, 6))
    m.set("subn", builtinn("subn", s_subn, 6, 6))
    m.set("Match", MATCH_TYPE)
    for name, value in NAMES:
        m.set(name, new_int(value))
    return m
