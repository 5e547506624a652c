"""Standard modules written in Python for rtpython, second part (see
pylib.py): io, linecache, traceback, types, keyword, atexit, gc, warnings, textwrap, statistics, fractions, numbers, timeit, struct.
Each behaves as its CPython 3.11 counterpart for what it provides (the
results, the messages and the output formats, byte for byte); the code is
this interpreter's own.  What they need from the interpreter is in
mod_std.py (the _rtstd module), which also adds SOURCES to pylib's.
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
        line = self.readline()
        if not line:
            raise StopIteration
        return line

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
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)'
                             % whence)
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
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


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
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._text = _text
        if lookup_line:
            self.line
        self.locals = ({k: repr(v) for k, v in locals.items()}
                       if locals else None)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name,
                    self.line) == other
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
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _walk(first, step, limit):
    """The (object, summary) pairs of a chain of frames or tracebacks,
    limit entries at most (negative: the last ones)."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
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

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

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


def new_class(name, bases=(), kwds=None, exec_body=None):
    meta = type if kwds is None else kwds.pop('metaclass', type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **(kwds or {}))

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
garbage; the language gives a program no way to start it.  So collect()
finds nothing to do on its own and returns 0 (CPython returns the number
of objects its cycle detector found unreachable), and disable() stops
nothing that a program can see: CPython's disable() also leaves
reference counting on, and without weak references or finalizers
(neither exists here) no program can tell a freed cycle from a kept
one.  isenabled() reports what enable()/disable() said."""

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
    return 0


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
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
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
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
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
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
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


def _matching_action(text, category, module, lineno):
    for action, msg_re, cat, mod_re, ln in filters:
        if (_matches(msg_re, text) and issubclass(category, cat) and
                _matches(mod_re, module) and
                (ln == 0 or lineno == ln)):
            return action
    return defaultaction


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _version[0]:
        registry.clear()
        registry['version'] = _version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = _matching_action(text, category, module, lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    elif action != 'always':
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n'
                           ' %s' % (action, (action,)))
    _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                source=source))


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on
    exit; record=True collects the warnings into the list __enter__
    returns instead of showing them."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

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
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

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
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

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
        chunks = [c for c in self._split_chunks(text) if c]
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

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
from fractions import Fraction
from collections import Counter

__all__ = ['StatisticsError', 'fmean', 'mean', 'median', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance',
           'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _coerce(T, S):
    """The type of a result mixing T and S values."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _exact_ratio(x):
    """(numerator, denominator) of x; the denominator is None for an
    infinity or a NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)


class _Sum:
    """An exact running sum: the values as fractions, or the float sum of
    the non-finite values if there are any; the result type and count."""

    def __init__(self):
        self.T = int
        self.count = 0
        self.exact = Fraction(0)
        self.nonfinite = None

    def add(self, x):
        self.T = _coerce(self.T, type(x))
        n, d = _exact_ratio(x)
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
    """The exact value as a T (an int result that is not whole becomes a
    float)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


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
    return _convert(s.total() / s.count, s.T)


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
    """(type, sum of squared deviations from the mean or from c, count),
    exact."""
    if c is not None:
        s = _Sum()
        for x in data:
            d = x - c
            s.add(d * d)
        return s.T, s.total(), s.count
    data = list(data)
    s = _sum(data)
    if s.count == 0:
        return s.T, Fraction(0), 0
    if s.nonfinite is not None:
        return s.T, s.nonfinite, s.count
    sq = Fraction(0)
    for x in data:
        n, d = _exact_ratio(x)
        sq += Fraction(n * n, d * d)
    ssd = (s.count * sq - s.exact * s.exact) / s.count
    return s.T, ssd, s.count


def variance(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def _root(T, mss):
    if isinstance(mss, float):
        return math.sqrt(mss)       # an infinity or a NaN
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def stdev(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(T, ss / (n - 1))


def pstdev(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(T, ss / n)
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


class Fraction(numbers.Rational):
    """A rational number numerator/denominator in lowest terms, the sign
    on the numerator."""
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = \
                    numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r'
                                     % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational '
                                'instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif (isinstance(numerator, numbers.Rational) and
              isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

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

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

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

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, complex):
            if b.imag != 0:
                return False
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


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
        i = 1
        while True:
            for j in (1, 2, 5):
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10

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


SOURCES: dict[str, str] = {
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
}
