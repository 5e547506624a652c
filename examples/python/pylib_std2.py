"""More standard library modules written in Python (as pylib.py's and
pylib_std.py's): array, cmath, argparse, inspect, __future__.  Each is
written for this interpreter with CPython 3.11's interface, results and
messages.
importer.library() joins sources() to the others."""
from __future__ import annotations

ARRAY_SRC = r'''
"""array: typed arrays of numbers (written for rtpython).  The items
are kept as Python values already converted to the typecode's C type
(ints checked against its range, 'f' rounded to float32), so reading
one back gives what CPython's buffer would; struct gives the bytes."""
import struct as _struct

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'
_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8,
          'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_LONG = (-(1 << 63), (1 << 63) - 1)
_TOO_BIG_LONG = 'Python int too large to convert to C long'
# a narrow code's value goes through CPython's argument parser for a wider
# C type first, then its own range: each step has its own message
_NARROW = {
    'b': (((-(1 << 15), (1 << 15) - 1), 'signed short integer'),
          ((-128, 127), 'signed char')),
    'B': (((0, 255), 'unsigned byte integer'),),
    'h': (((-(1 << 15), (1 << 15) - 1), 'signed short integer'),),
    'H': (((-(1 << 31), (1 << 31) - 1), 'signed integer'),
          ((0, 65535), 'unsigned short')),
    'i': (((-(1 << 31), (1 << 31) - 1), 'signed integer'),),
}


def _in_range(v, bounds, what):
    if v < bounds[0]:
        raise OverflowError(what + ' is less than minimum')
    if v > bounds[1]:
        raise OverflowError(what + ' is greater than maximum')


def _unsigned(code, v):
    if code in 'IL':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v >= 1 << 64:
            raise OverflowError('Python int too large to convert to C '
                                'unsigned long')
        if code == 'I':
            _in_range(v, (0, (1 << 32) - 1), 'unsigned int')
        return v
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v >= 1 << 64:
        raise OverflowError('int too big to convert')
    return v


def _as_int(code, x):
    v = _index(x)
    if code in 'IQL':
        return _unsigned(code, v)
    if code == 'q':
        if not _LONG[0] <= v <= _LONG[1]:
            raise OverflowError('int too big to convert')
        return v
    if not _LONG[0] <= v <= _LONG[1]:
        raise OverflowError(_TOO_BIG_LONG)
    for bounds, what in _NARROW.get(code, ()):
        _in_range(v, bounds, what)
    return v


def _index(x):
    if isinstance(x, int):
        return int(x)
    index = getattr(type(x), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__)
    return index(x)


def _as_float(code, x):
    if not isinstance(x, float):
        if not (hasattr(type(x), '__float__') or hasattr(type(x), '__index__')):
            raise TypeError('must be real number, not %s' % type(x).__name__)
        x = float(x)
    if code == 'f':
        # native 'f' rounds as C's (float) cast: too large gives inf
        x = _struct.unpack('f', _struct.pack('f', x))[0]
    return x


def _item(code, x):
    """x converted to what an array of this typecode stores."""
    if code in 'fd':
        return _as_float(code, x)
    if code == 'u':
        if not isinstance(x, str) or len(x) != 1:
            raise TypeError('array item must be unicode character')
        return x
    return _as_int(code, x)


def _check_code(typecode):
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError('array() argument 1 must be a unicode character, '
                        'not %s' % type(typecode).__name__)
    if typecode not in typecodes:
        raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, '
                         'q, Q, f or d)')


def _bytes_of(code, items):
    if code == 'u':
        return b''.join(ord(c).to_bytes(4, 'little') for c in items)
    return _struct.pack('%d%s' % (len(items), code), *items)


def _items_of(code, data):
    size = _SIZES[code]
    if len(data) % size:
        raise ValueError('bytes length not a multiple of item size')
    if code == 'u':
        return [chr(int.from_bytes(data[i:i + 4], 'little'))
                for i in range(0, len(data), 4)]
    return list(_struct.unpack('%d%s' % (len(data) // size, code), data))


class array:
    """array(typecode [, initializer]) -> array"""
    __slots__ = ('_code', '_items')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError('array.array() takes no keyword arguments')
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)'
                            % len(args))
        _check_code(args[0])
        self = object.__new__(cls)
        self._code = args[0]
        self._items = []
        if len(args) == 2:
            self._init_from(args[1])
        return self

    def __init__(self, *args, **kwargs):
        pass

    def _init_from(self, init):
        code = self._code
        if isinstance(init, str):
            if code != 'u':
                raise TypeError('cannot use a str to initialize an array '
                                'with typecode %r' % code)
            self._items = list(init)
        elif isinstance(init, (bytes, bytearray)):
            self.frombytes(init)
        elif isinstance(init, array) and init._code == 'u' and code != 'u':
            raise TypeError('cannot use a unicode array to initialize an '
                            'array with typecode %r' % code)
        else:
            self._items = [_item(code, x) for x in init]

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._code

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _SIZES[self._code]

    def _same_kind(self, other, message):
        if not isinstance(other, array):
            raise TypeError(message % type(other).__name__)
        if other._code != self._code:
            raise TypeError('can only extend with array of same kind')

    def _new(self, items):
        a = array(self._code)
        a._items = items
        return a

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(_item(self._code, v))

    def buffer_info(self):
        """Return a tuple (address, length): the address is this array's
        identity (there is no C buffer to point to)."""
        return (id(self), len(self._items))

    def byteswap(self):
        """Byteswap all items of the array."""
        size = _SIZES[self._code]
        data = _bytes_of(self._code, self._items)
        swapped = b''.join(data[i:i + size][::-1]
                           for i in range(0, len(data), size))
        self._items = _items_of(self._code, swapped)

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return sum(1 for x in self._items if x == v)

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            self._same_kind(bb, '%s')
            self._items.extend(bb._items)
        else:
            code = self._code
            self._items.extend([_item(code, x) for x in bb])

    def frombytes(self, buffer, /):
        """Appends items from the bytes-like object, interpreting it as
        an array of machine values."""
        if not isinstance(buffer, (bytes, bytearray, array)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(buffer).__name__)
        if isinstance(buffer, array):
            buffer = buffer.tobytes()
        self._items.extend(_items_of(self._code, bytes(buffer)))

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, type([])):
            raise TypeError('arg must be list')
        code = self._code
        self._items.extend([_item(code, x) for x in list])

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s'
                            % type(ustr).__name__)
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode '
                             'type arrays')
        self._items.extend(ustr)

    def index(self, v, start=0, stop=9223372036854775807, /):
        """Return index of first occurrence of v in the array."""
        n = len(self._items)
        start, stop, _ = slice(start, stop).indices(n)
        for i in range(start, stop):
            x = self._items[i]
            if x == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        self._items.insert(_index(i), _item(self._code, v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array."""
        i = _index(i)
        n = len(self._items)
        if n == 0:
            raise IndexError('pop from empty array')
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tobytes(self):
        """Convert the array to an array of machine values and return
        the bytes representation."""
        return _bytes_of(self._code, self._items)

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode '
                             'type arrays')
        return ''.join(self._items)

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the
        end of the array."""
        size = _SIZES[self._code]
        data = f.read(_index(n) * size)
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) < n * size:
            raise EOFError('read() didn\'t return enough bytes')

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return any(x == v for x in self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        if not hasattr(type(i), '__index__'):
            raise TypeError('array indices must be integers')
        i = _index(i)
        n = len(self._items)
        if not -n <= i < n:
            raise IndexError('array index out of range')
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._set_slice(i, v)
            return
        if not hasattr(type(i), '__index__'):
            raise TypeError('array indices must be integers')
        i = _index(i)
        n = len(self._items)
        if not -n <= i < n:
            raise IndexError('array assignment index out of range')
        self._items[i] = _item(self._code, v)

    def _set_slice(self, s, v):
        if not isinstance(v, array):
            raise TypeError('can only assign array (not "%s") to array '
                            'slice' % type(v).__name__)
        if v._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        start, stop, step = s.indices(len(self._items))
        if step != 1:
            size = len(range(start, stop, step))
            if len(v._items) != size:
                raise ValueError('attempt to assign array of size %d to '
                                 'extended slice of size %d'
                                 % (len(v._items), size))
        self._items[s] = list(v._items)

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        if not hasattr(type(i), '__index__'):
            raise TypeError('array indices must be integers')
        i = _index(i)
        n = len(self._items)
        if not -n <= i < n:
            raise IndexError('array assignment index out of range')
        del self._items[i]

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        self._same_kind(other, 'can only extend array with array (not "%s")')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        self._items *= _index(n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo, /):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol, /):
        return (array, (self._code, list(self._items)))

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._code
        if self._code == 'u':
            return 'array(%r, %r)' % (self._code, ''.join(self._items))
        return 'array(%r, %r)' % (self._code, self._items)


ArrayType = array
'''

ARGPARSE_SRC = r'''
"""argparse: command-line parsing (written for rtpython) that prints and
accepts what CPython 3.11's does.  Its parts: the table of action kinds
(_KINDS), the matcher of command lines (_Reading), the help formatter.
Not done: parse_intermixed_args."""
import os as _os
import re as _re
import sys as _sys
import textwrap as _textwrap

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
           'BooleanOptionalAction', 'FileType', 'HelpFormatter',
           'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
           'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE']

# nargs values (and SUPPRESS, which also hides help and defaults)
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
PARSER, REMAINDER, SUPPRESS = 'A...', '...', '==SUPPRESS=='

_LOOKS_NEGATIVE = _re.compile(r'^-\d+$|^-\d*\.\d+$')


def _shown(value):
    """Whether value is a real setting (not None, not SUPPRESS)."""
    return value is not None and value is not SUPPRESS


def _call_repr(obj, pairs):
    """Class(name=value, ...); names that are not identifiers go in a
    trailing **{...}."""
    words = []
    odd = {}
    for name, value in pairs:
        if name.isidentifier():
            words.append('%s=%r' % (name, value))
        else:
            odd[name] = value
    if odd:
        words.append('**' + repr(odd))
    return type(obj).__name__ + '(' + ', '.join(words) + ')'


class Namespace:
    """The parsed values, one attribute per destination."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, name):
        return name in self.__dict__

    def __repr__(self):
        return _call_repr(self, list(self.__dict__.items()))


def _label(action):
    """How messages refer to an argument: its option strings, else its
    metavar, its dest, or its choices."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for name in (action.metavar, action.dest):
        if _shown(name):
            return name
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


class ArgumentError(Exception):
    """A command line the parser cannot accept, or an argument declared
    wrong; names the argument concerned."""

    def __init__(self, argument, message):
        self.argument_name = _label(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """What a type= function raises to choose its own error message."""


# ---- help layout ----

def _columns():
    """The terminal width shutil would report: $COLUMNS when it is a
    positive number, otherwise 80 (rtpython asks no terminal)."""
    try:
        width = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        width = 0
    return width if width > 0 else 80


_COLLAPSE = _re.compile(r'\s+', _re.ASCII)
# (patterns kept as text, compiled by re when first used: most programs
# never wrap a usage line)
# the pieces a long usage line may be broken between: a bracketed or
# parenthesised run ending at a space, or any other word
_USAGE_PIECE = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
# spaces just inside brackets go; so do brackets left empty
_USAGE_TIDY = ((r'([\[(]) ', r'\1'), (r' ([\])])', r'\1'),
               (r'[\[(] *[\])]', ''))


def _nargs_text(nargs, metavars):
    """How an argument's values are shown for nargs; metavars(n) gives
    the names to show (a tuple).  % raises TypeError when a metavar
    tuple has the wrong length."""
    if nargs is None:
        return '%s' % metavars(1)
    if nargs == OPTIONAL:
        return '[%s]' % metavars(1)
    if nargs == ZERO_OR_MORE:
        names = metavars(1)
        return ('[%s [%s ...]]' if len(names) == 2 else '[%s ...]') % names
    if nargs == ONE_OR_MORE:
        return '%s [%s ...]' % metavars(2)
    if nargs == REMAINDER:
        return '...'
    if nargs == PARSER:
        return '%s ...' % metavars(1)
    if nargs == SUPPRESS:
        return ''
    try:
        count = len(range(nargs))
    except TypeError:
        raise ValueError('invalid nargs value') from None
    return ' '.join(['%s'] * count) % metavars(count)


def _subactions(action):
    """The entries a sub-commands action lists below itself in help."""
    listed = getattr(action, '_get_subactions', None)
    return [] if listed is None else list(listed())


def _usage_pieces(text):
    """The pieces of a usage text; like CPython, fails (AssertionError)
    when they do not make up the text, e.g. where a hidden group left
    two spaces."""
    pieces = _re.findall(_USAGE_PIECE, text)
    if ' '.join(pieces) != text:
        raise AssertionError()
    return pieces


def _break_usage(pieces, width, lead, first=None):
    """Lines of pieces separated by spaces, each line starting with lead
    and kept within width unless one piece is wider.  With first given,
    the first line is to follow it (and does not start with lead)."""
    lines = []
    current = []
    used = len(lead if first is None else first)
    for piece in pieces:
        if current and used + len(piece) > width:
            lines.append(lead + ' '.join(current))
            current = []
            used = len(lead)
        current.append(piece)
        used += len(piece) + 1
    if current:
        lines.append(lead + ' '.join(current))
    if first is not None:
        lines[0] = lines[0][len(lead):]
    return lines


class HelpFormatter:
    """Collects the usage, texts and arguments of a help message in
    sections, and lays them out in format_help().  Subclasses change the
    hooks CPython's formatter has: _format_usage, _format_text,
    _format_action (each at the indent in _current_indent),
    _format_action_invocation, _format_args, _metavar_formatter,
    _fill_text, _split_lines, _get_help_string and the
    _get_default_metavar_for_* pair."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        self._width = _columns() - 2 if width is None else width
        self._indent_increment = indent_increment
        self._max_help_position = min(
            max_help_position, max(self._width - 20, 2 * indent_increment))
        self._prog = prog
        # each item is (kind, payload); a section's payload is
        # (heading, its own items)
        self._items = []
        self._open = []
        self._depth = 0
        self._action_max_length = 0
        self._current_indent = 0

    # -- collecting --

    def start_section(self, heading):
        inner = []
        self._items.append(('section', (heading, inner)))
        self._open.append(self._items)
        self._items = inner
        self._depth += 1

    def end_section(self):
        self._items = self._open.pop()
        self._depth -= 1

    def add_text(self, text):
        if _shown(text):
            self._items.append(('text', text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._items.append(('usage', (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # sub-commands are shown indented below action, but their width
        # counts at action's indent
        heads = [self._format_action_invocation(a)
                 for a in [action] + _subactions(action)]
        width = self._depth * self._indent_increment + max(map(len, heads))
        self._action_max_length = max(self._action_max_length, width)
        self._items.append(('action', action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- laying out --

    def format_help(self):
        text = self._lay_out(self._items, 0)
        if not text:
            return text
        return _re.sub(r'\n{3,}', '\n\n', text).strip('\n') + '\n'

    def _lay_out(self, items, indent):
        pieces = [self._lay_out_item(kind, what, indent)
                  for kind, what in items]
        return ''.join([p for p in pieces if p and p is not SUPPRESS])

    def _lay_out_item(self, kind, what, indent):
        self._current_indent = indent
        if kind == 'text':
            return self._format_text(what)
        if kind == 'action':
            return self._format_action(what)
        if kind == 'usage':
            return self._format_usage(*what)
        heading, items = what
        body = self._lay_out(items, indent + self._indent_increment)
        if not body:
            return ''
        title = ''
        if _shown(heading):
            title = ' ' * indent + heading + ':\n'
        return '\n' + title + body + '\n'

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        indent = self._current_indent
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, ' ' * indent) + '\n\n'

    def _format_action(self, action):
        """The invocation, then the help in a column: beside it when it
        fits before the column, else from the next line; then the
        sub-commands', indented."""
        indent = self._current_indent
        parts = [self._action_lines(action, indent)]
        self._current_indent = indent + self._indent_increment
        try:
            parts.extend([self._format_action(a) for a in _subactions(action)])
        finally:
            self._current_indent = indent
        return ''.join(parts)

    def _action_lines(self, action, indent):
        column = min(self._action_max_length + 2, self._max_help_position)
        room = column - indent - 2
        head = self._format_action_invocation(action)
        if not action.help:
            return ' ' * indent + head + '\n'
        if len(head) <= room:
            out = [' ' * indent + head.ljust(room) + '  ']
            first_indent = 0
        else:
            out = [' ' * indent + head + '\n']
            first_indent = column
        if action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, max(self._width - column, 11))
                out.append(' ' * first_indent + lines[0] + '\n')
                out.extend([' ' * column + line + '\n' for line in lines[1:]])
        elif not out[0].endswith('\n'):
            out.append('\n')
        return ''.join(out)

    def _expand_help(self, action):
        """The help with its %(name)s fields filled from the action's
        attributes (names of types and functions rather than the
        objects; choices as a list)."""
        fields = {}
        for name, value in list(vars(action).items()) + [('prog', self._prog)]:
            if value is not SUPPRESS:
                fields[name] = getattr(value, '__name__', value)
        if fields.get('choices') is not None:
            fields['choices'] = ', '.join([str(c) for c in fields['choices']])
        return self._get_help_string(action) % fields

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar = self._get_default_metavar_for_positional(action)
            name, = self._metavar_formatter(action, metavar)(1)
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        values = self._format_args(
            action, self._get_default_metavar_for_optional(action))
        return ', '.join([opt + ' ' + values for opt in action.option_strings])

    def _metavars(self, action, fallback, count):
        """The names for count values of action, as a tuple."""
        name = fallback
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{' + ','.join([str(c) for c in action.choices]) + '}'
        return name if isinstance(name, tuple) else (name,) * count

    def _metavar_formatter(self, action, default_metavar):
        """A function giving the names of n values of action (a tuple)."""
        return lambda count: self._metavars(action, default_metavar, count)

    def _format_args(self, action, default_metavar):
        return _nargs_text(action.nargs,
                           self._metavar_formatter(action, default_metavar))

    # -- the usage line --

    def _format_usage(self, usage, actions, groups, prefix):
        indent = self._current_indent
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % {'prog': self._prog}
        elif not actions:
            usage = self._prog
        else:
            usage = self._built_usage(indent, actions, groups, prefix)
        return prefix + usage + '\n\n'

    def _built_usage(self, indent, actions, groups, prefix):
        prog = self._prog
        options = [a for a in actions if a.option_strings]
        places = [a for a in actions if not a.option_strings]
        line = ' '.join([s for s in (prog, self._usage_of(options + places,
                                                           groups)) if s])
        width = self._width - indent
        if len(prefix) + len(line) <= width:
            return line
        option_pieces = _usage_pieces(self._usage_of(options, groups))
        place_pieces = _usage_pieces(self._usage_of(places, groups))
        if len(prefix) + len(prog) > 0.75 * width:
            # a long name: it gets a line; the rest go under 'usage: '
            lead = ' ' * len(prefix)
            lines = _break_usage(option_pieces + place_pieces, width, lead)
            if len(lines) > 1:
                lines = (_break_usage(option_pieces, width, lead)
                         + _break_usage(place_pieces, width, lead))
            return '\n'.join([prog] + lines)
        # a short name: the rest line up after it, options first
        lead = ' ' * (len(prefix) + len(prog) + 1)
        first = option_pieces or place_pieces
        if not first:
            return prog
        lines = _break_usage([prog] + first, width, lead, prefix)
        if option_pieces:
            lines += _break_usage(place_pieces, width, lead)
        return '\n'.join(lines)

    def _usage_of(self, actions, groups):
        """actions as the usage shows them: optional ones in brackets,
        mutually exclusive groups bracketed (or parenthesised when
        required) with bars between their members."""
        gaps, grouped = _group_marks(actions, groups)
        for at, action in enumerate(actions):
            # a hidden action's bar goes with it: the one before, else
            # the one after
            if action.help is SUPPRESS:
                if gaps[at] == '|':
                    gaps[at] = None
                elif gaps[at + 1] == '|':
                    gaps[at + 1] = None
        words = [gaps[0]]
        for at, action in enumerate(actions):
            if action.help is not SUPPRESS:
                words.append(self._usage_word(action, action in grouped))
            words.append(gaps[at + 1])
        text = ' '.join([w for w in words if w is not None])
        for pattern, replacement in _USAGE_TIDY:
            text = _re.sub(pattern, replacement, text)
        return text.strip()

    def _usage_word(self, action, grouped):
        if not action.option_strings:
            word = self._format_args(
                action, self._get_default_metavar_for_positional(action))
            if grouped and word[:1] == '[' and word[-1:] == ']':
                word = word[1:-1]
            return word
        if action.nargs == 0:
            word = action.format_usage()
        else:
            word = action.option_strings[0] + ' ' + self._format_args(
                action, self._get_default_metavar_for_optional(action))
        if action.required or grouped:
            return word
        return '[' + word + ']'

    # -- hooks for the formatter subclasses --

    def _fill_text(self, text, width, indent):
        return _textwrap.fill(_COLLAPSE.sub(' ', text).strip(), width,
                              initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        return _textwrap.wrap(_COLLAPSE.sub(' ', text).strip(), width)

    def _get_help_string(self, action):
        """The help text, before its %(name)s fields are filled."""
        return action.help

    def _get_default_metavar_for_positional(self, action):
        """The name shown for a positional's values without metavar=."""
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        """The name shown for an option's values without metavar=."""
        return action.dest.upper()


def _group_marks(actions, groups):
    """What goes in the gaps around actions (gap i comes before
    actions[i]) for the mutually exclusive groups whose members stand
    together in actions: an opening and a closing mark and bars between;
    also the set of those members."""
    gaps = [None] * (len(actions) + 1)
    grouped = set()
    for group in groups:
        members = group._group_actions
        if not members:
            raise ValueError(f'empty group {group}')
        if members[0] not in actions:
            continue
        start = actions.index(members[0])
        end = start + len(members)
        if actions[start:end] != members:
            continue
        grouped.update(members)
        visible = len([a for a in members if a.help is not SUPPRESS])
        if not group.required:
            _put_mark(gaps, start, end, '[', ']')
        elif visible > 1:
            _put_mark(gaps, start, end, '(', ')')
        for at in range(start + 1, end):
            gaps[at] = '|'
    return gaps, grouped


def _put_mark(gaps, start, end, opening, closing):
    gaps[start] = opening if gaps[start] is None else gaps[start] + ' ' + opening
    gaps[end] = closing if gaps[end] is None else gaps[end] + closing


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the line breaks of the description and the epilog."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line
                        for line in text.splitlines(keepends=True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every text, arguments' help included."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Ends each option's help (and that of a positional that may be
    left out) with its default, unless the help shows it already."""

    def _get_help_string(self, action):
        text = action.help or ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names every argument's values by its type."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---- actions ----

_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
           'choices', 'required', 'help', 'metavar')


class Action:
    """An argument: its option strings (none for a positional), where
    its value goes and how it is read.  Calling it stores what the
    command line gave; subclasses define __call__."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        values = (option_strings, dest, nargs, const, default, type, choices,
                  required, help, metavar)
        for name, value in zip(_FIELDS, values):
            setattr(self, name, value)

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in _FIELDS]

    def __repr__(self):
        return _call_repr(self, self._get_kwargs())

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _copied(namespace, dest):
    """A copy of the destination's list (a new one if it has none), so
    that growing it never changes a default."""
    old = getattr(namespace, dest, None)
    if old is None:
        return []
    if type(old) is list:
        return old[:]
    import copy
    return copy.copy(old)


def _do_store(action, parser, namespace, values, option_string=None):
    setattr(namespace, action.dest, values)


def _do_store_const(action, parser, namespace, values, option_string=None):
    setattr(namespace, action.dest, action.const)


def _do_append(action, parser, namespace, values, option_string=None):
    items = _copied(namespace, action.dest)
    items.append(values)
    setattr(namespace, action.dest, items)


def _do_append_const(action, parser, namespace, values, option_string=None):
    items = _copied(namespace, action.dest)
    items.append(action.const)
    setattr(namespace, action.dest, items)


def _do_extend(action, parser, namespace, values, option_string=None):
    items = _copied(namespace, action.dest)
    items.extend(values)
    setattr(namespace, action.dest, items)


def _do_count(action, parser, namespace, values, option_string=None):
    before = getattr(namespace, action.dest, None)
    setattr(namespace, action.dest, 1 if before is None else before + 1)


def _do_help(action, parser, namespace, values, option_string=None):
    parser.print_help()
    parser.exit()


def _do_version(action, parser, namespace, values, option_string=None):
    text = action.version if action.version is not None else parser.version
    formatter = parser._get_formatter()
    formatter.add_text(text)
    parser._print_message(formatter.format_help(), _sys.stdout)
    parser.exit()


_VALUED = dict(nargs=None, const=None, default=None, type=None, choices=None,
               required=False, help=None, metavar=None)
_CONSTANT = dict(const=None, default=None, required=False, help=None,
                 metavar=None)
_SWITCH = dict(default=None, required=False, help=None)
_STORE_ZERO = ('nargs for store actions must be != 0; if you have nothing to'
               ' store, actions such as store true or store const may be'
               ' more appropriate')
_APPEND_ZERO = ('nargs for append actions must be != 0; if arg strings are'
                ' not supplying the value to append, the append const action'
                ' may be more appropriate')

# kind -> (its class's name, the keywords it accepts with their
#          defaults, the fields it fixes, its effect, the complaint when
#          nargs is 0 (None: nargs is not a keyword))
_KINDS = {
    'store': ('_StoreAction', _VALUED, {}, _do_store, _STORE_ZERO),
    'store_const': ('_StoreConstAction', _CONSTANT, {'nargs': 0},
                    _do_store_const, None),
    'store_true': ('_StoreTrueAction', dict(_SWITCH, default=False),
                   {'nargs': 0, 'const': True}, _do_store_const, None),
    'store_false': ('_StoreFalseAction', dict(_SWITCH, default=True),
                    {'nargs': 0, 'const': False}, _do_store_const, None),
    'append': ('_AppendAction', _VALUED, {}, _do_append, _APPEND_ZERO),
    'append_const': ('_AppendConstAction', _CONSTANT, {'nargs': 0},
                     _do_append_const, None),
    'extend': ('_ExtendAction', _VALUED, {}, _do_extend, _APPEND_ZERO),
    'count': ('_CountAction', _SWITCH, {'nargs': 0}, _do_count, None),
    'help': ('_HelpAction', dict(default=SUPPRESS, help=None), {'nargs': 0},
             _do_help, None),
    'version': ('_VersionAction', dict(
        version=None, default=SUPPRESS,
        help="show program's version number and exit"), {'nargs': 0},
        _do_version, None),
}


class _KindAction(Action):
    """A built-in action: self._kind names its row of _KINDS."""
    _kind = None

    def __init__(self, option_strings, dest=SUPPRESS, **given):
        _name, accepted, fixed, _effect, zero_nargs = _KINDS[self._kind]
        for name in given:
            if name not in accepted:
                raise TypeError('%s.__init__() got an unexpected keyword '
                                'argument %r' % (type(self).__name__, name))
        settings = dict(accepted, **given)
        if zero_nargs is not None:
            if settings['nargs'] == 0:
                raise ValueError(zero_nargs)
            if settings['const'] is not None and settings['nargs'] != OPTIONAL:
                raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        settings.update(fixed)
        version = settings.pop('version', None)
        Action.__init__(self, option_strings, dest, **settings)
        if self._kind == 'version':
            self.version = version


# a class per kind, named as CPython names it (reprs and messages show
# the name), its effect its __call__; the registry of
# add_argument(action=...) starts from these
_ACTION_CLASSES = {kind: type(row[0], (_KindAction,),
                              {'_kind': kind, '__call__': row[3]})
                   for kind, row in _KINDS.items()}
_ACTION_CLASSES[None] = _ACTION_CLASSES['store']
(_StoreAction, _StoreConstAction, _StoreTrueAction, _StoreFalseAction,
 _AppendAction, _AppendConstAction, _ExtendAction, _CountAction, _HelpAction,
 _VersionAction) = [_ACTION_CLASSES[kind] for kind in _KINDS]


class BooleanOptionalAction(Action):
    """A switch with a negative twin: --name sets True, --no-name
    False."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        both = []
        for option in option_strings:
            both.append(option)
            if option[:2] == '--':
                both.append('--no-' + option[2:])
        Action.__init__(self, both, dest, 0, None, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, option_string[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _ChoicesPseudoAction(Action):
    """A sub-command's line in the help: its name and aliases."""

    def __init__(self, name, aliases, help):
        shown = name + (' (%s)' % ', '.join(aliases) if aliases else '')
        Action.__init__(self, [], name, help=help, metavar=shown)


class _SubParsersAction(Action):
    """The positional that names a sub-command: it hands the strings
    after the name to that command's parser (nargs PARSER)."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        # the choices are the commands' parsers by name (and alias)
        self._name_parser_map = {}
        Action.__init__(self, option_strings, dest, PARSER, None, None, None,
                        self._name_parser_map, required, help, metavar)
        self._prog_prefix, self._parser_class = prog, parser_class
        self._choices_actions = []

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prog_prefix + ' ' + name
        aliases = kwargs.pop('aliases', ())
        for word, what in [(name, 'subparser')] + [
                (a, 'subparser alias') for a in aliases]:
            if word in self._name_parser_map:
                raise ArgumentError(self, 'conflicting %s: %s' % (what, word))
        if 'help' in kwargs:
            self._choices_actions.append(
                _ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        for word in [name] + list(aliases):
            self._name_parser_map[word] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        chosen = self._name_parser_map.get(name)
        if chosen is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (
                name, ', '.join(self._name_parser_map)))
        # the command's own defaults win over the caller's: it parses
        # into a fresh namespace that is then copied over
        found, rest = chosen.parse_known_args(rest, None)
        for key, value in vars(found).items():
            setattr(namespace, key, value)
        if rest:
            if not hasattr(namespace, _UNRECOGNIZED):
                setattr(namespace, _UNRECOGNIZED, [])
            getattr(namespace, _UNRECOGNIZED).extend(rest)


# where a sub-command leaves the strings it did not know, for the
# parse_known_args above it
_UNRECOGNIZED = '_unrecognized_args'


class FileType:
    """A type= that opens its argument as a file; '-' stands for
    standard input (read modes) or output (write modes)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        if string == '-':
            return self._standard_stream()
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as err:
            raise ArgumentTypeError("can't open '%s': %s" % (string, err))

    def _standard_stream(self):
        mode = self._mode
        if 'r' in mode:
            stream = _sys.stdin
        elif 'w' in mode or 'a' in mode or 'x' in mode:
            stream = _sys.stdout
        else:
            raise ValueError('argument "-" with mode %r' % mode)
        return stream.buffer if 'b' in mode else stream

    def __repr__(self):
        words = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        for name in ('encoding', 'errors'):
            value = getattr(self, '_' + name)
            if value is not None:
                words.append('%s=%r' % (name, value))
        return type(self).__name__ + '(' + ', '.join(words) + ')'


# ---- declaring arguments: the parser and its groups ----

_CONFLICT_HANDLERS = ('error', 'resolve')
_SHARED_TABLES = ('_actions', '_option_string_actions', '_defaults',
                  '_mutually_exclusive_groups', '_registry')


class _Container:
    """What a parser and its argument groups share: declaring arguments.
    All of a parser's actions, option strings and defaults live in the
    parser (self._parser); a group also lists the actions shown under
    its heading."""

    def _setup(self, parser, description, prefix_chars, argument_default,
               conflict_handler):
        if conflict_handler not in _CONFLICT_HANDLERS:
            raise ValueError('invalid conflict_resolution value: %r'
                             % conflict_handler)
        self._parser = parser
        self.description = description
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self._action_groups = []

        # the parser's tables, whichever container is asked
        for name in _SHARED_TABLES:
            setattr(self, name, getattr(parser, name))

    def register(self, registry_name, value, obj):
        self._registry.setdefault(registry_name, {})[value] = obj

    def _registry_get(self, registry_name, value, default=None):
        return self._registry.get(registry_name, {}).get(value, default)

    def set_defaults(self, **kwargs):
        """Defaults by destination, arguments or not; they replace the
        defaults of the arguments declared already."""
        self._defaults.update(kwargs)
        for action in self._actions:
            action.default = kwargs.get(action.dest, action.default)

    def get_default(self, dest):
        found = [a.default for a in self._actions
                 if a.dest == dest and a.default is not None]
        return found[0] if found else self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) declares a positional,
        add_argument(option_string, ..., name=value, ...) an option."""
        if not args or (len(args) == 1 and args[0][0] not in self.prefix_chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            settings = self._positional_settings(*args, **kwargs)
        else:
            settings = self._option_settings(args, kwargs)
        if 'default' not in settings:
            if settings['dest'] in self._defaults:
                settings['default'] = self._defaults[settings['dest']]
            elif self.argument_default is not None:
                settings['default'] = self.argument_default
        kind = settings.pop('action', None)
        action_class = self._registry_get('action', kind, kind)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**settings)
        _check_declared(self, action)
        return self._add_action(action)

    def _positional_settings(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        may_be_absent = nargs == OPTIONAL or (nargs == ZERO_OR_MORE
                                              and 'default' in kwargs)
        if not may_be_absent:
            kwargs['required'] = True
        kwargs.update(dest=dest, option_strings=[])
        return kwargs

    def _option_settings(self, options, kwargs):
        chars = self.prefix_chars
        for option in options:
            if option[0] not in chars:
                raise ValueError('invalid option string %r: must start with '
                                 'a character %r' % (option, chars))
        dest = kwargs.pop('dest', None)
        if dest is None:
            # named after the first long option, else the first one
            longs = [o for o in options if len(o) > 1 and o[1] in chars]
            dest = (longs + list(options))[0].lstrip(chars).replace('-', '_')
            if not dest:
                raise ValueError('dest= is required for options like %r'
                                 % options[-1])
        kwargs.update(dest=dest, option_strings=list(options))
        return kwargs

    def add_argument_group(self, *args, **kwargs):
        self._action_groups.append(_ArgumentGroup(self, *args, **kwargs))
        return self._action_groups[-1]

    def add_mutually_exclusive_group(self, **kwargs):
        # kept by the parser: the usage line shows every such group
        self._mutually_exclusive_groups.append(
            _MutuallyExclusiveGroup(self, **kwargs))
        return self._mutually_exclusive_groups[-1]

    def _add_action(self, action):
        """Records action in the parser's tables (after settling clashes
        of option strings); the group it is shown in lists it too."""
        self._settle_clashes(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
            if _LOOKS_NEGATIVE.match(option):
                self._parser._negative_options = True
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _settle_clashes(self, action):
        table = self._option_string_actions
        taken = [o for o in action.option_strings if o in table]
        if not taken:
            return
        if self.conflict_handler == 'error':
            what = 'string' if len(taken) == 1 else 'strings'
            raise ArgumentError(action, 'conflicting option %s: %s'
                                % (what, ', '.join(taken)))
        # 'resolve': the older action loses those option strings, and
        # goes when it has none left
        for option in taken:
            older = table.pop(option)
            older.option_strings.remove(option)
            if not older.option_strings:
                older.container._remove_action(older)


def _check_declared(container, action):
    """The errors add_argument reports about a new action (a metavar
    tuple of the wrong length only when added to the parser itself)."""
    convert = container._registry_get('type', action.type, action.type)
    if convert is None:
        convert = _same
    if not callable(convert):
        raise ValueError('%r is not callable' % (convert,))
    if convert is FileType:
        raise ValueError('%r is a FileType class object, instance of it must '
                         'be passed' % (convert,))
    if not isinstance(container, ArgumentParser):
        return
    try:
        container._get_formatter()._format_args(action, None)
    except TypeError:
        raise ValueError('length of metavar tuple does not match nargs')


def _same(text):
    return text


class _ArgumentGroup(_Container):
    """A heading in the help, with its own description and arguments."""

    def __init__(self, container, title=None, description=None,
                 prefix_chars=None, argument_default=None,
                 conflict_handler=None):
        def inherit(value, name):
            return getattr(container, name) if value is None else value
        self._setup(container._parser, description,
                    inherit(prefix_chars, 'prefix_chars'),
                    inherit(argument_default, 'argument_default'),
                    inherit(conflict_handler, 'conflict_handler'))
        self.title = title
        self._group_actions = []

    def _add_action(self, action):
        _Container._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _Container._remove_action(self, action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which the command line may give one; the actions
    are shown where the group's container shows them."""

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self._container, self.required = container, required

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._group_actions.append(self._container._add_action(action))
        return action

    def _remove_action(self, action):
        """Removes action from the group and from where it is shown."""
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---- the parser ----

class ArgumentParser(_Container):
    """Declares arguments, turns command lines into a Namespace, and
    prints usage and help.  A bad command line prints the usage and a
    message to stderr and exits with status 2."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        self._actions, self._option_string_actions = [], {}
        self._defaults, self._mutually_exclusive_groups = {}, []
        self._registry = {'action': dict(_ACTION_CLASSES,
                                         parsers=_SubParsersAction)}
        self._subparsers = None
        self._negative_options = False
        self._setup(self, description, prefix_chars, argument_default,
                    conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage, self.epilog = usage, epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._inherit(parent)

    def _inherit(self, parent):
        """Takes in parent's arguments, each into the group of the same
        title (made when missing), in the order parent declared them."""
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are '
                                 'named %r' % (group.title,))
            by_title[group.title] = group
        home = {}
        for group in parent._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                home[action] = by_title[group.title]
        for group in parent._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[action] = twin
        for action in parent._actions:
            home.get(action, self)._add_action(action)
        self._defaults.update(parent._defaults)

    def add_subparsers(self, **kwargs):
        """The action to which sub-commands are added (add_parser); it is
        listed under the positionals unless given a title or a
        description."""
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        group = self._positionals
        if 'title' in kwargs or 'description' in kwargs:
            group = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                            kwargs.pop('description', None))
        self._subparsers = group
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._command_prefix()
        kind = kwargs.pop('action', 'parsers')
        action_class = self._registry_get('action', kind, kind)
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _command_prefix(self):
        """How a sub-command's usage begins: this parser's usage without
        'usage: ' and without the options."""
        formatter = self._get_formatter()
        places = [a for a in self._actions if not a.option_strings]
        formatter.add_usage(self.usage, places,
                            self._mutually_exclusive_groups, '')
        return formatter.format_help().strip()

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_kwargs(self):
        names = ('prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help')
        return [(name, getattr(self, name)) for name in names]

    def __repr__(self):
        return _call_repr(self, self._get_kwargs())

    # -- reading a command line --

    def parse_args(self, args=None, namespace=None):
        namespace, unknown = self.parse_known_args(args, namespace)
        if unknown:
            self.error('unrecognized arguments: ' + ' '.join(unknown))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        strings = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if (action.dest is not SUPPRESS and action.default is not SUPPRESS
                    and not hasattr(namespace, action.dest)):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if not self.exit_on_error:
            namespace, unknown = self._read(strings, namespace)
        else:
            try:
                namespace, unknown = self._read(strings, namespace)
            except ArgumentError as err:
                self.error(str(err))
        if hasattr(namespace, _UNRECOGNIZED):
            unknown.extend(getattr(namespace, _UNRECOGNIZED))
            delattr(namespace, _UNRECOGNIZED)
        return namespace, unknown

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, unknown = self.parse_known_intermixed_args(args,
                                                              namespace)
        if unknown:
            self.error('unrecognized arguments: ' + ' '.join(unknown))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Positionals may come between the options: a first reading
        takes the options only (the positionals, made to take nothing
        and set nothing, leave their strings over), a second gives the
        positionals what the first left (no option then required)."""
        places = [a for a in self._actions if not a.option_strings]
        for action in places:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg '
                                'with nargs=%s' % action.nargs)
        groups = self._mutually_exclusive_groups
        if any(a in places for g in groups for a in g._group_actions):
            raise TypeError('parse_intermixed_args: positional in '
                            'mutuallyExclusiveGroup')
        options = [a for a in self._actions if a.option_strings]
        own_usage = self.usage
        try:
            if own_usage is None:
                # both readings' errors show the usage of all arguments
                self.usage = self.format_usage()[len('usage: '):]
            with _Switched(places, nargs=SUPPRESS, default=SUPPRESS):
                namespace, left = self.parse_known_args(args, namespace)
                for action in places:
                    if getattr(namespace, action.dest, None) == []:
                        import warnings as _warnings
                        _warnings.warn('Do not expect %s in %s'
                                       % (action.dest, namespace))
                        delattr(namespace, action.dest)
            with _Switched(options + groups, required=False):
                return self.parse_known_args(left, namespace)
        finally:
            self.usage = own_usage

    def _read(self, strings, namespace):
        if self.fromfile_prefix_chars is not None:
            strings = self._read_args_from_files(strings)
        return _Reading(self, strings, namespace).run()

    def _read_args_from_files(self, strings):
        """strings with each '@file' (for a fromfile prefix '@')
        replaced by the arguments in file, one a line."""
        out = []
        for text in strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                out.append(text)
                continue
            try:
                with open(text[1:]) as source:
                    lines = source.read().splitlines()
            except OSError as err:
                self.error(str(err))
            found = []
            for line in lines:
                found.extend(self.convert_arg_line_to_args(line))
            out.extend(self._read_args_from_files(found))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _parse_optional(self, text):
        """What text is on the command line: None for an argument, else
        (action or None when unknown, option string, the text after
        '=' or after a short option, or None)."""
        table = self._option_string_actions
        if not text or text[0] not in self.prefix_chars:
            return None
        if text in table:
            return table[text], text, None
        if len(text) == 1:
            return None
        option, equals, after = text.partition('=')
        if equals and option in table:
            return table[option], option, after
        candidates = self._option_candidates(text)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s' % (
                text, ', '.join([c[1] for c in candidates])))
        if candidates:
            return candidates[0]
        if _LOOKS_NEGATIVE.match(text) and not self._negative_options:
            return None
        if ' ' in text:
            return None
        return None, text, None

    def _option_candidates(self, text):
        """The options text may stand for: a long option it begins (when
        abbreviations are allowed), or for a single prefix character a
        short option followed by its value, or an option it begins."""
        chars = self.prefix_chars
        table = self._option_string_actions
        if text[0] not in chars:
            self.error('unexpected option string: %s' % text)
        if text[1] in chars:
            if not self.allow_abbrev:
                return []
            start, equals, after = text.partition('=')
            value = after if equals else None
            return [(table[o], o, value) for o in table if o.startswith(start)]
        found = []
        for option in table:
            if option == text[:2]:
                found.append((table[option], option, text[2:]))
            elif option.startswith(text):
                found.append((table[option], option, None))
        return found

    def _get_values(self, action, strings):
        """The value action gets from its argument strings: converted
        by type= and checked against choices=, as nargs says."""
        nargs = action.nargs
        if nargs != PARSER and nargs != REMAINDER and '--' in strings:
            strings.remove('--')
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = strings if action.default is None else action.default
            self._check_value(action, value)
            return value
        if len(strings) == 1 and (nargs is None or nargs == OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, s) for s in strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values

    def _get_value(self, action, text):
        convert = self._registry_get('type', action.type, action.type)
        if convert is None:
            convert = _same
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, text))

    def _check_value(self, action, value):
        choices = action.choices
        if choices is not None and value not in choices:
            listed = ', '.join([repr(c) for c in choices])
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, listed))

    # -- help and messages --

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def _formatter_with_usage(self):
        formatter = self._get_formatter()
        groups = self._mutually_exclusive_groups
        formatter.add_usage(self.usage, self._actions, groups)
        return formatter

    def format_usage(self):
        return self._formatter_with_usage().format_help()

    def format_help(self):
        formatter = self._formatter_with_usage()
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(),
                            _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(),
                            _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    def error(self, message):
        """Ends the program: the usage and message on stderr, status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    def exit(self, status=0, message=None):
        """Ends the program with status, after message (if any) on
        stderr."""
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)


# ---- the matcher ----

# nargs -> the classes a positional's arguments may span ('A' argument,
# 'O' option, '-' the '--'); an option's arguments never include '-'
_SPANS = {None: '(-*A-*)', OPTIONAL: '(-*A?-*)', ZERO_OR_MORE: '(-*[A-]*)',
          ONE_OR_MORE: '(-*A[A-]*)', REMAINDER: '([-AO]*)',
          PARSER: '(-*A[-AO]*)', SUPPRESS: '(-*-*)'}
_COUNT_ERRORS = {None: 'expected one argument',
                 OPTIONAL: 'expected at most one argument',
                 ONE_OR_MORE: 'expected at least one argument'}


def _span(action):
    nargs = action.nargs
    if isinstance(nargs, str) or nargs is None:
        pattern = _SPANS[nargs]
    else:
        pattern = '(-*' + '-*'.join('A' * nargs) + '-*)'
    if action.option_strings:
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


class _Switched:
    """Gives some attributes of some objects other values for the time
    of a with statement."""

    def __init__(self, objects, **values):
        self._objects = objects
        self._values = values
        self._kept = []

    def __enter__(self):
        for obj in self._objects:
            self._kept.append([(n, getattr(obj, n)) for n in self._values])
            for name, value in self._values.items():
                setattr(obj, name, value)

    def __exit__(self, *exc_info):
        for obj, kept in zip(self._objects, self._kept):
            for name, value in kept:
                setattr(obj, name, value)


class _Reading:
    """One reading of a command line.  classes[i] is the class of
    strings[i]; options maps the index of each option string to what
    _parse_optional made of it."""

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.options = {}
        self.classes = self._classify()
        self.waiting = [a for a in parser._actions if not a.option_strings]
        self.seen = set()
        self.set_by_user = set()
        self.unknown = []
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            for action in group._group_actions:
                self.rivals.setdefault(action, []).extend(
                    [a for a in group._group_actions if a is not action])

    def _classify(self):
        classes = []
        ended = False
        for at, text in enumerate(self.strings):
            if ended:
                classes.append('A')
            elif text == '--':
                classes.append('-')
                ended = True
            else:
                found = self.parser._parse_optional(text)
                if found is not None:
                    self.options[at] = found
                classes.append('A' if found is None else 'O')
        return ''.join(classes)

    def run(self):
        at = 0
        marks = sorted(self.options)
        while marks and at <= marks[-1]:
            option_at = min([m for m in marks if m >= at])
            if at < option_at:
                after = self._take_positionals(at)
                if after > at:
                    at = after
                    continue
            if at < option_at:
                self.unknown.extend(self.strings[at:option_at])
                at = option_at
            at = self._take_option(at)
        at = self._take_positionals(at)
        self.unknown.extend(self.strings[at:])
        self._finish()
        return self.namespace, self.unknown

    def _count(self, action, classes):
        """How many strings at the start of classes action takes."""
        found = _re.match(_span(action), classes)
        if found is not None:
            return len(found.group(1))
        message = _COUNT_ERRORS.get(action.nargs)
        if message is None:
            plural = '' if action.nargs == 1 else 's'
            message = 'expected %s argument%s' % (action.nargs, plural)
        raise ArgumentError(action, message)

    def _take_option(self, at):
        """Applies the option at strings[at] (and, for '-xyz', the short
        options joined to it); returns the index after its arguments."""
        action, option, attached = self.options[at]
        if action is None:
            self.unknown.append(self.strings[at])
            return at + 1
        ready = []
        while attached is not None:
            takes = self._count(action, 'A')
            if takes == 1:
                ready.append((action, [attached], option))
                break
            joined = (takes == 0 and option[1] not in self.parser.prefix_chars
                      and attached != '')
            if not joined:
                raise ArgumentError(action, 'ignored explicit argument %r'
                                    % attached)
            # '-xyz' where -x takes nothing: -y comes next
            ready.append((action, [], option))
            option = option[0] + attached[0]
            if option not in self.parser._option_string_actions:
                raise ArgumentError(action, 'ignored explicit argument %r'
                                    % attached)
            action = self.parser._option_string_actions[option]
            attached = attached[1:] or None
        end = at + 1
        if attached is None:
            end += self._count(action, self.classes[at + 1:])
            ready.append((action, self.strings[at + 1:end], option))
        for action, args, option in ready:
            self._apply(action, args, option)
        return end

    def _take_positionals(self, at):
        """Gives the waiting positionals the arguments from at on, as
        many positionals as can all match; returns where they ended."""
        counts = self._fit(self.classes[at:])
        for action, count in zip(self.waiting, counts):
            self._apply(action, self.strings[at:at + count])
            at += count
        del self.waiting[:len(counts)]
        return at

    def _fit(self, classes):
        for size in range(len(self.waiting), 0, -1):
            pattern = ''.join([_span(a) for a in self.waiting[:size]])
            found = _re.match(pattern, classes)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _apply(self, action, strings, option=None):
        self.seen.add(action)
        value = self.parser._get_values(action, strings)
        # an action that only yields its default does not count as given
        if value is not action.default:
            self.set_by_user.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.set_by_user:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _label(rival))
        if value is not SUPPRESS:
            action(self.parser, self.namespace, value, option)

    def _finish(self):
        """Complains of missing required arguments; converts the string
        defaults of the arguments left out."""
        parser = self.parser
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_label(action))
            elif (isinstance(action.default, str)
                  and getattr(self.namespace, action.dest, None)
                  is action.default):
                setattr(self.namespace, action.dest,
                        parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: '
                         + ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            if group.required and not any([a in self.set_by_user
                                           for a in members]):
                names = [_label(a) for a in members if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required'
                             % ' '.join(names))
'''

CMATH_SRC = r'''
"""cmath: mathematical functions for complex numbers (written for
rtpython).  The finite cases use CPython's formulas step by step (scaling
near overflow and underflow, log1p near |z| = 1), so results agree to
the last bit; infinities and NaNs follow C99's Annex G, as CPython's
tables do: a ValueError where Annex G raises 'invalid', an OverflowError
where a finite argument overflows."""
import math as _m

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh',
           'e', 'exp', 'inf', 'infj', 'isclose', 'isfinite', 'isinf',
           'isnan', 'log', 'log10', 'nan', 'nanj', 'phase', 'pi', 'polar',
           'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau']

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MIN = 2.2250738585072014e-308
_LARGE = 1.7976931348623157e+308 / 4.0
_LOG_LARGE = _m.log(_LARGE)
_SQRT_LARGE = _m.sqrt(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_MANT_DIG = 53
_INF = _m.inf
_NAN = _m.nan


class _Domain(Exception):
    pass


def _complex_arg(z):
    if isinstance(z, complex):
        return z
    if hasattr(type(z), '__complex__'):
        return complex(z)
    if isinstance(z, float):
        return complex(z, 0.0)
    if hasattr(type(z), '__float__') or hasattr(type(z), '__index__'):
        return complex(float(z), 0.0)
    raise TypeError('must be real number, not %s' % type(z).__name__)


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def _checked(f):
    """f(x, y) -> (re, im) as a cmath function: Annex G's 'invalid'
    (_Domain) is a ValueError, a finite argument's infinite result an
    OverflowError."""
    def function(z, /):
        z = _complex_arg(z)
        try:
            re, im = f(z.real, z.imag)
        except _Domain:
            raise ValueError('math domain error') from None
        if _finite(z) and (_m.isinf(re) or _m.isinf(im)):
            raise OverflowError('math range error')
        return complex(re, im)
    function.__name__ = f.__name__.lstrip('_')
    function.__qualname__ = function.__name__
    function.__doc__ = f.__doc__
    return function


def _cis_inf(y):
    """inf·cis(y) for a finite nonzero y: the signs of cos and sin."""
    return _m.copysign(_INF, _m.cos(y)), _m.copysign(_INF, _m.sin(y))


def _sqrt(x, y):
    """Return the square root of z."""
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(y):
            return _INF, y
        if x == -_INF:
            return (_NAN, _INF) if _m.isnan(y) else (0.0, _m.copysign(_INF, y))
        if x == _INF:
            return (_INF, _NAN) if _m.isnan(y) else (_INF, _m.copysign(0.0, y))
        return _NAN, _NAN
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # scaled up by 2**53 (and the root down by 2**-27): exact
        ax = _m.ldexp(ax, 53)
        root = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        root = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * root)
    if x >= 0.0:
        return root, _m.copysign(d, y)
    return d, _m.copysign(root, y)


def _exp(x, y):
    """Return the exponential value e**z."""
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(y) and (_m.isfinite(x) or x == _INF):
            raise _Domain
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            if x > 0:
                return _cis_inf(y)
            return _m.copysign(0.0, _m.cos(y)), _m.copysign(0.0, _m.sin(y))
        if x == -_INF:
            return 0.0, (_m.copysign(0.0, y) if y == 0.0 else 0.0)
        if x == _INF:
            return (_INF, y) if y == 0.0 else (_INF, _NAN)
        if _m.isnan(x) and y == 0.0:
            return _NAN, y
        return _NAN, _NAN
    if x > _LOG_LARGE:
        scale = _m.exp(x - 1.0)
        return scale * _m.cos(y) * e, scale * _m.sin(y) * e
    scale = _m.exp(x)
    return scale * _m.cos(y), scale * _m.sin(y)


def _c_log(x, y):
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x) or _m.isinf(y):
            if _m.isnan(x) or _m.isnan(y):
                return _INF, _NAN
            return _INF, _m.atan2(y, x)
        return _NAN, _NAN
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        re = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax == 0.0 and ay == 0.0:
            raise _Domain
        re = (_m.log(_m.hypot(_m.ldexp(ax, _MANT_DIG),
                              _m.ldexp(ay, _MANT_DIG)))
              - _MANT_DIG * _LN2)
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            big, small = max(ax, ay), min(ax, ay)
            re = _m.log1p((big - 1) * (big + 1) + small * small) / 2.0
        else:
            re = _m.log(h)
    return re, _m.atan2(y, x)


def _log10(x, y):
    """Return the base-10 logarithm of z."""
    re, im = _c_log(x, y)
    return re / _LN10, im / _LN10


def _asinh(x, y):
    """Return the inverse hyperbolic sine of z."""
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x):
            if _m.isnan(y):
                return x, _NAN
            return x, _m.copysign(_m.atan2(abs(y), _INF) if _m.isinf(y)
                                  else 0.0, y)
        if _m.isinf(y):
            return (_INF if _m.isnan(x) else _m.copysign(_INF, x),
                    _NAN if _m.isnan(x) else _m.copysign(pi / 2, y))
        if _m.isnan(x) and y == 0.0:
            return _NAN, y
        return _NAN, _NAN
    if abs(x) > _LARGE or abs(y) > _LARGE:
        big = _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        re = _m.copysign(big, x) if y >= 0.0 else -_m.copysign(big, -x)
        return re, _m.atan2(y, abs(x))
    s1 = _sqrt(1.0 + y, -x)
    s2 = _sqrt(1.0 - y, x)
    return (_m.asinh(s1[0] * s2[1] - s2[0] * s1[1]),
            _m.atan2(y, s1[0] * s2[0] - s1[1] * s2[1]))


def _asin(x, y):
    """Return the arc sine of z."""
    re, im = _asinh(-y, x)
    return im, -re


def _acos(x, y):
    """Return the arc cosine of z."""
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x):
            if _m.isnan(y):
                return _NAN, _INF
            if _m.isinf(y):
                return _m.atan2(abs(y), x), -_m.copysign(_INF, y)
            return (pi if x < 0 else 0.0), -_m.copysign(_INF, y)
        if _m.isinf(y):
            return (_NAN if _m.isnan(x) else pi / 2), -_m.copysign(_INF, y)
        if x == 0.0 and _m.isnan(y):
            return pi / 2, _NAN
        return _NAN, _NAN
    if abs(x) > _LARGE or abs(y) > _LARGE:
        big = _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        im = -_m.copysign(big, y) if x < 0 else _m.copysign(big, -y)
        return _m.atan2(abs(y), x), im
    s1 = _sqrt(1.0 - x, -y)
    s2 = _sqrt(1.0 + x, y)
    return (2.0 * _m.atan2(s1[0], s2[0]),
            _m.asinh(s2[0] * s1[1] - s2[1] * s1[0]))


def _acosh(x, y):
    """Return the inverse hyperbolic cosine of z."""
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x):
            if _m.isnan(y):
                return _INF, _NAN
            if _m.isinf(y):
                return _INF, _m.atan2(y, x)
            return _INF, _m.copysign(pi if x < 0 else 0.0, y)
        if _m.isinf(y):
            return _INF, (_NAN if _m.isnan(x) else _m.copysign(pi / 2, y))
        return _NAN, _NAN
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return (_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0,
                _m.atan2(y, x))
    s1 = _sqrt(x - 1.0, y)
    s2 = _sqrt(x + 1.0, y)
    return (_m.asinh(s1[0] * s2[0] + s1[1] * s2[1]),
            2.0 * _m.atan2(s1[1], s2[0]))


def _atanh(x, y):
    """Return the inverse hyperbolic tangent of z."""
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(y):
            return (0.0 if _m.isnan(x) else _m.copysign(0.0, x),
                    _m.copysign(pi / 2, y))
        if _m.isinf(x):
            if _m.isnan(y):
                return _m.copysign(0.0, x), _NAN
            return _m.copysign(0.0, x), _m.copysign(pi / 2, y)
        if x == 0.0:
            return x, _NAN
        return _NAN, _NAN
    if x < 0.0:
        re, im = _atanh(-x, -y)
        return -re, -im
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, -_m.copysign(pi / 2.0, -y)
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _Domain
        return (-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                _m.copysign(_m.atan2(2.0, -ay) / 2, y))
    return (_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
            -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def _atan(x, y):
    """Return the arc tangent of z."""
    re, im = _atanh(-y, x)
    return im, -re


def _hyperbolic_special(x, y, odd):
    """cosh (odd False) and sinh (odd True) of a non-finite z."""
    if _m.isinf(y) and not _m.isnan(x):
        raise _Domain
    if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
        re, im = _cis_inf(y)
        if odd:
            return re * _m.copysign(1.0, x), im
        return re, im * _m.copysign(1.0, x)
    if _m.isinf(x) and y == 0.0:
        if odd:
            return x, y
        return _INF, _m.copysign(0.0, y) * _m.copysign(1.0, x)
    if _m.isinf(x):
        return _INF, _NAN
    if x == 0.0:
        # Annex G: (±0 + i NaN) gives a zero part, CPython's +0
        return (0.0, _NAN) if odd else (_NAN, 0.0)
    if _m.isnan(x) and y == 0.0:
        return _NAN, (y if odd else 0.0)
    return _NAN, _NAN


def _hyperbolic(x, y, odd):
    """cosh (odd False) or sinh (odd True): cis(y) times the real
    function of x (scaled by e near overflow, as CPython)."""
    if not (_m.isfinite(x) and _m.isfinite(y)):
        return _hyperbolic_special(x, y, odd)
    real_part, imag_part = (_m.sinh, _m.cosh) if odd else (_m.cosh, _m.sinh)
    if abs(x) > _LOG_LARGE:
        x1 = x - _m.copysign(1.0, x)
        return (_m.cos(y) * real_part(x1) * e, _m.sin(y) * imag_part(x1) * e)
    return _m.cos(y) * real_part(x), _m.sin(y) * imag_part(x)


def _cosh(x, y):
    """Return the hyperbolic cosine of z."""
    return _hyperbolic(x, y, False)


def _sinh(x, y):
    """Return the hyperbolic sine of z."""
    return _hyperbolic(x, y, True)


def _tanh(x, y):
    """Return the hyperbolic tangent of z."""
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(y) and _m.isfinite(x):
            raise _Domain
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            return (_m.copysign(1.0, x),
                    _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
        if _m.isinf(x):
            return _m.copysign(1.0, x), (y if y == 0.0 else 0.0)
        if _m.isnan(x) and y == 0.0:
            return _NAN, y
        return _NAN, _NAN
    if abs(x) > _LOG_LARGE:
        return (_m.copysign(1.0, x),
                4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx


def _cos(x, y):
    """Return the cosine of z."""
    return _cosh(-y, x)


def _sin(x, y):
    """Return the sine of z."""
    re, im = _sinh(-y, x)
    return im, -re


def _tan(x, y):
    """Return the tangent of z."""
    re, im = _tanh(-y, x)
    return im, -re


sqrt = _checked(_sqrt)
exp = _checked(_exp)
log10 = _checked(_log10)
asinh = _checked(_asinh)
asin = _checked(_asin)
acos = _checked(_acos)
acosh = _checked(_acosh)
atanh = _checked(_atanh)
atan = _checked(_atan)
cosh = _checked(_cosh)
sinh = _checked(_sinh)
tanh = _checked(_tanh)
cos = _checked(_cos)
sin = _checked(_sin)
tan = _checked(_tan)


def log(x, base=None, /):
    """log(z[, base]) -> the logarithm of z to the given base.

    If the base is not specified, returns the natural logarithm (base e)
    of z."""
    z = _complex_arg(x)
    try:
        result = complex(*_c_log(z.real, z.imag))
        if base is not None:
            b = _complex_arg(base)
            divisor = complex(*_c_log(b.real, b.imag))
            if divisor == 0:
                raise _Domain
            result = result / divisor
    except _Domain:
        raise ValueError('math domain error') from None
    return result


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    z = _complex_arg(z)
    return _m.atan2(z.imag, z.real)


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar
    coordinates: (r, phi)."""
    z = _complex_arg(z)
    return abs(z), _m.atan2(z.imag, z.real)


def _real_arg(x):
    if isinstance(x, float):
        return x
    if hasattr(type(x), '__float__') or hasattr(type(x), '__index__'):
        return float(x)
    raise TypeError('must be real number, not %s' % type(x).__name__)


def _rect_special(r, phi):
    if _m.isinf(r) and _m.isfinite(phi) and phi != 0.0:
        re, im = _cis_inf(phi)
        return (re, im) if r > 0 else (-re, -im)
    if _m.isinf(phi) and not _m.isnan(r) and r != 0.0:
        raise _Domain
    if _m.isinf(r):
        if phi == 0.0:
            return (r, phi) if r > 0 else (r, -phi)
        return _INF, _NAN
    if r == 0.0:
        return 0.0, 0.0
    if _m.isnan(r) and phi == 0.0:
        return _NAN, 0.0
    return _NAN, _NAN


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _real_arg(r)
    phi = _real_arg(phi)
    if not (_m.isfinite(r) and _m.isfinite(phi)):
        try:
            return complex(*_rect_special(r, phi))
        except _Domain:
            raise ValueError('math domain error') from None
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite,
    else False."""
    return _finite(_complex_arg(z))


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _complex_arg(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    z = _complex_arg(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    a = _complex_arg(a)
    b = _complex_arg(b)
    rel_tol = _real_arg(rel_tol)
    abs_tol = _real_arg(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return (diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a)
            or diff <= abs_tol)
'''

INSPECT_SRC = r'''
"""inspect: signatures of Python callables and predicates on objects
(written for rtpython, with CPython 3.11's classes, text and messages).
A builtin function has no signature here (ValueError): the interpreter
keeps no text signatures for them.  No frames, no source: getsource is
not provided."""
import builtins as _builtins
import collections as _collections
import enum as _enum
import re as _re
import sys as _sys
import types as _types

__all__ = ['BoundArguments', 'Parameter', 'Signature', 'cleandoc', 'getdoc',
           'getmembers', 'getmodule', 'getmro', 'isabstract', 'isbuiltin',
           'isclass', 'isfunction', 'isgenerator', 'isgeneratorfunction',
           'ismethod', 'ismodule', 'isroutine', 'iscoroutinefunction',
           'signature', 'unwrap']

_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ASYNC_GENERATOR = 0x200


def ismodule(object):
    return isinstance(object, _types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _types.MethodType)


def isfunction(object):
    return isinstance(object, _types.FunctionType)


def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or type(object).__name__ in ('method_descriptor',
                                         'wrapper_descriptor'))


def _has_flag(f, flag):
    f = unwrap(f.__func__ if ismethod(f) else f)
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_flag(obj, _CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_flag(obj, _CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_flag(obj, _CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, _types.GeneratorType)


def isabstract(object):
    return isinstance(object, type) and bool(
        getattr(object, '__abstractmethods__', False))


def getmro(cls):
    return cls.__mro__


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    return _sys.modules.get(name) if name is not None else None


def getmembers(object, predicate=None):
    """(name, value) pairs of object's attributes, sorted by name."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """A docstring without the indentation its lines after the first
    share, and without blank lines at its start and end."""
    first, *rest = doc.expandtabs().split('\n')
    # The margin is the least indentation of the later lines with text;
    # lines of whitespace only keep what lies beyond it.
    indents = [len(line) - len(line.lstrip()) for line in rest
               if line.strip()]
    margin = min(indents) if indents else 0
    lines = [first.lstrip()] + [line[margin:] for line in rest]
    start, end = 0, len(lines)
    while start < end and not lines[start]:
        start += 1
    while end > start and not lines[end - 1]:
        end -= 1
    return '\n'.join(lines[start:end])


def getdoc(object):
    # Without a docstring of its own, a class shows its nearest base's
    # (other than object's), and a method, function or property defined
    # in a class shows the one of the same name in the nearest base that
    # documents it (CPython 3.11's rule).
    doc = getattr(object, '__doc__', None)
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            doc = None
    return cleandoc(doc) if isinstance(doc, str) else None


def _owner_class(func):
    """The class whose body defined func, found from its module through
    its __qualname__, or None (a nested function, a lambda)."""
    owner = _sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part)
    return owner if isclass(owner) else None


def _doc_site(obj):
    """(class, attribute name) under which to look for obj's docstring in
    the class's bases, or None when obj is not a class member."""
    if ismethod(obj):
        name = obj.__func__.__name__
        holder = obj.__self__
        bound_to_class = isclass(holder) and getattr(
            getattr(holder, name, None), '__func__', None) is obj.__func__
        return (holder if bound_to_class else type(holder)), name
    if isfunction(obj) or isinstance(obj, property):
        func = obj if isfunction(obj) else obj.fget
        name = func.__name__
        cls = _owner_class(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
        return cls, name
    return None


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    site = _doc_site(obj)
    if site is None:
        return None
    for base in site[0].__mro__:
        if hasattr(base, site[1]):
            doc = getattr(base, site[1]).__doc__
            if doc is not None:
                return doc
    return None


def unwrap(func, *, stop=None):
    """func's innermost __wrapped__ (as set by functools.wraps)."""
    seen = {id(func)}
    original = func
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'
                             .format(original))
        seen.add(id(func))
    return func


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return _re.sub(r'[\w\.]+',
                       lambda m: m.group().removeprefix('typing.'),
                       repr(annotation))
    if hasattr(annotation, '__origin__') and not isinstance(annotation, type):
        return str(annotation)  # list[int]
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            valid_kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        self._kind = valid_kind
        if default is not _empty and self._kind in (_VAR_POSITIONAL,
                                                    _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'
                             .format(self._kind.description))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'
                            .format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void,
                default=_void):
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=(self._annotation if annotation is _void
                        else annotation))

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            spacer = ' = ' if self._annotation is not _empty else '='
            text = '{}{}{!r}'.format(text, spacer, self._default)
        if self._kind == _VAR_POSITIONAL:
            return '*' + text
        if self._kind == _VAR_KEYWORD:
            return '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation,
                     self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: arguments by parameter name."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) \
                    or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                filled.append((name, arguments[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature
                and self.arguments == other.arguments)

    def __repr__(self):
        args = ['{}={!r}'.format(k, v) for k, v in self.arguments.items()]
        return '<{} ({})>'.format(type(self).__name__, ', '.join(args))


class Signature:
    """A callable's parameters and return annotation."""
    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = _collections.OrderedDict()
        for param in parameters or ():
            if param.name in params:
                raise ValueError('duplicate parameter name: {!r}'
                                 .format(param.name))
            params[param.name] = param
        self._parameters = params
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.items())
                == list(other._parameters.items()))

    def bind(self, /, *args, **kwargs):
        return BoundArguments(self, _bind(self, args, kwargs, False))

    def bind_partial(self, /, *args, **kwargs):
        return BoundArguments(self, _bind(self, args, kwargs, True))

    def __str__(self):
        parts = []
        slash_pending = False
        star_needed = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(param))
        if slash_pending:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self._return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self._return_annotation))
        return text

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature_of(obj, follow_wrapped)


def _bind_positional(params, args, kwargs, arguments):
    """Binds args to the leading parameters, removing them from params."""
    args = list(args)
    while args:
        if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
            raise TypeError('too many positional arguments')
        param = params.pop(0)
        if param.kind == _VAR_POSITIONAL:
            arguments[param.name] = tuple(args)
            return
        if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
            raise TypeError('multiple values for argument {!r}'
                            .format(param.name))
        arguments[param.name] = args.pop(0)


def _bind(sig, args, kwargs, partial):
    arguments = {}
    params = list(sig.parameters.values())
    kwargs = dict(kwargs)
    _bind_positional(params, args, kwargs, arguments)
    var_keyword = None
    for param in params:
        if param.kind == _VAR_KEYWORD:
            var_keyword = param
        elif param.kind == _VAR_POSITIONAL:
            continue
        elif param.name in kwargs:
            if param.kind == _POSITIONAL_ONLY:
                raise TypeError('{!r} parameter is positional only, but was '
                                'passed as a keyword'.format(param.name))
            arguments[param.name] = kwargs.pop(param.name)
        elif not partial and param.default is _empty:
            raise TypeError('missing a required argument: {!r}'
                            .format(param.name))
    if kwargs:
        if var_keyword is None:
            raise TypeError('got an unexpected keyword argument {!r}'
                            .format(next(iter(kwargs))))
        arguments[var_keyword.name] = kwargs
    return arguments


def _function_signature(func, skip_first):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(names[i], kind, default=default,
                                annotation=annotations.get(names[i], _empty)))
    at = npos
    if code.co_flags & 0x04:
        at = npos + nkw
        name = names[at]
        params.append(Parameter(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
    for name in names[npos:npos + nkw]:
        params.append(Parameter(name, _KEYWORD_ONLY,
                                default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 0x08:
        name = names[npos + nkw + (1 if code.co_flags & 0x04 else 0)]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    if skip_first:
        params = _drop_first(params)
    return Signature(params,
                     return_annotation=annotations.get('return', _empty))


def _drop_first(params):
    if not params:
        raise ValueError('invalid method signature')
    if params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return params
    return params[1:]


def _class_signature(cls, follow):
    for base in cls.__mro__:
        for name in ('__new__', '__init__'):
            if name in base.__dict__ and base is not object:
                method = base.__dict__[name]
                if isinstance(method, staticmethod):
                    method = method.__func__
                if isfunction(method) or hasattr(method, '__wrapped__'):
                    sig = _signature_of(method, follow)
                    return sig.replace(parameters=_drop_first(
                        list(sig.parameters.values())))
                raise ValueError('no signature found for builtin type {!r}'
                                 .format(cls))
    return Signature()


def _signature_of(obj, follow):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, _types.MethodType):
        sig = _signature_of(obj.__func__, follow)
        return sig.replace(parameters=_drop_first(
            list(sig.parameters.values())))
    if follow:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    if getattr(obj, '__signature__', None) is not None:
        return obj.__signature__
    if isfunction(obj):
        return _function_signature(obj, False)
    if isinstance(obj, type):
        return _class_signature(obj, follow)
    if isbuiltin(obj) or isroutine(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    partial = _partial_signature(obj, follow)
    if partial is not None:
        return partial
    call = getattr(type(obj), '__call__', None)
    if isfunction(call):
        return _function_signature(call, True)
    raise ValueError('callable {!r} is not supported by signature'
                     .format(obj))


def _partial_signature(obj, follow):
    import functools
    if not isinstance(obj, functools.partial):
        return None
    sig = _signature_of(obj.func, follow)
    params = list(sig.parameters.values())
    bound = _bind(sig, obj.args, obj.keywords, True)
    kept = []
    for param in params:
        if param.name in obj.keywords:
            kept.append(param.replace(kind=_KEYWORD_ONLY,
                                      default=obj.keywords[param.name]))
        elif param.name in bound and param.kind != _VAR_POSITIONAL:
            continue
        else:
            if kept and kept[-1].kind == _KEYWORD_ONLY and \
                    param.kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
            kept.append(param)
    return sig.replace(parameters=kept)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None,
              eval_str=False):
    """Get a signature object for the passed callable."""
    return _signature_of(obj, follow_wrapped)
'''

FUTURE_SRC = r'''
"""__future__: the record of future statements (written for rtpython).
The compiler acts on `from __future__ import annotations` itself; this
module is what the import statement then loads, as in CPython."""

all_feature_names = ['nested_scopes', 'generators', 'division',
                     'absolute_import', 'with_statement', 'print_function',
                     'unicode_literals', 'barry_as_FLUFL', 'generator_stop',
                     'annotations']

__all__ = ['all_feature_names'] + all_feature_names

# the code flags CPython's compiler gives each feature
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    # one future statement: the release that first accepted it, the one
    # where it is (or was planned to be) the default, and its compiler flag
    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional, self.mandatory = optionalRelease, mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """Return first release in which this feature was recognized."""
        return self.optional

    def getMandatoryRelease(self):
        """Return release in which this feature will become mandatory (or
        None: not planned)."""
        return self.mandatory

    def __repr__(self):
        return '_Feature' + repr((self.optional, self.mandatory,
                                  self.compiler_flag))


nested_scopes = _Feature((2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0),
                         CO_NESTED)
generators = _Feature((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0),
                      CO_GENERATOR_ALLOWED)
division = _Feature((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0),
                    CO_FUTURE_DIVISION)
absolute_import = _Feature((2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0),
                           CO_FUTURE_ABSOLUTE_IMPORT)
with_statement = _Feature((2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0),
                          CO_FUTURE_WITH_STATEMENT)
print_function = _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0),
                          CO_FUTURE_PRINT_FUNCTION)
unicode_literals = _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0),
                            CO_FUTURE_UNICODE_LITERALS)
barry_as_FLUFL = _Feature((3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0),
                          CO_FUTURE_BARRY_AS_BDFL)
generator_stop = _Feature((3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0),
                          CO_FUTURE_GENERATOR_STOP)
annotations = _Feature((3, 7, 0, 'beta', 1), None, CO_FUTURE_ANNOTATIONS)
'''

STRUCTSEQ_SRC = r'''
"""_structseq: the named records of sys and time (sys.float_info,
time.struct_time ...).  Each is a tuple of its leading fields that can
also be read by name; trailing fields (tm_zone and tm_gmtoff of a
struct_time) are read by name only.  Written for rtpython."""


_ABSENT = object()


def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))


def _extra(name):
    return property(lambda self: self.__dict__.get(name))


def make(fullname, fields, extra=(), creatable=True):
    """The record type `fullname` ('time.struct_time') whose tuple holds
    `fields` and whose attributes also give `extra`.  Types that programs
    may not create (those of sys) refuse to be called."""
    module, _, name = fullname.rpartition('.')
    n = len(fields)
    most = n + len(extra)

    def __new__(cls, sequence=_ABSENT, dict=None):
        if not creatable:
            raise TypeError("cannot create '%s' instances" % fullname)
        if sequence is _ABSENT:
            raise TypeError("structseq() missing required argument "
                            "'sequence' (pos 1)")
        items = tuple(sequence)
        if len(items) < n:
            raise TypeError('%s() takes an at least %d-sequence '
                            '(%d-sequence given)' % (fullname, n, len(items)))
        if len(items) > most:
            raise TypeError('%s() takes an at most %d-sequence '
                            '(%d-sequence given)'
                            % (fullname, most, len(items)))
        return _build(cls, items, dict)

    def __repr__(self):
        shown = ['%s=%r' % (f, tuple.__getitem__(self, i))
                 for i, f in enumerate(fields)]
        return '%s(%s)' % (fullname, ', '.join(shown))

    def __reduce__(self):
        return (type(self), (tuple(self), dict(self.__dict__)))

    body = {'__new__': __new__, '__repr__': __repr__,
            '__reduce__': __reduce__, '__module__': module,
            'n_sequence_fields': n, 'n_fields': most,
            'n_unnamed_fields': 0, '__match_args__': tuple(fields)}
    for i, f in enumerate(fields):
        body[f] = _field(i)
    for f in extra:
        body[f] = _extra(f)
    cls = type(name, (tuple,), body)
    cls._extra_names = tuple(extra)
    return cls


def _build(cls, items, named=None):
    n = cls.n_sequence_fields
    self = tuple.__new__(cls, items[:n])
    for i, f in enumerate(cls._extra_names):
        if n + i < len(items):
            self.__dict__[f] = items[n + i]
        elif named is not None and f in named:
            self.__dict__[f] = named[f]
    return self


def new(cls, *items):
    """An instance of cls, also of the types programs cannot create."""
    return _build(cls, items)
'''

SYSINFO_SRC = r'''
"""_sysinfo: the attributes of sys that are records or rarely read; sys
imports this module the first time one of them is used."""
import _structseq


class _Namespace:
    """types.SimpleNamespace's look (sys.implementation is one), without
    importing types for it."""

    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        shown = ['%s=%r' % item for item in self.__dict__.items()]
        return 'namespace(%s)' % ', '.join(shown)

_make = _structseq.make
_new = _structseq.new

version_info = _new(_make('sys.version_info', ('major', 'minor', 'micro',
                                              'releaselevel', 'serial'),
                          creatable=False), 3, 11, 7, 'final', 0)

float_info = _new(_make('sys.float_info', (
    'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
    'mant_dig', 'epsilon', 'radix', 'rounds')),
    1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021,
    -307, 15, 53, 2.220446049250313e-16, 2, 1)

# this interpreter's big integers use 30-bit digits, as CPython's do
int_info = _new(_make('sys.int_info', (
    'bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
    'str_digits_check_threshold')), 30, 4, 4300, 640)

# str hashes are FNV-1a with a final mix, the same in every run (no
# seed): hence hash_randomization=0 in flags
hash_info = _new(_make('sys.hash_info', (
    'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
    'seed_bits', 'cutoff')),
    64, 2305843009213693951, 314159, 0, 1000003, 'fnv', 64, 0, 0)

flags = _new(_make('sys.flags', (
    'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
    'no_user_site', 'no_site', 'ignore_environment', 'verbose',
    'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
    'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'),
    creatable=False),
    0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, False, 0, 0, False, -1)

thread_info = _new(_make('sys.thread_info', ('name', 'lock', 'version')),
                  'pthread', 'semaphore', None)

implementation = _Namespace(name='rtpython', cache_tag=None,
                            version=version_info, hexversion=0x30B07F0,
                            _multiarch='x86_64-linux-gnu')

prefix = exec_prefix = base_prefix = base_exec_prefix = '/usr/local'
platlibdir = 'lib'
abiflags = ''
warnoptions = []
pycache_prefix = None
meta_path = []
path_hooks = []
path_importer_cache = {}
api_version = 1013
float_repr_style = 'short'
copyright = ('rtpython: a Python 3.11 interpreter written in the rtrans '
             'language.')


def getfilesystemencodeerrors():
    return 'surrogateescape'


def gettrace():
    return None


def getprofile():
    return None


def settrace(function):
    """Tracing needs a hook in the dispatch loop, which this interpreter
    does not have: None (no tracing) is the only value accepted."""
    if function is not None:
        raise NotImplementedError('sys.settrace is not supported by rtpython')


def setprofile(function):
    if function is not None:
        raise NotImplementedError('sys.setprofile is not supported by '
                                  'rtpython')


def is_finalizing():
    return False
'''

TIMEINFO_SRC = r'''
"""_timeinfo: the calendar half of the time module (struct_time, gmtime,
localtime, mktime, strftime, strptime, asctime, ctime and the zone
names); time imports it the first time one of them is used.  gmtime,
localtime and mktime are the C library's (time._fields, time._mktime),
so local time follows $TZ or /etc/localtime as in CPython."""
import _structseq
import math as _math
import datetime as _dt
from time import time as _now, _fields as _cfields, _mktime as _cmktime
from time import _tzset as _ctzset, _strftime as _cstrftime

struct_time = _structseq.make(
    'time.struct_time',
    ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
     'tm_wday', 'tm_yday', 'tm_isdst'), ('tm_zone', 'tm_gmtoff'))

def _seconds(secs):
    """CPython's _PyTime_ObjectToTime_t: rounded down, within time_t."""
    if secs is None:
        return _math.floor(_now())
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if secs in (float('inf'), float('-inf')):
            raise OverflowError('timestamp out of range for platform time_t')
        secs = _math.floor(secs)
    elif not isinstance(secs, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(secs).__name__)
    if not -2 ** 63 <= secs < 2 ** 63:
        raise OverflowError('timestamp out of range for platform time_t')
    return secs


def gmtime(secs=None):
    return struct_time(_cfields(_seconds(secs), 0))


def localtime(secs=None):
    return struct_time(_cfields(_seconds(secs), 1))


def _tuple9(t, what):
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % what
                        if what != 'mktime' else
                        'mktime(): illegal time tuple argument')
    return t


def mktime(t):
    """The inverse of localtime; fields out of range are carried over
    (month 13 is January of the next year), as C's mktime does."""
    return _cmktime(tuple(_tuple9(t, 'mktime')))


def _checked(t, what):
    """CPython's checktm: the fields as C reads them (a month or day of 0
    is the first; the weekday counted from Sunday), or ValueError."""
    y, mo, d, hh, mi, ss, wd, yd, dst = _tuple9(t, what)
    mo = mo or 1
    d = d or 1
    if not 1 <= mo <= 12:
        raise ValueError('month out of range')
    if not 1 <= d <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hh <= 23:
        raise ValueError('hour out of range')
    if not 0 <= mi <= 59:
        raise ValueError('minute out of range')
    if not 0 <= ss <= 61:
        raise ValueError('seconds out of range')
    if wd < -1:
        raise ValueError('day of week out of range')
    if not -1 <= yd - 1 <= 365:
        raise ValueError('day of year out of range')
    return y, mo, d, hh, mi, ss, (wd + 1) % 7, yd, max(-1, min(dst, 1))


def _zone_texts(t, dst):
    """What C's strftime prints for %Z and %z: the struct's zone, else
    the tzname the daylight flag picks; neither for an unknown flag."""
    zone = getattr(t, 'tm_zone', None) or (tzname[dst] if dst >= 0 else '')
    if dst < 0:
        return zone, ''
    off = getattr(t, 'tm_gmtoff', None) or 0
    return zone, '%s%02d%02d' % ('-' if off < 0 else '+', abs(off) // 3600,
                                 abs(off) // 60 % 60)


def strftime(format, t=None):
    """C's strftime (time._strftime); %Z and %z are filled in here from
    the struct's zone, which a plain tuple cannot carry to C."""
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % type(format).__name__)
    if t is None:
        t = localtime()
    fields = _checked(t, 'strftime')
    zone, offset = _zone_texts(t, fields[8])
    parts = [part.replace('%Z', zone.replace('%', '%%')).replace('%z', offset)
             for part in format.split('%%')]
    return _cstrftime('%%'.join(parts), tuple(t))


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    t = _dt.datetime.strptime(string, format)
    yday = t.toordinal() - _dt.date(t.year, 1, 1).toordinal() + 1
    return struct_time((t.year, t.month, t.day, t.hour, t.minute, t.second,
                        t.weekday(), yday, -1))


_DAYS = ('Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
           'Oct', 'Nov', 'Dec')


def asctime(t=None):
    if t is None:
        t = localtime()
    y, mo, d, hh, mi, ss, wd = _checked(t, 'asctime')[:7]
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAYS[wd], _MONTHS[mo - 1], d, hh,
                                          mi, ss, y)


def ctime(secs=None):
    return asctime(localtime(secs))


def _zones():
    """timezone, altzone, daylight and tzname as CPython computes them on
    glibc: from the local time of this year's start and of half a year
    later (the southern hemisphere has its summer in January)."""
    year = (365 * 24 + 6) * 3600
    t = _math.floor(_now()) // year * year
    jan = _cfields(t, 1)
    jul = _cfields(t + year // 2, 1)
    janzone, julzone = -jan[10], -jul[10]
    names = (jan[9][:9], jul[9][:9])
    if janzone < julzone:
        return julzone, janzone, int(janzone != julzone), names[::-1]
    return janzone, julzone, int(janzone != julzone), names


def tzset():
    """Read $TZ again: the C library's rules and the zone constants."""
    global timezone, altzone, daylight, tzname
    _ctzset()
    timezone, altzone, daylight, tzname = _zones()
    import time
    time.timezone, time.altzone = timezone, altzone
    time.daylight, time.tzname = daylight, tzname


timezone, altzone, daylight, tzname = _zones()
'''

COPYREG_SRC = r'''
"""copyreg: how objects are taken apart and rebuilt by copy (and would
be by pickle): the default __reduce_ex__ of instances of classes, and the
functions its results name.  Written for rtpython."""

__all__ = ['dispatch_table', 'pickle', '__newobj__', '__newobj_ex__',
           '_reconstructor']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register how instances of ob_type are reduced (copy reads the
    table too)."""
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None and not callable(constructor_ob):
        raise TypeError('constructors must be callable')


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """The rebuild step of protocols 0 and 1: an object of cls made by
    base's __new__, then base's __init__ given the base value."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ is not object.__init__:
        base.__init__(made, state)
    return made


# builtin types that keep a value in the instance itself: rebuilding a
# subclass instance needs that value as the argument of __new__
_VALUE_BASES = (bool, int, float, complex, str, bytes, tuple, frozenset)


def _value_base(cls):
    for base in cls.__mro__:
        if base in _VALUE_BASES:
            return base
    return None


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        declared = klass.__dict__.get('__slots__', ())
        if isinstance(declared, str):
            declared = (declared,)
        for name in declared:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            if name not in names:
                names.append(name)
    return names


def _default_state(obj):
    """object.__getstate__ of CPython 3.11: the instance dict (None when
    empty), paired with the slot values when the class has slots."""
    cls = type(obj)
    slots = _slot_names(cls)
    inst = None
    if '__dict__' in dir(cls) or not slots:
        try:
            inst = obj.__dict__
        except AttributeError:
            inst = None
        if inst is not None:
            inst = {k: v for k, v in inst.items() if k not in slots} \
                if slots else inst
        if not inst:
            inst = None
    if not slots:
        return inst
    values = {}
    for name in slots:
        try:
            values[name] = getattr(obj, name)
        except AttributeError:
            pass
    return (inst, values or None) if values or inst is not None else None


def _reduce_old(obj, cls):
    """Protocols 0 and 1: rebuilt by _reconstructor from the first builtin
    class of the MRO and the object's value as that class."""
    base = next(k for k in cls.__mro__ if k.__module__ == 'builtins')
    state = None if base is object else base(obj)
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None:
        rest = getstate()
    elif _slot_names(cls):
        raise TypeError('a class that defines __slots__ without defining '
                        '__getstate__ cannot be pickled')
    else:
        rest = _default_state(obj)
    if rest is None:
        return (_reconstructor, (cls, base, state))
    return (_reconstructor, (cls, base, state), rest)


def _reduce_ex(obj, proto):
    """The default __reduce_ex__ of an instance of a class."""
    cls = type(obj)
    if proto < 2:
        return _reduce_old(obj, cls)
    if isinstance(obj, set):
        # set.__reduce__ of CPython: the class called with the items
        return (cls, (list(obj),), _default_state(obj))
    newargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if newargs_ex is not None:
        args, kwargs = newargs_ex()
        head, head_args = __newobj_ex__, (cls, tuple(args), dict(kwargs))
    else:
        newargs = getattr(obj, '__getnewargs__', None)
        if newargs is not None:
            args = tuple(newargs())
        else:
            base = _value_base(cls)
            args = () if base is None else (base(obj),)
        head, head_args = __newobj__, (cls,) + args
    getstate = getattr(obj, '__getstate__', None)
    state = getstate() if getstate is not None else _default_state(obj)
    items = iter(obj) if isinstance(obj, list) else None
    pairs = iter(obj.items()) if isinstance(obj, dict) else None
    return (head, head_args, state, items, pairs)
'''


def sources() -> dict[str, str]:
    """This file's modules by full name (as pylib.sources())."""
    return {
        "array": ARRAY_SRC,
        "argparse": ARGPARSE_SRC,
        "cmath": CMATH_SRC,
        "inspect": INSPECT_SRC,
        "__future__": FUTURE_SRC,
        "_structseq": STRUCTSEQ_SRC,
        "_sysinfo": SYSINFO_SRC,
        "copyreg": COPYREG_SRC,
        "_timeinfo": TIMEINFO_SRC,
    }
