"""Standard modules written in Python for rtpython, second part (see
pylib.py): io, linecache, traceback, types, keyword, atexit, gc, warnings, textwrap, statistics, fractions, numbers, timeit, struct, datetime, csv, pprint.
Each behaves as its CPython 3.11 counterpart for what it provides (the
results, the messages and the output formats, byte for byte); the code is
this interpreter's own.  What they need from the interpreter is in
mod_std.py (the _rtstd module); importer.library() lists sources().
"""
from __future__ import annotations

IO_SRC = r'''
"""io: in-memory streams (StringIO, BytesIO) and the names of the io
module's classes and constants (written for rtpython)."""
from _rtstd import UnsupportedOperation, TextIOWrapper

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class IOBase:
    """What every stream shares: closing, context management, line
    iteration; a subclass provides readline() and _empty (its text type's
    empty value)."""
    __module__ = '_io'
    _closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    def _check_open_base(self):
        # the checks of CPython's IOBase end with a period; StringIO's
        # own methods' do not
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open_base()
        return False

    def flush(self):
        self._check_open_base()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check_open_base()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open_base()
        return self

    def __next__(self):
        # An empty read is the end of the stream, and of the iteration.
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def readlines(self, hint=-1):
        if hint is None:
            hint = -1
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open_base()
        for line in lines:
            self.write(line)


class _MemoryStream(IOBase):
    """A sequence (str or bytes) and a position: StringIO and BytesIO.
    Writes at the end are kept as pieces and joined when the whole value
    is needed, so printing many lines into a stream stays linear."""

    def _setup(self, initial):
        self._value = self._empty
        self._pieces = []
        self._size = 0
        self._pos = 0
        if initial:
            self._write_at_end(initial)
            self._pos = 0

    def _flat(self):
        if self._pieces:
            self._value = self._value + self._empty.join(self._pieces)
            self._pieces = []
        return self._value

    def _write_at_end(self, s):
        self._pieces.append(s)
        self._size += len(s)
        self._pos = self._size

    def _store(self, s):
        if self._pos == self._size:
            self._write_at_end(s)
            return
        v = self._flat()
        if self._pos > self._size:
            v = v + self._pad * (self._pos - self._size)
        self._value = v[:self._pos] + s + v[self._pos + len(s):]
        self._size = len(self._value)
        self._pos += len(s)

    def getvalue(self):
        self._check_open()
        return self._flat()

    def tell(self):
        self._check_open()
        return self._pos

    def read(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        v = self._flat()
        start = self._pos
        if start >= len(v):
            return self._empty
        end = len(v) if size < 0 else min(len(v), start + size)
        self._pos = end
        return v[start:end]

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError(self._negative_size % size)
        v = self._flat()
        if size < len(v):
            self._value = v[:size]
            self._size = size
        return size

    def _find_line_end(self, v, start, end):
        i = v[start:end].find(self._nl_char)
        return end if i < 0 else start + i + 1

    def readline(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        v = self._flat()
        start = self._pos
        if start >= len(v):
            return self._empty
        limit = len(v) if size < 0 else min(len(v), start + size)
        end = self._find_line_end(v, start, limit)
        self._pos = end
        return v[start:end]


def _index(n):
    if not hasattr(type(n), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    return n.__index__()


def _size_arg(size):
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError('argument should be integer or None, not %r'
                        % type(size).__name__)
    return size.__index__()


class StringIO(_MemoryStream):
    """A text stream kept in memory."""
    __module__ = '_io'
    _empty = ''
    _pad = '\0'
    _nl_char = '\n'
    _closed_msg = 'I/O operation on closed file'
    _negative_size = 'Negative size value %d'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s'
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._setup(self._translate(initial_value))

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl == '\r' or nl == '\r\n':
            return s.replace('\n', nl)
        return s

    @property
    def newlines(self):
        return None

    def flush(self):
        pass            # CPython's StringIO.flush accepts a closed stream

    @property
    def line_buffering(self):
        return False

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r'
                            % type(s).__name__)
        n = len(s)
        if n:
            self._store(self._translate(s))
        return n

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1 or whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = self._size
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)'
                             % whence)
        return self._pos

    def _find_line_end(self, v, start, end):
        if self._newline != '':
            sep = '\n' if self._newline is None else self._newline
            i = v.find(sep, start, end)
            return end if i < 0 else min(end, i + len(sep))
        i = start
        while i < end:
            c = v[i]
            if c == '\n':
                return i + 1
            if c == '\r':
                if i + 1 < end and v[i + 1] == '\n':
                    return i + 2
                return i + 1
            i += 1
        return end

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)


class BytesIO(_MemoryStream):
    """A binary stream kept in memory."""
    __module__ = '_io'
    _empty = b''
    _pad = b'\0'
    _nl_char = b'\n'
    _closed_msg = 'I/O operation on closed file.'
    _negative_size = 'negative size value %d'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._setup(_as_bytes(initial_bytes))

    def write(self, b):
        self._check_open()
        data = _as_bytes(b)
        if data:
            self._store(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            origin = 0
        elif whence == 1:
            origin = self._pos
        elif whence == 2:
            origin = self._size
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)'
                             % whence)
        # relative seeks may go past the end but stop at the start
        self._pos = max(0, origin + pos)
        return self._pos

    def read1(self, size=-1):
        return self.read(size)

    def flush(self):
        self._check_open()

    def __iter__(self):
        return self

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)


def _as_bytes(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, bytearray):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(b).__name__)


open = open
'''

LINECACHE_SRC = r'''
"""linecache: lines of source files, read once and kept (written for
rtpython)."""

cache = {}


def getlines(filename, module_globals=None):
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    # lines count from 1; a number outside the file gives ''
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ''


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename) as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = lines
    return lines


def clearcache():
    cache.clear()


def checkcache(filename=None):
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def lazycache(filename, module_globals):
    return False
'''

TRACEBACK_SRC = r'''
"""traceback: extracting, formatting and printing tracebacks as CPython
3.11 does (written for rtpython).  The lines of a traceback entry, with
their carets, are the interpreter's own (_rtstd.entry_text): the same
text an uncaught exception prints; the entries of a stack have no
carets (3.11 has no columns for them)."""
import sys
import linecache
import _rtstd

_RECURSIVE_CUTOFF = 3


class FrameSummary:
    """One entry of a stack or a traceback."""
    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_text')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, _text=None):
        # Where the entry is first, then what is known of its source
        # line (read now unless the caller defers it).
        self.filename, self.lineno, self.name = filename, lineno, name
        self._line, self._text = line, _text
        if lookup_line:
            self.line
        self.locals = ({k: repr(v) for k, v in locals.items()}
                       if locals else None)

    def __eq__(self, other):
        # Two summaries are equal on where they are (and their locals),
        # not on the source text; a 4-tuple compares as the tuple view.
        if isinstance(other, FrameSummary):
            mine = (self.filename, self.lineno, self.name, self.locals)
            return mine == (other.filename, other.lineno, other.name,
                            other.locals)
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        # Read from linecache once and kept; no line number, no line.
        text = self._line
        if text is None and self.lineno is not None:
            text = self._line = linecache.getline(self.filename,
                                                  self.lineno)
        return None if text is None else text.strip()


def _walk(first, step, limit):
    """The (object, summary) pairs of a chain of frames or tracebacks,
    limit entries at most (negative: the last ones)."""
    if limit is None:
        # The interpreter-wide limit (if set) counts from the start, and
        # a negative one shows no entry at all.
        limit = getattr(sys, 'tracebacklimit', None)
        limit = None if limit is None else max(limit, 0)
    items = []
    x = first
    while x is not None:
        items.append(x)
        x = step(x)
    if limit is not None:
        items = items[:limit] if limit >= 0 else items[limit:]
    return items


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _tb_summary(tb):
    """A traceback entry's summary, its text with the interpreter's
    carets."""
    code = tb.tb_frame.f_code
    return FrameSummary(code.co_filename, tb.tb_lineno, code.co_name,
                        _text=_rtstd.entry_text(tb))


class StackSummary(list):
    """A list of FrameSummary objects, printable as a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            if limit is not None and len(result) >= limit:
                break
            code = f.f_code
            result.append(FrameSummary(
                code.co_filename, lineno, code.co_name,
                lookup_line=lookup_lines,
                locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name,
                                           line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._text is not None:
            return frame_summary._text
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno,
            frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name,
                                                           value=value))
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count))
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count))
        return result


def _repeated(count):
    n = count - _RECURSIVE_CUTOFF
    return '  [Previous line repeated {} more time{}]\n'.format(
        n, 's' if n > 1 else '')


def extract_tb(tb, limit=None):
    result = StackSummary()
    for t in _walk(tb, _tb_next, limit):
        result.append(_tb_summary(t))
    return result


def _tb_next(t):
    return t.tb_next


def _f_back(f):
    return f.f_back


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    frames = _walk(f, _f_back, limit)
    return StackSummary.extract([(fr, fr.f_lineno)
                                 for fr in reversed(frames)])


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _print(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    _print(format_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    _print(format_list(extract_stack(f, limit=limit)), file)


def _print(lines, file):
    if file is None:
        file = sys.stderr
    for item in lines:
        print(item, file=file, end='')


_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError('Exception expected for value, '
                            '{} found'.format(type(exc).__name__))
        return None, None
    return value, tb


class TracebackException:
    """An exception ready to be formatted: its chain, each with its
    stack summary."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if exc_value is None:
            return
        cause = exc_value.__cause__
        context = exc_value.__context__
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(
                type(cause), cause, cause.__traceback__, limit=limit,
                _seen=_seen)
        if context is not None and id(context) not in _seen:
            self.__context__ = TracebackException(
                type(context), context, context.__traceback__,
                limit=limit, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def __eq__(self, other):
        # Equal on what was captured, not on the exception object itself
        # (two raises of the same error compare equal); the exception's
        # own lines stand for the details (a SyntaxError's place, a
        # group's members) that this class does not copy out.
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self._captured() == other._captured()

    def _captured(self):
        state = dict(vars(self))
        del state['_exc']
        return state, list(self.format_exception_only())

    def format_exception_only(self):
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        for line in _rtstd.exc_only(self._exc):
            yield line

    def format(self, *, chain=True):
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield _cause_message
            elif (self.__context__ is not None and
                  not self.__suppress_context__):
                yield from self.__context__.format(chain=chain)
                yield _context_message
        if isinstance(self._exc, BaseExceptionGroup):
            yield _rtstd.format_group(self._exc)
            return
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            yield from self.stack.format()
        yield from self.format_exception_only()


_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None)
    return list(te.format_exception_only())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    _print(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(*sys.exc_info(), limit=limit,
                                    chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)

'''

TYPES_SRC = r'''
"""types: the names of the interpreter's built-in types and
SimpleNamespace (written for rtpython)."""
import sys


def _f():
    pass


class _C:
    def _m(self):
        pass


def _g():
    yield 1


FunctionType = type(_f)
LambdaType = type(_f)
CodeType = type(_f.__code__)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type(len)
GeneratorType = type(_g())
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
FrameType = type(sys._getframe())
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    del _e


def _cell():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


CellType = type(_cell())
GenericAlias = type(list[int])
UnionType = type(int | str)


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made
    with."""
    __module__ = 'types'

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace \
            else type(self).__name__
        me = id(self)
        if me in _repr_running:
            return name + '(...)'
        _repr_running.add(me)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(me)
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and \
                isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = set()


class MappingProxyType:
    """A read-only view of a mapping: reads go to it, writes are refused
    (no __setitem__); it changes as the mapping does."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        if not hasattr(type(mapping), '__getitem__') or \
                isinstance(mapping, (list, tuple)):
            raise TypeError('mappingproxy() argument must be a mapping, '
                            'not %s' % type(mapping).__name__)
        object.__setattr__(self, '_mapping', mapping)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'mappingproxy' is not an acceptable base type")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute %r"
                             % name)

    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    __hash__ = None
    __class_getitem__ = classmethod(GenericAlias)


MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'
MappingProxyType.__module__ = 'builtins'


def resolve_bases(bases):
    """The bases with each non-class's __mro_entries__ applied."""
    out = []
    for base in bases:
        entries = getattr(base, '__mro_entries__', None) \
            if not isinstance(base, type) else None
        if entries is None:
            out.append(base)
            continue
        new = entries(bases)
        if not isinstance(new, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        out.extend(new)
    return tuple(out)


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta = type if kwds is None else kwds.pop('metaclass', type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    if resolved != tuple(bases):
        ns['__orig_bases__'] = tuple(bases)
    return meta(name, resolved, ns, **(kwds or {}))

'''

KEYWORD_SRC = r'''
"""keyword: Python 3.11's keywords and soft keywords (written for
rtpython)."""

__all__ = ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
'''

ATEXIT_SRC = r'''
"""atexit: functions run when the interpreter exits normally or through
SystemExit, the last registered first (written for rtpython: the
interpreter's main.py calls _run_exitfuncs after the program and its
non-daemon threads are done, before the output is flushed)."""
import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            _report(func, e)


def _report(func, e):
    import traceback
    print('Exception ignored in atexit callback: %r' % (func,),
          file=sys.stderr)
    # CPython calls the function from C: no line of _run_exitfuncs
    traceback.print_exception(type(e), e, e.__traceback__.tb_next)


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)
'''

GC_SRC = r'''
"""gc: the collector's switches (written for rtpython).

The interpreter's memory is managed by the runtime's tracing collector,
which runs when allocation needs it and frees cycles as well as any other
garbage.  collect() runs a full collection, then the callbacks and
finalizers of the weakref module whose objects died, and returns how many
weak references it cleared (CPython returns the number of objects its
cycle detector found unreachable).  disable() stops nothing that a program
can see: CPython's disable() also leaves reference counting on, which
frees the objects without cycles.  isenabled() reports what
enable()/disable() said."""
import _rtweak
import sys

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []

_state = {'enabled': True, 'threshold': (700, 10, 10), 'debug': 0}


def enable():
    _state['enabled'] = True


def disable():
    _state['enabled'] = False


def isenabled():
    return _state['enabled']


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(generation).__name__)
    if generation < 0 or generation > 2:
        raise ValueError('invalid generation')
    n = _rtweak.collect()
    weakref = sys.modules.get('weakref')
    if weakref is not None:
        weakref._run_callbacks()
    return n


def get_threshold():
    return _state['threshold']


def set_threshold(threshold0, threshold1=None, threshold2=None):
    old = _state['threshold']
    _state['threshold'] = (threshold0,
                           old[1] if threshold1 is None else threshold1,
                           old[2] if threshold2 is None else threshold2)


def get_debug():
    return _state['debug']


def set_debug(flags):
    _state['debug'] = flags
'''

WARNINGS_SRC = r'''
"""warnings: warn(), the filters and catch_warnings, with CPython 3.11's
defaults and its stderr format (written for rtpython)."""
import sys
import linecache

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning',
           'filterwarnings', 'simplefilter', 'resetwarnings',
           'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

# (action, message regex or None, category, module regex or None, lineno),
# the first match decides
filters = []
defaultaction = 'default'
onceregistry = {}
_version = [1]


def _filters_mutated():
    _version[0] += 1


def _add_filter(item, append):
    # A filter added in front moves an equal one there; an appended one
    # goes last unless it is already in the list.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            del filters[filters.index(item)]
        filters.insert(0, item)
    _filters_mutated()


def _check_filter_args(action, category, lineno):
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError('category must be a Warning subclass')
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')


def filterwarnings(action, message='', category=Warning, module='',
                   lineno=0, append=False):
    _check_filter_args(action, category, lineno)
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if message or module:
        import re
    msg_re = re.compile(message, re.I) if message else None
    mod_re = re.compile(module) if module else None
    _add_filter((action, msg_re, category, mod_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_filter_args(action, category, lineno)
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


class WarningMessage:
    """One warning as catch_warnings(record=True) keeps it."""
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file',
                        'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        values = (message, category, filename, lineno, file, line, source)
        for attr, value in zip(self._WARNING_DETAILS, values):
            setattr(self, attr, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    return _formatwarnmsg(WarningMessage(message, category, filename,
                                         lineno, None, line))


def _formatwarnmsg(msg):
    s = '%s:%s: %s: %s\n' % (msg.filename, msg.lineno,
                             msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        line = linecache.getline(msg.filename, msg.lineno)
    if line:
        s += '  %s\n' % line.strip()
    return s


def _showwarning_orig(message, category, filename, lineno, file=None,
                      line=None):
    msg = WarningMessage(message, category, filename, lineno, file, line)
    file = msg.file if msg.file is not None else sys.stderr
    if file is None:
        return
    try:
        file.write(_formatwarnmsg(msg))
    except OSError:
        pass


showwarning = _showwarning_orig


def _showwarnmsg_impl(msg):
    _showwarning_orig(msg.message, msg.category, msg.filename, msg.lineno,
                      msg.file, msg.line)


def _showwarnmsg(msg):
    sw = globals()['showwarning']
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError('warnings.showwarning() must be set to a '
                            'function or method')
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
           msg.line)
        return
    _state['showwarnmsg'](msg)


_state = {'showwarnmsg': _showwarnmsg_impl}


def _caller(stacklevel):
    """(filename, lineno, module name, globals) of the frame stacklevel
    levels above warn()'s caller's caller, or sys's when the stack is not
    that deep (as CPython)."""
    try:
        f = sys._getframe(stacklevel + 1)
    except ValueError:
        return 'sys', 1, 'sys', sys.__dict__
    g = f.f_globals
    return f.f_code.co_filename, f.f_lineno, g.get('__name__', '<string>'), g


def warn(message, category=None, stacklevel=1, source=None):
    # A Warning instance brings its own category; the default is
    # UserWarning.
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    filename, lineno, module, g = _caller(stacklevel)
    registry = g.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  None, source)


def _matches(pattern, s):
    """A filter's message or module pattern: None matches anything, a
    string (the default filters') only itself, a regex from its start."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == s
    return pattern.match(s) is not None


def _matching_filter(text, category, module, lineno):
    """The first filter that applies, None when none does (then
    defaultaction decides)."""
    for item in filters:
        action, msg_re, cat, mod_re, ln = item
        if (_matches(msg_re, text) and issubclass(category, cat) and
                _matches(mod_re, module) and
                (ln == 0 or lineno == ln)):
            return item
    return None


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    # 'once' remembers in the caller's registry (warn() passes its
    # module's), in onceregistry only when there is none.
    once_seen = onceregistry if registry is None else registry
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _version[0]:
        registry.clear()
        registry['version'] = _version[0]
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    item = _matching_filter(text, category, module, lineno)
    action = defaultaction if item is None else item[0]
    if action == 'error':
        raise message
    if action != 'ignore' and _show_now(item, action, registry, key,
                                        once_seen):
        _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                    source=source))


def _show_now(item, action, registry, key, once_seen):
    """Whether a warning that filter item (None: the default action) lets
    through is shown, noting it where the action remembers what was
    shown: 'default' per place, 'module' in the registry and 'once' in
    once_seen, both keyed without the line as CPython's _warnings does."""
    if action == 'always':
        return True
    if action not in ('default', 'module', 'once'):
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n'
                           ' %r' % (action, item))
    registry[key] = 1
    if action == 'default':
        return True
    seen = once_seen if action == 'once' else registry
    wider = key[:2]
    if seen.get(wider):
        return False
    seen[wider] = 1
    return True


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on
    exit; record=True collects the warnings into the list __enter__
    returns instead of showing them."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._module = sys.modules['warnings'] if module is None else module
        self._record, self._entered = record, False
        # simplefilter's arguments, for the filter installed on entry
        self._filter = (None if action is None
                        else (action, category, lineno, append))

    def __repr__(self):
        shown = ['record=True'] if self._record else []
        if self._module is not sys.modules['warnings']:
            shown.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = m.filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg = m._state['showwarnmsg']
        if self._filter is not None:
            m.simplefilter(*self._filter)
        if self._record:
            log = []
            m._state['showwarnmsg'] = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first'
                               % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._state['showwarnmsg'] = self._showwarnmsg


simplefilter('default', DeprecationWarning)
filters[0] = ('default', None, DeprecationWarning, '__main__', 0)
simplefilter('ignore', DeprecationWarning, append=True)
simplefilter('ignore', PendingDeprecationWarning, append=True)
simplefilter('ignore', ImportWarning, append=True)
simplefilter('ignore', ResourceWarning, append=True)
'''

TEXTWRAP_SRC = r'''
"""textwrap: wrapping and filling paragraphs, dedent, indent, shorten
(written for rtpython; CPython 3.11's line breaks, without its regular
expressions: the chunks are cut by a scanner with the same rules)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word(c) and not c.isdigit()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


class _Scanner:
    """Cuts text into chunks: runs of whitespace, em-dashes ('--' between
    words), and words, a word ending after a hyphen that joins letters
    (as in 'anti-aliasing')."""

    def __init__(self, text):
        self.text = text
        self.n = len(text)

    def at(self, i):
        return self.text[i] if 0 <= i < self.n else ''

    def letter(self, i):
        c = self.at(i)
        return c != '' and _is_letter(c)

    def dashes_then_word(self, i):
        """The end of 2+ hyphens at i followed by a word character, or
        -1."""
        j = i
        while self.at(j) == '-':
            j += 1
        if j - i >= 2 and self.at(j) != '' and _is_word(self.at(j)):
            return j
        return -1

    def word_ends_at(self, i, j):
        """Whether the word that starts at i may end at j: at whitespace
        or the end, after a hyphen between letters (the hyphen is not
        the word's first character), or before an em-dash."""
        c = self.at(j)
        if c == '' or c in _whitespace:
            return True
        if j - 1 > i and self.at(j - 1) == '-' and (
                (self.letter(j - 3) and self.letter(j - 2)) or
                (self.letter(j - 4) and self.at(j - 3) == '-' and
                 self.letter(j - 2))):
            if self.letter(j) and (self.letter(j + 1) or
                                   (self.at(j + 1) == '-' and
                                    self.letter(j + 2))):
                return True
        prev = self.at(j - 1)
        return (prev != '' and _is_word_punct(prev) and
                self.dashes_then_word(j) >= 0)

    def chunks(self):
        out = []
        i = 0
        while i < self.n:
            j = i
            if self.text[i] in _whitespace:
                while j < self.n and self.text[j] in _whitespace:
                    j += 1
            else:
                prev = self.at(i - 1)
                dash_end = -1
                if prev != '' and _is_word_punct(prev):
                    dash_end = self.dashes_then_word(i)
                if dash_end >= 0:
                    j = dash_end
                else:
                    j = i + 1
                    while not self.word_ends_at(i, j):
                        j += 1
            out.append(self.text[i:j])
            i = j
        return out


def _simple_chunks(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        ws = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == ws:
            j += 1
        out.append(text[i:j])
        i = j
    return out


def _ends_sentence(chunk):
    """A lowercase letter, then . ! or ?, then maybe a quote, at the end."""
    k = len(chunk)
    if k and chunk[k - 1] in '"\'':
        k -= 1
    return (k >= 2 and chunk[k - 1] in '.!?' and
            'a' <= chunk[k - 2] <= 'z')


class TextWrapper:
    """Wraps paragraphs to lines of at most width characters; the
    attributes are the keyword arguments of wrap() and fill()."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        # Each argument is kept as the attribute of its name; grouped here
        # by what it governs.
        self.width, self.max_lines, self.placeholder = (
            width, max_lines, placeholder)
        self.initial_indent, self.subsequent_indent = (
            initial_indent, subsequent_indent)
        self.expand_tabs, self.tabsize = expand_tabs, tabsize
        self.replace_whitespace, self.drop_whitespace = (
            replace_whitespace, drop_whitespace)
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words, self.break_on_hyphens = (
            break_long_words, break_on_hyphens)

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _Scanner(text).chunks()
        return _simple_chunks(text)

    def _fix_sentence_endings(self, chunks):
        for i in range(len(chunks) - 1):
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # The next chunk is longer than a whole line.  Unbreakable, it
        # stands alone on an empty line (or waits for the next line);
        # otherwise its head fills the room left, cut after the last
        # hyphen that fits when one follows some non-hyphen text.
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        room = width - cur_len if width >= 1 else 1
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            last_hyphen = word.rfind('-', 0, room)
            if last_hyphen > 0 and word[:last_hyphen].strip('-'):
                cut = last_hyphen + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _check_sizes(self):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 \
                else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')

    def _fill_line(self, chunks, cur_line, width):
        """Moves the chunks that fit on the line; returns its length."""
        cur_len = 0
        while chunks and cur_len + len(chunks[-1]) <= width:
            cur_len += len(chunks[-1])
            cur_line.append(chunks.pop())
        if chunks and len(chunks[-1]) > width:
            self._handle_long_word(chunks, cur_line, cur_len, width)
            cur_len = sum([len(c) for c in cur_line])
        if self.drop_whitespace and cur_line and not cur_line[-1].strip():
            cur_len -= len(cur_line[-1])
            cur_line.pop()
        return cur_len

    def _last_line(self, lines, cur_line, cur_len, indent, width):
        """The line where max_lines is reached: as much as fits with the
        placeholder after it."""
        while cur_line:
            if cur_line[-1].strip() and \
                    cur_len + len(self.placeholder) <= width:
                lines.append(indent + ''.join(cur_line) + self.placeholder)
                return
            cur_len -= len(cur_line[-1])
            cur_line.pop()
        if lines:
            prev = lines[-1].rstrip()
            if len(prev) + len(self.placeholder) <= self.width:
                lines[-1] = prev + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _wrap_chunks(self, chunks):
        self._check_sizes()
        lines = []
        chunks = chunks[::-1]
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not chunks[-1].strip():
                chunks.pop()
            cur_line = []
            cur_len = self._fill_line(chunks, cur_line, width)
            if not cur_line:
                continue
            rest_blank = not chunks or (self.drop_whitespace and
                                        len(chunks) == 1 and
                                        not chunks[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines \
                    or (rest_blank and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
            else:
                self._last_line(lines, cur_line, cur_len, indent, width)
                break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        return self._wrap_chunks(self._nonempty_chunks(text))

    def _nonempty_chunks(self, text):
        chunks = [c for c in self._split_chunks(text) if c]
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return chunks

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _indent_of(line):
    k = 0
    while k < len(line) and line[k] in ' \t':
        k += 1
    return line[:k]


def dedent(text):
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        ind = _indent_of(line)
        if ind == line:
            lines[i] = ''       # blank lines lose their spaces and tabs
            continue
        if margin is None or margin.startswith(ind):
            margin = ind
        elif not ind.startswith(margin):
            k = 0
            while margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
'''

STATISTICS_SRC = r'''
"""statistics: averages and measures of spread, computed exactly (sums of
fractions) and converted to the data's type at the end, as CPython 3.11
does, so the results are CPython's to the last bit (written for
rtpython)."""
import math
import numbers
from bisect import bisect_left, bisect_right
from fractions import Fraction
from collections import Counter, namedtuple

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance',
           'fmean', 'geometric_mean', 'harmonic_mean', 'linear_regression',
           'mean', 'median', 'median_grouped', 'median_high', 'median_low',
           'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance']


class StatisticsError(ValueError):
    pass


# the kinds of number a result may take, each giving way to the later
_KINDS = (int, Fraction, float)


def _kind(T):
    """T's place in _KINDS, or -1 for another type."""
    for rank, base in enumerate(_KINDS):
        if issubclass(T, base):
            return rank
    return -1


def _coerce(T, S):
    """The type of a result mixing T values with S values: a class gives
    way to its subclass; else an int type to any other type, and a
    Fraction type to a float type; other pairs do not mix."""
    if T is S or S is int or S is bool:
        return T
    if T is int or issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    kinds = (_kind(T), _kind(S))
    if kinds[0] == 0 or kinds[1] == 0:
        return S if kinds[0] == 0 else T
    if sorted(kinds) == [1, 2]:
        return T if kinds[0] == 2 else S
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _exact_ratio(x):
    """(numerator, denominator) of x, exact; (x, None) for an infinity or
    a NaN, which have no ratio."""
    try:
        as_ratio = x.as_integer_ratio
    except AttributeError:
        return _rational_parts(x)
    try:
        return as_ratio()
    except (OverflowError, ValueError):
        return x, None


def _rational_parts(x):
    if hasattr(x, 'numerator') and hasattr(x, 'denominator'):
        return x.numerator, x.denominator
    raise TypeError("can't convert type '%s' to numerator/denominator"
                    % type(x).__name__)


class _Sum:
    """An exact running sum: the values as fractions, or the float sum of
    the non-finite values if there are any; their count, and their types,
    whose mix (result_type()) is the result's type.  As in CPython, the
    types are mixed after all values are taken, so that a value with no
    ratio is the error reported first."""

    def __init__(self):
        self.count = 0
        self.exact = Fraction(0)
        self.nonfinite = None
        self.types = {}         # a dict: the first seen is mixed first

    def result_type(self):
        T = int
        for S in self.types:
            T = _coerce(T, S)
        return T

    def add(self, x):
        n, d = _exact_ratio(x)
        self.types[type(x)] = True
        self.count += 1
        if d is None:
            self.nonfinite = n if self.nonfinite is None \
                else self.nonfinite + n
        else:
            self.exact += Fraction(n, d)

    def total(self):
        return self.exact if self.nonfinite is None else self.nonfinite


def _sum(data):
    s = _Sum()
    for x in data:
        s.add(x)
    return s


def _convert(value, T):
    """The exact value as a T; for an int type, a value that is not whole
    is given as a float."""
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return value if type(value) is T else T(value)


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) correctly rounded: an integer square root with enough
    extra bits, its last bit recording an inexact result (round to odd),
    so the final division rounds once and right."""
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        num_n, num_m, shift_up, den = n, m << 2 * q, q, 1
    else:
        num_n, num_m, shift_up, den = n << -2 * q, m, 0, 1 << -q
    root = math.isqrt(num_n // num_m)
    if root * root * num_m != num_n:
        root |= 1
    return (root << shift_up) / den


def mean(data):
    s = _sum(data)
    if s.count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(s.total() / s.count, s.result_type())


def fmean(data, weights=None):
    if weights is None:
        values = list(data) if not hasattr(data, '__len__') else data
        n = len(values)
        total = math.fsum(values)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not hasattr(weights, '__len__'):
        weights = list(weights)
    values = list(data)
    num = math.fsum([x * w for x, w in zip(values, weights)])
    if len(values) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[(n - 1) // 2]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of data seen as classes of width interval centred on the
    values: the lower limit of the middle value's class, plus the part of
    the class that the middle of the data reaches into."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError('no median for empty data')
    middle = ordered[n // 2]
    below = bisect_left(ordered, middle)
    in_class = bisect_right(ordered, middle, lo=below) - below
    try:
        interval, middle = float(interval), float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (n / 2 - below) / in_class


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 points cutting data into n groups of equal probability,
    each interpolated between two neighbouring sorted values.  The cut
    points of 'exclusive' divide len(data) + 1 steps, as for a sample
    that the population's extremes may lie beyond (the end ones are
    extrapolated from the two values at that end); those of 'inclusive'
    divide len(data) - 1 steps from the least value to the greatest, as
    for the whole population."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        steps, first = size - 1, 0
    elif method == 'exclusive':
        steps, first = size + 1, 1
    else:
        raise ValueError('Unknown method: %r' % (method,))
    cuts = []
    for i in range(1, n):
        # the cut lies at step i * steps / n: between the values at
        # index k - first and the next, delta / n of the way
        k = i * steps // n
        if first:
            k = min(max(k, 1), size - 1)
        delta = i * steps - k * n
        low = ordered[k - first]
        cuts.append((low * (n - delta) + ordered[k - first + 1] * delta) / n)
    return cuts


def geometric_mean(data):
    """The n-th root of the product of n values, in floats: exp of the mean
    of their logarithms."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:      # a value not positive, or none (fmean's error)
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


_NEGATIVE_HARMONIC = 'harmonic mean does not support negative values'


def _non_negative(values):
    """values, checked one by one as they are taken."""
    for x in values:
        if x < 0:
            raise StatisticsError(_NEGATIVE_HARMONIC)
        yield x


def harmonic_mean(data, weights=None):
    """The sum of the weights over the weighted sum of the reciprocals, in
    data's type; 0 if a value is 0.  Negative values are an error."""
    data = _reiterable(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        return _lone_harmonic(data[0])
    if weights is None:
        weights, weight_total = [1] * n, n
    else:
        weights = _reiterable(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _sum(_non_negative(weights)).total()
    try:
        # a zero weight leaves its value out, even a zero value
        s = _sum(w / x if w else 0
                 for w, x in zip(weights, _non_negative(data)))
    except ZeroDivisionError:
        return 0
    if s.total() <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_total / s.total(), s.result_type())


def _reiterable(values):
    # an iterator's values in a list, to be gone through more than once
    return list(values) if iter(values) is values else values


def _lone_harmonic(x):
    # a single value is its own harmonic mean, if it is a real number
    if not isinstance(x, numbers.Real):
        raise TypeError('unsupported type')
    if x < 0:
        raise StatisticsError(_NEGATIVE_HARMONIC)
    return x


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def _ss(data, c=None):
    """(type, sum of squared deviations from the mean or from c, count,
    the mean or c), exact (the mean being the sum of the non-finite
    values when there are some)."""
    if c is not None:
        s = _Sum()
        for x in data:
            d = x - c
            s.add(d * d)
        return s.result_type(), s.total(), s.count, c
    data = list(data)
    s = _sum(data)
    if s.count == 0:
        return s.result_type(), Fraction(0), 0, Fraction(0)
    if s.nonfinite is not None:
        return s.result_type(), s.nonfinite, s.count, s.nonfinite
    sq = Fraction(0)
    for x in data:
        n, d = _exact_ratio(x)
        sq += Fraction(n * n, d * d)
    ssd = (s.count * sq - s.exact * s.exact) / s.count
    return s.result_type(), ssd, s.count, s.exact / s.count


def _mean_square(data, centre, name, sample):
    """(type, the mean squared deviation of data from centre, or from
    their mean if None): over n - 1 values for a sample, which needs two
    of them, over n for a whole population, which needs one."""
    T, ss, n, _ = _ss(data, centre)
    needed = 2 if sample else 1
    if n < needed:
        raise StatisticsError('%s requires at least %s'
                              % (name, 'two data points' if sample
                                 else 'one data point'))
    return T, ss / (n - needed + 1)


def variance(data, xbar=None):
    T, mss = _mean_square(data, xbar, 'variance', True)
    return _convert(mss, T)


def pvariance(data, mu=None):
    T, mss = _mean_square(data, mu, 'pvariance', False)
    return _convert(mss, T)


def stdev(data, xbar=None):
    return _root(*_mean_square(data, xbar, 'stdev', True))


def pstdev(data, mu=None):
    return _root(*_mean_square(data, mu, 'pstdev', False))


def _root(T, mss):
    # a float mss (from an infinity or a NaN) raises AttributeError, as
    # CPython 3.11's stdev() does
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)

# ------------------------------------------------ two variables at once

def _paired(x, y, what):
    """len(x), checked against y and at least 2."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same '
                              'number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def _centred(x, y, n):
    """The floats (x - mean of x) and (y - mean of y), each mean an fsum
    divided by n."""
    mx = math.fsum(x) / n
    my = math.fsum(y) / n
    return [v - mx for v in x], [v - my for v in y], mx, my


def _dot(u, v):
    return math.fsum([a * b for a, b in zip(u, v)])


def covariance(x, y, /):
    n = _paired(x, y, 'covariance')
    dx, dy, _, _ = _centred(x, y, n)
    return _dot(dx, dy) / (n - 1)


def correlation(x, y, /):
    n = _paired(x, y, 'correlation')
    dx, dy, _, _ = _centred(x, y, n)
    spread = math.sqrt(_dot(dx, dx) * _dot(dy, dy))
    if not spread:
        raise StatisticsError('at least one of the inputs is constant')
    return _dot(dx, dy) / spread


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """The least squares line through the points (x, y); through the
    origin when proportional."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        dx, dy = x, y
    else:
        dx, dy, mx, my = _centred(x, y, n)
    across = _dot(dx, dx)
    if not across:
        raise StatisticsError('x is constant')
    slope = _dot(dx, dy) / across
    return LinearRegression(slope=slope, intercept=0.0 if proportional
                            else my - slope * mx)


# ------------------------------------------------ the normal distribution

# The inverse of the normal distribution's cdf by Wichura's rational
# approximations (algorithm AS241, 1988): one for p near 1/2, one for the
# tails up to exp(-25), one beyond.  Each tuple lists a polynomial's
# coefficients from the highest power down.
_CENTRAL_NUM = (
    2.5090809287301226727e+3, 3.3430575583588128105e+4,
    6.7265770927008700853e+4, 4.5921953931549871457e+4,
    1.3731693765509461125e+4, 1.9715909503065514427e+3,
    1.3314166789178437745e+2, 3.3871328727963666080e+0)
_CENTRAL_DEN = (
    5.2264952788528545610e+3, 2.8729085735721942674e+4,
    3.9307895800092710610e+4, 2.1213794301586595867e+4,
    5.3941960214247511077e+3, 6.8718700749205790830e+2,
    4.2313330701600911252e+1, 1.0)
_NEAR_NUM = (
    7.74545014278341407640e-4, 2.27238449892691845833e-2,
    2.41780725177450611770e-1, 1.27045825245236838258e+0,
    3.64784832476320460504e+0, 5.76949722146069140550e+0,
    4.63033784615654529590e+0, 1.42343711074968357734e+0)
_NEAR_DEN = (
    1.05075007164441684324e-9, 5.47593808499534494600e-4,
    1.51986665636164571966e-2, 1.48103976427480074590e-1,
    6.89767334985100004550e-1, 1.67638483018380384940e+0,
    2.05319162663775882187e+0, 1.0)
_FAR_NUM = (
    2.01033439929228813265e-7, 2.71155556874348757815e-5,
    1.24266094738807843860e-3, 2.65321895265761230930e-2,
    2.96560571828504891230e-1, 1.78482653991729133580e+0,
    5.46378491116411436990e+0, 6.65790464350110377720e+0)
_FAR_DEN = (
    2.04426310338993978564e-15, 1.42151175831644588870e-7,
    1.84631831751005468180e-5, 7.86869131145613259100e-4,
    1.48753612908506148525e-2, 1.36929880922735805310e-1,
    5.99832206555887937690e-1, 1.0)


def _horner(coefficients, r):
    total = coefficients[0]
    for c in coefficients[1:]:
        total = total * r + c
    return total


def _unit_inv_cdf(p):
    """The x at which the standard normal cdf reaches p (0 < p < 1)."""
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        return _horner(_CENTRAL_NUM, r) * q / _horner(_CENTRAL_DEN, r)
    tail = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(tail))
    if r <= 5.0:
        r -= 1.6
        x = _horner(_NEAR_NUM, r) / _horner(_NEAR_DEN, r)
    else:
        r -= 5.0
        x = _horner(_FAR_NUM, r) / _horner(_FAR_DEN, r)
    return -x if q < 0.0 else x


class NormalDist:
    """The normal distribution of mean mu and standard deviation sigma."""
    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution with data's mean and sample stdev."""
        T, ss, n, centre = _ss(data)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        spread = ss / (n - 1)
        if isinstance(spread, float):
            # an infinity or a NaN among the data: the stdev is NaN
            return cls(float(centre), float(centre) / float(ss))
        return cls(float(centre),
                   _float_sqrt_of_frac(spread.numerator, spread.denominator))

    def samples(self, n, *, seed=None):
        """n values drawn from the distribution (by random's gauss; from a
        generator of its own when seeded)."""
        import random
        draw = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return math.exp(d * d / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) /
                                     (self._sigma * _ROOT_2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or '
                                  'below zero')
        return self._mu + _unit_inv_cdf(p) * self._sigma

    def quantiles(self, n=4):
        """The n - 1 points cutting the distribution in n equal parts."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area shared by the two density curves, in [0, 1]."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # the same order either way round, so that the result is too
        lo, hi = self, other
        if (hi._sigma, hi._mu) < (lo._sigma, lo._mu):
            lo, hi = hi, lo
        v_lo, v_hi = lo.variance, hi.variance
        if not v_lo or not v_hi:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = v_hi - v_lo
        dm = math.fabs(hi._mu - lo._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * lo._sigma * _ROOT_2))
        # the curves cross at the roots of a quadratic
        a = lo._mu * v_hi - hi._mu * v_lo
        b = lo._sigma * hi._sigma * math.sqrt(dm * dm +
                                              dv * math.log(v_hi / v_lo))
        gaps = 0.0
        for x in ((a + b) / dv, (a - b) / dv):
            gaps += math.fabs(hi.cdf(x) - lo.cdf(x))
        return 1.0 - gaps

    def zscore(self, x):
        """How many stdevs x lies above the mean."""
        sigma = self._sigma
        if not sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / sigma

    @property
    def mean(self):
        return self._mu

    median = mode = mean

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    # sums and differences of independent variables; scaling by constants
    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu,
                              math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu,
                              math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * math.fabs(k))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / math.fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu,
                                        self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state


_ROOT_2 = math.sqrt(2.0)
'''

FRACTIONS_SRC = r'''
"""fractions: Fraction, exact rational numbers (written for rtpython)."""
import math
import numbers
import operator

__all__ = ['Fraction']

_HASH_MODULUS = 2305843009213693951     # sys.hash_info.modulus
_HASH_INF = 314159                      # sys.hash_info.inf


def _parse(s):
    """(numerator, denominator) of a string such as ' -3/4 ', '1.5e-3',
    '.5', '1_000', or None if it is not one."""
    t = s.strip()
    sign = 1
    if t[:1] in ('+', '-'):
        sign = -1 if t[0] == '-' else 1
        t = t[1:]
    if '/' in t:
        num, _, den = t.partition('/')
        if not (_digits(num) and _digits(den)):
            return None
        return sign * int(num), int(den)
    mantissa, exp = t, 0
    for e in ('e', 'E'):
        if e in t:
            mantissa, _, ex = t.partition(e)
            sgn = ex[:1] if ex[:1] in ('+', '-') else ''
            if not _digits(ex[len(sgn):]):
                return None
            exp = int(ex)
            break
    whole, dot, frac = mantissa.partition('.')
    if not (whole or frac) or (whole and not _digits(whole)) or \
            (frac and not _digits(frac)):
        return None
    n = int(whole or '0') * 10 ** len(frac.replace('_', '')) + \
        int(frac or '0')
    exp -= len(frac.replace('_', ''))
    if exp >= 0:
        return sign * n * 10 ** exp, 1
    return sign * n, 10 ** -exp


def _digits(s):
    """Decimal digits, single underscores between them allowed."""
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    return all('0' <= c <= '9' or c == '_' for c in s)


def _text_ratio(text):
    """(numerator, denominator) a string spells; ValueError if none."""
    parsed = _parse(text)
    if parsed is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    return parsed


def _lone_ratio(value):
    """(numerator, denominator) of Fraction(value) for a non-string value:
    exact and in lowest terms (float.as_integer_ratio() raises for nan
    and the infinities, with the messages CPython gives)."""
    if type(value) is int:
        return value, 1
    if isinstance(value, numbers.Rational):
        return value.numerator, value.denominator
    if isinstance(value, float):
        return value.as_integer_ratio()
    raise TypeError('argument should be a string or a Rational instance')


def _quotient(top, bottom):
    """(numerator, denominator) of Fraction(top, bottom), not yet reduced,
    for two Rationals (not both ints): (p/q) / (r/s) = (p*s) / (r*q)."""
    if isinstance(top, numbers.Rational) and isinstance(bottom, numbers.Rational):
        return top.numerator * bottom.denominator, bottom.numerator * top.denominator
    raise TypeError('both arguments should be Rational instances')


def _lowest_terms(top, bottom):
    """Divide out the common factor, leaving the denominator positive."""
    common = math.gcd(top, bottom)
    if bottom < 0:
        common = -common
    return top // common, bottom // common


class Fraction(numbers.Rational):
    """A rational number numerator/denominator in lowest terms, the sign
    on the numerator."""
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        if denominator is not None:
            top, bottom = numerator, denominator
            if type(top) is not int or type(bottom) is not int:
                top, bottom = _quotient(top, bottom)
        elif isinstance(numerator, str):
            top, bottom = _text_ratio(numerator)
        else:
            # an int, a Rational or a float already is in lowest terms
            top, bottom = _lone_ratio(numerator)
            _normalize = False
        if bottom == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % top)
        if _normalize:
            top, bottom = _lowest_terms(top, bottom)
        made = object.__new__(cls)
        made._numerator = top
        made._denominator = bottom
        return made

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with a denominator at most
        max_denominator (the continued fraction's convergents, then the
        better of the last one and the best semiconvergent)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # convergents h/k of the continued fraction, until the next one's
        # denominator would be too large
        h_prev, k_prev, h, k = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            if k_prev + a * k > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + a * h, k_prev + a * k
            n, d = d, n - a * d
        # the best semiconvergent on the other side of self
        m = (max_denominator - k_prev) // k
        last = Fraction(h, k, _normalize=False)
        semi = Fraction(h_prev + m * h, k_prev + m * k, _normalize=False)
        if abs(semi - self) < abs(last - self):
            return semi
        return last

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator,
                               self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # arithmetic: with an int or a Fraction the result is a Fraction, with
    # a float a float, with a complex a complex

    def _operands(self, other):
        """other as a Fraction, or as a float or complex to compute with,
        or None if this type does not know it."""
        if isinstance(other, (int, Fraction)):
            return Fraction(other)
        if isinstance(other, (float, complex)):
            return other
        return None

    def _binary(self, other, exact, inexact, reflected):
        o = self._operands(other)
        if o is None:
            return NotImplemented
        if isinstance(o, Fraction):
            return exact(o, self) if reflected else exact(self, o)
        me = complex(self) if isinstance(o, complex) else float(self)
        return inexact(o, me) if reflected else inexact(me, o)

    def __add__(a, b):
        return a._binary(b, _add, operator.add, False)

    def __radd__(b, a):
        return b._binary(a, _add, operator.add, True)

    def __sub__(a, b):
        return a._binary(b, _sub, operator.sub, False)

    def __rsub__(b, a):
        return b._binary(a, _sub, operator.sub, True)

    def __mul__(a, b):
        return a._binary(b, _mul, operator.mul, False)

    def __rmul__(b, a):
        return b._binary(a, _mul, operator.mul, True)

    def __truediv__(a, b):
        return a._binary(b, _div, operator.truediv, False)

    def __rtruediv__(b, a):
        return b._binary(a, _div, operator.truediv, True)

    def __floordiv__(a, b):
        return a._binary(b, _floordiv, operator.floordiv, False)

    def __rfloordiv__(b, a):
        return b._binary(a, _floordiv, operator.floordiv, True)

    def __mod__(a, b):
        return a._binary(b, _mod, operator.mod, False)

    def __rmod__(b, a):
        return b._binary(a, _mod, operator.mod, True)

    def __divmod__(a, b):
        return a._binary(b, _divmod, divmod, False)

    def __rdivmod__(b, a):
        return b._binary(a, _divmod, divmod, True)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)) and \
                Fraction(b)._denominator == 1:
            power = Fraction(b)._numerator
            if power >= 0:
                return Fraction(a._numerator ** power,
                                a._denominator ** power, _normalize=False)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)'
                                        % a._denominator ** -power)
            return Fraction(a._denominator ** -power,
                            a._numerator ** -power)
        if isinstance(b, (int, Fraction)):
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(self, base):
        whole = self._denominator == 1
        if whole and self._numerator >= 0:
            return base ** self._numerator      # an int base stays an int
        if isinstance(base, int):
            return Fraction(base) ** self       # exact, or a float root
        return base ** (self._numerator if whole else float(self))

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(abs(self._numerator) % _HASH_MODULUS * dinv
                     % _HASH_MODULUS)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    # Both lowest-terms forms are unique, so equal Rationals have equal
    # parts.  A float compares exactly, through its own ratio; nan and the
    # infinities have none, and any finite float orders as self does
    # against them.

    def __eq__(self, other):
        if type(other) is int:
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, complex):
            if other.imag:
                return False
            other = other.real
        if isinstance(other, float):
            return self._against_float(other, operator.eq)
        if isinstance(other, numbers.Rational):
            return (self._numerator, self._denominator) == \
                (other.numerator, other.denominator)
        return NotImplemented

    def _against_float(self, x, op):
        if math.isfinite(x):
            return op(self, Fraction(*x.as_integer_ratio()))
        return op(0.0, x)

    def _richcmp(self, other, op):
        if isinstance(other, float):
            return self._against_float(other, op)
        if isinstance(other, numbers.Rational):
            # p/q op r/s is p*s op r*q, both denominators being positive
            return op(self._numerator * other.denominator,
                      other.numerator * self._denominator)
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return type(self), (self._numerator, self._denominator)

    # A Fraction never changes, so a copy of one may be itself; a subclass
    # may carry state of its own and gets a new object.
    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _add(a, b):
    return Fraction(a._numerator * b._denominator +
                    b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _sub(a, b):
    return Fraction(a._numerator * b._denominator -
                    b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _mul(a, b):
    return Fraction(a._numerator * b._numerator,
                    a._denominator * b._denominator)


def _div(a, b):
    if b._numerator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)'
                                % (a._numerator * b._denominator))
    return Fraction(a._numerator * b._denominator,
                    a._denominator * b._numerator)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // \
        (a._denominator * b._numerator)


def _divmod(a, b):
    da, db = a._denominator, b._denominator
    div, n_mod = divmod(a._numerator * db, da * b._numerator)
    return div, Fraction(n_mod, da * db)


def _mod(a, b):
    da, db = a._denominator, b._denominator
    return Fraction((a._numerator * db) % (b._numerator * da), da * db)
'''

NUMBERS_SRC = r'''
"""numbers: the abstract base classes of the numeric tower, with int,
float, complex (and bool through int) registered (written for
rtpython)."""
from abc import ABCMeta, abstractmethod

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


class Number(metaclass=ABCMeta):
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        pass

    def __bool__(self):
        return self != 0

    @property
    @abstractmethod
    def real(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        raise NotImplementedError

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        raise NotImplementedError

    def __index__(self):
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        raise NotImplementedError

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
'''

TIMEIT_SRC = r'''
"""timeit: timing small pieces of code (written for rtpython).  A string
statement is compiled into a function that runs it in a loop, a callable
is called in the loop; the timer is time.perf_counter."""
import time
import itertools

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _indented(code, spaces):
    return code.replace('\n', '\n' + ' ' * spaces)


def _check_code(code, what):
    if isinstance(code, str):
        compile(code, dummy_src_name, 'exec')
        return True
    if callable(code):
        return False
    raise ValueError('%s is neither a string nor callable' % what)


dummy_src_name = '<timeit-src>'


class Timer:
    """Times stmt after running setup once per measurement; both are
    source strings or callables."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer,
                 globals=None):
        self.timer = timer
        namespace = {}
        run_globals = {} if globals is None else globals
        stmt_is_src = _check_code(stmt, 'stmt')
        setup_is_src = _check_code(setup, 'setup')
        if setup_is_src:
            compile(setup + '\n' + (stmt if stmt_is_src else ''),
                    dummy_src_name, 'exec')
        lines = ['def inner(_it, _timer, _stmt, _setup):']
        lines.append('    ' + (_indented(setup, 4) if setup_is_src
                                else '_setup()'))
        lines.append('    _t0 = _timer()')
        lines.append('    for _i in _it:')
        lines.append('        ' + (_indented(stmt, 8) if stmt_is_src
                                    else '_stmt()'))
        lines.append('    _t1 = _timer()')
        lines.append('    return _t1 - _t0')
        self.src = '\n'.join(lines) + '\n'
        exec(compile(self.src, dummy_src_name, 'exec'), run_globals,
             namespace)
        self._inner = namespace['inner']
        self._stmt = stmt
        self._setup = setup

    def timeit(self, number=default_number):
        it = itertools.repeat(None, number)
        return self._inner(it, self.timer, self._stmt, self._setup)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        # 1, 2, 5, 10, 20, 50 ... loops, until one run lasts 0.2 s
        scale = 1
        while True:
            for step in (1, 2, 5):
                count = scale * step
                seconds = self.timeit(count)
                if callback:
                    callback(count, seconds)
                if seconds >= 0.2:
                    return (count, seconds)
            scale *= 10

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt='pass', setup='pass', timer=default_timer,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
'''

STRUCT_SRC = r'''
"""struct: packing values into bytes and back, as C structs are laid out
(written for rtpython).  Native ('@', the default) is x86-64 Linux:
little-endian, C sizes and alignment; '=', '<', '>' and '!' use the
standard sizes without alignment.  Floats are encoded to IEEE 754 bits
exactly (round half to even), without the host's help."""
import math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    __module__ = 'struct'


_STD_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
              'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2,
              'f': 4, 'd': 8, 's': 1, 'p': 1}
_NATIVE_SIZES = dict(_STD_SIZES, l=8, L=8, n=8, N=8, P=8)
_SIGNED = 'bhilqn'
_UNSIGNED = 'BHILQNP'
# the messages of the narrow formats, which CPython checks separately
_NAMED_RANGE = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_FLOAT_BITS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _parse(fmt):
    """(byte order, native?, items): an item is (char, count, offset)
    ('s' and 'p' are one item of count bytes); the total size."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    elif not isinstance(fmt, str):
        raise TypeError('Struct() argument 1 must be a str or bytes object, '
                        'not %s' % type(fmt).__name__)
    order, native, i = 'little', True, 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        native = fmt[0] == '@'
        if fmt[0] in '>!':
            order = 'big'
        i = 1
    sizes = _NATIVE_SIZES if native else _STD_SIZES
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        while i < n and fmt[i].isdigit():
            count = (count or 0) * 10 + int(fmt[i])
            i += 1
        if i >= n:
            raise error('repeat count given without format specifier')
        c = fmt[i]
        i += 1
        if c not in sizes:
            raise error('bad char in struct format')
        count = 1 if count is None else count
        size = sizes[c]
        if native and c not in 'xcs?p':
            offset = (offset + size - 1) // size * size
        items.append((c, count, offset))
        offset += size * count
    return order, native, items, offset


def _item_count(items):
    total = 0
    for c, count, _ in items:
        if c in 'sp':
            total += 1
        elif c != 'x':
            total += count
    return total


def _int_arg(v):
    if not hasattr(type(v), '__index__'):
        raise error('required argument is not an integer')
    return v.__index__()


def _pack_int(c, v, size, order):
    v = _int_arg(v)
    # first the conversion to a C long (unsigned long long for I L Q N)
    if c in _SIGNED or c in 'BH':
        fits = -2 ** 63 <= v < 2 ** 63
    else:
        fits = 0 <= v < 2 ** 64
    if not fits:
        raise error('argument out of range')
    bits = size * 8
    lo, hi = (-2 ** (bits - 1), 2 ** (bits - 1) - 1) if c in _SIGNED \
        else (0, 2 ** bits - 1)
    if not lo <= v <= hi:
        if c in _NAMED_RANGE:
            raise error('%s format requires %d <= number <= %d'
                        % (_NAMED_RANGE[c], lo, hi))
        if size == 8:
            raise error('argument out of range')
        raise error("'%s' format requires %d <= number <= %d" % (c, lo, hi))
    return v.to_bytes(size, order, signed=c in _SIGNED)


def _float_bits(x, exp_bits, mant_bits):
    """The IEEE bits of x rounded to the format, or None when it
    overflows to infinity."""
    sign = 1 << (exp_bits + mant_bits) if math.copysign(1.0, x) < 0 else 0
    top = (1 << exp_bits) - 1
    if math.isnan(x):
        return sign | (top << mant_bits) | (1 << (mant_bits - 1))
    if math.isinf(x):
        return sign | (top << mant_bits)
    if x == 0:
        return sign
    n, d = abs(x).as_integer_ratio()
    bias = (1 << (exp_bits - 1)) - 1
    e = n.bit_length() - d.bit_length()
    if (n << max(0, -e)) < (d << max(0, e)):
        e -= 1                              # now 2**e <= |x| < 2**(e+1)
    e = max(e, 1 - bias)                    # subnormals share emin
    shift = mant_bits - e
    num, den = (n << shift, d) if shift >= 0 else (n, d << -shift)
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    # q holds a normal number's implicit bit, which lands in the exponent
    # field (a subnormal's e is emin, its field 0); a rounding carry
    # moves on into the exponent: adding gives the right bits either way
    bits = ((e + bias - 1) << mant_bits) + q
    if bits >= top << mant_bits:
        return None
    return sign | bits


def _pack_float(c, v, native, order):
    if not isinstance(v, float):
        if not hasattr(type(v), '__float__'):
            raise error('required argument is not a float')
        v = float(v)
    exp_bits, mant_bits = _FLOAT_BITS[c]
    bits = _float_bits(v, exp_bits, mant_bits)
    if bits is None:
        if c == 'e' or (c == 'f' and not native):
            raise OverflowError('float too large to pack with %s format' % c)
        bits = _float_bits(math.copysign(math.inf, v), exp_bits, mant_bits)
    return bits.to_bytes(_STD_SIZES[c], order)


def _unpack_float(c, data, order):
    exp_bits, mant_bits = _FLOAT_BITS[c]
    bits = int.from_bytes(data, order)
    neg = bits >> (exp_bits + mant_bits)
    field = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    mant = bits & ((1 << mant_bits) - 1)
    bias = (1 << (exp_bits - 1)) - 1
    if field == (1 << exp_bits) - 1:
        x = math.nan if mant else math.inf
    elif field == 0:
        x = math.ldexp(mant, 1 - bias - mant_bits)
    else:
        x = math.ldexp(mant | (1 << mant_bits), field - bias - mant_bits)
    return -x if neg else x


def _as_buffer(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(b).__name__)


class Struct:
    """A compiled format."""

    def __init__(self, format):
        self._order, self._native, self._items, self.size = _parse(format)
        self.format = format if isinstance(format, str) \
            else format.decode('ascii')
        self._nargs = _item_count(self._items)

    def _pack_item(self, c, v, out, size):
        if c == 'c':
            if not isinstance(v, bytes) or len(v) != 1:
                raise error('char format requires a bytes object of length 1')
            out.append(v)
        elif c == '?':
            out.append(b'\x01' if v else b'\x00')
        elif c in _FLOAT_BITS:
            out.append(_pack_float(c, v, self._native, self._order))
        else:
            out.append(_pack_int(c, v, size, self._order))

    def _pack_bytes(self, c, count, v, out):
        if not isinstance(v, (bytes, bytearray)):
            raise error("argument for '%s' must be a bytes object" % c)
        v = bytes(v)
        if c == 'p':
            # a length byte, then the bytes: a Pascal string
            n = min(len(v), count - 1)
            out.append(bytes([min(n, 255)]))
            count -= 1
        v = v[:count]
        out.append(v + b'\x00' * (count - len(v)))

    def pack(self, *args):
        if len(args) != self._nargs:
            raise error('pack expected %d items for packing (got %d)'
                        % (self._nargs, len(args)))
        sizes = _NATIVE_SIZES if self._native else _STD_SIZES
        out = []
        pos = 0
        k = 0
        for c, count, offset in self._items:
            if offset > pos:
                out.append(b'\x00' * (offset - pos))
            pos = offset + sizes[c] * count
            if c == 'x':
                out.append(b'\x00' * count)
            elif c in 'sp':
                self._pack_bytes(c, count, args[k], out)
                k += 1
            else:
                for _ in range(count):
                    self._pack_item(c, args[k], out, sizes[c])
                    k += 1
        return b''.join(out)

    def _unpack_at(self, data, base):
        sizes = _NATIVE_SIZES if self._native else _STD_SIZES
        result = []
        for c, count, offset in self._items:
            size = sizes[c]
            at = base + offset
            if c == 'x':
                continue
            if c == 's':
                result.append(data[at:at + count])
                continue
            if c == 'p':
                n = min(data[at], count - 1) if count else 0
                result.append(data[at + 1:at + 1 + n])
                continue
            for j in range(count):
                piece = data[at + j * size:at + (j + 1) * size]
                result.append(self._unpack_item(c, piece))
        return tuple(result)

    def _unpack_item(self, c, piece):
        if c == 'c':
            return piece
        if c == '?':
            return piece != b'\x00'
        if c in _FLOAT_BITS:
            return _unpack_float(c, piece, self._order)
        return int.from_bytes(piece, self._order, signed=c in _SIGNED)

    def unpack(self, buffer):
        data = _as_buffer(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _as_buffer(buffer)
        if offset < 0:
            if offset + len(data) < 0:
                raise error('offset %d out of range for %d-byte buffer'
                            % (offset, len(data)))
            offset += len(data)
            if len(data) - offset < self.size:
                raise error('not enough data to unpack %d bytes at offset %d'
                            % (self.size, offset - len(data)))
        if len(data) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes '
                        'for unpacking %d bytes at offset %d (actual buffer '
                        'size is %d)' % (self.size + offset, self.size,
                                         offset, len(data)))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        data = _as_buffer(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple '
                        'of %d bytes' % self.size)
        return iter([self._unpack_at(data, k)
                     for k in range(0, len(data), self.size)])

    def pack_into(self, buffer, offset, *args):
        packed = self.pack(*args)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error('offset %d out of range for %d-byte buffer'
                            % (offset, len(buffer)))
            offset += len(buffer)
            if len(buffer) - offset < self.size:
                raise error('no space to pack %d bytes at offset %d'
                            % (self.size, offset - len(buffer)))
        if len(buffer) - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for '
                        'packing %d bytes at offset %d (actual buffer size is '
                        '%d)' % (self.size + offset, self.size, offset,
                                 len(buffer)))
        buffer[offset:offset + self.size] = packed


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *args):
    return _struct(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    _struct(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
'''

DATETIME_SRC = r'''
"""datetime: dates, times, durations and fixed-offset time zones
(written for rtpython).  The calendar is the proleptic Gregorian one;
local time is supported when the machine's zone is UTC (the interpreter
has no time zone database): now(), today() and fromtimestamp() raise
NotImplementedError elsewhere rather than answer wrong."""
import time as _time
import math as _math
import os as _os
from fractions import Fraction as _Fraction

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_d = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_d)
    _d += _dim
del _d, _dim
_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday']
_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June',
                'July', 'August', 'September', 'October', 'November',
                'December']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month] +
            (month > 2 and _is_leap(year)) + day)


def _ord_to_ymd(n):
    """(year, month, day) of day number n (1 is 0001-01-01): whole
    400-year cycles, then centuries, 4-year cycles and years."""
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _int_field(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not hasattr(type(value), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return value.__index__()


def _check_date(year, month, day):
    year, month, day = _int_field(year), _int_field(month), _int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute = _int_field(hour), _int_field(minute)
    second, microsecond = _int_field(second), _int_field(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


class _Ordered:
    """The rich comparisons of the datetime types, from
    self._compare(other, for_eq): negative, 0 or positive, or None when
    other is not of a kind this type compares with (then the
    _unequal_kind/_unordered_kind answers)."""
    __slots__ = ()

    def _unequal_kind(self, other):
        return NotImplemented

    def _unordered_kind(self, other):
        return NotImplemented

    def __eq__(self, other):
        c = self._compare(other, True)
        return self._unequal_kind(other) if c is None else c == 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return self._unordered_kind(other) if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return self._unordered_kind(other) if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return self._unordered_kind(other) if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return self._unordered_kind(other) if c is None else c >= 0


# ------------------------------------------------------------- timedelta

class timedelta(_Ordered):
    """A duration: days, seconds (0..86399) and microseconds
    (0..999999), the sign on days."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        total = 0
        for value, unit in ((days, 86400000000), (seconds, 1000000),
                            (microseconds, 1), (milliseconds, 1000),
                            (minutes, 60000000), (hours, 3600000000),
                            (weeks, 604800000000)):
            if isinstance(value, float):
                total += _Fraction(value) * unit
            elif isinstance(value, int):
                total += value * unit
            else:
                raise TypeError('unsupported type for timedelta %s '
                                'component: %s'
                                % (_COMPONENT_NAMES[unit],
                                   type(value).__name__))
        return cls._from_us(round(total) if not isinstance(total, int)
                            else total)

    @classmethod
    def _from_us(cls, us):
        self = object.__new__(cls)
        s, self._microseconds = divmod(us, 1000000)
        self._days, self._seconds = divmod(s, 86400)
        if abs(self._days) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999'
                                % self._days)
        self._hashcode = -1
        return self

    def _us(self):
        return ((self._days * 86400 + self._seconds) * 1000000 +
                self._microseconds)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        return '%s.%s(%s)' % (_module_of(self), type(self).__qualname__,
                              ', '.join(args) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days,
                                's' if abs(self._days) != 1 else '') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            return timedelta._from_us(round(_Fraction(other) * self._us()))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, (int, float)):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(round(self._us() / _Fraction(other)))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _compare(self, other, for_eq):
        if isinstance(other, timedelta):
            return _cmp(self._us(), other._us())
        return None

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._us() != 0


_COMPONENT_NAMES = {86400000000: 'days', 1000000: 'seconds',
                    1: 'microseconds', 1000: 'milliseconds',
                    60000000: 'minutes', 3600000000: 'hours',
                    604800000000: 'weeks'}
# The range: whole days within 999999999 either way; max is the last
# microsecond of its day.
timedelta.resolution = timedelta(microseconds=1)
timedelta.min = timedelta(days=-999999999)
timedelta.max = timedelta(days=999999999, microseconds=86400 * 10**6 - 1)


def _module_of(obj):
    mod = type(obj).__module__
    return 'datetime' if mod == __name__ else mod


# ------------------------------------------------------------ formatting

def _wday(year, month, day):
    """0 for Monday."""
    return (_ymd_to_ord(year, month, day) + 6) % 7


def _iso_week1_monday(year):
    first = _ymd_to_ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _isocalendar(year, month, day):
    today = _ymd_to_ord(year, month, day)
    week1 = _iso_week1_monday(year)
    if today < week1:
        year -= 1
        week1 = _iso_week1_monday(year)
    elif today >= _iso_week1_monday(year + 1):
        year += 1
        week1 = _iso_week1_monday(year)
    week, day0 = divmod(today - week1, 7)
    return year, week + 1, day0 + 1


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    mm, ss = divmod(off.seconds + off.days * 86400, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _strftime(fmt, y, mo, d, hh, mi, ss, us, obj):
    """The C library's strftime in the C locale, for the codes CPython
    users rely on; other codes are kept as written (as glibc does)."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        out.append(_strftime_code(code, y, mo, d, hh, mi, ss, us, obj))
    return ''.join(out)


def _strftime_code(code, y, mo, d, hh, mi, ss, us, obj):
    wd = _wday(y, mo, d)
    yday = _ymd_to_ord(y, mo, d) - _ymd_to_ord(y, 1, 1) + 1
    if code == 'Y':
        return str(y)
    if code == 'y':
        return '%02d' % (y % 100)
    if code == 'm':
        return '%02d' % mo
    if code == 'd':
        return '%02d' % d
    if code == 'e':
        return '%2d' % d
    if code == 'H':
        return '%02d' % hh
    if code == 'I':
        return '%02d' % (hh % 12 or 12)
    if code == 'M':
        return '%02d' % mi
    if code == 'S':
        return '%02d' % ss
    if code == 'f':
        return '%06d' % us
    if code == 'p':
        return 'AM' if hh < 12 else 'PM'
    if code == 'a':
        return _DAY_NAMES[wd][:3]
    if code == 'A':
        return _DAY_NAMES[wd]
    if code == 'b' or code == 'h':
        return _MONTH_NAMES[mo - 1][:3]
    if code == 'B':
        return _MONTH_NAMES[mo - 1]
    if code == 'j':
        return '%03d' % yday
    if code == 'w':
        return str((wd + 1) % 7)
    if code == 'u':
        return str(wd + 1)
    if code == 'U':
        return '%02d' % ((yday + 6 - (wd + 1) % 7) // 7)
    if code == 'W':
        return '%02d' % ((yday + 6 - wd) // 7)
    if code == 'G':
        return str(_isocalendar(y, mo, d)[0])
    if code == 'V':
        return '%02d' % _isocalendar(y, mo, d)[1]
    if code == 'c':
        return '%s %s %2d %02d:%02d:%02d %d' % (
            _DAY_NAMES[wd][:3], _MONTH_NAMES[mo - 1][:3], d, hh, mi, ss, y)
    if code == 'x':
        return '%02d/%02d/%02d' % (mo, d, y % 100)
    if code == 'X':
        return '%02d:%02d:%02d' % (hh, mi, ss)
    if code == 'D':
        return '%02d/%02d/%02d' % (mo, d, y % 100)
    if code == 'F':
        return '%d-%02d-%02d' % (y, mo, d)
    if code == 'T':
        return '%02d:%02d:%02d' % (hh, mi, ss)
    if code == 'R':
        return '%02d:%02d' % (hh, mi)
    if code == 'z':
        off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
        return _format_offset(off, '')
    if code == 'Z':
        name = obj.tzname() if hasattr(obj, 'tzname') else None
        return '' if name is None else name
    if code == '%':
        return '%'
    if code == 'n':
        return '\n'
    if code == 't':
        return '\t'
    return '%' + code


# ------------------------------------------------------------------ date

class date(_Ordered):
    """A day of the proleptic Gregorian calendar."""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = _parse_iso_date(date_string)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= week <= 53 or (week == 53 and
                                   _isocalendar(year, 12, 28)[1] != 53):
            raise ValueError('Invalid week: %d' % week)
        if not 1 <= day <= 7:
            raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
        return cls(*_ord_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 +
                                day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % (_module_of(self),
                                      type(self).__qualname__, self._year,
                                      self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return self.strftime('%a %b %e 00:00:00 %Y')

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0,
                         0, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        return _wday(self._year, self._month, self._day)

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month,
                                             self._day))

    def _yday(self):
        return self.toordinal() - _ymd_to_ord(self._year, 1, 1) + 1

    def timetuple(self):
        """A time.struct_time of midnight that day (isdst -1: unknown)."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0,
                                  0, self.weekday(), self._yday(), -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) \
            and not isinstance(self, datetime)

    def _compare(self, other, for_eq):
        if self._comparable(other):
            return _cmp(self._key(), other._key())
        return None

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    # the items by name, read-only
    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        name = 'datetime.IsoCalendarDate' if type(self) is IsoCalendarDate \
            else type(self).__name__
        return '%s(year=%d, week=%d, weekday=%d)' % (name, *self)


IsoCalendarDate.__module__ = 'datetime'


def _digits_at(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not all('0' <= c <= '9' for c in part):
        return None
    return int(part)


def _parse_iso_date(s):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or
    YYYYWww[D], or None."""
    y = _digits_at(s, 0, 4)
    if y is None:
        return None
    rest = s[4:]
    dash = rest[:1] == '-'
    if dash:
        rest = rest[1:]
    if rest[:1] == 'W':
        w = _digits_at(rest, 1, 2)
        tail = rest[3:]
        wd = 1
        if tail:
            if dash:
                if tail[:1] != '-':
                    return None
                tail = tail[1:]
            wd = _digits_at(tail, 0, 1)
            if wd is None or len(tail) != 1:
                return None
        if w is None:
            return None
        try:
            return date.fromisocalendar(y, w, wd)._key()
        except ValueError:
            return None
    m = _digits_at(rest, 0, 2)
    rest = rest[2:]
    if dash:
        if rest[:1] != '-':
            return None
        rest = rest[1:]
    d = _digits_at(rest, 0, 2)
    if m is None or d is None or len(rest) != 2:
        return None
    return y, m, d


# ---------------------------------------------------------- time zones

class tzinfo:
    """The abstract time zone."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override '
                                  'utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


class timezone(tzinfo):
    """A fixed offset from UTC."""
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if name is not None and not isinstance(name, str):
            raise TypeError('name must be a string')
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             'not %r.' % offset)
        if name is None and not offset and 'utc' in timezone.__dict__:
            return timezone.utc  # one UTC, as CPython's
        self = tzinfo.__new__(cls)
        self._offset, self._name = offset, name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    # Only the offset counts: the name is a label.
    def __hash__(self):
        return hash(self._offset)

    def __eq__(self, other):
        if not isinstance(other, timezone):
            return NotImplemented
        return self._offset == other._offset


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _utc_fields(t):
    """(y, m, d, hh, mm, ss, us) of a POSIX timestamp in UTC."""
    if isinstance(t, float) and (_math.isnan(t) or _math.isinf(t)):
        raise ValueError('Invalid value %s' % ('NaN' if _math.isnan(t)
                                                else 'inf'))
    us = round(_Fraction(t) * 1000000)
    days, us = divmod(us, 86400000000)
    s, us = divmod(us, 1000000)
    hh, s = divmod(s, 3600)
    mm, ss = divmod(s, 60)
    n = days + _ymd_to_ord(1970, 1, 1)
    if not 1 <= n <= _MAX_ORDINAL:
        raise ValueError('year is out of range')
    y, m, d = _ord_to_ymd(n)
    return y, m, d, hh, mm, ss, us


# Local time is the C library's (time.localtime: $TZ, /etc/localtime),
# read as CPython's _datetimemodule reads it: seconds count from the Unix
# epoch, and a local time is turned back into one by probing localtime.

_MAX_FOLD = 24 * 3600     # the largest fold known (Kwajalein, 1969)


def _seconds_of(y, m, d, hh, mm, ss):
    return ((_ymd_to_ord(y, m, d) - _ymd_to_ord(1970, 1, 1)) * 86400 +
            hh * 3600 + mm * 60 + ss)


def _local(u):
    """The local wall clock at timestamp u, as seconds since the epoch."""
    return _seconds_of(*_time.localtime(u)[:6])


def _local_fields(t):
    """datetime.fromtimestamp's local fields and fold: the microseconds
    rounded half to even, then a probe a day back to see whether the
    time is the second of two equal wall-clock times."""
    if isinstance(t, float) and (_math.isnan(t) or _math.isinf(t)):
        raise ValueError('Invalid value %s' % ('NaN' if _math.isnan(t)
                                                else 'inf'))
    secs, us = divmod(round(_Fraction(t) * 1000000), 1000000)
    y, m, d, hh, mm, ss = _time.localtime(secs)[:6]
    ss = min(ss, 59)
    result = _seconds_of(y, m, d, hh, mm, ss)
    trans = result - _local(secs - _MAX_FOLD) - _MAX_FOLD
    fold = 1 if trans < 0 and _local(secs + trans) == result else 0
    return y, m, d, hh, mm, ss, us, fold


def _local_to_seconds(y, m, d, hh, mm, ss, fold):
    """The timestamp whose local time is the given one: of two, the
    earlier for fold 0 and the later for fold 1; in a gap (no timestamp
    has it), the later reading for fold 0 and the earlier for fold 1."""
    wall = _seconds_of(y, m, d, hh, mm, ss)
    # first guess: the offset in force at the wall time read as UTC
    off1 = _local(wall) - wall
    first = wall - off1
    first_ok = _local(first) == wall
    if first_ok:
        # a day to the side fold asks for: the same offset there means
        # no second solution
        side = first + (_MAX_FOLD if fold else -_MAX_FOLD)
        off2 = _local(side) - side
        if off2 == off1:
            return first
    else:
        off2 = _local(first) - first
    second = wall - off2
    if _local(second) == wall:
        return second
    if first_ok:
        return first
    return min(first, second) if fold else max(first, second)


def _local_timezone(u):
    """The fixed-offset zone that localtime gives at timestamp u."""
    tm = _time.localtime(u)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


# ------------------------------------------------------------------ time

class time(_Ordered):
    """A time of day, with an optional time zone."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        fields = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        (self._hour, self._minute, self._second,
         self._microsecond) = fields
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def isoformat(self, timespec='auto'):
        return (_format_time(self._hour, self._minute, self._second,
                             self._microsecond, timespec) +
                _format_offset(self.utcoffset()))

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute,
                         self._second, self._microsecond, self)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def __repr__(self):
        s = '%s.%s(%d, %d' % (_module_of(self), type(self).__qualname__,
                              self._hour, self._minute)
        s += _repr_tail(self._second, self._microsecond, self._tzinfo,
                        self._fold)
        return s

    def replace(self, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, for_eq):
        if not isinstance(other, time):
            return None
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if for_eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            "times")
        x, y = self._key(), other._key()
        if a is not None and a != b:
            x = (x[0] * 3600 + x[1] * 60 + x[2] - a // timedelta(seconds=1),
                 x[3])
            y = (y[0] * 3600 + y[1] * 60 + y[2] - b // timedelta(seconds=1),
                 y[3])
        return _cmp(x, y)

    def __hash__(self):
        return hash((self._key(), self.utcoffset()))

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _repr_tail(second, microsecond, tz, fold):
    s = ''
    if microsecond:
        s = ', %d, %d' % (second, microsecond)
    elif second:
        s = ', %d' % second
    s += ')'
    if tz is not None:
        s = s[:-1] + ', tzinfo=%r)' % (tz,)
    if fold:
        s = s[:-1] + ', fold=1)'
    return s


# -------------------------------------------------------------- datetime

# ---- strptime: the C locale's directives, as CPython's _strptime ----

_ABBR = lambda names: [n[:3] for n in names]
_STRPTIME_NAMES = {
    'A': _DAY_NAMES, 'a': _ABBR(_DAY_NAMES),
    'B': _MONTH_NAMES, 'b': _ABBR(_MONTH_NAMES), 'p': ['AM', 'PM'],
}
_STRPTIME_RE = {
    'd': r'(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|'
         r'[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'Z': r'(?P<Z>utc|gmt)',
    '%': '%',
}
# the C locale's %c, %x and %X, expanded before translation
_STRPTIME_LOCALE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y',
                    'X': '%H:%M:%S'}


def _names_re(code):
    # longest first, so 'March' is not matched as 'Mar' + 'ch'
    names = sorted(_STRPTIME_NAMES[code], key=len, reverse=True)
    return '(?P<%s>%s)' % (code, '|'.join(names))


def _strptime_regex(fmt):
    """The regular expression for a strptime format."""
    import re
    text = re.sub(r'([\\.^$*+?\(\){}\[\]|])', r'\\\1', fmt)
    text = re.sub(r'\s+', r'\\s+', text)
    out = []
    while '%' in text:
        at = text.index('%')
        out.append(text[:at])
        if at + 1 >= len(text):
            raise ValueError("stray %% in format '%s'" % fmt)
        code = text[at + 1]
        if code in _STRPTIME_LOCALE:
            text = _STRPTIME_LOCALE[code] + text[at + 2:]
            continue
        if code in _STRPTIME_NAMES:
            out.append(_names_re(code))
        elif code in _STRPTIME_RE:
            out.append(_STRPTIME_RE[code])
        else:
            if code == '\\':
                code = '%'
            raise ValueError("'%s' is a bad directive in format '%s'"
                             % (code, fmt))
        text = text[at + 2:]
    out.append(text)
    return re.compile(''.join(out), re.IGNORECASE)


def _utc_offset(z):
    """%z's text: (seconds, microseconds) east of UTC."""
    if z == 'Z':
        return 0, 0
    text = z
    if text[3] == ':':
        text = text[:3] + text[4:]
        if len(text) > 5:
            if text[5] != ':':
                raise ValueError('Inconsistent use of : in %s' % z)
            text = text[:5] + text[6:]
    seconds = int(text[1:3]) * 3600 + int(text[3:5]) * 60 + int(text[5:7] or 0)
    fraction = int((text[8:] + '000000')[:6])
    if text.startswith('-'):
        return -seconds, -fraction
    return seconds, fraction


def _strptime_hour(found):
    hour = int(found['I'])
    ampm = (found.get('p') or '').lower()
    if ampm in ('', 'am'):
        return 0 if hour == 12 else hour
    return hour if hour == 12 else hour + 12


# the directives that give a field as the number they match
_STRPTIME_INTS = {'Y': 'year', 'G': 'iso_year', 'm': 'month', 'd': 'day',
                  'H': 'hour', 'M': 'minute', 'S': 'second', 'j': 'julian',
                  'V': 'iso_week'}


def _strptime_fields(found):
    """The fields the matched groups give (absent ones are None)."""
    f = {'year': None, 'iso_year': None, 'month': 1, 'day': 1, 'hour': 0,
         'minute': 0, 'second': 0, 'fraction': 0, 'weekday': None,
         'julian': None, 'week': None, 'week_start': None, 'iso_week': None,
         'offset': None}
    for key, value in found.items():
        if value is None:
            continue
        if key in _STRPTIME_INTS:
            f[_STRPTIME_INTS[key]] = int(value)
        elif key in 'AaBb':
            names = [n.lower() for n in _STRPTIME_NAMES[key]]
            index = names.index(value.lower())
            if key in 'Bb':
                f['month'] = index + 1
            else:
                f['weekday'] = index
        else:
            _strptime_other(f, key, value, found)
    return f


def _strptime_other(f, key, value, found):
    if key == 'y':
        year = int(value)
        f['year'] = year + 2000 if year <= 68 else year + 1900
    elif key == 'I':
        f['hour'] = _strptime_hour(found)
    elif key == 'f':
        f['fraction'] = int((value + '00000')[:6])
    elif key == 'w':
        f['weekday'] = (int(value) - 1) % 7
    elif key == 'u':
        f['weekday'] = int(value) - 1
    elif key in 'UW':
        f['week'] = int(value)
        f['week_start'] = 6 if key == 'U' else 0
    elif key == 'z':
        f['offset'] = _utc_offset(value)


def _check_iso_directives(f):
    if f['iso_year'] is not None:
        if f['iso_week'] is None or f['weekday'] is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if f['julian'] is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif f['iso_week'] is not None:
        if f['year'] is None or f['weekday'] is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")


def _julian_from_week(year, week, weekday, week_start):
    """The day of the year of a %U/%W week's weekday."""
    first = date(year, 1, 1).weekday()
    if week_start == 6:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0_length = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0_length + 7 * (week - 1) + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    correction = date(iso_year, 1, 4).isoweekday() + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        ordinal -= date(iso_year, 1, 1).toordinal()
    return iso_year, ordinal


def _strptime_date(f):
    """(year, month, day) of the fields, as CPython resolves them (a
    year-less Feb 29 is checked in 1904, then given 1900, which fails)."""
    year, julian, weekday = f['year'], f['julian'], f['weekday']
    leap_fix = year is None and f['month'] == 2 and f['day'] == 29
    if year is None:
        year = 1904 if leap_fix else 1900
    if julian is None and weekday is not None:
        if f['week'] is not None:
            julian = _julian_from_week(year, f['week'], weekday,
                                       f['week_start'])
        elif f['iso_year'] is not None and f['iso_week'] is not None:
            year, julian = _julian_from_iso(f['iso_year'], f['iso_week'],
                                            weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        return (1900 if leap_fix else year), f['month'], f['day']
    d = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
    return d.year, d.month, d.day


def _strptime_datetime(cls, data_string, fmt):
    for name, value in (('1', data_string), ('2', fmt)):
        if not isinstance(value, str):
            raise TypeError('strptime() argument %s must be str, not %s'
                            % (name, type(value).__name__))
    found = _strptime_regex(fmt).match(data_string)
    if found is None:
        raise ValueError('time data %r does not match format %r'
                         % (data_string, fmt))
    if found.end() != len(data_string):
        raise ValueError('unconverted data remains: %s'
                         % data_string[found.end():])
    groups = found.groupdict()
    f = _strptime_fields(groups)
    _check_iso_directives(f)
    year, month, day = _strptime_date(f)
    args = (year, month, day, f['hour'], f['minute'], f['second'],
            f['fraction'])
    if f['offset'] is not None:
        delta = timedelta(seconds=f['offset'][0], microseconds=f['offset'][1])
        name = groups.get('Z')
        args += (timezone(delta, name) if name else timezone(delta),)
    return cls(*args)


class datetime(date):
    """A date and a time of day, with an optional time zone."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        fields = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        (self._hour, self._minute, self._second,
         self._microsecond) = fields
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is None:
            y, m, d, hh, mm, ss, us, fold = _local_fields(t)
            return cls(y, m, d, hh, mm, ss, us, fold=fold)
        _check_tzinfo(tz)
        return tz.fromutc(cls(*_utc_fields(t), tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls(*_utc_fields(t))

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromordinal(cls, n):
        return cls.combine(date.fromordinal(n), time())

    @classmethod
    def strptime(cls, date_string, format, /):
        """string, format -> new datetime parsed from a string (like
        time.strptime())."""
        return _strptime_datetime(cls, date_string, format)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _parse_iso_datetime(date_string)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*parsed)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second,
                    self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second,
                    self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timetuple(self):
        """A time.struct_time; isdst from dst(): -1 when it is None."""
        saving = self.dst()
        flag = -1 if saving is None else int(bool(saving))
        return _time.struct_time((self._year, self._month, self._day,
                                  self._hour, self._minute, self._second,
                                  self.weekday(), self._yday(), flag))

    def utctimetuple(self):
        """timetuple() of the same moment in UTC (naive: as it is)."""
        off = self.utcoffset()
        moment = self if not off else (self - off)
        return _time.struct_time((moment.year, moment.month, moment.day,
                                  moment.hour, moment.minute, moment.second,
                                  moment.weekday(), moment._yday(), 0))

    def _us(self):
        """Microseconds since 0001-01-01 00:00 (local to its zone)."""
        return ((self.toordinal() * 86400 + self._hour * 3600 +
                 self._minute * 60 + self._second) * 1000000 +
                self._microsecond)

    @classmethod
    def _from_us(cls, us, tz):
        days, us = divmod(us, 86400000000)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        s, us = divmod(us, 1000000)
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        return cls(*_ord_to_ymd(days), hh, mm, ss, us, tz)

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            return (self._local_seconds() +
                    self._microsecond / 1e6)
        us = self._us() - off._us() - \
            _ymd_to_ord(1970, 1, 1) * 86400000000
        return us / 10 ** 6

    def _local_seconds(self):
        return _local_to_seconds(self._year, self._month, self._day,
                                 self._hour, self._minute, self._second,
                                 self._fold)

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tzinfo(tz)
        mine = self._tzinfo
        if mine is not None and mine is tz:
            return self
        off = None if mine is None else self.utcoffset()
        if off is None:
            off = _local_timezone(self._local_seconds()).utcoffset(self)
        us = self._us() - off._us()
        if tz is None:
            tz = _local_timezone(
                (us - _ymd_to_ord(1970, 1, 1) * 86400000000) // 1000000)
        return tz.fromutc(datetime._from_us(us, tz))

    def isoformat(self, sep='T', timespec='auto'):
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day,
                                      sep) +
                _format_time(self._hour, self._minute, self._second,
                             self._microsecond, timespec) +
                _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        s = '%s.%s(%d, %d, %d, %d, %d' % (
            _module_of(self), type(self).__qualname__, self._year,
            self._month, self._day, self._hour, self._minute)
        return s + _repr_tail(self._second, self._microsecond, self._tzinfo,
                              self._fold)

    def ctime(self):
        return self.strftime('%a %b %e %H:%M:%S %Y')

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day,
                         self._hour, self._minute, self._second,
                         self._microsecond, self)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def _compare(self, other, for_eq):
        if not isinstance(other, datetime):
            return None
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if for_eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        x, y = self._us(), other._us()
        if a is not None:
            x -= a._us()
            y -= b._us()
        return _cmp(x, y)

    def _unequal_kind(self, other):
        return False if isinstance(other, date) else NotImplemented

    def _unordered_kind(self, other):
        if isinstance(other, date):
            raise TypeError("can't compare %s.%s to %s.%s"
                            % (_module_of(self), type(self).__qualname__,
                               _module_of(other), type(other).__qualname__))
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._us() - (off._us() if off is not None else 0))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._us() + other._us(),
                                       self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and "
                                "offset-aware datetimes")
            us = self._us() - other._us()
            if a is not None:
                us -= a._us() - b._us()
            return timedelta._from_us(us)
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, tzinfo) of HH[:MM[:SS[.fff]]]
    with an optional Z or +HH:MM offset, or None."""
    tz = None
    for k, c in enumerate(s):
        if c in '+-Z':
            tz_text = s[k:]
            s = s[:k]
            if tz_text == 'Z':
                tz = timezone.utc
            else:
                parts = _parse_iso_time(tz_text[1:])
                if parts is None or parts[4] is not None:
                    return None
                off = timedelta(hours=parts[0], minutes=parts[1],
                                seconds=parts[2], microseconds=parts[3])
                tz = timezone.utc if not off else \
                    timezone(-off if tz_text[0] == '-' else off)
            break
    frac = 0
    if '.' in s or ',' in s:
        sep = '.' if '.' in s else ','
        s, digits = s.split(sep, 1)
        if not digits or not digits.isdigit() or not digits.isascii():
            return None
        frac = int((digits + '000000')[:6])
    compact = ':' not in s
    fields = []
    i = 0
    while i < len(s):
        v = _digits_at(s, i, 2)
        if v is None:
            return None
        fields.append(v)
        i += 2
        if not compact and i < len(s):
            if s[i] != ':':
                return None
            i += 1
    if not 1 <= len(fields) <= 3 or (frac and len(fields) != 3):
        return None
    while len(fields) < 3:
        fields.append(0)
    return fields[0], fields[1], fields[2], frac, tz


def _parse_iso_datetime(s):
    for k in range(min(len(s), 11)):
        if k >= 7 and s[k] not in '0123456789-W':
            d = _parse_iso_date(s[:k])
            if d is None:
                continue
            t = _parse_iso_time(s[k + 1:])
            if t is None:
                return None
            return d + t
    d = _parse_iso_date(s)
    return None if d is None else d + (0, 0, 0, 0, None)
'''

CSV_SRC = r'''
"""csv: reading and writing comma-separated values as CPython 3.11's
_csv does: the reader is its state machine, the writer its quoting rules
(written for rtpython)."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', 'excel', 'excel_tab', 'unix_dialect',
           'reader', 'writer', 'register_dialect', 'get_dialect',
           'list_dialects', 'unregister_dialect', 'field_size_limit',
           'DictReader', 'DictWriter']

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    __module__ = '_csv'


class Dialect:
    """A set of formatting parameters (subclass it to make one)."""
    _name = ''
    _valid = False
    # None here is a setting, as _Params reads it (strict is left out, as
    # in CPython); a subclass sets the ones it needs
    delimiter = quotechar = escapechar = lineterminator = None
    doublequote = skipinitialspace = quoting = None

    def __init__(self):
        self._valid = type(self) is not Dialect
        self._validate()

    def _validate(self):
        # an instance reports bad parameters as csv.Error, not TypeError
        try:
            _Params(self, {})
        except TypeError as e:
            raise Error(str(e))


_dialects = {}
_limit = [128 * 1024]


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, ' or None' if allow_none else '',
                           type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_PARAMETERS = ('delimiter', 'quotechar', 'escapechar', 'doublequote',
               'skipinitialspace', 'lineterminator', 'quoting', 'strict')
_ABSENT = object()      # a parameter neither given nor in the dialect


class _Params:
    """The checked parameters of a reader or writer, resolved as _csv does:
    a keyword argument, else the dialect's attribute, else the default.
    None counts as given: no character for quotechar and escapechar, false
    for the flags, an error for the others.  dialect None is no dialect
    (reader() and writer() without one); a name is a registered one."""

    def __init__(self, dialect, kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in kwargs:
            if name not in _PARAMETERS:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % name)
        given = {}
        for name in _PARAMETERS:
            given[name] = kwargs[name] if name in kwargs \
                else getattr(dialect, name, _ABSENT)
        self._take(given)
        self._check(given)

    def _take(self, given):
        # in _csv's order, which decides which of two errors is raised
        self.delimiter = _char('delimiter', _value(given, 'delimiter', ','),
                               False)
        self.doublequote = bool(_value(given, 'doublequote', True))
        self.escapechar = _char('escapechar',
                                _value(given, 'escapechar', None), True)
        self.lineterminator = _value(given, 'lineterminator', '\r\n')
        if not isinstance(self.lineterminator, (str, type(None))):
            raise TypeError('"lineterminator" must be a string')
        self.quotechar = _char('quotechar', _value(given, 'quotechar', '"'),
                               True)
        self.quoting = _value(given, 'quoting', QUOTE_MINIMAL)
        if type(self.quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        self.skipinitialspace = bool(_value(given, 'skipinitialspace', False))
        self.strict = bool(_value(given, 'strict', False))

    def _check(self, given):
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
                                QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if given['quotechar'] is None and given['quoting'] is _ABSENT:
            self.quoting = QUOTE_NONE   # no quote character: no quoting
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if self.lineterminator is None:
            raise TypeError('lineterminator must be set')


def _value(given, name, default):
    found = given[name]
    return default if found is _ABSENT else found


class excel(Dialect):
    """Excel's CSV: commas, CRLF line ends, quotes doubled inside quotes."""
    delimiter, quotechar, lineterminator = ',', '"', '\r\n'
    doublequote, skipinitialspace, quoting = True, False, QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    """As Unix tools write CSV: LF line ends, every field quoted."""
    delimiter, quotechar, lineterminator = ',', '"', '\n'
    doublequote, skipinitialspace, quoting = True, False, QUOTE_ALL


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Params(dialect, kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, '
                        'got %d' % len(args))
    old = _limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit[0] = args[0]
    return old


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)

# the reader's states
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None     # the end of each line given to the reader


class _Reader:
    def __init__(self, iterable, dialect, kwargs):
        self._it = iter(iterable)
        self.dialect = _Params(dialect, kwargs)
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save()
                    return self._fields
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the '
                            'file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._step(c)
            self._step(_EOL)
            if self._state == _START_RECORD:
                return self._fields

    def _save(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add(self, c):
        if len(self._field) >= _limit[0]:
            raise Error('field larger than field limit (%d)' % _limit[0])
        self._field.append(c)

    def _end_of_field(self, c):
        """A field ended by a line end (or the end of the line)."""
        self._save()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _step(self, c):
        d = self.dialect
        s = self._state
        newline = c == '\n' or c == '\r'
        if s == _START_RECORD:
            if c is _EOL:
                return
            if newline:
                self._state = _EAT_CRNL
                return
            self._state = s = _START_FIELD
        if s == _START_FIELD:
            if newline or c is _EOL:
                self._end_of_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif s == _ESCAPED_CHAR:
            if newline:
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif s == _AFTER_ESCAPED_CRNL:
            if c is not _EOL:
                self._state = _IN_FIELD
                self._step(c)
        elif s == _IN_FIELD:
            if newline or c is _EOL:
                self._end_of_field(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
        elif s == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote \
                    else _IN_FIELD
            else:
                self._add(c)
        elif s == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif s == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            elif newline or c is _EOL:
                self._end_of_field(c)
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'"
                            % (d.delimiter, d.quotechar))
        elif s == _EAT_CRNL:
            if newline:
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - do '
                            'you need to open the file in universal-newline '
                            'mode?')


# dialect None: no dialect, the defaults being excel's (unlike 'excel'
# itself, where quotechar=None alone is an error: excel quotes)
def reader(csvfile, dialect=None, **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


class _Writer:
    def __init__(self, fileobj, dialect, kwargs):
        self._write = fileobj.write
        self.dialect = _Params(dialect, kwargs)

    def _field_text(self, field, quoted, out):
        """Appends the field, escaped; returns whether it must be
        quoted."""
        d = self.dialect
        specials = d.delimiter + (d.escapechar or '') + (d.quotechar or '') \
            + d.lineterminator
        for c in field:
            if c in specials:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        return quoted

    def writerow(self, row):
        d = self.dialect
        try:
            fields = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__)
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex))
            else:
                quoted = d.quoting == QUOTE_ALL
            text = '' if field is None else str(field)
            out = []
            quoted = self._field_text(text, quoted, out)
            body = ''.join(out)
            parts.append(d.quotechar + body + d.quotechar if quoted
                         else body)
        line = d.delimiter.join(parts)
        if len(fields) == 1 and line == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            line = d.quotechar * 2
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect=None, **fmtparams):
    return _Writer(fileobj, dialect, fmtparams)


class DictReader:
    """Reads rows as dicts keyed by fieldnames, the first row when they are
    not given.  A longer row keeps its extra fields as a list under
    restkey; a shorter one gets restval for the missing ones.  Blank rows
    are skipped."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey, self.restval = restkey, restval
        self.dialect, self.line_num = dialect, 0
        self.reader = reader(f, dialect, *args, **kwds)

    def _names(self):
        # read from the header row on first use (None for an empty file);
        # asking for them brings line_num up to date
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    def _set_names(self, names):
        self._fieldnames = names

    fieldnames = property(_names, _set_names)

    def __iter__(self):
        return self

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames                 # the header comes first
        row = next(self.reader)
        self.line_num = self.reader.line_num
        if not row:
            row = self._skip_blank_rows()
        return self._record(row)

    def _skip_blank_rows(self):
        # line_num stays at the first blank row when the file ends in them
        row = []
        while not row:
            row = next(self.reader)
        return row

    def _record(self, row):
        names = self.fieldnames
        record = dict(zip(names, row))
        spare = len(row) - len(names)
        if spare > 0:
            record[self.restkey] = row[len(names):]
        elif spare < 0:
            for name in names[len(row):]:
                record[name] = self.restval
        return record


def _check_extrasaction(value):
    # any case passes here, though only 'raise' itself makes writerow raise
    if value.lower() not in ('raise', 'ignore'):
        raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                         % value)


class DictWriter:
    """Writes dicts as rows, their values in fieldnames order: restval for
    a missing key; a key not in fieldnames raises ValueError, or with
    extrasaction='ignore' is left out."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise',
                 dialect='excel', *args, **kwds):
        _check_extrasaction(extrasaction)
        self.fieldnames, self.restval = fieldnames, restval
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        # the row of the names themselves
        names = self.fieldnames
        return self.writerow(dict(zip(names, names)))

    def _values(self, rowdict):
        if self.extrasaction == 'raise':
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join(repr(k) for k in unknown))
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)
'''

PPRINT_SRC = r'''
"""pprint: printing nested dicts, lists, tuples, sets, long strings,
bytes, the collections' containers, namespaces and dataclasses across
lines as CPython 3.11 does at a given width (written for rtpython)."""
import sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr',
           'PrettyPrinter', 'pp']


class _SafeKey:
    """A sort key for values that may not compare with each other (dict
    keys, set members): their own order where they have one, else the
    name of their type, then their id."""
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        mine, theirs = self.value, other.value
        try:
            return mine < theirs
        except TypeError:
            return _fallback_rank(mine) < _fallback_rank(theirs)


def _fallback_rank(value):
    return str(type(value)), id(value)


def _safe_tuple(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


class _Out:
    """A stream gathering what is written."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return ''.join(self.parts)


def _layout_error(indent, width, depth):
    """What is wrong with a PrettyPrinter's layout arguments, or None."""
    if indent < 0:
        return 'indent must be >= 0'
    if depth is not None and depth <= 0:
        return 'depth must be > 0'
    if width == 0:
        return 'width must be != 0'
    return None


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        problem = _layout_error(indent, width, depth)
        if problem is not None:
            raise ValueError(problem)
        self._indent_per_level, self._width, self._depth = indent, width, depth
        # stdout as it is now; it may be None (no console), and then
        # pprint() prints nothing
        self._stream = sys.stdout if stream is None else stream
        self._compact, self._sort_dicts = bool(compact), sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        out = self._stream
        if out is None:
            return
        self._format(object, out, 0, 0, {}, 0)
        out.write('\n')

    def pformat(self, object):
        out = _Out()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def _top_level(self, object):
        """format()'s (repr, readable, recursive) with no depth limit."""
        return self.format(object, {}, 0, 0)

    def isrecursive(self, object):
        return self._top_level(object)[2]

    def isreadable(self, object):
        _, readable, recursive = self._top_level(object)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object on one line."""
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        # format() on a copy: the ids it enters must not stay in context
        return self.format(object, context.copy(), self._depth, level)[0]

    def _format(self, object, stream, indent, allowance, context, level):
        """Write object at column indent, allowance columns kept free after
        it; context holds the ids of the containers being written."""
        key = id(object)
        if key in context:
            # a container inside itself: named, not written again
            stream.write(_recursion(object))
            return
        rep = self._repr(object, context, level)
        printer = None
        if len(rep) > self._width - indent - allowance:
            printer = self._printer_of(type(object))
            if printer is None and _shows_fields(object):
                printer = self._pprint_dataclass
        if printer is None:
            stream.write(rep)
            return
        context[key] = 1
        printer(object, stream, indent, allowance, context, level + 1)
        del context[key]

    def _printer_of(self, typ):
        """The multi-line printer for a type whose repr is a built-in
        container's, or None."""
        r = typ.__repr__
        if r is dict.__repr__:
            return self._pprint_dict
        if r is list.__repr__:
            return self._pprint_list
        if r is tuple.__repr__:
            return self._pprint_tuple
        if r is set.__repr__ or r is frozenset.__repr__:
            return self._pprint_set
        if r is str.__repr__:
            return self._pprint_str
        if r is bytes.__repr__:
            return self._pprint_bytes
        if r is bytearray.__repr__:
            return self._pprint_bytearray
        name = _library_printers().get(r)
        return None if name is None else getattr(self, name)

    def _pprint_dict(self, object, stream, indent, allowance, context,
                     level):
        stream.write('{')
        self._pad_first(stream)
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) \
                if self._sort_dicts else list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1,
                                    context, level)
        stream.write('}')

    def _pad_first(self, stream):
        # after the opening bracket, so that with indent > 1 the first item
        # lines up with the items below it
        pad = ' ' * (self._indent_per_level - 1)
        if pad:
            stream.write(pad)

    def _format_dict_items(self, items, stream, indent, allowance, context,
                           level):
        indent += self._indent_per_level
        sep = ',\n' + ' ' * indent
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            rep = self._repr(key, context, level)
            stream.write(rep + ': ')
            self._format(value, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(sep)

    def _pprint_list(self, object, stream, indent, allowance, context,
                     level):
        stream.write('[')
        self._format_items(list(object), stream, indent, allowance + 1,
                           context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context,
                      level):
        end = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._format_items(list(object), stream, indent,
                           allowance + len(end), context, level)
        stream.write(end)

    def _pprint_set(self, object, stream, indent, allowance, context,
                    level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = type(object)
        if typ is set:
            stream.write('{')
            end = '}'
        else:
            stream.write(typ.__name__ + '({')
            end = '})'
            indent += len(typ.__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, stream, indent, allowance + len(end),
                           context, level)
        stream.write(end)

    def _format_items(self, items, stream, indent, allowance, context,
                      level):
        """The items, one per line, or with compact=True as many per line
        as fit."""
        write = stream.write
        indent += self._indent_per_level
        self._pad_first(stream)
        sep_nl = ',\n' + ' ' * indent
        sep = ''
        width = max_width = self._width - indent + 1
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if sep:
                        sep = sep_nl
                if width >= w:
                    width -= w
                    write(sep)
                    sep = ', '
                    write(rep)
                    continue
            write(sep)
            sep = sep_nl
            self._format(item, stream, indent, allowance if last else 1,
                         context, level)

    def _pprint_str(self, object, stream, indent, allowance, context,
                    level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            indent += 1
            allowance += 1
        chunks = _str_chunks(object, self._width - indent, allowance)
        if len(chunks) == 1:
            stream.write(repr(object))
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context,
                      level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        if level == 1:
            # on its own, in parentheses so that the pieces stay one value
            indent += 1
            allowance += 1
            stream.write('(')
        pieces = _bytes_chunks(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _in_call(self, name, inner, stream, indent, allowance, context,
                 level):
        """name(inner), inner written as it fits after 'name('."""
        stream.write(name + '(')
        self._format(inner, stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context,
                          level):
        self._in_call('bytearray', bytes(object), stream, indent, allowance,
                      context, level)

    def _pprint_mappingproxy(self, object, stream, indent, allowance,
                             context, level):
        self._in_call('mappingproxy', object.copy(), stream, indent,
                      allowance, context, level)

    def _pprint_ordered_dict(self, object, stream, indent, allowance,
                             context, level):
        # shown as the list of its (key, value) pairs
        if _written_empty(object, stream):
            return
        self._in_call(type(object).__name__, list(object.items()), stream,
                      indent, allowance, context, level)

    def _pprint_default_dict(self, object, stream, indent, allowance,
                             context, level):
        if _written_empty(object, stream):
            return
        name = type(object).__name__
        indent += len(name) + 1
        factory = self._repr(object.default_factory, context, level)
        # the factory on the first line, the dict always below it
        stream.write(name + '(' + factory + ',\n' + ' ' * indent)
        self._pprint_dict(object, stream, indent, allowance + 1, context,
                          level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context,
                        level):
        if _written_empty(object, stream):
            return
        name = type(object).__name__
        stream.write(name + '({')
        self._pad_first(stream)
        # the most common first, as Counter's repr orders them
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context,
                          level):
        layers = object.maps
        if not len(layers):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, layer in enumerate(layers):
            if i:
                stream.write(',\n' + ' ' * indent)
            last = i == len(layers) - 1
            self._format(layer, stream, indent, allowance + 1 if last else 1,
                         context, level)
        stream.write(')')

    def _pprint_deque(self, object, stream, indent, allowance, context,
                      level):
        if _written_empty(object, stream):
            return
        name = type(object).__name__
        stream.write(name + '([')
        indent += len(name) + 1
        bound = object.maxlen
        # the items end with '])', or with '],' when maxlen follows
        self._format_items(list(object), stream, indent,
                           allowance + 2 if bound is None else 2, context,
                           level)
        if bound is None:
            stream.write('])')
        else:
            stream.write('],\n' + ' ' * indent + 'maxlen=' +
                         self._repr(bound, context, level) + ')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance,
                                context, level):
        import types
        kind = type(object)
        # SimpleNamespace's own repr says 'namespace'; a subclass's its name
        name = 'namespace' if kind is types.SimpleNamespace \
            else kind.__name__
        self._keywords(name, list(object.__dict__.items()), stream, indent,
                       allowance, context, level)

    def _pprint_dataclass(self, object, stream, indent, allowance, context,
                          level):
        import dataclasses
        pairs = [(f.name, getattr(object, f.name))
                 for f in dataclasses.fields(object) if f.repr]
        self._keywords(type(object).__name__, pairs, stream, indent,
                       allowance, context, level)

    def _keywords(self, name, pairs, stream, indent, allowance, context,
                  level):
        """name(key=value, ...) with one pair a line; a value being
        written already shows as '...', as a dataclass's repr does.  (The
        last value gets allowance, not allowance + 1, as in CPython.)"""
        stream.write(name + '(')
        indent += len(name) + 1
        for i, (key, value) in enumerate(pairs):
            if i:
                stream.write(',\n' + ' ' * indent)
            stream.write(key + '=')
            if id(value) in context:
                stream.write('...')
                continue
            last = i == len(pairs) - 1
            self._format(value, stream, indent + len(key) + 1,
                         allowance if last else 1, context, level)
        stream.write(')')

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _builtin_scalars:
            return repr(object), True, False
        shown = kind.__repr__
        if shown is int.__repr__:
            text = format(object, '_d') if self._underscore_numbers \
                else repr(object)
            return text, True, False
        brackets = _brackets(object, shown)
        if brackets is None:
            # readable means eval() could rebuild it: not a <...> repr
            text = repr(object)
            return text, (text and not text.startswith('<')), False
        if not object:
            return brackets[0] + brackets[1], True, False
        return self._safe_items(object, brackets, context, maxlevels, level)

    def _safe_items(self, object, brackets, context, maxlevels, level):
        """format() of a non-empty list, tuple or dict: cut to '...' below
        maxlevels, named when it is inside itself."""
        here = id(object)
        if maxlevels and level >= maxlevels:
            return brackets[0] + '...' + brackets[1], False, here in context
        if here in context:
            return _recursion(object), False, True
        context[here] = 1
        is_dict = brackets[0] == '{'
        if is_dict:
            pairs = sorted(object.items(), key=_safe_tuple) \
                if self._sort_dicts else object.items()
            items = [part for pair in pairs for part in pair]
        else:
            items = object
        texts, readable, recursive = [], True, False
        inner = level + 1
        for item in items:
            text, ok, loops = self.format(item, context, maxlevels, inner)
            texts.append(text)
            readable = readable and ok
            recursive = recursive or loops
        del context[here]
        if is_dict:
            # readable may stay a falsy '' for a dict, as CPython's does
            texts = [texts[i] + ': ' + texts[i + 1]
                     for i in range(0, len(texts), 2)]
        elif not readable:
            readable = False
        return brackets[0] + ', '.join(texts) + brackets[1], readable, \
            recursive


def _brackets(object, shown):
    """The brackets around a built-in container's items (shown being its
    type's __repr__), or None for any other object."""
    if shown is list.__repr__:
        return '[', ']'
    if shown is tuple.__repr__:
        return '(', ',)' if len(object) == 1 else ')'
    if shown is dict.__repr__:
        return '{', '}'
    return None


def _written_empty(object, stream):
    """Whether object is empty, its repr (short enough) written then."""
    if len(object):
        return False
    stream.write(repr(object))
    return True


_library_table = None


def _library_printers():
    """The names of the printers of the library's containers keyed by
    their types' __repr__; made on first need, so that importing pprint
    does not import collections and types."""
    global _library_table
    if _library_table is None:
        import collections
        import types
        _library_table = {
            collections.OrderedDict.__repr__: '_pprint_ordered_dict',
            collections.defaultdict.__repr__: '_pprint_default_dict',
            collections.Counter.__repr__: '_pprint_counter',
            collections.ChainMap.__repr__: '_pprint_chain_map',
            collections.deque.__repr__: '_pprint_deque',
            types.SimpleNamespace.__repr__: '_pprint_simplenamespace',
            types.MappingProxyType.__repr__: '_pprint_mappingproxy',
        }
    return _library_table


def _shows_fields(object):
    """Whether object is a dataclass instance (not a class) whose repr is
    the one its decorator made, listing the fields."""
    kind = type(object)
    params = getattr(kind, '__dataclass_params__', None)
    # params is dataclasses' (init, repr, eq, order, unsafe_hash, frozen)
    return params is not None and params[1] and \
        getattr(kind.__repr__, '_lists_fields', False)


def _bytes_chunks(data, width, allowance):
    """The reprs of pieces of data, each a run of 4-byte groups as long
    as fits in width; the group that starts at the last multiple of 4
    leaves allowance free too (when len(data) is a multiple of 4 that
    start is past the end, and no group does)."""
    last_start = len(data) // 4 * 4
    pieces = []
    run = b''
    for start in range(0, len(data), 4):
        group = data[start:start + 4]
        if start == last_start:
            width -= allowance
        if len(repr(run + group)) <= width:
            run += group
            continue
        if run:
            pieces.append(repr(run))
        run = group
    if run:
        pieces.append(repr(run))
    return pieces


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool,
                              type(None)})


def _words(line):
    """line cut after each run of whitespace (the pieces join back to
    line)."""
    parts = []
    start = 0
    i = 0
    n = len(line)
    while i < n:
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        parts.append(line[start:i])
        start = i
    return parts


def _str_chunks(s, max_width, allowance):
    """The reprs of the pieces of a long string: its lines, the lines too
    long cut between words."""
    chunks = []
    lines = s.splitlines(True)
    first_width = max_width
    for i, line in enumerate(lines):
        last_line = i == len(lines) - 1
        if last_line:
            first_width -= allowance
        rep = repr(line)
        if len(rep) <= first_width:
            chunks.append(rep)
            continue
        chunks += _fill(_words(line), max_width,
                        max_width - allowance if last_line else max_width)
    return chunks


def _fill(words, width, last_width):
    """Greedy filling: the reprs of runs of words, each repr within width,
    the one ending with the last word within last_width (a single word
    wider than that stands alone)."""
    chunks = []
    run = ''
    for j, word in enumerate(words):
        limit = last_width if j == len(words) - 1 else width
        if run and len(repr(run + word)) > limit:
            chunks.append(repr(run))
            run = word
        else:
            run += word
    chunks.append(repr(run))
    return chunks


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers
                         ).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter().format(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter().isreadable(object)


def isrecursive(object):
    return PrettyPrinter().isrecursive(object)
'''


def sources() -> dict[str, str]:
    """This file's modules by full name (as pylib.sources())."""
    return {
        "io": IO_SRC,
        "linecache": LINECACHE_SRC,
        "traceback": TRACEBACK_SRC,
        "types": TYPES_SRC,
        "keyword": KEYWORD_SRC,
        "atexit": ATEXIT_SRC,
        "gc": GC_SRC,
        "warnings": WARNINGS_SRC,
        "textwrap": TEXTWRAP_SRC,
        "statistics": STATISTICS_SRC,
        "fractions": FRACTIONS_SRC,
        "numbers": NUMBERS_SRC,
        "timeit": TIMEIT_SRC,
        "struct": STRUCT_SRC,
        "datetime": DATETIME_SRC,
        "csv": CSV_SRC,
        "pprint": PPRINT_SRC,
    }
