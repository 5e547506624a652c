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
                     int_value, is_int, str_value_of)
import bytesobject

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

    def __init__(self, code: list[int], ngroups: int, nloops: int,
                 uni: bool) -> None:
        self.code = code
        self.ngroups = ngroups
        self.nregs = 2 * ngroups + 1 + 2 * nloops
        self.uni = uni

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
        del self.undo[:]
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
        raise type_error("an integer is required")
    return int_value(w)


def s_compile(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """compile(code, ngroups, nloops, uni)"""
    w_code = args[0]
    if not isinstance(w_code, W_List):
        raise type_error("_sre.compile: code must be a list")
    code: list[int] = []
    for w in w_code.items:
        code.append(int_arg(w))
    return W_Program(code, int_arg(args[1]), int_arg(args[2]),
                     args[3].is_true(ec))


def clip(v: int, n: int) -> int:
    if v < 0:
        return 0
    return n if v > n else v


def s_run(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """run(program, subject, pos, endpos, mode, must_advance): None, or
    the tuple (start, end, lastindex, group 1 start, group 1 end, ...).
    must_advance (after an empty match at pos: findall, sub, split)
    refuses an empty match at pos, as CPython's state.must_advance."""
    prog = args[0]
    if not isinstance(prog, W_Program):
        raise type_error("_sre.run: not a program")
    s = subject_of(args[1])
    end = clip(int_arg(args[3]), len(s))
    pos = clip(int_arg(args[2]), len(s))
    mode = int_arg(args[4])
    m = Machine(prog, s, end, mode)
    if args[5].is_true(ec):
        m.advance_from = pos
    if mode == MODE_SEARCH:
        start = search(m, pos)
    else:
        # pos > endpos runs too: CPython's match('', 2, 1) is (2, 2)
        start = pos
        m.match_end = m.run(pos)
        if m.match_end < 0:
            start = -1
    if start < 0:
        return W_NONE
    out: list[W_Object] = [new_int(start), new_int(m.match_end)]
    out.append(new_int(m.regs[2 * prog.ngroups]))
    for g in range(prog.ngroups):
        a = m.regs[2 * g]
        b = m.regs[2 * g + 1]
        if a < 0 or b < 0:
            a = -1
            b = -1
        out.append(new_int(a))
        out.append(new_int(b))
    return new_tuple(out)


def make_sre(ec: ExecCtx) -> W_Module:
    m = new_module("_sre")
    m.set("compile", builtinn("compile", s_compile, 4, 4))
    m.set("run", builtinn("run", s_run, 6, 6))
    for name, value in NAMES:
        m.set(name, new_int(value))
    return m
