"""Standard library modules written in Python for rtpython (as
pylib_std3.py's): the file-system ones, _osfs (os's stat_result, scandir,
walk, makedirs, imported at their first use through os.__getattr__), glob,
pathlib, shutil, tempfile and calendar.  Each is written for this interpreter with CPython 3.11's interface,
output and messages, not its code.  importer.library() joins sources()
to the others."""
from __future__ import annotations

OSFS_SRC = r'''
"""The parts of os written in Python (for rtpython), over os's _stat,
listdir and the mkdir/rmdir calls: os.__getattr__ finds them here."""
import os as _os
import abc as _abc

_S_IFMT, _S_IFDIR, _S_IFREG, _S_IFLNK = 0o170000, 0o040000, 0o100000, 0o120000

# the named fields past the tuple's 10 items, in _stat's order after the
# first 7
_TIMES = ('st_atime', 'st_mtime', 'st_ctime')
_LATER = ('st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize',
          'st_blocks', 'st_rdev')
_SHOWN = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
          'st_size') + _TIMES


class stat_result(tuple):
    """A tuple of 10 ints (the times in whole seconds) whose named fields
    hold the float times and the rest."""
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if not 10 <= len(seq) <= 19:
            raise TypeError('os.stat_result() takes a %s-sequence (%d-sequence'
                            ' given)' % ('10' if len(seq) < 10 else 'at most 19',
                                         len(seq)))
        self = tuple.__new__(cls, seq[:10])
        extra = {}
        for i, name in enumerate(_TIMES + _LATER):
            if 10 + i < len(seq):
                extra[name] = seq[10 + i]
            elif dict is not None and name in dict:
                extra[name] = dict[name]
            else:
                extra[name] = seq[7 + i] if i < 3 else None
        object.__setattr__(self, '_extra', extra)
        return self

    def __getattr__(self, name):
        extra = object.__getattribute__(self, '_extra')
        if name in extra:
            return extra[name]
        raise AttributeError("'os.stat_result' object has no attribute '%s'"
                             % name)

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(_SHOWN, self))

    def __reduce__(self):
        return (stat_result, (tuple(self), dict(self._extra)))


def _named(name, i):
    return property(lambda self: self[i], doc=name)


for _i, _name in enumerate(_SHOWN[:7]):
    setattr(stat_result, _name, _named(_name, _i))
del _i, _name
stat_result.__module__ = 'os'


def _stat_of(path, follow):
    f = _os._stat(path, bool(follow))
    seconds = tuple(ns // 1000000000 for ns in f[10:13])
    return stat_result(f[:7] + seconds + f[7:])


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return _stat_of(path, follow_symlinks)


def lstat(path, *, dir_fd=None):
    return _stat_of(path, False)


class PathLike(_abc.ABC):
    """What os.fspath accepts besides str: any class with __fspath__ is a
    virtual subclass."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is PathLike:
            return hasattr(C, '__fspath__')
        return NotImplemented

    __class_getitem__ = classmethod(lambda cls, item: cls)


class DirEntry:
    """An entry of a directory scandir read: its stat results are asked
    for once, when first needed, and kept."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, top, name):
        self = object.__new__(cls)
        self.name = name
        self.path = _os.path.join(top, name)
        self._lstat = self._stat = None
        return self

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path) if self.is_symlink() \
                else self.stat(follow_symlinks=False)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _kind(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode \
                & _S_IFMT
        except FileNotFoundError:
            return None

    def is_dir(self, *, follow_symlinks=True):
        return self._kind(follow_symlinks) == _S_IFDIR

    def is_file(self, *, follow_symlinks=True):
        return self._kind(follow_symlinks) == _S_IFREG

    def is_symlink(self):
        return self._kind(False) == _S_IFLNK

    def __class_getitem__(cls, item):
        return cls


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    def __init__(self, top, names):
        self._top, self._names = top, iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return DirEntry._make(self._top, next(self._names))

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    if path is None:
        return _ScandirIterator('.', _os.listdir('.'))
    top = _os.fspath(path) if hasattr(path, '__fspath__') else path
    return _ScandirIterator(top, _os.listdir(top))


def walk(top, topdown=True, onerror=None, followlinks=False):
    return _walk(_os.fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    try:
        entries = list(scandir(top))
    except OSError as failure:
        if onerror is not None:
            onerror(failure)
        return
    dirs, files, below = [], [], []
    for entry in entries:
        try:
            a_dir = entry.is_dir()
        except OSError:
            a_dir = False               # unreadable: listed with the files
        (dirs if a_dir else files).append(entry.name)
        if a_dir and not topdown and (followlinks or not entry.is_symlink()):
            below.append(entry.path)
    if topdown:
        yield top, dirs, files
        # the caller may have changed dirs: walk what it left
        for name in dirs:
            sub = _os.path.join(top, name)
            if followlinks or not _os.path.islink(sub):
                yield from _walk(sub, topdown, onerror, followlinks)
    else:
        for sub in below:
            yield from _walk(sub, topdown, onerror, followlinks)
        yield top, dirs, files


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = _os.path.split(name)
    if not tail:
        head, tail = _os.path.split(head)
    if head and tail and not _os.path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass                # made meanwhile by someone else
        if tail == _os.curdir:
            return
    try:
        _os.mkdir(name, mode)
    except OSError:
        if not exist_ok or not _os.path.isdir(name):
            raise


def removedirs(name):
    _os.rmdir(name)
    head, tail = _os.path.split(name)
    if not tail:
        head, tail = _os.path.split(head)
    while head and tail:
        try:
            _os.rmdir(head)
        except OSError:
            break
        head, tail = _os.path.split(head)


# the last line: os.__getattr__ waits for it when another thread imports
_complete = True
'''

GLOB_SRC = r'''
"""glob (written for rtpython): file names matching shell patterns, as
CPython 3.11's: results in directory order, hidden names only for
patterns that start with a dot (or include_hidden), '**' for any depth
with recursive=True."""
import os
import re
import fnmatch

__all__ = ['glob', 'iglob', 'escape']

_magic = re.compile('([*?[])')


def has_magic(s):
    return _magic.search(s) is not None


def escape(pathname):
    """pathname with its magic characters quoted ('[*]')."""
    return _magic.sub(r'[\1]', pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    pathname = os.fspath(pathname)
    root = '' if root_dir is None else os.fspath(root_dir)
    found = _matches(pathname, root, recursive, False, include_hidden)
    if not pathname or recursive and pathname[:2] == '**':
        # the empty match of a leading '**' (or of '') names nothing
        found = (p for p in found if p)
    return found


def _matches(pattern, root, recursive, dirs_only, hidden):
    """The paths (relative to root) matching pattern."""
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        where = os.path.join(root, pattern) if tail else \
            os.path.join(root, head)
        if (os.path.lexists if tail else os.path.isdir)(where):
            yield pattern
        return
    if not head:
        yield from _in_dir(root, tail, recursive, dirs_only, hidden)
        return
    heads = _matches(head, root, recursive, True, hidden) \
        if head != pattern and has_magic(head) else [head]
    for d in heads:
        for name in _in_dir(os.path.join(root, d), tail, recursive,
                            dirs_only, hidden):
            yield os.path.join(d, name)


def _in_dir(d, part, recursive, dirs_only, hidden):
    """The names in directory d (a path joined to root) matching one
    component of a pattern."""
    if not has_magic(part):
        if not part:
            if os.path.isdir(d):
                yield part
        elif os.path.lexists(os.path.join(d, part)):
            yield part
        return
    if recursive and part == '**':
        yield ''
        yield from _tree(d, dirs_only, hidden)
        return
    names = _names(d, dirs_only)
    if not (hidden or part[0] == '.'):
        names = [n for n in names if n[0] != '.']
    yield from fnmatch.filter(names, part)


def _tree(d, dirs_only, hidden):
    """Every path below d, relative to it, parents before children."""
    for name in _names(d, dirs_only):
        if not hidden and name[0] == '.':
            continue
        yield name
        for below in _tree(os.path.join(d, name) if d else name, dirs_only,
                           hidden):
            yield os.path.join(name, below)


def _names(d, dirs_only):
    """The names in d (the current directory if empty), [] if it cannot be
    read; directories only when dirs_only."""
    try:
        with os.scandir(d or '.') as it:
            return [e.name for e in it if not dirs_only or _is_dir(e)]
    except OSError:
        return []


def _is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False
'''

PATHLIB_SRC = r'''
"""pathlib (written for rtpython): PurePath, PurePosixPath, Path and
PosixPath with CPython 3.11's interface, normalisation, output and
messages.  A path is its root ('', '/' or '//') and its tail of names;
the Windows flavour is not provided."""
import fnmatch as _fnmatch
import os as _os
import re as _re

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']

_IFMT = 0o170000
_NOT_THERE = (2, 20, 9, 40)      # ENOENT ENOTDIR EBADF ELOOP: "no"


def _split(text):
    """(root, names) of a str path: POSIX keeps exactly two leading
    slashes; empty names and '.' go."""
    root = ''
    if text[:1] == '/':
        root = '//' if text[:2] == '//' and text[:3] != '///' else '/'
    return root, [n for n in text.split('/') if n and n != '.']


def _parse(args):
    root, names = '', []
    for a in args:
        if isinstance(a, PurePath):
            r, more = a._root, a._tail
        else:
            text = _os.fspath(a)
            if not isinstance(text, str):
                raise TypeError('argument should be a str object or an '
                                'os.PathLike object returning str, not %r'
                                % type(a))
            r, more = _split(text)
        if r:
            root, names = r, []          # an absolute part starts again
        names = names + more
    return root, names


class PurePath:
    __slots__ = ('_root', '_tail', '_text')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, tail = _parse(args)
        return cls._of(root, tail)

    @classmethod
    def _of(cls, root, tail):
        self = object.__new__(cls)
        self._root, self._tail, self._text = root, tail, None
        return self

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._text is None:
            self._text = self._root + '/'.join(self._tail) or '.'
        return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def as_uri(self):
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(str(self).encode('utf-8'))

    def _key(self):
        return ([self._root] if self._root else []) + self._tail

    def __hash__(self):
        return hash(tuple(self._key()))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    drive = property(lambda self: '')
    root = property(lambda self: self._root)
    anchor = property(lambda self: self._root)

    @property
    def parts(self):
        return tuple(self._key())

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        dot = name.rfind('.')
        return name[:dot] if 0 < dot < len(name) - 1 else name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._of(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        root, names = _split(name)
        if not name or name[-1] == '/' or root or len(names) != 1:
            raise ValueError('Invalid name %r' % (name))
        return self._of(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and suffix[0] != '.' or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        base = self.name[:len(self.name) - len(old)] if old else self.name
        return self._of(self._root, self._tail[:-1] + [base + suffix])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        root, tail = _parse(other)
        mine = self._key()
        theirs = ([root] if root else []) + tail
        n = len(theirs)
        if (self._root if n == 0 else mine[:n] != theirs):
            raise ValueError('%r is not in the subpath of %r OR one path is '
                             'relative and the other is absolute.'
                             % (str(self), str(self._of(root, tail))))
        return self._of('', mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def joinpath(self, *args):
        return self._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        root, pats = _split(path_pattern)
        if not pats:
            raise ValueError('empty pattern')
        if root and root != self._root:
            return False
        names = self._key()
        if root:
            if len(pats) + 1 != len(names):
                return False
        elif len(pats) > len(names):
            return False
        return all(_fnmatch.fnmatchcase(n, p)
                   for n, p in zip(reversed(names), reversed(pats)))


class _Parents:
    """path.parents: the ancestors, nearest first."""
    __slots__ = ('_path', '_count')

    def __init__(self, path):
        self._path, self._count = path, len(path._tail)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if index >= self._count or index < -self._count:
            raise IndexError(index)
        if index < 0:
            index += self._count
        p = self._path
        return p._of(p._root, p._tail[:self._count - index - 1])

    def __repr__(self):
        return '<%s.parents>' % type(self._path).__name__


_Parents.__name__ = _Parents.__qualname__ = '_PathParents'


class PurePosixPath(PurePath):
    __slots__ = ()


def _missing(error):
    return getattr(error, 'errno', None) in _NOT_THERE


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        return cls(_os.path.expanduser('~'))

    def _child(self, name):
        return self._of(self._root, self._tail + [name])

    def stat(self, *, follow_symlinks=True):
        return _os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return _os.lstat(self)

    def _mode(self, follow=True):
        """The file's type bits, 0 when it is not there."""
        try:
            return self.stat(follow_symlinks=follow).st_mode & _IFMT
        except OSError as e:
            if not _missing(e):
                raise
            return 0
        except ValueError:
            return 0

    def exists(self):
        return self._mode() != 0

    def is_dir(self):
        return self._mode() == 0o040000

    def is_file(self):
        return self._mode() == 0o100000

    def is_symlink(self):
        return self._mode(False) == 0o120000

    def is_fifo(self):
        return self._mode() == 0o010000

    def is_socket(self):
        return self._mode() == 0o140000

    def is_block_device(self):
        return self._mode() == 0o060000

    def is_char_device(self):
        return self._mode() == 0o020000

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        here, up = self.stat(), self.parent.stat()
        return here.st_dev != up.st_dev or here.st_ino == up.st_ino

    def samefile(self, other_path):
        mine = self.stat()
        if not isinstance(other_path, PurePath):
            other_path = type(self)(other_path)
        theirs = other_path.stat()
        return (mine.st_ino, mine.st_dev) == (theirs.st_ino, theirs.st_dev)

    def iterdir(self):
        for name in _os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        return self._select(pattern, [])

    def rglob(self, pattern):
        return self._select(pattern, ['**'])

    def _select(self, pattern, first):
        if not pattern:
            raise ValueError('Unacceptable pattern: %r' % (pattern,))
        root, parts = _split(pattern)
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = first + parts
        if pattern[-1] == '/':
            parts.append('')             # directories only
        for p in parts:
            if '**' in p and p != '**':
                raise ValueError("Invalid pattern: '**' can only be an "
                                 "entire path component")
        if not self.is_dir():
            return iter([])
        return _matching(self, parts)

    def absolute(self):
        if self._root:
            return self
        return self._from_args((_os.getcwd(), self))

    def resolve(self, strict=False):
        return self._from_args((_os.path.realpath(self, strict=strict),))

    def expanduser(self):
        if not self._root and self._tail and self._tail[0][:1] == '~':
            home = _os.path.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return self._from_args((home,) + tuple(self._tail[1:]))
        return self

    def readlink(self):
        return self._from_args((_os.readlink(self),))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None,
             newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s'
                            % data.__class__.__name__)
        with self.open('w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        open(self, 'w').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            _os.mkdir(self, mode)
        except OSError as e:
            no_parent = isinstance(e, FileNotFoundError)
            if no_parent and parents and self.parent != self:
                self.parent.mkdir(parents=True, exist_ok=True)
                self.mkdir(mode, exist_ok=exist_ok)
            elif no_parent or not (exist_ok and self.is_dir()):
                raise

    def unlink(self, missing_ok=False):
        try:
            _os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        _os.rmdir(self)

    def rename(self, target):
        _os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        _os.rename(self, target)
        return self.__class__(target)


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


def _matching(top, parts):
    """The paths below top matching the pattern parts ('' last: only
    directories), each once, in directory order."""
    if not parts:
        yield top
        return
    part, rest = parts[0], parts[1:]
    if part == '':
        yield top
    elif part == '**':
        seen = set()
        for d in _dirs_below(top):
            for p in _matching(d, rest):
                if p not in seen:
                    seen.add(p)
                    yield p
    elif _re.search('[*?[]', part) is None:
        p = top._child(part)
        if p.is_dir() if rest else p.exists():
            yield from _matching(p, rest)
    else:
        try:
            names = [e.name for e in _os.scandir(top)
                     if not rest or _is_dir(e)]
        except PermissionError:
            return
        match = _re.compile(_fnmatch.translate(part)).fullmatch
        for name in names:
            if match(name):
                yield from _matching(top._child(name), rest)


def _is_dir(entry):
    try:
        return entry.is_dir()
    except OSError as e:
        if not _missing(e):
            raise
        return False


def _dirs_below(top):
    """top and every directory below it (not through links)."""
    yield top
    try:
        entries = list(_os.scandir(top))
    except PermissionError:
        return
    for e in entries:
        if _is_dir(e) and not e.is_symlink():
            yield from _dirs_below(top._child(e.name))
'''

SHUTIL_SRC = r'''
"""shutil (written for rtpython): rmtree and move, as CPython 3.11's.
Copying is not provided (files here are text only)."""
import os as _os
import sys as _sys

__all__ = ['rmtree', 'move', 'Error']


class Error(OSError):
    pass


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    def failed(func, where):
        # called in an except clause: a bare raise passes the error on
        if ignore_errors:
            return
        if onerror is None:
            raise
        onerror(func, where, _sys.exc_info())

    try:
        mode = _os.lstat(path).st_mode
    except OSError:
        failed(_os.lstat, path)
        return
    try:
        if mode & 0o170000 == 0o120000:
            raise OSError('Cannot call rmtree on a symbolic link')
    except OSError:
        failed(_os.path.islink, path)
        return
    _remove_tree(_os.fspath(path), failed)


def _remove_tree(top, failed):
    try:
        entries = list(_os.scandir(top))
    except OSError:
        failed(_os.scandir, top)
        entries = []
    for entry in entries:
        try:
            below = entry.is_dir(follow_symlinks=False)
        except OSError:
            below = False
        if below:
            _remove_tree(entry.path, failed)
            continue
        try:
            _os.unlink(entry.path)
        except OSError:
            failed(_os.unlink, entry.path)
    try:
        _os.rmdir(top)
    except OSError:
        failed(_os.rmdir, top)


def move(src, dst):
    """Renames src to dst (into dst when it is a directory); returns the
    new path."""
    real_dst = dst
    if _os.path.isdir(dst):
        real_dst = _os.path.join(dst, _os.path.basename(
            _os.fspath(src).rstrip('/')))
        if _os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    _os.rename(src, real_dst)
    return real_dst
'''

TEMPFILE_SRC = r'''
"""tempfile (written for rtpython): gettempdir, mkdtemp, mktemp and
TemporaryDirectory as CPython 3.11's.  Not provided: the functions that
return open files or descriptors (mkstemp, NamedTemporaryFile,
TemporaryFile), and the removal of a TemporaryDirectory that was never
cleaned up (CPython removes it when it is collected; here the program
must use `with` or cleanup())."""
import os as _os
import random as _random

__all__ = ['gettempdir', 'gettempprefix', 'mkdtemp', 'mktemp',
           'TemporaryDirectory', 'TMP_MAX', 'template', 'tempdir']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_names = _random.Random()


def _random_name():
    return ''.join(_names.choice(_LETTERS) for _ in range(8))


def _usable(d):
    """Whether a file can be made in directory d."""
    for _ in range(100):
        probe = _os.path.join(d, _random_name())
        try:
            with open(probe, 'x') as f:
                f.write('blat')
        except FileExistsError:
            continue
        except OSError:
            return False
        _os.unlink(probe)
        return True
    return False


def gettempdir():
    global tempdir
    if tempdir is None:
        places = [_os.environ.get(v) for v in ('TMPDIR', 'TEMP', 'TMP')]
        places = [p for p in places if p] + ['/tmp', '/var/tmp', '/usr/tmp',
                                              _os.getcwd()]
        for d in places:
            d = _os.path.abspath(d)
            if _usable(d):
                tempdir = d
                break
        else:
            raise FileNotFoundError(2, 'No usable temporary directory found '
                                    'in %s' % places)
    return tempdir


def gettempprefix():
    return template


def _pieces(suffix, prefix, dir):
    return ('' if suffix is None else suffix,
            template if prefix is None else prefix,
            gettempdir() if dir is None else _os.fspath(dir))


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _pieces(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(17, 'No usable temporary filename found')


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        import shutil
        if _os.path.lexists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        return cls
'''

CALENDAR_SRC = r'''
"""calendar (written for rtpython): the Calendar iterators, TextCalendar's
month and year layouts and the module functions, with CPython 3.11's
output in the C locale (English names).  Not provided: HTMLCalendar and
the locale calendars."""
import datetime as _datetime

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday',
           'firstweekday', 'isleap', 'leapdays', 'weekday', 'monthrange',
           'monthcalendar', 'prmonth', 'month', 'prcal', 'calendar',
           'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr',
           'Calendar', 'TextCalendar', 'weekheader', 'MONDAY', 'TUESDAY',
           'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' \
            % self.weekday


January, February = 1, 2
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


class _Names:
    """A read-only sequence of names, as CPython's localized ones."""

    def __init__(self, names):
        self._names = names

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return len(self._names)


class _localized_month(_Names):
    pass


class _localized_day(_Names):
    pass


_MONTHS = ('January February March April May June July August September '
           'October November December').split()
_DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()
month_name = _localized_month([''] + _MONTHS)
month_abbr = _localized_month([''] + [m[:3] for m in _MONTHS])
day_name = _localized_day(_DAYS)
day_abbr = _localized_day([d[:3] for d in _DAYS])


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The leap years in [y1, y2)."""
    def upto(y):
        return y // 4 - y // 100 + y // 400
    return upto(y2 - 1) - upto(y1 - 1)


def weekday(year, month, day):
    if not _datetime.MINYEAR <= year <= _datetime.MAXYEAR:
        year = 2000 + year % 400          # same weekdays every 400 years
    return _datetime.date(year, month, day).weekday()


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return (weekday(year, month, 1),
            mdays[month] + (month == February and isleap(year)))


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def _rows(items, n):
    return [items[i:i + n] for i in range(0, len(items), n)]


class Calendar:
    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._first % 7

    def setfirstweekday(self, firstweekday):
        self._first = firstweekday          # kept as given, read modulo 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def _padding(self, year, month):
        first, ndays = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        return before, ndays, (self.firstweekday - first - ndays) % 7

    def itermonthdays3(self, year, month):
        before, ndays, after = self._padding(year, month)
        py, pm = (year, month - 1) if month > 1 else (year - 1, 12)
        plen = _monthlen(py, pm)
        for d in range(plen - before + 1, plen + 1):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = (year, month + 1) if month < 12 else (year + 1, 1)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield _datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        before, ndays, after = self._padding(year, month)
        yield from [0] * before
        yield from range(1, ndays + 1)
        yield from [0] * after

    def itermonthdays2(self, year, month):
        for i, d in enumerate(self.itermonthdays(year, month),
                              self.firstweekday):
            yield d, i % 7

    def monthdatescalendar(self, year, month):
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _rows([self.monthdatescalendar(year, m)
                      for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _rows([self.monthdays2calendar(year, m)
                      for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _rows([self.monthdayscalendar(year, m)
                      for m in range(1, 13)], width)


class TextCalendar(Calendar):
    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return ('' if day == 0 else '%2i' % day).center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(i, width)
                        for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        text = month_name[themonth]
        if withyear:
            text = '%s %r' % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w, gap = max(2, w), '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        lines += [self.formatweek(week, w)
                  for week in self.monthdays2calendar(theyear, themonth)]
        return ''.join(line.rstrip() + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w, gap, c = max(2, w), '\n' * max(1, l), max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)

        def line(cols):
            out.append(formatstring(cols, colwidth, c).rstrip() + gap)

        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(gap)
            line(self.formatmonthname(theyear, k, colwidth, False)
                 for k in months)
            line(header for k in months)
            for j in range(max(len(cal) for cal in row)):
                line(self.formatweek(cal[j], w) if j < len(cal) else ''
                     for cal in row)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


c = TextCalendar()
# the module's functions are the methods of one shared calendar
for _name, _method in (('firstweekday', 'getfirstweekday'),
                       ('monthcalendar', 'monthdayscalendar'),
                       ('prweek', 'prweek'), ('week', 'formatweek'),
                       ('weekheader', 'formatweekheader'),
                       ('prmonth', 'prmonth'), ('month', 'formatmonth'),
                       ('calendar', 'formatyear'), ('prcal', 'pryear')):
    globals()[_name] = getattr(c, _method)
del _name, _method


def setfirstweekday(firstweekday):
    # unlike Calendar's setter, the module's checks the day
    if not MONDAY <= firstweekday or not firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.setfirstweekday(firstweekday)


_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    return (' ' * spacing).join(col.center(colwidth) for col in cols)


EPOCH = 1970
_EPOCH_ORD = _datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    year, month, day, hour, minute, second = tuple[:6]
    days = _datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
'''

def sources() -> dict[str, str]:
    """This file's modules by full name (as pylib.sources())."""
    return {
        "_osfs": OSFS_SRC,
        "glob": GLOB_SRC,
        "pathlib": PATHLIB_SRC,
        "shutil": SHUTIL_SRC,
        "tempfile": TEMPFILE_SRC,
        "calendar": CALENDAR_SRC,
    }
