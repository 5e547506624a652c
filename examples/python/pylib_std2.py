"""More standard library modules written in Python (as pylib.py's and
pylib_std.py's): array, cmath, argparse, inspect, __future__.  Each is
written for this interpreter with CPython 3.11's interface, results and
messages.
mod_std.install() adds SOURCES to pylib's, where the importer looks."""
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
"""argparse: command-line parsing (written for rtpython), with CPython
3.11's interface, help layout and messages: the usage line is wrapped,
the help columns placed and the arguments matched to options and
positionals by the same rules (a pattern of 'O' for options, 'A' for
arguments and '-' for '--', matched against each action's nargs), so a
parser prints and accepts what CPython's does.  Not done: sub-commands
(add_subparsers), parse_intermixed_args, fromfile_prefix_chars."""
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

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'
_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')
_SPACES = _re.compile(r'\s+', _re.ASCII)


def _attr_repr(obj, positional, named):
    parts = [repr(a) for a in positional]
    extra = {}
    for name, value in named:
        if name.isidentifier():
            parts.append('%s=%r' % (name, value))
        else:
            extra[name] = value
    if extra:
        parts.append('**%r' % (extra,))
    return '%s(%s)' % (type(obj).__name__, ', '.join(parts))


class Namespace:
    """The parsed arguments, as attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__

    def __repr__(self):
        return _attr_repr(self, (), self.__dict__.items())


def _action_name(action):
    """How messages name an argument: its options, else its metavar or
    dest, else its choices."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    """A bad argument, or a parser built wrong."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function to give its own message."""


# ---- the help formatter ----

def _terminal_width():
    """shutil.get_terminal_size()'s columns: $COLUMNS, else 80 (the
    interpreter cannot ask a terminal its size)."""
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    return columns if columns > 0 else 80


class _Section:
    def __init__(self, parent, heading):
        self.parent = parent
        self.heading = heading
        self.items = []


def _join(parts):
    return ''.join([p for p in parts if p and p is not SUPPRESS])


class HelpFormatter:
    """Lays out usage and help: sections of items, each formatted when
    format_help() is called (so the help column can depend on every
    argument's width)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = _Section(None, None)
        self._current_section = self._root_section

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        self._level -= 1

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = _Section(self._current_section, heading)
        self._add_item(self._format_section, [section])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        width = len(self._format_action_invocation(action))
        self._action_max_length = max(self._action_max_length,
                                      width + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._format_items(self._root_section)
        if text:
            text = _re.sub(r'\n\n\n+', '\n\n', text).strip('\n') + '\n'
        return text

    def _format_items(self, section):
        return _join([func(*args) for func, args in section.items])

    def _format_section(self, section):
        # formatted after end_section: indent again while inside it
        self._indent()
        body = self._format_items(section)
        self._dedent()
        if not body:
            return ''
        heading = ''
        if section.heading is not SUPPRESS and section.heading is not None:
            heading = '%*s%s:\n' % (self._current_indent, '', section.heading)
        return _join(['\n', heading, body, '\n'])

    # -- usage --

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = self._prog
        else:
            usage = self._generated_usage(prefix, actions, groups)
        return '%s%s\n\n' % (prefix, usage)

    def _generated_usage(self, prefix, actions, groups):
        prog = self._prog
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(optionals + positionals, groups)
        usage = ' '.join([s for s in [prog, whole] if s])
        width = self._width - self._current_indent
        if len(prefix) + len(usage) <= width:
            return usage
        # too long: wrap the parts (an option with its argument, a
        # bracketed group) under the program's name, or under 'usage: '
        part = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_parts = _re.findall(part, self._format_actions_usage(optionals,
                                                                 groups))
        pos_parts = _re.findall(part, self._format_actions_usage(positionals,
                                                                 groups))
        if len(prefix) + len(prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = _usage_lines([prog] + opt_parts, indent, width, prefix)
                lines.extend(_usage_lines(pos_parts, indent, width))
            elif pos_parts:
                lines = _usage_lines([prog] + pos_parts, indent, width, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = _usage_lines(opt_parts + pos_parts, indent, width)
            if len(lines) > 1:
                lines = (_usage_lines(opt_parts, indent, width)
                         + _usage_lines(pos_parts, indent, width))
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        grouped, inserts = _group_marks(actions, groups)
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if inserts.get(i) == '|':
                    inserts.pop(i)
                elif inserts.get(i + 1) == '|':
                    inserts.pop(i + 1)
            else:
                parts.append(self._action_usage(action, action in grouped))
        for i in sorted(inserts, reverse=True):
            parts[i:i] = [inserts[i]]
        text = ' '.join([p for p in parts if p is not None])
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', r'', text)
        return text.strip()

    def _action_usage(self, action, in_group):
        if not action.option_strings:
            part = self._format_args(action, self._positional_metavar(action))
            if in_group and part[0] == '[' and part[-1] == ']':
                part = part[1:-1]
            return part
        if action.nargs == 0:
            part = action.format_usage()
        else:
            args = self._format_args(action, self._optional_metavar(action))
            part = '%s %s' % (action.option_strings[0], args)
        if not action.required and not in_group:
            part = '[%s]' % part
        return part

    # -- arguments --

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent_first = 0
        if not action.help:
            header = '%*s%s\n' % (self._current_indent, '', header)
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (self._current_indent, '', action_width,
                                    header)
        else:
            header = '%*s%s\n' % (self._current_indent, '', header)
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not header.endswith('\n'):
            parts.append('\n')
        return _join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(
                action, self._positional_metavar(action))(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._optional_metavar(action))
        return ', '.join(['%s %s' % (o, args) for o in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % metavar(1)
        if nargs == ZERO_OR_MORE:
            names = metavar(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % metavar(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _split_lines(self, text, width):
        return _textwrap.wrap(_SPACES.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        return _textwrap.fill(_SPACES.sub(' ', text).strip(), width,
                              initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _optional_metavar(self, action):
        return action.dest.upper()

    def _positional_metavar(self, action):
        return action.dest


def _usage_lines(parts, indent, width, prefix=None):
    """parts joined by spaces in lines of at most width (a longer part
    gets a line of its own), each after indent (the first one after
    prefix instead, which the caller prints)."""
    lines = []
    line = []
    length = (len(prefix) if prefix is not None else len(indent)) - 1
    for part in parts:
        if length + 1 + len(part) > width and line:
            lines.append(indent + ' '.join(line))
            line = []
            length = len(indent) - 1
        line.append(part)
        length += len(part) + 1
    if line:
        lines.append(indent + ' '.join(line))
    if prefix is not None:
        lines[0] = lines[0][len(indent):]
    return lines


def _group_marks(actions, groups):
    """The actions of mutually exclusive groups that appear in actions,
    in order, and the brackets and bars to insert around them (by
    position in actions)."""
    grouped = set()
    inserts = {}
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
        opening, closing = ('(', ')') if group.required else ('[', ']')
        inserts[start] = inserts[start] + ' ' + opening if start in inserts \
            else opening
        inserts[end] = inserts[end] + closing if end in inserts else closing
        for i in range(start + 1, end):
            inserts[i] = '|'
    return grouped, inserts


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's line breaks."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text's line breaks."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds each argument's default to its help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL,
                                                         ZERO_OR_MORE]:
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value by its type."""

    def _optional_metavar(self, action):
        return action.type.__name__

    def _positional_metavar(self, action):
        return action.type.__name__


# ---- actions ----

class Action:
    """What to do with an argument's values: the base of the actions
    named by add_argument(action=...)."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'required', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def __repr__(self):
        return _attr_repr(self, (), self._get_kwargs())

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        strings = []
        for option in option_strings:
            strings.append(option)
            if option.startswith('--'):
                strings.append('--no-' + option[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += ' (default: %(default)s)'
        super().__init__(strings, dest, 0, None, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):
    _ZERO_NARGS = ('nargs for store actions must be != 0; if you have '
                   'nothing to store, actions such as store true or store '
                   'const may be more appropriate')

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError(self._ZERO_NARGS)
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings, dest, False, default, required, help)


def _add_to_list(namespace, dest, values):
    # a copy: the default list must not grow
    items = getattr(namespace, dest, None)
    items = [] if items is None else list(items)
    items.extend(values)
    setattr(namespace, dest, items)


class _AppendAction(_StoreAction):
    _ZERO_NARGS = ('nargs for append actions must be != 0; if arg strings '
                   'are not supplying the value to append, the append const '
                   'action may be more appropriate')

    def __call__(self, parser, namespace, values, option_string=None):
        _add_to_list(namespace, self.dest, [values])


class _AppendConstAction(_StoreConstAction):
    def __call__(self, parser, namespace, values, option_string=None):
        _add_to_list(namespace, self.dest, [self.const])


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        _add_to_list(namespace, self.dest, values)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None,
                         required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if count is None else count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None,
                         False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, None, default, None, None,
                         False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


_ACTIONS = {None: _StoreAction, 'store': _StoreAction,
            'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
            'store_false': _StoreFalseAction, 'append': _AppendAction,
            'append_const': _AppendConstAction, 'count': _CountAction,
            'help': _HelpAction, 'version': _VersionAction,
            'extend': _ExtendAction}


class FileType:
    """A type= that opens the argument as a file ('-': standard input
    or output)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        args = [self._mode, self._bufsize]
        named = [('encoding', self._encoding), ('errors', self._errors)]
        parts = [repr(a) for a in args if a != -1]
        parts += ['%s=%r' % (k, v) for k, v in named if v is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))


# ---- containers: the parser and its groups ----

class _Container:
    """What parsers and argument groups share: add_argument and the
    tables of actions by option string."""

    def _init_container(self, description, prefix_chars, argument_default,
                        conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def _share_tables(self, container):
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = \
            container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)"""
        if not args or len(args) == 1 and args[0][0] not in self.prefix_chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action_class, action_class) \
            if isinstance(action_class, (str, type(None))) else action_class
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = _identity if action.type is None else action.type
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (type_func,))
        try:
            HelpFormatter('')._format_args(action, None)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def _positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *args, **kwargs):
        long_options = []
        for option in args:
            if option[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a'
                                 ' character %r' % (option, self.prefix_chars))
            if len(option) > 1 and option[1] in self.prefix_chars:
                long_options.append(option)
        dest = kwargs.pop('dest', None)
        if dest is None:
            dest = (long_options or args)[0].lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r'
                                 % args[-1])
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=list(args))

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
        for option in action.option_strings:
            if _NEGATIVE_NUMBER.match(option):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _check_conflict(self, action):
        clashes = [(o, self._option_string_actions[o])
                   for o in action.option_strings
                   if o in self._option_string_actions]
        if not clashes:
            return
        if self.conflict_handler == 'resolve':
            for option, other in clashes:
                other.option_strings.remove(option)
                self._option_string_actions.pop(option, None)
                if not other.option_strings:
                    other.container._remove_action(other)
            return
        if self.conflict_handler != 'error':
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler)
        word = 'string' if len(clashes) == 1 else 'strings'
        raise ArgumentError(action, 'conflicting option %s: %s'
                            % (word, ', '.join(o for o, _a in clashes)))


def _identity(value):
    return value


class _ArgumentGroup(_Container):
    def __init__(self, container, title=None, description=None, **kwargs):
        self._init_container(
            description, kwargs.pop('prefix_chars', container.prefix_chars),
            kwargs.pop('argument_default', container.argument_default),
            kwargs.pop('conflict_handler', container.conflict_handler))
        self.title = title
        self._group_actions = []
        self._share_tables(container)

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---- the parser ----

class ArgumentParser(_Container):
    """Turns command-line strings into a Namespace, printing usage and
    help and exiting with status 2 on a bad command line."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        self._init_container(description, prefix_chars, argument_default,
                             conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if add_help:
            self.add_argument(prefix + 'h', prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_parent(parent)

    def _add_parent(self, parent):
        groups = {}
        for group in parent._action_groups:
            if group.title in ('positional arguments', 'options'):
                groups[group] = (self._positionals if group is
                                 parent._positionals else self._optionals)
            else:
                groups[group] = self.add_argument_group(group.title,
                                                        group.description)
            for action in group._group_actions:
                groups[group]._add_action(action)
        self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def __repr__(self):
        return _attr_repr(self, (), self._get_kwargs())

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = _Parse(self, args, namespace).run()
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = _Parse(self, args, namespace).run()
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_optional(self, arg):
        """None for a positional argument, else (action or None, option
        string, explicit argument or None)."""
        if not arg or arg[0] not in self.prefix_chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            option, explicit = arg.split('=', 1)
            if option in self._option_string_actions:
                return self._option_string_actions[option], option, explicit
        matches = self._option_prefix_matches(arg)
        if len(matches) > 1:
            names = ', '.join([option for _a, option, _e in matches])
            self.error('ambiguous option: %s could match %s' % (arg, names))
        if len(matches) == 1:
            return matches[0]
        if _NEGATIVE_NUMBER.match(arg):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _option_prefix_matches(self, arg):
        """The options arg abbreviates (a long option's prefix, or a
        short option followed by its argument)."""
        chars = self.prefix_chars
        table = self._option_string_actions
        found = []
        if arg[0] in chars and arg[1] in chars:
            if self.allow_abbrev:
                prefix, explicit = arg.split('=', 1) if '=' in arg \
                    else (arg, None)
                for option in table:
                    if option.startswith(prefix):
                        found.append((table[option], option, explicit))
        elif arg[0] in chars:
            for option in table:
                if option == arg[:2]:
                    found.append((table[option], option, arg[2:]))
                elif option.startswith(arg):
                    found.append((table[option], option, None))
        else:
            self.error('unexpected option string: %s' % arg)
        return found

    def _get_values(self, action, strings):
        nargs = action.nargs
        if nargs not in [PARSER, REMAINDER] and '--' in strings:
            strings.remove('--')
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else strings
            self._check_value(action, value)
        elif len(strings) == 1 and nargs in [None, OPTIONAL]:
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, v) for v in strings]
        elif nargs == PARSER:
            value = [self._get_value(action, v) for v in strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, string):
        type_func = _identity if action.type is None else action.type
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            return type_func(string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r'
                                % (name, string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(map(repr,
                                                        action.choices))))

    # -- help --

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            try:
                (file or _sys.stderr).write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and the message to stderr, exits with 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


def _nargs_pattern(action):
    """The regular expression over the 'O'/'A'/'-' string that matches
    the arguments action takes (an option's never spans a '--')."""
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


_NARGS_ERRORS = {None: 'expected one argument',
                 OPTIONAL: 'expected at most one argument',
                 ONE_OR_MORE: 'expected at least one argument'}


class _Parse:
    """One parse_known_args run: walks the strings, alternating runs of
    positionals with options, as CPython's parser does."""

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                self.conflicts.setdefault(action, []).extend(
                    members[:i] + members[i + 1:])
        self.options = {}
        marks = []
        rest_are_args = False
        for i, arg in enumerate(strings):
            if rest_are_args:
                marks.append('A')
            elif arg == '--':
                marks.append('-')
                rest_are_args = True
            else:
                found = parser._parse_optional(arg)
                if found is None:
                    marks.append('A')
                else:
                    self.options[i] = found
                    marks.append('O')
        self.pattern = ''.join(marks)
        self.seen = set()
        self.seen_non_default = set()
        self.extras = []
        self.positionals = [a for a in parser._actions if not a.option_strings]

    def run(self):
        start = 0
        last_option = max(self.options) if self.options else -1
        while start <= last_option:
            next_option = min([i for i in self.options if i >= start])
            if start != next_option:
                end = self.consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in self.options:
                self.extras.extend(self.strings[start:next_option])
                start = next_option
            start = self.consume_optional(start)
        stop = self.consume_positionals(start)
        self.extras.extend(self.strings[stop:])
        self.check_required()
        return self.namespace, self.extras

    def take(self, action, strings, option=None):
        parser = self.parser
        self.seen.add(action)
        values = parser._get_values(action, strings)
        if values is not action.default:
            self.seen_non_default.add(action)
            for other in self.conflicts.get(action, []):
                if other in self.seen_non_default:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _action_name(other))
        if values is not SUPPRESS:
            action(parser, self.namespace, values, option)

    def match(self, action, marks):
        found = _re.match(_nargs_pattern(action), marks)
        if found is None:
            message = _NARGS_ERRORS.get(action.nargs)
            if message is None:
                message = ('expected %s argument' if action.nargs == 1 else
                           'expected %s arguments') % action.nargs
            raise ArgumentError(action, message)
        return len(found.group(1))

    def consume_optional(self, start):
        action, option, explicit = self.options[start]
        chars = self.parser.prefix_chars
        taken = []
        while True:
            if action is None:
                self.extras.append(self.strings[start])
                return start + 1
            if explicit is None:
                first = start + 1
                stop = first + self.match(action, self.pattern[first:])
                taken.append((action, self.strings[first:stop], option))
                break
            count = self.match(action, 'A')
            if count == 0 and option[1] not in chars and explicit != '':
                # -xyz: -x takes nothing, so y starts another short option
                taken.append((action, [], option))
                option = option[0] + explicit[0]
                explicit = explicit[1:] or None
                table = self.parser._option_string_actions
                if option not in table:
                    raise ArgumentError(action, 'ignored explicit argument %r'
                                        % (option[1:] + (explicit or '')))
                action = table[option]
            elif count == 1:
                stop = start + 1
                taken.append((action, [explicit], option))
                break
            else:
                raise ArgumentError(action, 'ignored explicit argument %r'
                                    % explicit)
        for action, args, option in taken:
            self.take(action, args, option)
        return stop

    def consume_positionals(self, start):
        counts = self.match_partial(self.positionals, self.pattern[start:])
        for action, count in zip(self.positionals, counts):
            args = self.strings[start:start + count]
            start += count
            self.take(action, args)
        self.positionals[:] = self.positionals[len(counts):]
        return start

    def match_partial(self, actions, marks):
        """The argument counts of the longest prefix of actions that can
        all match at the start of marks."""
        for i in range(len(actions), 0, -1):
            pattern = ''.join([_nargs_pattern(a) for a in actions[:i]])
            found = _re.match(pattern, marks)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def check_required(self):
        parser = self.parser
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_action_name(action))
            elif (isinstance(action.default, str)
                  and hasattr(self.namespace, action.dest)
                  and action.default is getattr(self.namespace, action.dest)):
                # a string default goes through type= when it is used
                setattr(self.namespace, action.dest,
                        parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s'
                         % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(
                    a in self.seen_non_default for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
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
    # A class without a docstring of its own shows its nearest base's
    # (other than object's).
    doc = getattr(object, '__doc__', None)
    if doc is None and isinstance(object, type):
        inherited = [base.__doc__ for base in object.__mro__[1:-1]
                     if base.__doc__ is not None]
        doc = inherited[0] if inherited else None
    return cleandoc(doc) if isinstance(doc, str) else None


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

SOURCES: dict[str, str] = {
    "array": ARRAY_SRC,
    "argparse": ARGPARSE_SRC,
    "cmath": CMATH_SRC,
    "inspect": INSPECT_SRC,
    "__future__": FUTURE_SRC,
}
