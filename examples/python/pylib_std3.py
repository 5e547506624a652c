"""Standard library modules written in Python for rtpython (as pylib.py's,
pylib_std.py's and pylib_std2.py's): the ones real programs import besides
those, logging, unittest, difflib, fnmatch, getopt, shlex, errno, stat, base64 and reprlib.  Each is written for this interpreter with CPython
3.11's interface, output and messages, not its code.
importer.library() joins sources() to the others."""
from __future__ import annotations

LOGGING_SRC = r'''
"""logging (written for rtpython): loggers in a dotted hierarchy, handlers,
formatters and filters with CPython 3.11's interface, output and messages.
Every handler has its own re-entrant lock, held while it emits, so that the
lines of several threads never mix (under --stm too); the module's tables
(the loggers, the level names) have one lock of their own."""
import sys as _sys
import os as _os
import io as _io
import time as _time
import threading as _threading

__all__ = """BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL
FileHandler Filter Formatter Handler INFO LogRecord Logger LoggerAdapter
NOTSET NullHandler StreamHandler WARN WARNING addLevelName basicConfig
captureWarnings critical debug disable error exception fatal getLevelName
getLogger getLoggerClass info log makeLogRecord setLoggerClass shutdown warn
warning getLogRecordFactory setLogRecordFactory lastResort raiseExceptions
getLevelNamesMapping""".split()

# what a record notes about the thread and process that made it
logThreads = logProcesses = logMultiprocessing = True
# whether errors while emitting are reported on stderr (else ignored)
raiseExceptions = True

CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET = 50, 40, 30, 20, 10, 0
FATAL, WARN = CRITICAL, WARNING

# both directions of the level names; addLevelName writes both
_levelToName = {}
_nameToLevel = {}
for _lv, _nm in ((CRITICAL, 'CRITICAL'), (ERROR, 'ERROR'),
                 (WARNING, 'WARNING'), (INFO, 'INFO'), (DEBUG, 'DEBUG'),
                 (NOTSET, 'NOTSET')):
    _levelToName[_lv] = _nm
    _nameToLevel[_nm] = _lv
_nameToLevel['FATAL'] = FATAL
_nameToLevel['WARN'] = WARNING
del _lv, _nm

_lock = _threading.RLock()
# the time the module was loaded: LogRecord.relativeCreated counts from it
_startTime = _time.time()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, the number of a level name, or
    'Level N' for a number nobody named."""
    found = _levelToName.get(level)
    if found is None:
        found = _nameToLevel.get(level)
    if found is None:
        return 'Level %s' % level
    return found


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError('Unknown level: %r' % level)
        return _nameToLevel[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


def _warn_deprecated(what):
    """warn() is warning()'s old name: the DeprecationWarning names the
    caller of warn() (two frames up from here)."""
    import warnings
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead"
                  % what, DeprecationWarning, 3)


def _this_file():
    return _checkLevel.__code__.co_filename


_srcfile = _this_file()


def currentframe():
    return _sys._getframe(1)


# ---------------------------------------------------------------- records

class LogRecord(object):
    """One event: what was logged, by whom, where and when."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        stamp = _time.time()
        self.name = name
        self.msg = msg
        # log('%(a)s', {'a': 1}): a lone non-empty mapping is the mapping
        if (args and len(args) == 1 and isinstance(args[0], dict)
                and args[0]):
            args = args[0]
        self.args = args
        self.levelno = level
        self.levelname = getLevelName(level)
        self.pathname = pathname
        try:
            self.filename = _os.path.basename(pathname)
            self.module = _os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = 'Unknown module'
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = stamp
        # truncated, not rounded: 0.9996 s stays in its second (999 ms)
        self.msecs = int((stamp - int(stamp)) * 1000) + 0.0
        self.relativeCreated = (stamp - _startTime) * 1000
        if logThreads:
            self.thread = _threading.get_ident()
            self.threadName = _threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        self.processName = 'MainProcess' if logMultiprocessing else None
        self.process = _os.getpid() if logProcesses else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record with the attributes of dict (a LogRecord unpickled from a
    socket, say), on top of an empty one's."""
    rec = _logRecordFactory(None, None, '', 0, '', (), None, None)
    rec.__dict__.update(dict)
    return rec


# ---------------------------------------------------------------- formats

class PercentStyle(object):
    """fmt as the % operator reads it: '%(name)s'."""
    asctime_search = '%(asctime)'
    asctime_format = '%(asctime)s'
    default_format = '%(message)s'
    basic_format = '%(levelname)s:%(name)s:%(message)s'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        import re
        if not re.search(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?'
                         r'[diouxefgcrsa%]', self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            merged = dict(self._defaults)
            merged.update(record.__dict__)
            return merged
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            text = self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s'
                             % missing)
        return text


class StrFormatStyle(PercentStyle):
    """fmt as str.format reads it: '{name}'."""
    asctime_search = '{asctime'
    asctime_format = '{asctime}'
    default_format = '{message}'
    basic_format = '{levelname}:{name}:{message}'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        import re
        names = 0
        try:
            for name, conv, spec in _format_fields(self._fmt):
                if name:
                    if not re.match(r'(\d+|\w+)(\.\w+|\[[^]]+\])*$', name):
                        raise ValueError('invalid field name/expression: %r'
                                         % name)
                    names += 1
                if conv and conv not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conv)
                if spec and not re.match(
                        r'(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?'
                        r'(\.(\d+|{\w+}))?[bcdefgnosx%]?$', spec, re.I):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not names:
            raise ValueError('invalid format: no fields')


def _format_fields(fmt):
    """(name, conversion, spec) of each replacement field of a str.format
    string, with str.format's errors for braces that do not pair."""
    found = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '}':
            if fmt[i + 1:i + 2] != '}':
                raise ValueError("Single '}' encountered in format string")
            i += 2
        elif ch != '{':
            i += 1
        elif fmt[i + 1:i + 2] == '{':
            i += 2
        else:
            end = _field_end(fmt, i + 1)
            found.append(_split_field(fmt[i + 1:end]))
            i = end + 1
    return found


def _field_end(fmt, at):
    """The index of the '}' closing the field whose text starts at at."""
    if at >= len(fmt):
        raise ValueError("Single '{' encountered in format string")
    depth = 1
    while at < len(fmt):
        if fmt[at] == '{':
            depth += 1
        elif fmt[at] == '}':
            depth -= 1
            if not depth:
                return at
        at += 1
    raise ValueError("expected '}' before end of string")


def _split_field(body):
    spec = ''
    colon = body.find(':')
    if colon >= 0:
        body, spec = body[:colon], body[colon + 1:]
    conv = None
    bang = body.find('!')
    if bang >= 0:
        body, conv = body[:bang], body[bang + 1:]
        if len(conv) != 1:
            raise ValueError("expected ':' after conversion specifier")
    return body, conv, spec


class StringTemplateStyle(PercentStyle):
    """fmt as a string.Template: '$name' or '${name}'."""
    asctime_search = '${asctime}'
    asctime_format = '${asctime}'
    default_format = '${message}'
    basic_format = '${levelname}:${name}:${message}'

    def __init__(self, fmt, *, defaults=None):
        PercentStyle.__init__(self, fmt, defaults=defaults)
        import string
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        import string
        names = 0
        for m in string.Template.pattern.finditer(self._fmt):
            if m.group('named') or m.group('braced'):
                names += 1
            elif m.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not names:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = PercentStyle.basic_format
# style character -> (its class, basicConfig's format in it)
_STYLES = {}
for _cls in (PercentStyle, StrFormatStyle, StringTemplateStyle):
    _STYLES[_cls.default_format[0]] = (_cls, _cls.basic_format)
del _cls


def _local_time(secs=None):
    # time.localtime, looked up at the first use: the calendar half of
    # the time module is imported only by programs that format a time
    return _time.localtime(secs)


class Formatter(object):
    """Turns a record into text: fmt names the record's attributes in one
    of three styles ('%', '{', '$')."""
    converter = staticmethod(_local_time)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s'
                             % ','.join(_STYLES.keys()))
        self.datefmt = datefmt
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        self._fmt = self._style._fmt
        if validate:
            self._style.validate()

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return _time.strftime(datefmt, when)
        text = _time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        import traceback
        out = _io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, out)
        text = out.getvalue()
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            # kept: every handler formatting the record reuses the text
            record.exc_text = self.formatException(record.exc_info)
        for extra in (record.exc_text,
                      record.stack_info and self.formatStack(record.stack_info)):
            if extra:
                if not text.endswith('\n'):
                    text += '\n'
                text += extra
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records, with a header and a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if not records:
            return ''
        body = ''.join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------- filters

class Filter(object):
    """Lets through the records of the logger called name and of its
    descendants (all records when name is empty)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return (record.name.startswith(self.name)
                and record.name[self.nlen:self.nlen + 1] == '.')


class Filterer(object):
    """What loggers and handlers share: a list of filters, each an object
    with a filter() method or a plain callable."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            check = f.filter if hasattr(f, 'filter') else f
            if not check(record):
                return False
        return True


# --------------------------------------------------------------- handlers

_handlers = {}
# the handlers alive, oldest first: shutdown() flushes and closes them
_handlerList = []


class Handler(Filterer):
    """Sends records somewhere; subclasses say where in emit()."""

    def __init__(self, level=NOTSET):
        self.level = _checkLevel(level)
        Filterer.__init__(self)
        self.formatter = None
        self._name = None
        self._closed = False
        with _lock:
            _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            _handlers.pop(self._name, None)
            if name:
                _handlers[name] = self
            self._name = name

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            if self.lock is None:
                self.emit(record)
            else:
                with self.lock:
                    self.emit(record)
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """What emit() does with its own exception: a report on stderr
        (when raiseExceptions is set), never a raise."""
        import traceback
        if not (raiseExceptions and _sys.stderr):
            return
        etype, exc, tb = _sys.exc_info()
        err = _sys.stderr
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(etype, exc, tb, None, err)
            err.write('Call stack:\n')
            frame = tb.tb_frame if tb is not None else None
            while frame is not None and frame.f_code.co_filename == _srcfile:
                frame = frame.f_back
            if frame is not None:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n'
                          % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n'
                          % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments'
                          ' - possible formatting error.\nUse the'
                          ' traceback above to help find the error.\n')
        except OSError:
            pass

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__,
                              getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each record's text and the terminator to a stream
    (sys.stderr by default), in one write."""
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = _sys.stderr if stream is None else stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, 'flush'):
                self.stream.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        with self.lock:
            old = self.stream
            self.flush()
            self.stream = stream
        return old

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (type(self).__name__, label,
                                getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (on the first record with
    delay=True)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        filename = _os.fspath(filename) if hasattr(_os, 'fspath') \
            else filename
        self.baseFilename = _os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if 'b' not in mode and encoding is None:
            self.encoding = 'utf-8'
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        # delay: the file is opened by the first record
        StreamHandler.__init__(self, None if delay else self._open())
        if delay:
            self.stream = None

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        # a closed 'w' handler never reopens: that would empty the file
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        with self.lock:
            held = self.stream
            self.stream = None
            try:
                if held:
                    try:
                        held.flush()
                    finally:
                        if hasattr(held, 'close'):
                            held.close()
            finally:
                StreamHandler.close(self)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The last resort: sys.stderr as it is when a record comes (a
    program may have replaced it)."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return _sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Swallows every record (a library's default, so that its records
    reach the application's handlers only)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# ---------------------------------------------------------------- loggers

class PlaceHolder(object):
    """Stands in the table for a logger's ancestor not created yet; it
    remembers the loggers below it, which get the real one as parent."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def _check_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: '
                        + klass.__name__)
    return klass


def setLoggerClass(klass):
    global _loggerClass
    _loggerClass = _check_logger_class(klass)


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """The table of loggers by name, and the parent links between them."""

    def __init__(self, rootnode):
        self.loggerDict = {}
        self.root = rootnode
        self.loggerClass = self.logRecordFactory = None
        # disable(level) blocks the records at or below level everywhere
        self.disable = 0
        self.emittedNoHandlerWarning = False

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            found = self.loggerDict.get(name)
            if isinstance(found, PlaceHolder):
                made = (self.loggerClass or _loggerClass)(name)
                made.manager = self
                self.loggerDict[name] = made
                self._adopt(found, made)
                self._link(made)
                return made
            if found is None:
                found = (self.loggerClass or _loggerClass)(name)
                found.manager = self
                self.loggerDict[name] = found
                self._link(found)
            return found

    def setLoggerClass(self, klass):
        self.loggerClass = _check_logger_class(klass)

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _link(self, alogger):
        """Gives alogger its nearest existing ancestor as parent, leaving
        placeholders for the missing ones in between."""
        name = alogger.name
        cut = name.rfind('.')
        parent = None
        while cut > 0 and parent is None:
            prefix = name[:cut]
            held = self.loggerDict.get(prefix)
            if held is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(held, PlaceHolder):
                held.append(alogger)
            else:
                parent = held
            cut = name.rfind('.', 0, cut - 1)
        alogger.parent = parent if parent is not None else self.root

    def _adopt(self, holder, alogger):
        """alogger replaces holder: the loggers below that still point
        above it get it as parent."""
        name = alogger.name
        for child in holder.loggerMap.keys():
            if not child.parent.name.startswith(name):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        with _lock:
            for held in self.loggerDict.values():
                if isinstance(held, Logger):
                    held._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel: records at or above its effective level go to its
    handlers and, while propagate holds, to its ancestors'."""

    def __init__(self, name, level=NOTSET):
        self.name = name
        self.level = _checkLevel(level)
        Filterer.__init__(self)
        self.handlers = []
        self.parent = None
        self.propagate = True
        self.disabled = False
        # level -> isEnabledFor's answer, until a level changes
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _warn_deprecated('method')
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError('level must be an integer')
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack text) of the code that logged: the
        first frame outside this module, stacklevel - 1 frames up."""
        frame = _sys._getframe(1)
        # stacklevel counts the frames outside this module only
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if frame.f_code.co_filename != _srcfile:
                stacklevel -= 1
        sinfo = None
        if stack_info:
            import traceback
            out = _io.StringIO()
            out.write('Stack (most recent call last):\n')
            traceback.print_stack(frame, file=out)
            sinfo = out.getvalue()
            if sinfo.endswith('\n'):
                sinfo = sinfo[:-1]
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        rec = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                                func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in rec.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord'
                                   % key)
                rec.__dict__[key] = extra[key]
        return rec

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        try:
            where = self.findCaller(stack_info, stacklevel)
        except ValueError:
            where = '(unknown file)', 0, '(unknown function)', None
        rec = self.makeRecord(self.name, level, where[0], where[1], msg,
                              args, _exc_triple(exc_info), where[2], extra,
                              where[3])
        self.handle(rec)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        node = self
        while node is not None:
            if node.handlers:
                return True
            node = node.parent if node.propagate else None
        return False

    def callHandlers(self, record):
        seen = 0
        node = self
        while node is not None:
            for h in node.handlers:
                seen += 1
                if record.levelno >= h.level:
                    h.handle(record)
            node = node.parent if node.propagate else None
        if seen:
            return
        last = lastResort
        if last:
            # nobody configured anything: warnings and errors still show
            if record.levelno >= last.level:
                last.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            _sys.stderr.write('No handlers could be found for logger "%s"\n'
                              % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node is not None:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        known = self._cache.get(level)
        if known is not None:
            return known
        with _lock:
            if self.manager.disable >= level:
                answer = False
            else:
                answer = level >= self.getEffectiveLevel()
            self._cache[level] = answer
        return answer

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


def _exc_triple(exc_info):
    """exc_info= as a record keeps it: an exception becomes its triple,
    any other true value the exception being handled."""
    if not exc_info or isinstance(exc_info, tuple):
        return exc_info
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    return _sys.exc_info()


class RootLogger(Logger):
    """The top of the hierarchy, called 'root'."""

    def __init__(self, level):
        Logger.__init__(self, 'root', level)


_loggerClass = Logger

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


class LoggerAdapter(object):
    """A logger with extra context: process() adds it to each call's
    keywords (as extra= by default)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _warn_deprecated('method')
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info,
                                extra=extra, stack_info=stack_info)

    def _set_manager(self, value):
        self.logger.manager = value

    manager = property(lambda self: self.logger.manager, _set_manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


# ---------------------------------------------------------- configuration

def _basic_handlers(kwargs):
    """The handlers basicConfig installs: given, or one on a file or a
    stream."""
    handlers = kwargs.pop('handlers', None)
    if handlers is None:
        if 'stream' in kwargs and 'filename' in kwargs:
            raise ValueError("'stream' and 'filename' should not be "
                             "specified together")
        filename = kwargs.pop('filename', None)
        mode = kwargs.pop('filemode', 'a')
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if filename:
            if 'b' in mode:
                errors = None
            return [FileHandler(filename, mode, encoding=encoding,
                                errors=errors)]
        return [StreamHandler(kwargs.pop('stream', None))]
    if 'stream' in kwargs or 'filename' in kwargs:
        raise ValueError("'stream' or 'filename' should not be "
                         "specified together with 'handlers'")
    return handlers


def basicConfig(**kwargs):
    """Gives the root logger a handler and a format, unless it has a
    handler already (force=True replaces them)."""
    with _lock:
        if kwargs.pop('force', False):
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if root.handlers:
            return
        handlers = _basic_handlers(kwargs)
        kwargs.pop('encoding', None)
        kwargs.pop('errors', None)
        datefmt = kwargs.pop('datefmt', None)
        style = kwargs.pop('style', '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s'
                             % ','.join(_STYLES.keys()))
        fmt = Formatter(kwargs.pop('format', _STYLES[style][1]), datefmt,
                        style)
        for h in handlers:
            root.addHandler(h)
            if h.formatter is None:
                h.formatter = fmt
        level = kwargs.pop('level', None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s'
                             % ', '.join(kwargs.keys()))


def getLogger(name=None):
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _root_call(method, msg, args, kwargs):
    if not root.handlers:
        basicConfig()
    method(msg, *args, **kwargs)


def critical(msg, *args, **kwargs):
    _root_call(root.critical, msg, args, kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _root_call(root.error, msg, args, kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    kwargs['exc_info'] = exc_info
    _root_call(root.error, msg, args, kwargs)


def warning(msg, *args, **kwargs):
    _root_call(root.warning, msg, args, kwargs)


def warn(msg, *args, **kwargs):
    _warn_deprecated('function')
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _root_call(root.info, msg, args, kwargs)


def debug(msg, *args, **kwargs):
    _root_call(root.debug, msg, args, kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flushes and closes every handler, newest first (at exit too)."""
    for h in reversed(handlerList[:]):
        try:
            h.acquire()
            try:
                h.flush()
                h.close()
            finally:
                h.release()
        except (OSError, ValueError):
            pass
        except Exception:
            if raiseExceptions:
                raise


import atexit as _atexit
_atexit.register(shutdown)

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning while captureWarnings(True): the warning goes
    to the 'py.warnings' logger."""
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file,
                                  line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger('py.warnings')
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning('%s', text)


def captureWarnings(capture):
    global _warnings_showwarning
    import warnings
    if capture and _warnings_showwarning is None:
        _warnings_showwarning = warnings.showwarning
        warnings.showwarning = _showwarning
    elif not capture and _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
'''

UNITTEST_SRC = r'''
"""unittest (written for rtpython): test cases, suites, the loader, the text
runner and unittest.main(), with CPython 3.11's output (the dots, the
FAIL/ERROR blocks with tracebacks that leave out this module's frames, the
summary line), assert methods and failure messages (the ndiff of lists,
dicts and strings), and exit status.  Frames of a module whose globals
hold __unittest are not shown in a failure's traceback, as in CPython."""
import sys
import time
import warnings

__unittest = True

__all__ = """TestResult TestCase TestSuite TextTestRunner TestLoader
FunctionTestCase main defaultTestLoader SkipTest skip skipIf skipUnless
expectedFailure TextTestResult installHandler registerResult removeResult
removeHandler addModuleCleanup doModuleCleanups enterModuleContext
getTestCaseNames makeSuite findTestCases""".split()

# ------------------------------------------------------------------ util

# how failure messages shorten long reprs: at most 80 characters, a
# '[N chars]' placeholder (12) and at least 5 kept at each side of it
_MAX_LENGTH, _PLACEHOLDER_LEN = 80, 12
_MIN_BEGIN_LEN = _MIN_END_LEN = _MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN +
                               _MIN_COMMON_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def _elide(text, head, tail):
    """text with its middle replaced by '[N chars]' when that saves room."""
    cut = len(text) - head - tail
    if cut <= _PLACEHOLDER_LEN:
        return text
    return '%s[%d chars]%s' % (text[:head], cut, text[len(text) - tail:])


def _common_prefix(texts):
    first, last = min(texts), max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*args):
    """The reprs of args, shortened alike so that their differences stay
    visible within about 80 characters."""
    reprs = [safe_repr(x) for x in args]
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return tuple(reprs)
    shared = _common_prefix(reprs)
    n = len(shared)
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _elide(shared, _MIN_BEGIN_LEN, room)
        return tuple(head + r[n:] for r in reprs)
    head = _elide(shared, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _elide(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for r in reprs)


def _counts(items):
    """item -> count, first appearance first (TypeError if unhashable)."""
    found = {}
    for x in items:
        found[x] = found.get(x, 0) + 1
    return found


def _count_diff_hashable(actual, expected):
    mine, theirs = _counts(actual), _counts(expected)
    out = []
    for x, n in mine.items():
        if theirs.get(x, 0) != n:
            out.append((n, theirs.get(x, 0), x))
    for x, n in theirs.items():
        if x not in mine:
            out.append((0, n, x))
    return out


def _count_diff_all_purpose(actual, expected):
    """As _count_diff_hashable, by equality only (quadratic)."""
    mine, theirs = list(actual), list(expected)
    gone = object()
    out = []
    for i, x in enumerate(mine):
        if x is gone:
            continue
        n_mine = n_theirs = 0
        for j in range(i, len(mine)):
            if mine[j] == x:
                n_mine += 1
                mine[j] = gone
        for j, y in enumerate(theirs):
            if y == x:
                n_theirs += 1
                theirs[j] = gone
        if n_mine != n_theirs:
            out.append((n_mine, n_theirs, x))
    for i, y in enumerate(theirs):
        if y is gone:
            continue
        n = 0
        for j in range(i, len(theirs)):
            if theirs[j] == y:
                n += 1
                theirs[j] = gone
        out.append((0, n, y))
    return out


# ----------------------------------------------------------- skipping

class SkipTest(Exception):
    """Raised to skip the test being run (TestCase.skipTest)."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    """Marks a test method or class as skipped."""
    def mark(item):
        if not isinstance(item, type):
            orig = item

            def item(*args, **kwargs):
                raise SkipTest(reason)
            _copy_names(orig, item)
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if type(reason) is type(_id):
        # @skip used without a reason
        target, reason = reason, ''
        return mark(target)
    return mark


def _copy_names(src, dst):
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        if hasattr(src, attr):
            setattr(dst, attr, getattr(src, attr))
    dst.__wrapped__ = src


def skipIf(condition, reason):
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    return _id if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ------------------------------------------------------------- outcome

class _Outcome(object):
    """What the parts of one test run (setUp, the method, tearDown,
    cleanups, subtests) report, and whether all went well."""

    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success = True
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        return _PartRun(self, test_case, subTest)


class _PartRun(object):
    """with outcome.testPartExecutor(case): a part whose exception is
    recorded on the result (a skip, a failure, an error) instead of
    propagating."""

    def __init__(self, outcome, test_case, subtest):
        self.outcome = outcome
        self.case = test_case
        self.subtest = subtest

    def __enter__(self):
        self.before = self.outcome.success
        self.outcome.success = True

    def __exit__(self, exc_type, exc, tb):
        out = self.outcome
        try:
            if exc_type is None:
                if self.subtest and out.success:
                    out.result.addSubTest(self.case.test_case, self.case,
                                          None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                out.success = False
                _addSkip(out.result, self.case, str(exc))
            elif issubclass(exc_type, _ShouldStop):
                pass
            elif out.expecting_failure:
                out.expectedFailure = (exc_type, exc, tb)
            else:
                out.success = False
                if self.subtest:
                    out.result.addSubTest(self.case.test_case, self.case,
                                          (exc_type, exc, tb))
                else:
                    _addError(out.result, self.case, (exc_type, exc, tb))
            return True
        finally:
            out.success = out.success and self.before


def _addSkip(result, test_case, reason):
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test_case, reason)
        return
    warnings.warn('TestResult has no addSkip method, skips not reported',
                  RuntimeWarning, 2)
    result.addSuccess(test_case)


def _addError(result, test, exc_info):
    if result is None or exc_info is None:
        return
    failed = issubclass(exc_info[0], test.failureException)
    (result.addFailure if failed else result.addError)(test, exc_info)


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    return _enter_context(cm, addModuleCleanup)


def _enter_context(cm, add_cleanup):
    cls = type(cm)
    try:
        enter, leave = cls.__enter__, cls.__exit__
    except AttributeError:
        raise TypeError("'%s.%s' object does not support the context "
                        "manager protocol" % (cls.__module__,
                                              cls.__qualname__)) from None
    value = enter(cm)
    add_cleanup(leave, cm, None, None, None)
    return value


def _run_cleanups(pending):
    """Calls the (function, args, kwargs) of pending, newest first, until
    none is left; returns the exc_info of those that raised."""
    raised = []
    while pending:
        entry = pending.pop()
        try:
            entry[0](*entry[1], **entry[2])
        except Exception:
            raised.append(sys.exc_info())
    return raised


def doModuleCleanups():
    """Runs the module cleanups; the first exception is raised after all
    ran."""
    raised = _run_cleanups(_module_cleanups)
    if raised:
        raise raised[0][1]


# --------------------------------------------------------- assert contexts

class _AssertRaisesBaseContext(object):

    def __init__(self, expected, test_case, expected_regex=None):
        self.msg = self.obj_name = None
        self.test_case = test_case
        self.expected = expected
        if expected_regex is not None:
            import re
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex

    def _raiseFailure(self, standardMsg):
        raise self.test_case.failureException(
            self.test_case._formatMessage(self.msg, standardMsg))

    def _expected_name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)

    def handle(self, name, args, kwargs):
        """assertRaises(E) is a context; assertRaises(E, f, ...) calls f."""
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s'
                            % (name, self._base_type_str))
        if not args:
            self.msg = kwargs.pop('msg', None)
            for extra in kwargs:
                raise TypeError('%r is an invalid keyword argument for '
                                'this function' % (extra,))
            return self
        func = args[0]
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*args[1:], **kwargs)
        return None


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        for e in expected:
            if not _is_subtype(e, basetype):
                return False
        return True
    return isinstance(expected, type) and issubclass(expected, basetype)


class _AssertRaisesContext(_AssertRaisesBaseContext):
    _base_type_str = 'an exception type or tuple of exception types'
    _base_type = BaseException

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if not exc_type:
            how = ' by ' + self.obj_name if self.obj_name else ''
            self._raiseFailure('%s not raised%s'
                               % (self._expected_name(), how))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc_value)):
            self._raiseFailure('"%s" does not match "%s"'
                               % (pattern.pattern, str(exc_value)))
        return True


class _AssertWarnsContext(_AssertRaisesBaseContext):
    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # forget the warnings shown already, so that they show again
        for mod in list(sys.modules.values()):
            if getattr(mod, '__warningregistry__', None):
                mod.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        first = None
        for caught in self.warnings:
            w = caught.message
            if not isinstance(w, self.expected):
                continue
            if first is None:
                first = w
            pattern = self.expected_regex
            if pattern is None or pattern.search(str(w)):
                self.warning = w
                self.filename = caught.filename
                self.lineno = caught.lineno
                return False
        if first is not None:
            self._raiseFailure('"%s" does not match "%s"'
                               % (self.expected_regex.pattern, str(first)))
        how = ' by ' + self.obj_name if self.obj_name else ''
        self._raiseFailure('%s not triggered%s'
                           % (self._expected_name(), how))


class _LoggingWatcher(tuple):
    """(records, output) of assertLogs."""

    def __new__(cls, records, output):
        return tuple.__new__(cls, (records, output))

    records = property(lambda self: self[0])
    output = property(lambda self: self[1])

    def __repr__(self):
        return '_LoggingWatcher(records=%r, output=%r)' % tuple(self)


class _AssertLogsContext(object):
    """Catches the records of one logger (and its descendants) at level
    or above while the block runs."""

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        self.test_case = test_case
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level \
            else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        name = self.logger_name
        self.logger = logger = name if isinstance(name, logging.Logger) \
            else logging.getLogger(name)
        self.watcher = _LoggingWatcher([], [])
        catcher = _CapturingHandler(self.watcher)
        catcher.setLevel(self.level)
        catcher.setFormatter(logging.Formatter(logging.BASIC_FORMAT))
        self.saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [catcher]
        logger.setLevel(self.level)
        logger.propagate = False
        return None if self.no_logs else self.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        logger = self.logger
        logger.handlers, level, logger.propagate = self.saved
        logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self._raiseFailure('Unexpected logs found: %r'
                                   % (self.watcher.output,))
        elif not self.watcher.records:
            self._raiseFailure('no logs of level %s or higher triggered on %s'
                               % (logging.getLevelName(self.level),
                                  logger.name))
        return False

    def _raiseFailure(self, standardMsg):
        raise self.test_case.failureException(
            self.test_case._formatMessage(self.msg, standardMsg))


def _CapturingHandler(watcher):
    import logging

    class Capturing(logging.Handler):
        def flush(self):
            pass

        def emit(self, record):
            watcher.records.append(record)
            watcher.output.append(self.format(record))
    return Capturing()


# ------------------------------------------------------------ test case

class _SubParams(object):
    """The parameters of nested subTest()s: the innermost's names come
    first and win."""

    def __init__(self, maps):
        self.maps = maps

    def new_child(self, params):
        return _SubParams([params] + self.maps)

    def items(self):
        seen = []
        for m in self.maps:
            for k in m:
                if k not in seen:
                    seen.append(k)
        out = []
        for k in seen:
            for m in self.maps:
                if k in m:
                    out.append((k, m[k]))
                    break
        return out

    def __len__(self):
        return len(self.items())


_subtest_msg_sentinel = object()
DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


def _deprecated(name, original):
    def alias(self, *args, **kwargs):
        warnings.warn('Please use %s instead.' % original,
                      DeprecationWarning, 2)
        return getattr(self, original)(*args, **kwargs)
    alias.__name__ = name
    return alias


class TestCase(object):
    """One test: run() calls setUp, the method named methodName, tearDown
    and the cleanups, reporting to a TestResult."""
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # each class has its own fixture state
        cls._class_cleanups = []
        cls._classSetupFailed = False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._testMethodDoc = 'No test'
        self._outcome = None
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s'
                                 % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {
            dict: 'assertDictEqual', list: 'assertListEqual',
            tuple: 'assertTupleEqual', set: 'assertSetEqual',
            frozenset: 'assertSetEqual', str: 'assertMultiLineEqual'}

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def id(self):
        return '%s.%s' % (strclass(self.__class__), self._testMethodName)

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __eq__(self, other):
        if type(self) is type(other):
            return self._testMethodName == other._testMethodName
        return NotImplemented

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName,
                               strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__),
                                       self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        return _SubTestContext(self, msg, params)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn('It is deprecated to return a value that is not '
                          'None from a test case (%s)' % (method,),
                          DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        for holder in (self.__class__, method):
            if getattr(holder, '__unittest_skip__', False):
                return True, getattr(holder, '__unittest_skip_why__', '')
        return False, ''

    def run(self, result=None):
        own = result is None
        if own:
            result = self.defaultTestResult()
            start = getattr(result, 'startTestRun', None)
            if start is not None:
                start()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            skipped, why = self._skip_reason(method)
            if skipped:
                _addSkip(result, self, why)
                return result
            expecting = (getattr(self, '__unittest_expecting_failure__',
                                 False)
                         or getattr(method, '__unittest_expecting_failure__',
                                    False))
            self._outcome = _Outcome(result)
            try:
                self._run_parts(method, expecting, result)
            finally:
                self._outcome = None
            return result
        finally:
            result.stopTest(self)
            if own:
                stop = getattr(result, 'stopTestRun', None)
                if stop is not None:
                    stop()

    def _run_parts(self, method, expecting, result):
        outcome = self._outcome
        with outcome.testPartExecutor(self):
            self._callSetUp()
        if outcome.success:
            outcome.expecting_failure = expecting
            with outcome.testPartExecutor(self):
                self._callTestMethod(method)
            outcome.expecting_failure = False
            with outcome.testPartExecutor(self):
                self._callTearDown()
        # the cleanups run even when setUp failed
        if not self.doCleanups():
            return
        if not expecting:
            result.addSuccess(self)
        elif outcome.expectedFailure:
            self._addExpectedFailure(result, outcome.expectedFailure)
        else:
            self._addUnexpectedSuccess(result)

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is not None:
            add(self, exc_info)
        else:
            warnings.warn('TestResult has no addExpectedFailure method, '
                          'reporting as passes', RuntimeWarning)
            result.addSuccess(self)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is not None:
            add(self)
            return
        warnings.warn('TestResult has no addUnexpectedSuccess method, '
                      'reporting as failure', RuntimeWarning)
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    def doCleanups(self):
        outcome = self._outcome or _Outcome()
        pending = self._cleanups
        while pending:
            entry = pending.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(entry[0], *entry[1], **entry[2])
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = _run_cleanups(cls._class_cleanups)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the test without a result: exceptions propagate."""
        method = getattr(self, self._testMethodName)
        skipped, why = self._skip_reason(method)
        if skipped:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        pending = self._cleanups
        while pending:
            entry = pending.pop()
            self._callCleanup(entry[0], *entry[1], **entry[2])

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if msg is None or not self.longMessage:
            return msg or standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _fail_with(self, msg, standardMsg):
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + DIFF_OMITTED % len(diff)

    # ---- truth, identity, membership, type

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail_with(msg, '%s is not false' % safe_repr(expr))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail_with(msg, '%s is not true' % safe_repr(expr))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._fail_with(msg, '%s is not %s' % (safe_repr(expr1),
                                                    safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._fail_with(msg, 'unexpectedly identical: %s'
                            % safe_repr(expr1))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail_with(msg, '%s is not None' % safe_repr(obj))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail_with(msg, 'unexpectedly None')

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail_with(msg, '%s not found in %s'
                            % (safe_repr(member), safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail_with(msg, '%s unexpectedly found in %s'
                            % (safe_repr(member), safe_repr(container)))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail_with(msg, '%s is not an instance of %r'
                            % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail_with(msg, '%s is an instance of %r'
                            % (safe_repr(obj), cls))

    # ---- order

    def _compare(self, ok, a, b, words, msg):
        if not ok:
            self._fail_with(msg, '%s %s %s' % (safe_repr(a), words,
                                               safe_repr(b)))

    def assertLess(self, a, b, msg=None):
        self._compare(a < b, a, b, 'not less than', msg)

    def assertLessEqual(self, a, b, msg=None):
        self._compare(a <= b, a, b, 'not less than or equal to', msg)

    def assertGreater(self, a, b, msg=None):
        self._compare(a > b, a, b, 'not greater than', msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._compare(a >= b, a, b, 'not greater than or equal to', msg)

    # ---- equality

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            how = self._type_equality_funcs.get(type(first))
            if how is not None:
                return getattr(self, how) if isinstance(how, str) else how
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail_with(msg, '%s != %s'
                            % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail_with(msg, '%s == %s' % (safe_repr(first),
                                               safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None,
                          delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if delta >= diff:
                return
            how = '%s delta' % safe_repr(delta)
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            how = '%r places' % places
        self._fail_with(msg, '%s != %s within %s (%s difference)'
                        % (safe_repr(first), safe_repr(second), how,
                           safe_repr(diff)))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                             delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if not first == second and diff > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta),
                safe_repr(diff))
        else:
            places = 7 if places is None else places
            if not first == second and round(diff, places) != 0:
                return
            standard = '%s == %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        self._fail_with(msg, standard)

    def _ndiff_of(self, first, second):
        import difflib
        import pprint
        return '\n' + '\n'.join(difflib.ndiff(
            pprint.pformat(first).splitlines(),
            pprint.pformat(second).splitlines()))

    def _length_or_note(self, seq, which, kind):
        try:
            return len(seq), None
        except (TypeError, NotImplementedError):
            return None, '%s %s has no length.    Non-sequence?' % (which,
                                                                    kind)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (which, kind,
                                                   safe_repr(seq)))
        else:
            kind = 'sequence'
        len1, note = self._length_or_note(seq1, 'First', kind)
        if note is None:
            len2, note = self._length_or_note(seq2, 'Second', kind)
        if note is None:
            if seq1 == seq2:
                return
            note = self._sequence_difference(seq1, seq2, len1, len2, kind,
                                             seq_type)
            if note is None:
                return
        standard = self._truncateMessage(note, self._ndiff_of(seq1, seq2))
        self.fail(self._formatMessage(msg, standard))

    def _sequence_difference(self, seq1, seq2, len1, len2, kind, seq_type):
        """The text saying where two unequal sequences differ (None: they
        only differ in type, which assertSequenceEqual allows)."""
        text = '%ss differ: %s != %s\n' % (
            (kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
        for i in range(min(len1, len2)):
            items = []
            for which, seq in (('first', seq1), ('second', seq2)):
                try:
                    items.append(seq[i])
                except (TypeError, IndexError, NotImplementedError):
                    return text + ('\nUnable to index element %d of %s %s\n'
                                   % (i, which, kind))
            if items[0] != items[1]:
                text += ('\nFirst differing element %d:\n%s\n%s\n'
                         % ((i,) + _common_shorten_repr(*items)))
                break
        else:
            if len1 == len2 and seq_type is None and \
                    type(seq1) != type(seq2):
                return None
        if len1 == len2:
            return text
        longer, which, shorter = (seq1, 'First', len2) if len1 > len2 \
            else (seq2, 'Second', len1)
        text += '\n%s %s contains %d additional elements.\n' % (
            which, kind, abs(len1 - len2))
        try:
            text += 'First extra element %d:\n%s\n' % (
                shorter, safe_repr(longer[shorter]))
        except (TypeError, IndexError, NotImplementedError):
            text += 'Unable to index element %d of %s %s\n' % (
                shorter, which.lower(), kind)
        return text

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        only = []
        for which, a, b in (('first', set1, set2), ('second', set2, set1)):
            try:
                only.append(a.difference(b))
            except TypeError as e:
                self.fail('invalid type when attempting set difference: %s'
                          % e)
            except AttributeError as e:
                self.fail('%s argument does not support set difference: %s'
                          % (which, e))
        if not (only[0] or only[1]):
            return
        lines = []
        for title, items in (('first set but not the second', only[0]),
                             ('second set but not the first', only[1])):
            if items:
                lines.append('Items in the %s:' % title)
                lines.extend(repr(x) for x in items)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict,
                              'Second argument is not a dictionary')
        if d1 != d2:
            standard = '%s != %s' % _common_shorten_repr(d1, d2)
            standard = self._truncateMessage(standard, self._ndiff_of(d1, d2))
            self.fail(self._formatMessage(msg, standard))

    def assertCountEqual(self, first, second, msg=None):
        first, second = list(first), list(second)
        try:
            if _counts(first) == _counts(second):
                return
            found = _count_diff_hashable(first, second)
        except TypeError:
            found = _count_diff_all_purpose(first, second)
        if not found:
            return
        lines = '\n'.join('First has %d, Second has %d:  %r' % d
                          for d in found)
        standard = self._truncateMessage('Element counts were not equal:\n',
                                         lines)
        self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or \
                len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        import difflib
        a = first.splitlines(keepends=True)
        b = second.splitlines(keepends=True)
        # a one-line first without line end: both get one for the diff
        if len(a) == 1 and first.strip('\r\n') == first:
            a, b = [first + '\n'], [second + '\n']
        delta = '\n' + ''.join(difflib.ndiff(a, b))
        standard = self._truncateMessage(
            '%s != %s' % _common_shorten_repr(first, second), delta)
        self.fail(self._formatMessage(msg, standard))

    # ---- exceptions, warnings, logs, patterns

    def assertRaises(self, expected_exception, *args, **kwargs):
        ctx = _AssertRaisesContext(expected_exception, self)
        return ctx.handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex,
                          *args, **kwargs):
        ctx = _AssertRaisesContext(expected_exception, self, expected_regex)
        return ctx.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        ctx = _AssertWarnsContext(expected_warning, self)
        return ctx.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex,
                         *args, **kwargs):
        ctx = _AssertWarnsContext(expected_warning, self, expected_regex)
        return ctx.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, (str, bytes)):
            if not expected_regex:
                raise AssertionError("expected_regex must not be empty.")
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._fail_with(msg, "Regex didn't match: %r not found in %r"
                            % (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        m = unexpected_regex.search(text)
        if m:
            self._fail_with(msg, 'Regex matched: %r matches %r in %r'
                            % (text[m.start():m.end()],
                               unexpected_regex.pattern, text))


for _old, _new in (('failUnlessEqual', 'assertEqual'),
                   ('assertEquals', 'assertEqual'),
                   ('failIfEqual', 'assertNotEqual'),
                   ('assertNotEquals', 'assertNotEqual'),
                   ('failUnlessAlmostEqual', 'assertAlmostEqual'),
                   ('assertAlmostEquals', 'assertAlmostEqual'),
                   ('failIfAlmostEqual', 'assertNotAlmostEqual'),
                   ('assertNotAlmostEquals', 'assertNotAlmostEqual'),
                   ('failUnless', 'assertTrue'), ('assert_', 'assertTrue'),
                   ('failUnlessRaises', 'assertRaises'),
                   ('failIf', 'assertFalse'),
                   ('assertRaisesRegexp', 'assertRaisesRegex'),
                   ('assertRegexpMatches', 'assertRegex'),
                   ('assertNotRegexpMatches', 'assertNotRegex')):
    setattr(TestCase, _old, _deprecated(_old, _new))
del _old, _new


class _SubTestContext(object):
    """with self.subTest(...): a failure inside is reported for the
    subtest, and the test goes on."""

    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        self.active = outcome is not None and outcome.result_supports_subtests
        if not self.active:
            return None
        self.parent = case._subtest
        params = _SubParams([self.params]) if self.parent is None \
            else self.parent.params.new_child(self.params)
        case._subtest = _SubTest(case, self.msg, params)
        self.part = outcome.testPartExecutor(case._subtest, subTest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc, tb):
        if not self.active:
            return False
        case = self.case
        try:
            if self.part.__exit__(exc_type, exc, tb) is False and \
                    exc_type is not None:
                return False
            outcome = case._outcome
            if not outcome.success:
                if outcome.result is not None and outcome.result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                raise _ShouldStop
            return True
        finally:
            case._subtest = self.parent


class _SubTest(TestCase):

    def __init__(self, test_case, message, params):
        TestCase.__init__(self)
        self.test_case, self.params = test_case, params
        self._message = message
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append('[%s]' % (self._message,))
        if len(self.params):
            parts.append('(%s)' % ', '.join('%s=%r' % kv
                                            for kv in self.params.items()))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._subDescription())


class FunctionTestCase(TestCase):
    """A test made of a plain function (and optional set-up/tear-down)."""

    def __init__(self, testFunc, setUp=None, tearDown=None,
                 description=None):
        TestCase.__init__(self)
        self._testFunc = testFunc
        self._setUpFunc, self._tearDownFunc = setUp, tearDown
        self._description = description

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc,
                self._description)

    def setUp(self):
        _call_unless_none(self._setUpFunc)

    def tearDown(self):
        _call_unless_none(self._tearDownFunc)

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._parts() == other._parts()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__),
                            self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is None:
            doc = self._testFunc.__doc__
            return doc and doc.split('\n')[0].strip() or None
        return self._description


def _call_unless_none(func):
    if func is not None:
        func()


# --------------------------------------------------------------- result

def _stops_if_failfast(method):
    def wrapper(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    wrapper.__name__ = method.__name__
    return wrapper


_STDOUT_LINE = '\nStdout:\n%s'
_STDERR_LINE = '\nStderr:\n%s'


class TestResult(object):
    """What a run found: errors and failures as (test, traceback text)
    pairs, skips as (test, reason), counts."""
    _moduleSetUpFailed = _testRunEntered = False
    _previousTestClass = None

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        for name in ('failures', 'errors', 'skipped', 'expectedFailures',
                     'unexpectedSuccesses'):
            setattr(self, name, [])
        self.testsRun = 0
        self.failfast = self.shouldStop = False
        self.buffer = self.tb_locals = False
        self._stdout_buffer = self._stderr_buffer = None
        # what -b's buffers replace while a test runs
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self._mirrorOutput = False
        self.testsRun += 1
        self._setupStdout()

    def _setupStdout(self):
        if not self.buffer:
            return
        import io
        if self._stdout_buffer is None:
            self._stdout_buffer, self._stderr_buffer = (io.StringIO(),
                                                        io.StringIO())
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            for buf, real, head in ((self._stdout_buffer,
                                     self._original_stdout, _STDOUT_LINE),
                                    (self._stderr_buffer,
                                     self._original_stderr, _STDERR_LINE)):
                text = buf.getvalue()
                if text:
                    real.write(head % (text if text.endswith('\n')
                                       else text + '\n'))
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for buf in (self._stdout_buffer, self._stderr_buffer):
            buf.seek(0)
            buf.truncate()

    def stopTestRun(self):
        pass

    @_stops_if_failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @_stops_if_failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        into = self.failures if issubclass(err[0], test.failureException) \
            else self.errors
        into.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append(
            (test, self._exc_info_to_string(err, test)))

    @_stops_if_failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (not self.failures and not self.errors
                and not getattr(self, 'unexpectedSuccesses', ()))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        import traceback
        exctype, value, tb = err
        te = traceback.TracebackException(exctype, value, tb,
                                          capture_locals=self.tb_locals,
                                          compact=True)
        _clean(te, value, tb, test.failureException, set())
        lines = list(te.format())
        if self.buffer:
            for buf, head in ((self._stdout_buffer, _STDOUT_LINE),
                              (self._stderr_buffer, _STDERR_LINE)):
                text = buf.getvalue() if buf is not None else ''
                if text:
                    lines.append(head % (text if text.endswith('\n')
                                         else text + '\n'))
        return ''.join(lines)

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            strclass(self.__class__), self.testsRun, len(self.errors),
            len(self.failures))


def _internal(tb):
    return '__unittest' in tb.tb_frame.f_globals


def _clean(te, value, tb, failure, seen):
    """Leaves out of the stacks of te's chain the runner's frames before
    the test's, and an assert method's frames after them (a failure)."""
    import traceback
    seen.add(id(value))
    entries = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    start = 0
    while start < len(entries) and _internal(entries[start]):
        start += 1
    end = start
    while end < len(entries) and not (type(value) is failure
                                      and _internal(entries[end])):
        end += 1
    te.stack = traceback.StackSummary(
        traceback.extract_tb(t, limit=1)[0] for t in entries[start:end])
    for part, inner in ((te.__cause__, value.__cause__),
                        (te.__context__, value.__context__)):
        if part is not None and inner is not None and id(inner) not in seen:
            _clean(part, inner, inner.__traceback__, failure, seen)


class _WritelnDecorator(object):
    """A stream with writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        # everything else is the stream's (not 'stream' itself: a copy
        # being made must not loop here)
        if attr not in ('stream', '__getstate__'):
            return getattr(self.stream, attr)
        raise AttributeError(attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """Shows progress on a stream: a character per test (verbosity 1) or
    a line per test (2), then the errors and failures."""
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        TestResult.__init__(self, stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        # 1: a character per test; 2 and more: a line
        self.dots, self.showAll = verbosity == 1, verbosity > 1
        self._newline = True

    def getDescription(self, test):
        first = test.shortDescription()
        if self.descriptions and first:
            return '%s\n%s' % (test, first)
        return str(test)

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        sub = isinstance(test, _SubTest)
        if sub or self._newline:
            if not self._newline:
                self.stream.writeln()
            if sub:
                self.stream.write('  ')
            self.stream.write(self.getDescription(test) + ' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _report(self, test, status, dot):
        if self.showAll:
            self._write_status(test, status)
        elif self.dots:
            self.stream.write(dot)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._report(subtest, 'FAIL' if failed else 'ERROR',
                         'F' if failed else 'E')
        TestResult.addSubTest(self, test, subtest, err)

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        self._report(test, 'ok', '.')

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        self._report(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        self._report(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._report(test, 'skipped %r' % (reason,), 's')

    def _report_line(self, text, dot):
        if self.showAll:
            self.stream.writeln(text)
        elif self.dots:
            self.stream.write(dot)
        self.stream.flush()

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        self._report_line('expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        self._report_line('unexpected success', 'u')

    def printErrors(self):
        if self.showAll or self.dots:
            self.stream.writeln()
            self.stream.flush()
        for flavour, errors in (('ERROR', self.errors),
                                ('FAIL', self.failures)):
            self.printErrorList(flavour, errors)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            self.stream.writeln(self.separator1)
            for test in surprises:
                self.stream.writeln('UNEXPECTED SUCCESS: %s'
                                    % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln('%s: %s' % (flavour,
                                             self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln('%s' % text)
            self.stream.flush()


class TextTestRunner(object):
    """Runs a test with a TextTestResult and prints the summary."""
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None,
                 warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None
                                        else stream)
        if resultclass is not None:
            self.resultclass = resultclass
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer = failfast, buffer
        self.tb_locals, self.warnings = tb_locals, warnings

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions,
                                self.verbosity)

    def run(self, test):
        result = self._makeResult()
        registerResult(result)
        for attr in ('failfast', 'buffer', 'tb_locals'):
            setattr(result, attr, getattr(self, attr))
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
                if self.warnings in ('default', 'always'):
                    # the deprecated aliases warn once per module
                    warnings.filterwarnings(
                        'module', category=DeprecationWarning,
                        message=r'Please use assert\w+ instead.')
            began = time.perf_counter()
            hook = getattr(result, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(result)
            finally:
                hook = getattr(result, 'stopTestRun', None)
                if hook is not None:
                    hook()
            took = time.perf_counter() - began
        result.printErrors()
        self._summary(result, took)
        return result

    def _summary(self, result, took):
        out = self.stream
        if hasattr(result, 'separator2'):
            out.writeln(result.separator2)
        n = result.testsRun
        out.writeln('Ran %d test%s in %.3fs' % (n, 's' if n != 1 else '',
                                                took))
        out.writeln()
        notes = []
        if result.wasSuccessful():
            out.write('OK')
        else:
            out.write('FAILED')
            for label, items in (('failures', result.failures),
                                 ('errors', result.errors)):
                if items:
                    notes.append('%s=%d' % (label, len(items)))
        for label, attr in (('skipped', 'skipped'),
                            ('expected failures', 'expectedFailures'),
                            ('unexpected successes',
                             'unexpectedSuccesses')):
            count = len(getattr(result, attr, ()))
            if count:
                notes.append('%s=%d' % (label, count))
        out.write(' (%s)\n' % ', '.join(notes) if notes else '\n')
        out.flush()


# ---------------------------------------------------------------- suite

class _ErrorHolder(object):
    """Stands for a class or module fixture that failed, in the result's
    error list: it has a description and runs nothing."""
    failureException = None

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def id(self):
        return self.description

    __str__ = id

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result):
        return None

    __call__ = run


class BaseTestSuite(object):
    """A list of tests (cases or suites) run in order."""
    _cleanup = True

    def __init__(self, tests=()):
        self._removed_tests = 0
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (strclass(self.__class__), list(self))

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(self) == list(other)
        return NotImplemented

    def countTestCases(self):
        total = self._removed_tests
        for test in self:
            if test:
                total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError('%r is not callable' % (test,))
        if isinstance(test, type) and issubclass(test,
                                                 (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a '
                            'string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        index = 0
        for test in self:
            if result.shouldStop:
                return result
            test(result)
            # a test run is dropped (the suite keeps its count)
            if self._cleanup:
                self._removeTestAtIndex(index)
            index += 1
        return result

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            return
        self._tests[index] = None
        if hasattr(test, 'countTestCases'):
            self._removed_tests += test.countTestCases()

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


def _is_case(test):
    return not isinstance(test, TestSuite)


class TestSuite(BaseTestSuite):
    """A suite that also runs the class and module fixtures (setUpClass,
    setUpModule...) around the tests of each class and module."""

    def run(self, result, debug=False):
        outermost = not getattr(result, '_testRunEntered', False)
        if outermost:
            result._testRunEntered = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_case(test):
                self._enter_fixtures(test, result)
                if getattr(test.__class__, '_classSetupFailed', False) or \
                        getattr(result, '_moduleSetUpFailed', False):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        if outermost:
            result._testRunEntered = False
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _enter_fixtures(self, test, result):
        """Tears down the previous class (and module) if test's differ,
        then sets up test's."""
        for step in (self._tearDownPreviousClass, self._handleModuleFixture,
                     self._handleClassSetUp):
            step(test, result)
        result._previousTestClass = test.__class__

    def _fixture_error(self, result, exc, method, owner, info=None):
        holder = _ErrorHolder('%s (%s)' % (method, owner))
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exc, SkipTest):
            add_skip(holder, str(exc))
        else:
            result.addError(holder, info if info else sys.exc_info())

    def _class_cleanups(self, cls, result, method):
        cleanup = getattr(cls, 'doClassCleanups', None)
        if cleanup is None:
            return
        cleanup()
        for info in getattr(cls, 'tearDown_exceptions', ()):
            if isinstance(result, _DebugResult):
                raise info[1]
            self._fixture_error(result, info[1], method, strclass(cls), info)

    def _run_fixture(self, result, func, method, owner, after):
        """Calls a class or module fixture (func, unless None) with -b's
        buffers in place, then after(failed); an exception of func is an
        error of the result (under debug(), it propagates)."""
        _call_if_exists(result, '_setupStdout')
        try:
            failed = False
            if func is not None:
                try:
                    func()
                except Exception as e:
                    _reraise_in_debug(result)
                    failed = True
                    self._fixture_error(result, e, method, owner)
            after(failed)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _handleClassSetUp(self, test, result):
        cls = test.__class__
        if cls == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed or getattr(cls, '__unittest_skip__',
                                                 False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            pass
        setup = getattr(cls, 'setUpClass', None)
        if setup is None:
            return

        def after(failed):
            if failed:
                cls._classSetupFailed = True
                self._class_cleanups(cls, result, 'setUpClass')
        self._run_fixture(result, setup, 'setUpClass', strclass(cls), after)

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return previous.__module__ if previous is not None else None

    def _handleModuleFixture(self, test, result):
        previous = self._get_previous_module(result)
        current = test.__class__.__module__
        if current == previous:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        setup = getattr(sys.modules.get(current), 'setUpModule', None)
        if setup is None:
            return

        def after(failed):
            if failed:
                result._moduleSetUpFailed = True
                self._module_cleanups(result, current)
        self._run_fixture(result, setup, 'setUpModule', current, after)

    def _module_cleanups(self, result, name):
        try:
            doModuleCleanups()
        except Exception as e:
            _reraise_in_debug(result)
            self._fixture_error(result, e, 'tearDownModule', name)

    def _handleModuleTearDown(self, result):
        name = self._get_previous_module(result)
        if name is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(name)
        if module is None:
            return
        self._run_fixture(result, getattr(module, 'tearDownModule', None),
                          'tearDownModule', name,
                          lambda failed: self._module_cleanups(result, name))

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None or test.__class__ == previous:
            return
        if getattr(previous, '_classSetupFailed', False) or \
                getattr(result, '_moduleSetUpFailed', False) or \
                getattr(previous, '__unittest_skip__', False):
            return

        def after(failed):
            self._class_cleanups(previous, result, 'tearDownClass')
        self._run_fixture(result, getattr(previous, 'tearDownClass', None),
                          'tearDownClass', strclass(previous), after)


def _reraise_in_debug(result):
    """In an except clause: debug() lets a fixture's exception out."""
    if isinstance(result, _DebugResult):
        raise


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, None)
    if func is not None:
        func()


class _DebugResult(object):
    """The result of TestSuite.debug(): fixture errors propagate."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


# --------------------------------------------------------------- loader

def _three_way(x, y):
    return (x > y) - (x < y)


class TestLoader(object):
    """Finds the tests of classes, modules and dotted names."""
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_three_way)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from '
                            'TestSuite. Maybe you meant to derive from '
                            'TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def _wanted(self, cls, name):
        if not name.startswith(self.testMethodPrefix):
            return False
        if not callable(getattr(cls, name)):
            return False
        if self.testNamePatterns is None:
            return True
        import fnmatch
        full = '%s.%s.%s' % (cls.__module__, cls.__qualname__, name)
        return any(fnmatch.fnmatchcase(full, p)
                   for p in self.testNamePatterns)

    def getTestCaseNames(self, testCaseClass):
        names = [n for n in dir(testCaseClass)
                 if self._wanted(testCaseClass, n)]
        if self.sortTestMethodsUsing:
            import functools
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        tests = self.suiteClass(tests)
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name stands for: a module, a TestCase class,
        a method of one, a suite, or a callable returning a test."""
        parts = name.split('.')
        if module is None:
            import importlib
            head = parts[0]
            obj = importlib.import_module(head)
            parts = parts[1:]
        else:
            obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        return self._tests_of(obj, parent, name)

    def _tests_of(self, obj, parent, name):
        import types
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, types.FunctionType) and isinstance(parent, type) \
                and issubclass(parent, TestCase):
            inst = parent(name.split('.')[-1])
            if not isinstance(getattr(inst, name.split('.')[-1]),
                              types.FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError('calling %s returned %s, not a test'
                            % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module)
                                for n in names])


defaultTestLoader = TestLoader()


def _loader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    made = TestLoader()
    made.sortTestMethodsUsing = sortUsing
    made.testMethodPrefix = prefix
    made.testNamePatterns = testNamePatterns
    if suiteClass:
        made.suiteClass = suiteClass
    return made


def getTestCaseNames(testCaseClass, prefix, sortUsing=_three_way,
                     testNamePatterns=None):
    return _loader(prefix, sortUsing,
                   testNamePatterns=testNamePatterns).getTestCaseNames(
                       testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=_three_way,
              suiteClass=TestSuite):
    return _loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(
        testCaseClass)


def findTestCases(module, prefix='test', sortUsing=_three_way,
                  suiteClass=TestSuite):
    return _loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)


# -------------------------------------------------------------- signals

_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    if result in _results:
        _results.remove(result)
        return True
    return False


def installHandler():
    """Control-C would stop the run after the current test; this
    interpreter has no signal module, so there is nothing to install."""


def removeHandler(method=None):
    return method


# ----------------------------------------------------------------- main

def _select_pattern(pattern):
    return pattern if '*' in pattern else '*%s*' % pattern


class TestProgram(object):
    """unittest.main(): the command line (-v, -q, -f, -b, -k, names), the
    run, and sys.exit with 0 or 1."""

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader, exit=True,
                 verbosity=1, failfast=None, catchbreak=None, buffer=None,
                 warnings=None, *, tb_locals=False):
        self.module = module
        if isinstance(module, str):
            # a dotted name: the innermost module
            parts = module.split('.')
            self.module = __import__(module)
            for name in parts[1:]:
                self.module = getattr(self.module, name)
        self.exit, self.verbosity, self.tb_locals = exit, verbosity, tb_locals
        # None: the command line decides (-f, -c, -b)
        self.failfast, self.catchbreak, self.buffer = (failfast, catchbreak,
                                                       buffer)
        if warnings is None and not getattr(sys, 'warnoptions', None):
            warnings = 'default'
        self.warnings = warnings
        self.testLoader, self.testRunner = testLoader, testRunner
        self.defaultTest = defaultTest
        if argv is None:
            argv = sys.argv
        import os
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _parser(self):
        import argparse
        parser = argparse.ArgumentParser(prog=self.progName)
        for flags, dest, const, text in (
                (('-v', '--verbose'), 'verbosity', 2, 'Verbose output'),
                (('-q', '--quiet'), 'verbosity', 0, 'Quiet output')):
            parser.add_argument(*flags, dest=dest, action='store_const',
                                const=const, help=text)
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        for attr, flags, text in (
                ('failfast', ('-f', '--failfast'),
                 'Stop on first fail or error'),
                ('catchbreak', ('-c', '--catch'),
                 'Catch Ctrl-C and display results so far'),
                ('buffer', ('-b', '--buffer'),
                 'Buffer stdout and stderr during tests')):
            if getattr(self, attr) is None:
                parser.add_argument(*flags, dest=attr, action='store_true',
                                    help=text)
                setattr(self, attr, False)
        parser.add_argument('-k', dest='testNamePatterns', action='append',
                            type=_select_pattern,
                            help='Only run tests which match the given '
                                 'substring')
        parser.add_argument('tests', nargs='*', help=(
            'a list of any number of test modules, classes and test '
            'methods.'))
        return parser

    def parseArgs(self, argv):
        self._parser().parse_args(argv[1:], self)
        # the names on the command line, else defaultTest (one or more)
        wanted = self.tests or self.defaultTest
        if wanted is None:
            self.testNames = None
        elif isinstance(wanted, str):
            self.testNames = (wanted,)
        else:
            self.testNames = list(wanted)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        loader = self.testLoader
        if self.testNamePatterns:
            loader.testNamePatterns = self.testNamePatterns
        self.test = loader.loadTestsFromModule(self.module) \
            if self.testNames is None \
            else loader.loadTestsFromNames(self.testNames, self.module)

    def _make_runner(self):
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if not isinstance(self.testRunner, type):
            return self.testRunner
        options = dict(verbosity=self.verbosity, failfast=self.failfast,
                       buffer=self.buffer, warnings=self.warnings,
                       tb_locals=self.tb_locals)
        # older runner classes take fewer keywords, or none
        for drop in ((), ('tb_locals',)):
            for key in drop:
                options.pop(key)
            try:
                return self.testRunner(**options)
            except TypeError:
                pass
        return self.testRunner()

    def runTests(self):
        if self.catchbreak:
            installHandler()
        self.result = self._make_runner().run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


# the classes say which module of CPython's package defines them (reprs
# and failure messages show it)
for _cls, _where in ((TestCase, 'case'), (FunctionTestCase, 'case'),
                     (SkipTest, 'case'), (TestResult, 'result'),
                     (TextTestResult, 'runner'), (TextTestRunner, 'runner'),
                     (BaseTestSuite, 'suite'), (TestSuite, 'suite'),
                     (TestLoader, 'loader'), (TestProgram, 'main')):
    _cls.__module__ = 'unittest.' + _where
del _cls, _where
'''

DIFFLIB_SRC = r'''
"""difflib (written for rtpython): the longest-matching-block comparison of
two sequences (SequenceMatcher), line deltas in the ndiff, unified and
context formats, and close matches, with CPython 3.11's results: the same
matching blocks (junk and popular elements included), hence the same
deltas, and the same messages."""
import re as _re

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'Match']


class Match(tuple):
    """(a, b, size): a[a:a+size] == b[b:b+size]."""
    __slots__ = ()

    def __new__(cls, a, b, size):
        return tuple.__new__(cls, (a, b, size))

    a = property(lambda self: self[0])
    b = property(lambda self: self[1])
    size = property(lambda self: self[2])

    def __repr__(self):
        return 'Match(a=%r, b=%r, size=%r)' % tuple(self)


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable items: the longest block they
    share, then the same on each side of it, recursively.  isjunk(item)
    marks items of b that may not start a match; with autojunk, an item
    of a b of 200 or more that fills over 1% of it is left out too."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is not self.a:
            self.matching_blocks = self.opcodes = None
            self.a = a

    def set_seq2(self, b):
        # b is indexed: keep the index while b stays the same object
        if b is not self.b:
            self.matching_blocks = self.opcodes = self.fullbcount = None
            self.b = b
            self._index_b()

    def _index_b(self):
        """b2j: item -> the positions in b where it starts a match."""
        where = {}
        for pos, item in enumerate(self.b):
            spots = where.get(item)
            if spots is None:
                where[item] = [pos]
            else:
                spots.append(pos)
        self.bjunk = set()
        if self.isjunk:
            for item in list(where):
                if self.isjunk(item):
                    self.bjunk.add(item)
                    del where[item]
        self.bpopular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for item in list(where):
                if len(where[item]) > limit:
                    self.bpopular.add(item)
                    del where[item]
        self.b2j = where

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest a[i:i+k] == b[j:j+k] in the ranges, earliest in a,
        then in b, among the longest; grown over junk at its ends."""
        a, b, b2j = self.a, self.b, self.b2j
        ahi = len(a) if ahi is None else ahi
        bhi = len(b) if bhi is None else bhi
        best_i, best_j, best = alo, blo, 0
        # ending[j]: length of the match ending at a[i-1], b[j]
        ending = {}
        for i in range(alo, ahi):
            grown = {}
            for j in b2j.get(a[i], ()):
                if j >= bhi:
                    break
                if j < blo:
                    continue
                k = grown[j] = ending.get(j - 1, 0) + 1
                if k > best:
                    best_i, best_j, best = i - k + 1, j - k + 1, k
            ending = grown
        junk = self.bjunk
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best += 1
            while (best_i + best < ahi and best_j + best < bhi
                   and (b[best_j + best] in junk) == want_junk
                   and a[best_i + best] == b[best_j + best]):
                best += 1
        return Match(best_i, best_j, best)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if not k:
                continue
            found.append(m)
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        for i, j, k in found:
            if merged and merged[-1][0] + merged[-1][2] == i \
                    and merged[-1][1] + merged[-1][2] == j:
                last = merged.pop()
                merged.append(Match(last[0], last[1], last[2] + k))
            else:
                merged.append(Match(i, j, k))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        codes = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                codes.append(('replace' if j < bj else 'delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """The opcodes in hunks with n lines of context around changes."""
        codes = list(self.get_opcodes())
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        hunk = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                hunk.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            hunk.append((tag, i1, i2, j1, j2))
        if hunk and (len(hunk) > 1 or hunk[0][0] != 'equal'):
            yield hunk

    def ratio(self):
        shared = 0
        for m in self.get_matching_blocks():
            shared += m[2]
        return _ratio(shared, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio(): the items in common, in any order."""
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        shared = 0
        for item in self.a:
            n = left.get(item, 0)
            if n > 0:
                shared += 1
                left[item] = n - 1
        return _ratio(shared, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) possibilities most like word, best first, among
    those whose ratio reaches cutoff."""
    if not n > 0:
        raise ValueError('n must be > 0: %r' % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
    scored = []
    sm = SequenceMatcher()
    sm.set_seq2(word)
    for x in possibilities:
        sm.set_seq1(x)
        if (sm.real_quick_ratio() >= cutoff and sm.quick_ratio() >= cutoff
                and sm.ratio() >= cutoff):
            scored.append((sm.ratio(), x))
    import heapq
    return [x for _score, x in heapq.nlargest(n, scored)]


def IS_LINE_JUNK(line, pat=_re.compile(r'\s*(?:#\s*)?$').match):
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    return ch in ws


def _marks(aline, bline, codes):
    """The '?' guide lines under a changed pair: ^ replaced, - deleted,
    + inserted; tabs and spaces of the text are kept so that the marks
    stay under their characters."""
    amarks, bmarks = [], []
    for tag, i1, i2, j1, j2 in codes:
        if tag == 'equal':
            amarks.append(' ' * (i2 - i1))
            bmarks.append(' ' * (j2 - j1))
        elif tag == 'replace':
            amarks.append('^' * (i2 - i1))
            bmarks.append('^' * (j2 - j1))
        elif tag == 'delete':
            amarks.append('-' * (i2 - i1))
        else:
            bmarks.append('+' * (j2 - j1))

    def under(text, marks):
        out = [c if m == ' ' and c.isspace() else m
               for c, m in zip(text, ''.join(marks))]
        return ''.join(out).rstrip()
    return under(aline, amarks), under(bline, bmarks)


class Differ:
    """Line deltas ('- ', '+ ', '  ' and '? ' guide lines): a replaced
    block pairs its most similar lines and marks their differences."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        sm = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in sm.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            else:
                yield from self._dump(' ', a, alo, ahi)

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # the shorter side first
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _closest_pair(self, a, alo, ahi, b, blo, bhi, sm):
        """(ratio, i, j) of the most similar differing lines (the first
        of equal ratios, b's order outside), and the first identical pair
        (or None)."""
        best = (0.74, None, None)
        same = None
        for j in range(blo, bhi):
            sm.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if same is None:
                        same = (i, j)
                    continue
                sm.set_seq1(a[i])
                if (sm.real_quick_ratio() > best[0]
                        and sm.quick_ratio() > best[0]
                        and sm.ratio() > best[0]):
                    best = (sm.ratio(), i, j)
        return best, same

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        sm = SequenceMatcher(self.charjunk)
        best, same = self._closest_pair(a, alo, ahi, b, blo, bhi, sm)
        ratio, i, j = best
        if ratio < 0.75:
            if same is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            i, j = same
        else:
            same = None
        yield from self._fancy_helper(a, alo, i, b, blo, j)
        if same is None:
            sm.set_seqs(a[i], b[j])
            amarks, bmarks = _marks(a[i], b[j], sm.get_opcodes())
            yield from self._qformat(a[i], b[j], amarks, bmarks)
        else:
            yield '  ' + a[i]
        yield from self._fancy_helper(a, i + 1, ahi, b, j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff delta was made of (1 or 2)."""
    try:
        mine = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] == '  ' or line[:2] == mine:
            yield line[2:]


def _check_types(a, b, *args):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _unified_range(start, stop):
    count = stop - start
    if count == 1:
        return '%d' % (start + 1)
    return '%d,%d' % (start + 1 if count else start, count)


def _context_range(start, stop):
    count = stop - start
    first = start + 1 if count else start
    if count <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + count - 1)


def _headers(marks, fromfile, tofile, fromfiledate, tofiledate, lineterm):
    for mark, name, date in ((marks[0], fromfile, fromfiledate),
                             (marks[1], tofile, tofiledate)):
        yield '%s %s%s%s' % (mark, name, '\t' + date if date else '',
                             lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first = True
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first:
            first = False
            yield from _headers(('---', '+++'), fromfile, tofile, fromfiledate,
                                tofiledate, lineterm)
        yield '@@ -%s +%s @@%s' % (_unified_range(hunk[0][1], hunk[-1][2]),
                                   _unified_range(hunk[0][3], hunk[-1][4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag != 'equal':
                for line in a[i1:i2]:
                    yield '-' + line
                for line in b[j1:j2]:
                    yield '+' + line
            else:
                for line in a[i1:i2]:
                    yield ' ' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first = True
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first:
            first = False
            yield from _headers(('***', '---'), fromfile, tofile,
                                fromfiledate, tofiledate, lineterm)
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(hunk[0][1], hunk[-1][2]),
                                 lineterm)
        if any(h[0] in ('replace', 'delete') for h in hunk):
            for tag, i1, i2, _j1, _j2 in hunk:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_context_range(hunk[0][3], hunk[-1][4]),
                                 lineterm)
        if any(h[0] in ('replace', 'insert') for h in hunk):
            for tag, _i1, _i2, j1, j2 in hunk:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line
'''

FNMATCH_SRC = r'''
"""fnmatch (written for rtpython): shell patterns (* ? [seq] [!seq]) as
regular expressions, with CPython 3.11's translations (translate() gives
the same text) and results.  Compiled patterns are kept by pattern."""
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_compiled = {}


def _matcher(pat):
    key = (type(pat), pat)
    found = _compiled.get(key)
    if found is None:
        if isinstance(pat, bytes):
            text = translate(str(pat, 'ISO-8859-1'))
            found = re.compile(bytes(text, 'ISO-8859-1')).match
        else:
            found = re.compile(translate(pat)).match
        if len(_compiled) >= 32768:
            _compiled.clear()
        _compiled[key] = found
    return found


# os.path.normcase changes nothing on POSIX: fnmatch is fnmatchcase here
def fnmatch(name, pat):
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _matcher(pat)(name) is not None


def filter(names, pat):
    match = _matcher(pat)
    return [n for n in names if match(n)]


def _set_end(pat, at):
    """The index of the ']' closing the set whose text starts at at (a
    leading '!' and a first ']' belong to the set), or -1."""
    j = at
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1
    end = pat.find(']', j)
    return end


def _set_body(pat, start, end):
    """The regular expression class for pat[start:end], the inside of a
    [...] set: ranges kept, empty ranges dropped, other hyphens and
    backslashes escaped, and &, ~, | escaped (set operations in re)."""
    inside = pat[start:end]
    if '-' not in inside:
        body = inside.replace('\\', r'\\')
    else:
        pieces = []
        left = start
        k = start + (2 if pat[start] == '!' else 1)
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[left:k])
            left = k + 1
            k += 3
        if pat[left:end]:
            pieces.append(pat[left:end])
        else:
            pieces[-1] += '-'
        # a range whose ends are reversed is empty: merge its neighbours
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-')
                        for p in pieces)
    return re.sub(r'([&~|])', r'\\\1', body)


def _set_regex(body):
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in '^[':
        body = '\\' + body
    return '[%s]' % body


def _pieces(pat):
    """The pattern as a list of regex pieces, None standing for a run of
    stars."""
    out = []
    i = 0
    while i < len(pat):
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not None:
                out.append(None)
        elif c == '?':
            out.append('.')
        elif c == '[':
            end = _set_end(pat, i)
            if end < 0:
                out.append('\\[')
            else:
                out.append(_set_regex(_set_body(pat, i, end)))
                i = end + 1
        else:
            out.append(re.escape(c))
    return out


def translate(pat):
    """The regular expression text matching what pat matches.  Between
    two stars, the fixed text is matched by an atomic group (no
    backtracking into it: linear time on many stars)."""
    pieces = _pieces(pat)
    out = []
    i = 0
    while i < len(pieces) and pieces[i] is not None:
        out.append(pieces[i])
        i += 1
    while i < len(pieces):
        i += 1
        fixed = []
        while i < len(pieces) and pieces[i] is not None:
            fixed.append(pieces[i])
            i += 1
        if i < len(pieces):
            out.append('(?>.*?%s)' % ''.join(fixed))
        else:
            out.append('.*' + ''.join(fixed))
    return r'(?s:%s)\Z' % ''.join(out)
'''

GETOPT_SRC = r'''
"""getopt (written for rtpython): C-style command line parsing, getopt()
stopping at the first argument that is not an option and gnu_getopt()
going on past them, with CPython 3.11's results and messages."""
import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    """A bad command line: msg says why, opt names the option."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        Exception.__init__(self, msg, opt)
        self.msg, self.opt = msg, opt

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """(options, rest): options as (name, value) pairs up to the first
    argument that is not an option, or '--'."""
    longopts = _long_list(longopts)
    found = []
    while args and args[0][:1] == '-' and args[0] != '-':
        first, args = args[0], args[1:]
        if first == '--':
            break
        if first[:2] == '--':
            args = _long(found, first[2:], longopts, args)
        else:
            args = _shorts(found, first[1:], shortopts, args)
    return found, args


def gnu_getopt(args, shortopts, longopts=[]):
    """As getopt(), but options and other arguments may mix (unless
    shortopts starts with '+' or POSIXLY_CORRECT is set)."""
    longopts = _long_list(longopts)
    strict = False
    if shortopts[:1] == '+':
        shortopts, strict = shortopts[1:], True
    elif os.environ.get('POSIXLY_CORRECT'):
        strict = True
    found, rest = [], []
    while args:
        first, args = args[0], args[1:]
        if first == '--':
            rest.extend(args)
            break
        if first[:2] == '--':
            args = _long(found, first[2:], longopts, args)
        elif first[:1] == '-' and first != '-':
            args = _shorts(found, first[1:], shortopts, args)
        elif strict:
            rest.append(first)
            rest.extend(args)
            break
        else:
            rest.append(first)
    return found, rest


def _long(found, text, longopts, args):
    name, eq, value = text.partition('=')
    takes, name = _long_takes_value(name, longopts)
    if not eq:
        value = None
    if takes and value is None:
        if not args:
            raise GetoptError('option --%s requires argument' % name, name)
        value, args = args[0], args[1:]
    elif not takes and value is not None:
        raise GetoptError('option --%s must not have an argument' % name,
                          name)
    found.append(('--' + name, value or ''))
    return args


def _long_takes_value(name, longopts):
    """(whether the option takes a value, its full name): name may be an
    unambiguous prefix."""
    matches = [o for o in longopts if o.startswith(name)]
    if not matches:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in matches:
        return False, name
    if name + '=' in matches:
        return True, name
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = matches[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _shorts(found, letters, shortopts, args):
    while letters:
        letter, letters = letters[0], letters[1:]
        if not _short_takes_value(letter, shortopts):
            found.append(('-' + letter, ''))
            continue
        # the value is the rest of this argument, or the next one
        if not letters:
            if not args:
                raise GetoptError('option -%s requires argument' % letter,
                                  letter)
            letters, args = args[0], args[1:]
        found.append(('-' + letter, letters))
        letters = ''
    return args


def _short_takes_value(letter, shortopts):
    for i, c in enumerate(shortopts):
        if c == letter and c != ':':
            return shortopts[i + 1:i + 2] == ':'
    raise GetoptError('option -%s not recognized' % letter, letter)
'''

SHLEX_SRC = r'''
"""shlex (written for rtpython): a lexer for shell-like syntax (quotes,
backslash escapes, comments, punctuation runs), split(), quote() and
join(), with CPython 3.11's tokens and messages in both POSIX and
compatibility modes.  Included sources (sourcehook) are not supported."""
import io as _io
import re as _re
import sys as _sys

__all__ = ['shlex', 'split', 'quote', 'join']

_ASCII_WORD = ('abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
               '0123456789_')
# the Latin-1 letters POSIX mode also takes as word characters
_LATIN1_WORD = ''.join(chr(c) for c in range(0xdf, 0x100) if c != 0xf7) + \
    ''.join(chr(c) for c in range(0xc0, 0xdf) if c != 0xd7)


class shlex:
    """Tokens of a stream or string; state ' ' is between tokens, 'a' in
    a word, 'c' in a punctuation run, a quote character inside quotes, an
    escape character after it, None past the end."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = _io.StringIO(instream)
        if instream is None:
            instream, infile = _sys.stdin, None
        self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        # the character classes a program may change
        self.whitespace, self.quotes = ' \t\r\n', '\'"'
        self.escape, self.escapedquotes = '\\', '"'
        self.whitespace_split = False
        self.state = ' '
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = []
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars or ''
        self._pushback_chars = []
        if self._punctuation_chars:
            # file names may hold these, so they join words then
            self.wordchars = ''.join(
                c for c in self.wordchars + '~-./*?='
                if c not in self._punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok

    def error_leader(self, infile=None, lineno=None):
        return '"%s", line %d: ' % (self.infile if infile is None else infile,
                                    self.lineno if lineno is None else lineno)

    def _next_char(self):
        if self._pushback_chars:
            c = self._pushback_chars.pop()
        else:
            c = self.instream.read(1)
        if c == '\n':
            self.lineno += 1
        return c

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        self._quoted = False
        self._after_escape = ' '
        while self.state is not None:
            c = self._next_char()
            if self.state == ' ':
                done = self._between(c)
            elif self.state in ('a', 'c'):
                done = self._in_word(c)
            elif self.state in self.quotes:
                done = self._in_quotes(c)
            else:
                done = self._escaped(c)
            if done:
                break
        else:
            self.token = ''
        tok, self.token = self.token, ''
        if self.posix and not self._quoted and tok == '':
            return None
        return tok

    def _emit(self):
        """Whether the token read so far ends here (an empty one does not,
        unless it was quoted in POSIX mode: '')."""
        return bool(self.token) or (self.posix and self._quoted)

    def _between(self, c):
        if not c:
            self.state = None
            return True
        if c in self.whitespace:
            return self._emit()
        if c in self.commenters:
            self._skip_comment()
        elif self.posix and c in self.escape:
            self._after_escape, self.state = 'a', c
        elif c in self.wordchars:
            self.token, self.state = c, 'a'
        elif c in self._punctuation_chars:
            self.token, self.state = c, 'c'
        elif c in self.quotes:
            if not self.posix:
                self.token = c
            self.state = c
        elif self.whitespace_split:
            self.token, self.state = c, 'a'
        else:
            self.token = c
            return self._emit()
        return False

    def _in_quotes(self, c):
        self._quoted = True
        if not c:
            raise ValueError('No closing quotation')
        if c == self.state:
            if self.posix:
                self.state = 'a'
                return False
            self.token += c
            self.state = ' '
            return True
        if self.posix and c in self.escape and self.state in \
                self.escapedquotes:
            self._after_escape, self.state = self.state, c
        else:
            self.token += c
        return False

    def _escaped(self, c):
        if not c:
            raise ValueError('No escaped character')
        # inside quotes, only the quote and the escape itself are escaped
        if self._after_escape in self.quotes and \
                c not in (self.state, self._after_escape):
            self.token += self.state
        self.token += c
        self.state = self._after_escape
        return False

    def _in_word(self, c):
        if not c:
            self.state = None
            return True
        if c in self.whitespace:
            self.state = ' '
            return self._emit()
        if c in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = ' '
                return self._emit()
            return False
        if self.state == 'c':
            if c in self._punctuation_chars:
                self.token += c
                return False
            if c not in self.whitespace:
                self._pushback_chars.append(c)
            self.state = ' '
            return True
        if self.posix and c in self.quotes:
            self.state = c
        elif self.posix and c in self.escape:
            self._after_escape, self.state = 'a', c
        elif c in self.wordchars or c in self.quotes or (
                self.whitespace_split and c not in self._punctuation_chars):
            self.token += c
        else:
            if self._punctuation_chars:
                self._pushback_chars.append(c)
            else:
                self.pushback.insert(0, c)
            self.state = ' '
            return self._emit()
        return False


def split(s, comments=False, posix=True):
    """The words of s as a POSIX shell splits them."""
    if s is None:
        # read from stdin then, as CPython still does
        from warnings import warn
        warn("Passing None for 's' to shlex.split() is deprecated.",
             DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


_unsafe = _re.compile(r'[^\w@%+=:,./-]', _re.ASCII).search


def quote(s):
    """s as one shell word: as it is when it is safe, else single-quoted
    (a single quote inside becomes '"'"')."""
    if not s:
        return "''"
    if _unsafe(s) is None:
        return s
    return "'%s'" % s.replace("'", "'\"'\"'")


def join(split_command):
    return ' '.join(quote(arg) for arg in split_command)
'''

ERRNO_SRC = r'''
"""errno (written for rtpython): the error numbers of Linux x86-64 by
name, and errorcode (number -> name).  The names are Linux's; a few have
a second name for the same number."""

# NAME:NUMBER pairs, in the order of the numbers
_TABLE = """
EPERM:1 ENOENT:2 ESRCH:3 EINTR:4 EIO:5 ENXIO:6 E2BIG:7 ENOEXEC:8 EBADF:9
ECHILD:10 EAGAIN:11 ENOMEM:12 EACCES:13 EFAULT:14 ENOTBLK:15 EBUSY:16
EEXIST:17 EXDEV:18 ENODEV:19 ENOTDIR:20 EISDIR:21 EINVAL:22 ENFILE:23
EMFILE:24 ENOTTY:25 ETXTBSY:26 EFBIG:27 ENOSPC:28 ESPIPE:29 EROFS:30
EMLINK:31 EPIPE:32 EDOM:33 ERANGE:34 EDEADLOCK:35 ENAMETOOLONG:36 ENOLCK:37
ENOSYS:38 ENOTEMPTY:39 ELOOP:40 ENOMSG:42 EIDRM:43 ECHRNG:44 EL2NSYNC:45
EL3HLT:46 EL3RST:47 ELNRNG:48 EUNATCH:49 ENOCSI:50 EL2HLT:51 EBADE:52
EBADR:53 EXFULL:54 ENOANO:55 EBADRQC:56 EBADSLT:57 EBFONT:59 ENOSTR:60
ENODATA:61 ETIME:62 ENOSR:63 ENONET:64 ENOPKG:65 EREMOTE:66 ENOLINK:67
EADV:68 ESRMNT:69 ECOMM:70 EPROTO:71 EMULTIHOP:72 EDOTDOT:73 EBADMSG:74
EOVERFLOW:75 ENOTUNIQ:76 EBADFD:77 EREMCHG:78 ELIBACC:79 ELIBBAD:80
ELIBSCN:81 ELIBMAX:82 ELIBEXEC:83 EILSEQ:84 ERESTART:85 ESTRPIPE:86
EUSERS:87 ENOTSOCK:88 EDESTADDRREQ:89 EMSGSIZE:90 EPROTOTYPE:91
ENOPROTOOPT:92 EPROTONOSUPPORT:93 ESOCKTNOSUPPORT:94 ENOTSUP:95
EPFNOSUPPORT:96 EAFNOSUPPORT:97 EADDRINUSE:98 EADDRNOTAVAIL:99 ENETDOWN:100
ENETUNREACH:101 ENETRESET:102 ECONNABORTED:103 ECONNRESET:104 ENOBUFS:105
EISCONN:106 ENOTCONN:107 ESHUTDOWN:108 ETOOMANYREFS:109 ETIMEDOUT:110
ECONNREFUSED:111 EHOSTDOWN:112 EHOSTUNREACH:113 EALREADY:114 EINPROGRESS:115
ESTALE:116 EUCLEAN:117 ENOTNAM:118 ENAVAIL:119 EISNAM:120 EREMOTEIO:121
EDQUOT:122 ENOMEDIUM:123 EMEDIUMTYPE:124 ECANCELED:125 ENOKEY:126
EKEYEXPIRED:127 EKEYREVOKED:128 EKEYREJECTED:129 EOWNERDEAD:130
ENOTRECOVERABLE:131 ERFKILL:132
"""
# second names: the number's first name stays errorcode's
_ALIASES = {'EDEADLK': 'EDEADLOCK', 'EOPNOTSUPP': 'ENOTSUP',
            'EWOULDBLOCK': 'EAGAIN'}

errorcode = {}
for _pair in _TABLE.split():
    _name, _code = _pair.split(':')
    errorcode[int(_code)] = _name
    globals()[_name] = int(_code)
for _name in _ALIASES:
    globals()[_name] = globals()[_ALIASES[_name]]
del _pair, _name, _code
'''

STAT_SRC = r'''
"""stat (written for rtpython): the bits of a file's st_mode (its type and
permissions), the S_IS* tests, filemode(), and the other constants of
CPython 3.11's module (the values of Linux, as its _stat gives them)."""

# the indices of os.stat()'s tuple
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, \
    ST_MTIME, ST_CTIME = range(10)

# file types: name (S_IS<name>, S_IF<name> but S_IFIFO), bits, filemode()'s
# letter
_types = (('DIR', 0o040000, 'd'), ('CHR', 0o020000, 'c'),
          ('BLK', 0o060000, 'b'), ('REG', 0o100000, '-'),
          ('FIFO', 0o010000, 'p'), ('LNK', 0o120000, 'l'),
          ('SOCK', 0o140000, 's'), ('DOOR', 0, None), ('PORT', 0, None),
          ('WHT', 0, None))
for _name, _bits, _letter in _types:
    globals()['S_IFIFO' if _name == 'FIFO' else 'S_IF' + _name] = _bits

# permission and other mode bits, by name
_mode_bits = """S_ISUID 0o4000 S_ISGID 0o2000 S_ENFMT 0o2000 S_ISVTX 0o1000
S_IREAD 0o400 S_IWRITE 0o200 S_IEXEC 0o100 S_IRWXU 0o700 S_IRUSR 0o400
S_IWUSR 0o200 S_IXUSR 0o100 S_IRWXG 0o70 S_IRGRP 0o40 S_IWGRP 0o20
S_IXGRP 0o10 S_IRWXO 0o7 S_IROTH 0o4 S_IWOTH 0o2 S_IXOTH 0o1"""
# st_flags bits (BSD, macOS) and st_file_attributes bits (Windows)
_flag_bits = """UF_NODUMP 1 UF_IMMUTABLE 2 UF_APPEND 4 UF_OPAQUE 8
UF_NOUNLINK 16 UF_COMPRESSED 32 UF_HIDDEN 32768 SF_ARCHIVED 65536
SF_IMMUTABLE 131072 SF_APPEND 262144 SF_NOUNLINK 1048576 SF_SNAPSHOT 2097152
FILE_ATTRIBUTE_READONLY 1 FILE_ATTRIBUTE_HIDDEN 2 FILE_ATTRIBUTE_SYSTEM 4
FILE_ATTRIBUTE_DIRECTORY 16 FILE_ATTRIBUTE_ARCHIVE 32 FILE_ATTRIBUTE_DEVICE 64
FILE_ATTRIBUTE_NORMAL 128 FILE_ATTRIBUTE_TEMPORARY 256
FILE_ATTRIBUTE_SPARSE_FILE 512 FILE_ATTRIBUTE_REPARSE_POINT 1024
FILE_ATTRIBUTE_COMPRESSED 2048 FILE_ATTRIBUTE_OFFLINE 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED 8192 FILE_ATTRIBUTE_ENCRYPTED 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM 32768 FILE_ATTRIBUTE_VIRTUAL 65536
FILE_ATTRIBUTE_NO_SCRUB_DATA 131072"""
for _text in (_mode_bits, _flag_bits):
    _words = _text.split()
    for _i in range(0, len(_words), 2):
        globals()[_words[_i]] = int(_words[_i + 1], 0)
del _text, _words, _i


def S_IMODE(mode):
    """The permission bits (and set-id, sticky) of mode."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file type bits of mode."""
    return mode & 0o170000


def _type_test(bits, name):
    def test(mode):
        return bits != 0 and mode & 0o170000 == bits
    test.__name__ = test.__qualname__ = 'S_IS' + name
    test.__doc__ = 'Whether mode is of the file type S_IF%s.' % name
    return test


for _name, _bits, _letter in _types:
    globals()['S_IS' + _name] = _type_test(_bits, _name)
del _name, _bits, _letter

# each permission character of filemode(): the (bits, letter) choices,
# first match wins, '-' if none
_perm_chars = (
    ((0o400, 'r'),), ((0o200, 'w'),),
    ((0o4100, 's'), (0o4000, 'S'), (0o100, 'x')),
    ((0o40, 'r'),), ((0o20, 'w'),),
    ((0o2010, 's'), (0o2000, 'S'), (0o10, 'x')),
    ((0o4, 'r'),), ((0o2, 'w'),),
    ((0o1001, 't'), (0o1000, 'T'), (0o1, 'x')))


def filemode(mode):
    """The mode as ls -l shows it: '-rwxr-xr-x'."""
    kind = mode & 0o170000
    out = ['?']
    for _name, bits, letter in _types:
        if bits and bits == kind:
            out[0] = letter
    for choices in _perm_chars:
        shown = '-'
        for bits, letter in choices:
            if mode & bits == bits:
                shown = letter
                break
        out.append(shown)
    return ''.join(out)
'''

BASE64_SRC = r'''
"""base64 (written for rtpython): Base64 (standard, URL-safe, MIME lines),
Base32 (and its hex alphabet) and Base16, with CPython 3.11's results and
errors (binascii.Error, a ValueError, as binascii raises it there).  The
Ascii85 and Base85 codecs are not provided."""

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode',
           'b64decode', 'b32encode', 'b32decode', 'b32hexencode',
           'b32hexdecode', 'b16encode', 'b16decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']


class Error(ValueError):
    pass


Error.__module__ = 'binascii'

bytes_types = (bytes, bytearray)
_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _bytes_from_decode_data(s):
    """What a decoder takes: bytes, or a str of ASCII characters."""
    if isinstance(s, bytes_types):
        return bytes(s)
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII '
                             'characters')
        return s.encode('ascii')
    raise TypeError('argument should be a bytes-like object or ASCII '
                    'string, not %r' % s.__class__.__name__)


def _data(s):
    """s as bytes for an encoder (str is refused, as binascii does)."""
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(s).__name__)


def _b2a_base64(data, newline):
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63],
                      _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest:
        tail = data[len(data) - rest:] + b'\0\0'
        n = (tail[0] << 16) | (tail[1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63]))
        out += bytes((_B64[(n >> 6) & 63],)) + b'=' if rest == 2 else b'=='
    if newline:
        out += b'\n'
    return bytes(out)


def _a2b_base64(data, strict):
    """binascii.a2b_base64: other characters are skipped (refused when
    strict); decoding stops at the padding that completes a quantum."""
    if strict and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    count = acc = pads = 0
    padded = False
    for i in range(len(data)):
        c = data[i]
        if c == 61:
            padded = True
            if count >= 2:
                pads += 1
                if count + pads >= 4:
                    if strict and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padded:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        acc = (acc << 6) | value
        count = (count + 1) % 4
        if count != 1:
            # 2, 3 or 4 characters in: 8 more bits are known
            shift = (4 - count) * 2 % 8
            out.append((acc >> shift) & 0xff)
            acc &= (1 << shift) - 1
    if count == 1:
        raise Error('Invalid base64-encoded string: number of data '
                    'characters (%d) cannot be 1 more than a multiple of 4'
                    % (len(out) // 3 * 4 + 1))
    if count:
        raise Error('Incorrect padding')
    return bytes(out)


def _swap(s, old, new):
    """s with each byte of old replaced by the byte of new at its place
    (bytes.translate with a maketrans table)."""
    table = dict(zip(old, new))
    return bytes(table.get(c, c) for c in s)


def b64encode(s, altchars=None):
    encoded = _b2a_base64(_data(s), False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        encoded = _swap(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    data = _bytes_from_decode_data(s)
    if altchars is not None:
        two = _bytes_from_decode_data(altchars)
        assert len(two) == 2, repr(two)
        data = _swap(data, two, b'+/')
    return _a2b_base64(data, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_swap(_bytes_from_decode_data(s), b'-_', b'+/'))


def _mime_data(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError('expected bytes-like object, not %s'
                    % type(s).__name__)


def encodebytes(s):
    """Base64 in lines of 76 characters (57 bytes), each ending in a
    newline, as MIME wants."""
    data = _mime_data(s)
    return b''.join(_b2a_base64(data[i:i + 57], True)
                    for i in range(0, len(data), 57))


def decodebytes(s):
    return _a2b_base64(_mime_data(s), False)


def encode(input, output):
    """Copies binary file input to output in encodebytes()'s lines."""
    while True:
        chunk = input.read(57 * 4)
        if not chunk:
            break
        while len(chunk) < 57 * 4:
            more = input.read(57 * 4 - len(chunk))
            if not more:
                break
            chunk += more
        output.write(encodebytes(chunk))


def decode(input, output):
    for line in iter(input.readline, b''):
        output.write(_a2b_base64(line, False))


# ---------------------------------------------------------------- base32

_B32 = {'std': b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
        'hex': b'0123456789ABCDEFGHIJKLMNOPQRSTUV'}
# padding characters after the last full byte: how many bytes it holds
_B32_TAIL = {0: 0, 6: 1, 4: 2, 3: 3, 1: 4}


def _b32encode(alphabet, s):
    data = _data(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        group = data[i:i + 5]
        n = int.from_bytes(group + bytes(5 - len(group)), 'big')
        chars = bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
        used = (len(group) * 8 + 4) // 5
        out += chars[:used] + b'=' * (8 - used)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    # the '=' at the end (bytes.rstrip is not in this interpreter)
    pads = 0
    while pads < len(s) and s[len(s) - 1 - pads] == 61:
        pads += 1
    body = s[:len(s) - pads]
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    n = 0
    for i in range(0, len(body), 8):
        n = 0
        for c in body[i:i + 8]:
            if c not in values:
                raise Error('Non-base32 digit found')
            n = (n << 5) | values[c]
        out += n.to_bytes(5, 'big')
    if pads not in _B32_TAIL:
        raise Error('Incorrect padding')
    if pads and out:
        last = (n << (5 * pads)).to_bytes(5, 'big')
        out[-5:] = last[:_B32_TAIL[pads]]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32['std'], s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32['std'], s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32['hex'], s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32['hex'], s, casefold)


# ---------------------------------------------------------------- base16

def b16encode(s):
    return _data(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise Error('Non-base16 digit found')
    if len(s) % 2:
        raise Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))
'''

REPRLIB_SRC = r'''
"""reprlib (written for rtpython): reprs cut to a size (Repr, repr) and
recursive_repr, with CPython 3.11's results."""
import builtins
from _thread import get_ident

__all__ = ['Repr', 'repr', 'recursive_repr']


def recursive_repr(fillvalue='...'):
    """Makes a __repr__ return fillvalue when called again for the same
    object while it runs (in the same thread): a container holding
    itself."""
    def decorate(user_function):
        running = set()

        def wrapper(self):
            key = (id(self), get_ident())
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)
        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(user_function, attr))
        wrapper.__annotations__ = getattr(user_function, '__annotations__',
                                          {})
        return wrapper
    return decorate


def _sorted_if_possible(x):
    """x's items in order, or as they come when they cannot be ordered."""
    items = list(x)
    try:
        items.sort()
    except Exception:
        items = list(x)
    return items


# the limits a new Repr starts with
_LIMITS = dict(maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4,
               maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30,
               maxlong=40, maxother=30)


# how a sequence kind is shown: brackets, the limit's attribute, what
# follows a single item
_SHAPES = {'tuple': ('(', ')', 'maxtuple', ','),
           'list': ('[', ']', 'maxlist', ''),
           'deque': ('deque([', '])', 'maxdeque', '')}


class Repr:
    """repr() with limits: at most maxlist items of a list (and so on),
    maxlevel levels deep, long texts cut in their middle."""

    def __init__(self):
        self.fillvalue = '...'
        for name in _LIMITS:
            setattr(self, name, _LIMITS[name])

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()),
                         None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _cut(self, text, limit):
        """text with its middle replaced by the fill value so that about
        limit characters remain."""
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            return left + self.fillvalue + right
        shown = []
        for item in x:
            if len(shown) == maxiter:
                break
            shown.append(self.repr1(item, level - 1))
        if n > maxiter:
            shown.append(self.fillvalue)
        if n == 1 and trail:
            right = trail + right
        return left + ', '.join(shown) + right

    def _shaped(self, x, level, kind):
        left, right, limit, trail = _SHAPES[kind]
        return self._repr_iterable(x, level, left, right,
                                   getattr(self, limit), trail)

    def repr_tuple(self, x, level):
        return self._shaped(x, level, 'tuple')

    def repr_list(self, x, level):
        return self._shaped(x, level, 'list')

    def repr_deque(self, x, level):
        return self._shaped(x, level, 'deque')

    def repr_array(self, x, level):
        code = x.typecode
        if len(x) == 0:
            return "array('%s')" % code
        return self._repr_iterable(x, level, "array('%s', [" % code, '])',
                                   self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_sorted_if_possible(x), level, '{', '}',
                                   self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_sorted_if_possible(x), level,
                                   'frozenset({', '})', self.maxfrozenset)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        items = []
        for key in _sorted_if_possible(x)[:self.maxdict]:
            items.append('%s: %s' % (self.repr1(key, level - 1),
                                     self.repr1(x[key], level - 1)))
        if len(x) > self.maxdict:
            items.append(self.fillvalue)
        return '{%s}' % ', '.join(items)

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) <= self.maxstring:
            return text
        # cut the string itself, then its repr, at the same places
        head = max(0, (self.maxstring - 3) // 2)
        tail = max(0, self.maxstring - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return self._cut(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._cut(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
'''

def sources() -> dict[str, str]:
    """This file's modules by full name (as pylib.sources())."""
    return {
        "logging": LOGGING_SRC,
        "unittest": UNITTEST_SRC,
        "difflib": DIFFLIB_SRC,
        "fnmatch": FNMATCH_SRC,
        "getopt": GETOPT_SRC,
        "shlex": SHLEX_SRC,
        "errno": ERRNO_SRC,
        "stat": STAT_SRC,
        "base64": BASE64_SRC,
        "reprlib": REPRLIB_SRC,
    }
