"""The re module, written in Python for rtpython (registered in pylib.py's
sources()): the pattern parser with CPython 3.11's syntax and error
messages, the compiler to _sre's programs (mod_sre.py runs them), and
the Pattern and Match objects.  CPython's interface and results, this
interpreter's code."""
from __future__ import annotations

RE = r'''
"""Regular expressions (written for rtpython over _sre)."""
import _sre

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split',
           'findall', 'finditer', 'compile', 'purge', 'template', 'escape',
           'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
_MAXSIZE = 9223372036854775807

_FLAG_NAMES = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'),
               (8, 'MULTILINE'), (16, 'DOTALL'), (32, 'UNICODE'),
               (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII')]


# RegexFlag's members in their definition order (its repr's order)
_MEMBER_ORDER = [_FLAG_NAMES[i] for i in (8, 1, 2, 5, 3, 4, 6, 0, 7)]


def _flag_text(value, order=_FLAG_NAMES):
    names = []
    rest = value
    for bit, name in order:
        if rest & bit:
            names.append('re.' + name)
            rest &= ~bit
    if rest:
        names.append(hex(rest))
    return '|'.join(names)


class RegexFlag(int):
    def __repr__(self):
        if int(self) == 0:
            return 're.NOFLAG'
        return _flag_text(int(self), _MEMBER_ORDER)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)

_TYPE_FLAGS = 256 | 4 | 32
_GLOBAL_FLAGS = 128 | 1
_INLINE = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'a': 256, 't': 1,
           'u': 32}


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            before = pattern[:pos]
            self.lineno = before.count(newline) + 1
            self.colno = pos - before.rfind(newline)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno,
                                                   self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'

# --- the parser: a pattern to a list of (op, argument) items, as CPython's

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
_SPECIAL = '.\\[{()*+?^$|'
_REPEAT_CHARS = '*+?{'

_ESCAPES = {'\\a': ('LITERAL', 7), '\\b': ('LITERAL', 8),
            '\\f': ('LITERAL', 12), '\\n': ('LITERAL', 10),
            '\\r': ('LITERAL', 13), '\\t': ('LITERAL', 9),
            '\\v': ('LITERAL', 11), '\\\\': ('LITERAL', 92)}
_CATEGORIES = {
    '\\A': ('AT', _sre.AT_BEGIN_STRING),
    '\\b': ('AT', _sre.AT_BOUNDARY),
    '\\B': ('AT', _sre.AT_NON_BOUNDARY),
    '\\d': ('IN', (False, [('CATEGORY', _sre.CAT_DIGIT)])),
    '\\D': ('IN', (False, [('CATEGORY', _sre.CAT_NOT_DIGIT)])),
    '\\s': ('IN', (False, [('CATEGORY', _sre.CAT_SPACE)])),
    '\\S': ('IN', (False, [('CATEGORY', _sre.CAT_NOT_SPACE)])),
    '\\w': ('IN', (False, [('CATEGORY', _sre.CAT_WORD)])),
    '\\W': ('IN', (False, [('CATEGORY', _sre.CAT_NOT_WORD)])),
    '\\Z': ('AT', _sre.AT_END_STRING)}


class _Source:
    """The pattern's tokens: a char, or a backslash and the char after."""

    def __init__(self, pattern):
        self.istext = isinstance(pattern, str)
        self.pattern = pattern
        self.text = pattern if self.istext else str(pattern, 'latin1')
        self.index = 0
        self.next = None
        self.advance()

    def advance(self):
        i = self.index
        if i >= len(self.text):
            self.next = None
            return
        c = self.text[i]
        if c == '\\':
            i += 1
            if i >= len(self.text):
                raise error('bad escape (end of pattern)', self.pattern,
                            len(self.pattern) - 1)
            c += self.text[i]
        self.index = i + 1
        self.next = c

    def match(self, c):
        if c == self.next:
            self.advance()
            return True
        return False

    def get(self):
        this = self.next
        self.advance()
        return this

    def getwhile(self, n, charset):
        out = ''
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            out += c
            self.advance()
        return out

    def getuntil(self, terminator, name):
        out = ''
        while True:
            c = self.next
            self.advance()
            if c is None:
                if not out:
                    raise self.error('missing ' + name)
                raise self.error('missing %s, unterminated name'
                                 % terminator, len(out))
            if c == terminator:
                if not out:
                    raise self.error('missing ' + name, 1)
                break
            out += c
        return out

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self.advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.pattern, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name,
                             len(name) + offset)


class _State:
    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.groupwidths = [None]
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name):
        gid = self.groups
        self.groupwidths.append(None)
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise error('redefinition of group name %r as group %d; '
                            'was group %d' % (name, gid, old))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, items):
        self.groupwidths[gid] = _width(items, self)

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the '
                                   'same lookbehind subpattern')


def _width(items, state):
    """(min, max) chars the items match, as CPython's getwidth."""
    lo = hi = 0
    for op, av in items:
        if op == 'BRANCH':
            ws = [_width(alt, state) for alt in av]
            lo += min(w[0] for w in ws)
            hi += max(w[1] for w in ws)
        elif op in ('LITERAL', 'NOT_LITERAL', 'ANY', 'IN'):
            lo += 1
            hi += 1
        elif op == 'SUBPATTERN':
            w = _width(av[3], state)
            lo += w[0]
            hi += w[1]
        elif op == 'ATOMIC_GROUP':
            w = _width(av, state)
            lo += w[0]
            hi += w[1]
        elif op in ('MAX_REPEAT', 'MIN_REPEAT', 'POSSESSIVE_REPEAT'):
            w = _width(av[2], state)
            lo += w[0] * av[0]
            hi += w[1] * av[1]
        elif op == 'GROUPREF':
            w = state.groupwidths[av]
            lo += w[0]
            hi += w[1]
        elif op == 'GROUPREF_EXISTS':
            w = _width(av[1], state)
            wn = _width(av[2], state) if av[2] is not None else (0, 0)
            lo += min(w[0], wn[0])
            hi += max(w[1], wn[1])
    return min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)


def _class_escape(source, escape):
    code = _ESCAPES.get(escape)
    if code:
        return code
    code = _CATEGORIES.get(escape)
    if code and code[0] == 'IN':
        return code
    c = escape[1:2]
    if c in _HEX_LENGTHS and (c == 'x' or source.istext):
        return _hex_escape(source, escape, _HEX_LENGTHS[c])
    if c in _OCTDIGITS:
        escape += source.getwhile(2, _OCTDIGITS)
        return 'LITERAL', _octal(source, escape)
    if c not in _DIGITS and len(escape) == 2 and c not in _LETTERS:
        return 'LITERAL', ord(escape[1])
    raise source.error('bad escape %s' % escape, len(escape))


# \x, and for str patterns \u and \U: their count of hex digits
_HEX_LENGTHS = {'x': 2, 'u': 4, 'U': 8}


def _hex_escape(source, escape, n):
    escape += source.getwhile(n, _HEXDIGITS)
    if len(escape) != n + 2:
        raise source.error('incomplete escape %s' % escape, len(escape))
    value = int(escape[2:], 16)
    if value > 0x10FFFF:
        raise source.error('bad escape %s' % escape, len(escape))
    return 'LITERAL', value


def _octal(source, escape):
    """The value of a three-digit octal escape (in a pattern or a
    template), which must fit in a byte."""
    value = int(escape[1:], 8)
    if value > 0o377:
        raise source.error('octal escape value %s outside of range 0-0o377'
                           % escape, len(escape))
    return value


def _escape(source, escape, state):
    code = _CATEGORIES.get(escape)
    if code:
        return code
    code = _ESCAPES.get(escape)
    if code:
        return code
    c = escape[1:2]
    if c in _HEX_LENGTHS and (c == 'x' or source.istext):
        return _hex_escape(source, escape, _HEX_LENGTHS[c])
    if c == '0':
        escape += source.getwhile(2, _OCTDIGITS)
        return 'LITERAL', int(escape[1:], 8)
    if c in _DIGITS:
        return _number_escape(source, escape, state)
    if len(escape) == 2 and c not in _LETTERS:
        return 'LITERAL', ord(escape[1])
    raise source.error('bad escape %s' % escape, len(escape))


def _number_escape(source, escape, state):
    """\\12: an octal escape (three octal digits) or a group reference."""
    if source.next is not None and source.next in _DIGITS:
        escape += source.get()
        if (escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS
                and source.next is not None and source.next in _OCTDIGITS):
            escape += source.get()
            return 'LITERAL', _octal(source, escape)
    group = int(escape[1:])
    if group < state.groups:
        if not state.checkgroup(group):
            raise source.error('cannot refer to an open group', len(escape))
        state.checklookbehindgroup(group, source)
        return 'GROUPREF', group
    raise source.error('invalid group reference %d' % group, len(escape) - 1)


def _parse_sub(source, state, verbose, nested):
    alts = []
    while True:
        alts.append(_parse(source, state, verbose, nested + 1,
                           not nested and not alts))
        if not source.match('|'):
            break
    if len(alts) == 1:
        return alts[0]
    return [('BRANCH', alts)]


def _parse_set(source):
    here = source.tell() - 1
    items = []
    negate = source.match('^')
    while True:
        this = source.get()
        if this is None:
            raise source.error('unterminated character set',
                               source.tell() - here)
        if this == ']' and items:
            break
        if this[0] == '\\':
            code1 = _class_escape(source, this)
        else:
            code1 = ('LITERAL', ord(this))
        if source.match('-'):
            that = source.get()
            if that is None:
                raise source.error('unterminated character set',
                                   source.tell() - here)
            if that == ']':
                items.append(code1[1][1][0] if code1[0] == 'IN' else code1)
                items.append(('LITERAL', 45))
                break
            if that[0] == '\\':
                code2 = _class_escape(source, that)
            else:
                code2 = ('LITERAL', ord(that))
            if (code1[0] != 'LITERAL' or code2[0] != 'LITERAL'
                    or code2[1] < code1[1]):
                raise source.error('bad character range %s-%s'
                                   % (this, that),
                                   len(this) + 1 + len(that))
            items.append(('RANGE', (code1[1], code2[1])))
        else:
            items.append(code1[1][1][0] if code1[0] == 'IN' else code1)
    if len(items) == 1 and items[0][0] == 'LITERAL':
        return ('NOT_LITERAL' if negate else 'LITERAL', items[0][1])
    return ('IN', (negate, items))


def _parse_repeat(source, this, items):
    """The repeat operator `this` (read) applied to the last item."""
    here = source.tell()
    if this == '?':
        lo, hi = 0, 1
    elif this == '*':
        lo, hi = 0, MAXREPEAT
    elif this == '+':
        lo, hi = 1, MAXREPEAT
    else:
        if source.next == '}':
            items.append(('LITERAL', ord('{')))
            return
        lo, hi = 0, MAXREPEAT
        low = source.getwhile(MAXREPEAT, _DIGITS)
        high = low
        if source.match(','):
            high = source.getwhile(MAXREPEAT, _DIGITS)
        if not source.match('}'):
            items.append(('LITERAL', ord('{')))
            source.seek(here)
            return
        if low:
            lo = int(low)
            if lo >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
        if high:
            hi = int(high)
            if hi >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
            if hi < lo:
                raise source.error('min repeat greater than max repeat',
                                   source.tell() - here)
    item = items[-1:]
    if not item or item[0][0] == 'AT':
        raise source.error('nothing to repeat',
                           source.tell() - here + len(this))
    if item[0][0] in ('MAX_REPEAT', 'MIN_REPEAT', 'POSSESSIVE_REPEAT'):
        raise source.error('multiple repeat',
                           source.tell() - here + len(this))
    if item[0][0] == 'SUBPATTERN':
        group, add, remove, body = item[0][1]
        if group is None and not add and not remove:
            item = body
    if source.match('?'):
        items[-1] = ('MIN_REPEAT', (lo, hi, item))
    elif source.match('+'):
        items[-1] = ('POSSESSIVE_REPEAT', (lo, hi, item))
    else:
        items[-1] = ('MAX_REPEAT', (lo, hi, item))


def _parse_flags(source, state, char):
    add = 0
    remove = 0
    if char != '-':
        while True:
            flag = _INLINE[char]
            if source.istext:
                if char == 'L':
                    raise source.error("bad inline flags: cannot use 'L' "
                                       "flag with a str pattern")
            elif char == 'u':
                raise source.error("bad inline flags: cannot use 'u' flag "
                                   "with a bytes pattern")
            add |= flag
            if (flag & _TYPE_FLAGS) and (add & _TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and "
                                   "'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error('missing -, : or )')
            if char in ')-:':
                break
            if char not in _INLINE:
                msg = 'unknown flag' if char.isalpha() else \
                    'missing -, : or )'
                raise source.error(msg, len(char))
    if char == ')':
        state.flags |= add
        return None
    if add & _GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn on global flag', 1)
    if char == '-':
        char = source.get()
        if char is None:
            raise source.error('missing flag')
        if char not in _INLINE:
            msg = 'unknown flag' if char.isalpha() else 'missing flag'
            raise source.error(msg, len(char))
        while True:
            flag = _INLINE[char]
            if flag & _TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags "
                                   "'a', 'u' and 'L'")
            remove |= flag
            char = source.get()
            if char is None:
                raise source.error('missing :')
            if char == ':':
                break
            if char not in _INLINE:
                msg = 'unknown flag' if char.isalpha() else 'missing :'
                raise source.error(msg, len(char))
    if remove & _GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn off global flag',
                           1)
    if add & remove:
        raise source.error('bad inline flags: flag turned on and off', 1)
    return add, remove


def _parse_named(source, state, items):
    """After (?P: a named group's name (returned), or a named reference
    (appended; returns None)."""
    if source.match('<'):
        name = source.getuntil('>', 'group name')
        source.checkgroupname(name, 1)
        return name
    if source.match('='):
        name = source.getuntil(')', 'group name')
        source.checkgroupname(name, 1)
        gid = state.groupdict.get(name)
        if gid is None:
            raise source.error('unknown group name %r' % name, len(name) + 1)
        if not state.checkgroup(gid):
            raise source.error('cannot refer to an open group',
                               len(name) + 1)
        state.checklookbehindgroup(gid, source)
        items.append(('GROUPREF', gid))
        return None
    char = source.get()
    if char is None:
        raise source.error('unexpected end of pattern')
    raise source.error('unknown extension ?P' + char, len(char) + 2)


def _parse_assert(source, state, verbose, nested, char, start):
    direction = 1
    if char == '<':
        char = source.get()
        if char is None:
            raise source.error('unexpected end of pattern')
        if char not in '=!':
            raise source.error('unknown extension ?<' + char, len(char) + 2)
        direction = -1
        outer = state.lookbehindgroups
        if outer is None:
            state.lookbehindgroups = state.groups
    body = _parse_sub(source, state, verbose, nested + 1)
    if direction < 0 and outer is None:
        state.lookbehindgroups = None
    if not source.match(')'):
        raise source.error('missing ), unterminated subpattern',
                           source.tell() - start)
    return ('ASSERT' if char == '=' else 'ASSERT_NOT', (direction, body))


def _parse_conditional(source, state, verbose, nested, start):
    condname = source.getuntil(')', 'group name')
    if condname.isidentifier():
        source.checkgroupname(condname, 1)
        group = state.groupdict.get(condname)
        if group is None:
            raise source.error('unknown group name %r' % condname,
                               len(condname) + 1)
    else:
        if not condname.isdecimal() or not condname.isascii():
            raise source.error('bad character in group name %r' % condname,
                               len(condname) + 1)
        group = int(condname)
        if not group:
            raise source.error('bad group number', len(condname) + 1)
        if group >= MAXGROUPS:
            raise source.error('invalid group reference %d' % group,
                               len(condname) + 1)
        if group not in state.grouprefpos:
            state.grouprefpos[group] = source.tell() - len(condname) - 1
    state.checklookbehindgroup(group, source)
    yes = _parse(source, state, verbose, nested + 1)
    no = None
    if source.match('|'):
        no = _parse(source, state, verbose, nested + 1)
        if source.next == '|':
            raise source.error('conditional backref with more than two '
                               'branches')
    if not source.match(')'):
        raise source.error('missing ), unterminated subpattern',
                           source.tell() - start)
    return ('GROUPREF_EXISTS', (group, yes, no))


def _parse_group(source, state, verbose, nested, first, items):
    """After '(': appends the group, assertion or reference; returns the
    new verbose setting (global flags may change it)."""
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add = remove = 0
    if source.match('?'):
        char = source.get()
        if char is None:
            raise source.error('unexpected end of pattern')
        if char == 'P':
            name = _parse_named(source, state, items)
            if name is None:
                return verbose
        elif char == ':':
            capture = False
        elif char == '#':
            while True:
                if source.next is None:
                    raise source.error('missing ), unterminated comment',
                                       source.tell() - start)
                if source.get() == ')':
                    return verbose
        elif char in '=!<':
            items.append(_parse_assert(source, state, verbose, nested,
                                       char, start))
            return verbose
        elif char == '(':
            items.append(_parse_conditional(source, state, verbose, nested,
                                            start))
            return verbose
        elif char == '>':
            capture = False
            atomic = True
        elif char in _INLINE or char == '-':
            flags = _parse_flags(source, state, char)
            if flags is None:
                if not first or items:
                    raise source.error('global flags not at the start of '
                                       'the expression',
                                       source.tell() - start)
                return state.flags & 64
            add, remove = flags
            capture = False
        else:
            raise source.error('unknown extension ?' + char, len(char) + 1)
    group = None
    if capture:
        try:
            group = state.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    sub_verbose = (verbose or (add & 64)) and not (remove & 64)
    body = _parse_sub(source, state, sub_verbose, nested + 1)
    if not source.match(')'):
        raise source.error('missing ), unterminated subpattern',
                           source.tell() - start)
    if group is not None:
        state.closegroup(group, body)
    if atomic:
        items.append(('ATOMIC_GROUP', body))
    else:
        items.append(('SUBPATTERN', (group, add, remove, body)))
    return verbose


def _parse(source, state, verbose, nested, first=False):
    items = []
    while True:
        this = source.next
        if this is None or this in '|)':
            break
        source.advance()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == '#':
                while True:
                    this = source.get()
                    if this is None or this == '\n':
                        break
                continue
        if this[0] == '\\':
            items.append(_escape(source, this, state))
        elif this not in _SPECIAL:
            items.append(('LITERAL', ord(this)))
        elif this == '[':
            items.append(_parse_set(source))
        elif this in _REPEAT_CHARS:
            _parse_repeat(source, this, items)
        elif this == '.':
            items.append(('ANY', None))
        elif this == '(':
            verbose = _parse_group(source, state, verbose, nested, first,
                                   items)
        elif this == '^':
            items.append(('AT', _sre.AT_BEGIN))
        elif this == '$':
            items.append(('AT', _sre.AT_END))
    out = []
    for op, av in items:
        if op == 'SUBPATTERN' and av[0] is None and not av[1] and not av[2]:
            out.extend(av[3])
        else:
            out.append((op, av))
    return out


def _fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & 256:
            flags |= 32
        elif flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & 32:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & 4 and flags & 256:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def _parse_pattern(pattern, flags):
    source = _Source(pattern)
    state = _State(flags)
    items = _parse_sub(source, state, flags & 64, 0)
    state.flags = _fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error('unbalanced parenthesis')
    for g in state.grouprefpos:
        if g >= state.groups:
            raise error('invalid group reference %d' % g, pattern,
                        state.grouprefpos[g])
    return items, state


# --- the compiler: items to an _sre program

def _case(c, uni, convert):
    if c < 128 or uni:
        s = convert(chr(c))
        if len(s) == 1:
            return ord(s)
    return c


def _fold(c, uni):
    """As _sre's fold: the lowercase of the uppercase."""
    return _case(_case(c, uni, str.upper), uni, str.lower)


def _has_case(c, uni):
    return _fold(c, uni) != c or _case(c, uni, str.upper) != c


class _Compiler:
    def __init__(self, state):
        self.code = []
        self.state = state
        self.uni = bool(state.flags & 32)
        self.nloops = 0

    def emit(self, *words):
        self.code.extend(words)

    def here(self):
        return len(self.code)

    def single(self, op, av, flags):
        """Emits a one-char item; False if the item is not one."""
        fold = flags & 2
        if op == 'LITERAL' or op == 'NOT_LITERAL':
            if fold and _has_case(av, self.uni):
                self.emit(_sre.CHAR_I if op == 'LITERAL' else
                          _sre.NOT_CHAR_I, _fold(av, self.uni))
            else:
                self.emit(_sre.CHAR if op == 'LITERAL' else _sre.NOT_CHAR,
                          av)
        elif op == 'ANY':
            self.emit(_sre.ANY_ALL if flags & 16 else _sre.ANY)
        elif op == 'IN':
            self.charclass(av[0], av[1], fold)
        else:
            return False
        return True

    def charclass(self, negate, items, fold):
        words = []
        for op, av in items:
            if op == 'LITERAL':
                words += [_sre.ITEM_RANGE, av, av]
            elif op == 'RANGE':
                words += [_sre.ITEM_RANGE, av[0], av[1]]
            else:
                words += [_sre.ITEM_CATEGORY, av, 0]
        self.emit(_sre.CLASS_I if fold else _sre.CLASS, len(words) + 1,
                  1 if negate else 0, *words)

    def items(self, items, flags):
        for op, av in items:
            if not self.single(op, av, flags):
                self.item(op, av, flags)

    def item(self, op, av, flags):
        if op == 'AT':
            if flags & 8 and av == _sre.AT_BEGIN:
                av = _sre.AT_BEGIN_LINE
            elif flags & 8 and av == _sre.AT_END:
                av = _sre.AT_END_LINE
            self.emit(_sre.AT, av)
        elif op == 'BRANCH':
            self.branch(av, flags)
        elif op == 'SUBPATTERN':
            group, add, remove, body = av
            flags = (flags | add) & ~remove
            if group is not None:
                self.emit(_sre.MARK, 2 * group - 2)
            self.items(body, flags)
            if group is not None:
                self.emit(_sre.MARK, 2 * group - 1)
        elif op in ('MAX_REPEAT', 'MIN_REPEAT', 'POSSESSIVE_REPEAT'):
            self.repeat(op, av, flags)
        elif op == 'GROUPREF':
            self.emit(_sre.BACKREF_I if flags & 2 else _sre.BACKREF, av)
        elif op == 'GROUPREF_EXISTS':
            self.conditional(av, flags)
        elif op == 'ASSERT' or op == 'ASSERT_NOT':
            self.assertion(op == 'ASSERT', av, flags)
        elif op == 'ATOMIC_GROUP':
            self.emit(_sre.ATOMIC)
            self.items(av, flags)
            self.emit(_sre.ATOMIC_END)

    def branch(self, alts, flags):
        jumps = []
        for i, alt in enumerate(alts):
            split = None
            if i < len(alts) - 1:
                split = self.here()
                self.emit(_sre.SPLIT, split + 3, 0)
            self.items(alt, flags)
            if split is not None:
                jumps.append(self.here() + 1)
                self.emit(_sre.JUMP, 0)
                self.code[split + 2] = self.here()
        for j in jumps:
            self.code[j] = self.here()

    def repeat(self, op, av, flags):
        lo, hi, body = av
        greedy = op != 'MIN_REPEAT'
        if op == 'POSSESSIVE_REPEAT':
            self.emit(_sre.ATOMIC)
        hi_word = -1 if hi == MAXREPEAT else hi
        if len(body) == 1 and body[0][0] in ('LITERAL', 'NOT_LITERAL',
                                             'ANY', 'IN'):
            self.emit(_sre.REPEAT_ONE, lo, hi_word, 1 if greedy else 0)
            self.single(body[0][0], body[0][1], flags)
        else:
            r = 2 * len(self.state.groupwidths) - 1 + 2 * self.nloops
            self.nloops += 1
            self.emit(_sre.LOOP_INIT, r)
            head = self.here()
            self.emit(_sre.LOOP, r, lo, hi_word, 1 if greedy else 0, 0)
            self.items(body, flags)
            self.emit(_sre.JUMP, head)
            self.code[head + 5] = self.here()
        if op == 'POSSESSIVE_REPEAT':
            self.emit(_sre.ATOMIC_END)

    def conditional(self, av, flags):
        group, yes, no = av
        at = self.here()
        self.emit(_sre.GROUP_EXISTS, group, 0)
        self.items(yes, flags)
        if no is None:
            self.code[at + 2] = self.here()
            return
        jump = self.here()
        self.emit(_sre.JUMP, 0)
        self.code[at + 2] = self.here()
        self.items(no, flags)
        self.code[jump + 1] = self.here()

    def assertion(self, positive, av, flags):
        direction, body = av
        width = 0
        if direction < 0:
            lo, hi = _width(body, self.state)
            if lo != hi:
                raise error('look-behind requires fixed-width pattern')
            width = lo
            kind = _sre.ASSERT_BEHIND if positive else _sre.ASSERT_NOT_BEHIND
        else:
            kind = _sre.ASSERT_AHEAD if positive else _sre.ASSERT_NOT_AHEAD
        at = self.here()
        self.emit(_sre.ASSERT, kind, width, 0)
        self.items(body, flags)
        self.emit(_sre.ASSERT_END)
        self.code[at + 3] = self.here()


def _compile(pattern, flags):
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    items, state = _parse_pattern(pattern, flags)
    comp = _Compiler(state)
    comp.items(items, state.flags)
    comp.emit(_sre.SUCCESS)
    ngroups = state.groups - 1
    names = [None] * (ngroups + 1)
    for name, g in state.groupdict.items():
        names[g] = name
    prog = _sre.compile(comp.code, ngroups, comp.nloops,
                        bool(state.flags & 32), names)
    return Pattern(pattern, state.flags, prog, ngroups,
                   dict(state.groupdict))


# --- Pattern and Match objects

_SEARCH = _sre.MODE_SEARCH

def _check_subject(pattern, string):
    if isinstance(pattern.pattern, str):
        if not isinstance(string, str) and isinstance(
                string, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like '
                            'object')
    elif isinstance(string, str):
        raise TypeError('cannot use a bytes pattern on a string-like '
                        'object')


def _text_of(pattern, s):
    if isinstance(s, (str, bytes)):
        return s
    if isinstance(s, bytearray):
        return bytes(s)
    raise TypeError("expected string or bytes-like object, got '%s'"
                    % type(s).__name__)


class Pattern:
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, pattern, flags, prog, groups, groupindex):
        self.pattern = pattern
        self.flags = flags
        self._prog = prog
        self.groups = groups
        self.groupindex = groupindex

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        if not flags:
            return 're.compile(%s)' % text
        return 're.compile(%s, %s)' % (text, _flag_text(flags))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode):
        _check_subject(self, string)
        return _sre.run(self, self._prog, string, _text_of(self, string),
                        pos, endpos, mode)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, _sre.MODE_MATCH)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, _sre.MODE_FULLMATCH)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, _SEARCH)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        _check_subject(self, string)
        return _sre.finditer(self, self._prog, string,
                             _text_of(self, string), pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        _check_subject(self, string)
        return _sre.findall(self, self._prog, string,
                            _text_of(self, string), pos, endpos)

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        s = _text_of(self, string)
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(s[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(s[last:])
        return out

    def subn(self, repl, string, count=0):
        _check_subject(self, string)
        if not callable(repl):
            repl = _template_pieces(self, repl)
        return _sre.subn(self, self._prog, string, _text_of(self, string),
                         repl, count)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def _expand(self, match, template):
        return _expand(self, match, template)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = pattern.finditer(string, pos, endpos)

    def search(self):
        return next(self._it, None)


# Match objects are _sre's (mod_sre.py); Match.expand(template) comes
# back here, to Pattern._expand.
Match = _sre.Match


# --- replacement templates

def _template_pieces(pattern, repl):
    """repl as a list of literal texts and group numbers (_sre.subn's
    form of a template)."""
    if not isinstance(repl, (str, bytes, bytearray)):
        raise TypeError('decoding to str: need a bytes-like object, %s found'
                        % type(repl).__name__)
    if ('\\' if isinstance(repl, str) else b'\\') not in repl:
        return [repl]
    return _parse_template(repl, pattern)


def _expand(pattern, match, template):
    """match.expand(template): the template's text with its group
    references and escapes resolved."""
    out = []
    for piece in _template_pieces(pattern, template):
        if isinstance(piece, int):
            text = match.group(piece)
            if text is not None:
                out.append(text)
        else:
            out.append(piece)
    return template[:0].join(out)


def _parse_template(repl, pattern):
    """repl as a list of literal texts and group numbers."""
    source = _Source(repl)
    pieces = []
    literal = []

    def group(index, offset):
        if index > pattern.groups:
            raise source.error('invalid group reference %d' % index, offset)
        if literal:
            pieces.append(''.join(literal))
            del literal[:]
        pieces.append(index)
    while True:
        this = source.get()
        if this is None:
            break
        if this[0] != '\\':
            literal.append(this)
            continue
        c = this[1]
        if c == 'g':
            index, offset = _template_group(source, pattern)
            group(index, offset)
        elif c == '0':
            if source.next is not None and source.next in _OCTDIGITS:
                this += source.get()
                if source.next is not None and source.next in _OCTDIGITS:
                    this += source.get()
            literal.append(chr(int(this[1:], 8) & 0xff))
        elif c in _DIGITS:
            octal = False
            if source.next is not None and source.next in _DIGITS:
                this += source.get()
                if (c in _OCTDIGITS and this[2] in _OCTDIGITS
                        and source.next is not None
                        and source.next in _OCTDIGITS):
                    this += source.get()
                    octal = True
                    literal.append(chr(_octal(source, this)))
            if not octal:
                group(int(this[1:]), len(this) - 1)
        else:
            code = _ESCAPES.get(this)
            if code is not None:
                literal.append(chr(code[1]))
            elif c in _LETTERS:
                raise source.error('bad escape %s' % this, len(this))
            else:
                literal.append(this)
    if literal:
        pieces.append(''.join(literal))
    if not source.istext:
        pieces = [p if isinstance(p, int) else p.encode('latin-1')
                  for p in pieces]
    return pieces


def _template_group(source, pattern):
    if not source.match('<'):
        raise source.error('missing <')
    name = source.getuntil('>', 'group name')
    if name.isidentifier():
        source.checkgroupname(name, 1)
        index = pattern.groupindex.get(name)
        if index is None:
            raise IndexError('unknown group name %r' % name)
        return index, len(name) + 1
    if not name.isdecimal() or not name.isascii():
        raise source.error('bad character in group name %r' % name,
                           len(name) + 1)
    index = int(name)
    if index >= MAXGROUPS:
        raise source.error('invalid group reference %d' % index,
                           len(name) + 1)
    return index, len(name) + 1


# --- the module functions

_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    return _compile_cached(pattern, flags)


def _compile_cached(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a '
                             'compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = _compile(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile_cached(pattern, flags | 1)


def match(pattern, string, flags=0):
    return _compile_cached(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile_cached(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile_cached(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile_cached(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile_cached(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile_cached(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile_cached(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile_cached(pattern, flags).finditer(string)


_SPECIAL_MAP = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL_MAP)
    return str(pattern, 'latin1').translate(_SPECIAL_MAP).encode('latin1')
'''
