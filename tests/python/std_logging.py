# logging: the module-level functions (basicConfig on first use, the
# "LEVEL:name:msg" format), the lastResort handler of a program that never
# configured, the hierarchy (placeholders, propagate, levels, disabled),
# formatters in the three styles with defaults, filters, LoggerAdapter,
# exc_info/exception(), stack_info, extra, FileHandler, the messages
import io
import logging
import os
import sys

# no handler anywhere: the last resort prints the bare message (WARNING up)
logging.getLogger('early').warning('last resort %d', 1)
logging.getLogger('early').info('not shown')
print(logging.root.handlers, logging.lastResort)

# a module-level call configures the root logger first
logging.warning('root %s', 'warns')
logging.info('hidden at WARNING')
print(len(logging.root.handlers), logging.root.handlers[0].formatter._fmt)
logging.basicConfig(level=logging.DEBUG)  # a second call changes nothing
print(logging.root.level, logging.getLevelName(logging.root.level))

out = io.StringIO()
logging.basicConfig(stream=out, level=logging.DEBUG, force=True,
                    format='%(levelname)-8s|%(name)s|%(funcName)s|'
                           '%(lineno)d|%(module)s|%(message)s')


def where():
    logging.getLogger('app.where').info('from %s', 'where')


where()
logging.debug('dict %(a)s %(b)d', {'a': 'x', 'b': 2})
logging.log(25, 'custom level')
logging.addLevelName(25, 'NOTICE')
logging.log(25, 'named now')
print(out.getvalue(), end='')

# levels and names
print(logging.getLevelName(10), logging.getLevelName('ERROR'),
      logging.getLevelName(33), logging.getLevelName('NOPE'))
print(sorted(logging.getLevelNamesMapping().items())[:3])
for bad in ('LOUD', 3.5):
    try:
        logging.getLogger('x').setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.getLogger('x').log('INFO', 'm')
except TypeError as e:
    print('TypeError', e)
try:
    logging.getLogger(3)
except TypeError as e:
    print('TypeError', e)

# the hierarchy: a child created before its parent is adopted later
c = logging.getLogger('a.b.c')
print(c.parent is logging.root, logging.getLogger('a.b.c') is c)
ab = logging.getLogger('a.b')
print(c.parent is ab, ab.parent is logging.root, c.getChild('d').name)
a = logging.getLogger('a')
print(ab.parent is a, c.parent is ab, repr(a), repr(logging.root))
a.setLevel('ERROR')
print(c.getEffectiveLevel(), c.isEnabledFor(logging.WARNING), repr(c))
print(logging.getLogger() is logging.root, logging.getLogger('root')
      is logging.root)

s1, s2 = io.StringIO(), io.StringIO()
h1 = logging.StreamHandler(s1)
h1.setFormatter(logging.Formatter('A:%(name)s:%(message)s'))
h2 = logging.StreamHandler(s2)
h2.setLevel(logging.CRITICAL)
a.addHandler(h1)
ab.addHandler(h2)
c.error('to both %s', 'maybe')
c.critical('crit')
ab.propagate = False
c.error('stops at a.b')
ab.propagate = True
c.disabled = True
c.critical('disabled')
c.disabled = False
logging.disable(logging.ERROR)
c.error('disabled by level')
logging.disable(logging.NOTSET)
print(repr(s1.getvalue()), repr(s2.getvalue()))
print(repr(h2), a.hasHandlers(), logging.getLogger('zz').hasHandlers())
a.removeHandler(h1)
ab.removeHandler(h2)
print(a.handlers, ab.handlers)

# formatters: styles, defaults, validation, fixed times
rec = logging.makeLogRecord({'name': 'n', 'msg': 'hello %s', 'args': ('w',),
                             'levelname': 'INFO', 'levelno': 20,
                             'created': 0.25, 'msecs': 250.0})
for fmt, style in (('%(name)s/%(message)s', '%'),
                   ('{name}/{message!r:>12}', '{'),
                   ('${name}/${message}/$levelname', '$')):
    print(logging.Formatter(fmt, style=style).format(rec))
f = logging.Formatter('%(asctime)s %(msecs)03d %(message)s',
                      datefmt='%Y/%m/%d %H.%M.%S')
print(f.usesTime(), f.format(rec))
print(logging.Formatter('%(asctime)s').format(rec))
print(logging.Formatter('%(app)s %(message)s',
                        defaults={'app': 'dflt'}).format(rec))
for fmt, style in (('no fields', '%'), ('{0}', '{'), ('plain', '$'),
                   ('x', '#'), ('{a!x}', '{'), ('{a:zz}', '{'), ('{', '{'),
                   ('a}', '{'), ('{a', '{'), ('{a.b[1]!r:>{w}}', '{'),
                   ('$a $', '$'), ('{}', '{')):
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print('ValueError', e)
try:
    logging.Formatter('%(nothere)s').format(rec)
except ValueError as e:
    print('ValueError', e)
print(repr(rec)[:33])

# filters: by name, by callable, on handlers
out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
top = logging.getLogger('flt')
top.setLevel(logging.DEBUG)
top.propagate = False
top.addHandler(h)
h.addFilter(logging.Filter('flt.keep'))
for name in ('flt', 'flt.keep', 'flt.keep.deep', 'flt.keeper'):
    logging.getLogger(name).info('via %s', name)
h.filters.clear()
top.addFilter(lambda r: 'secret' not in r.getMessage())
top.info('public')
top.info('secret stuff')
print(out.getvalue(), end='')

# exceptions: exception(), exc_info=, stack_info=, handler errors
out.truncate(0)
out.seek(0)
try:
    {}['k']
except KeyError:
    top.exception('lookup failed')
err = ValueError('given')
top.error('with instance', exc_info=err)
top.info('no exc', exc_info=False)


def deep():
    top.warning('stack', stack_info=True)


deep()
print(out.getvalue().replace(os.path.dirname(__file__) or '.', 'DIR'))

# extra, LoggerAdapter, custom record factory
out.truncate(0)
out.seek(0)
h.setFormatter(logging.Formatter('%(user)s %(message)s'))
top.info('who', extra={'user': 'ann'})
try:
    top.info('bad', extra={'msg': 1})
except KeyError as e:
    print('KeyError', e)


class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['user'], msg), kwargs


ad = logging.LoggerAdapter(top, {'user': 'bob'})
ad.warning('adapted %d', 7)
Tagged(top, {'user': 'cy'}).info('tagged', extra={'user': 'dee'})
top.warn('old name', extra={'user': 'eve'})
ad.warn('old name too')
print(repr(ad), ad.name, ad.isEnabledFor(5), ad.getEffectiveLevel())
print(out.getvalue(), end='')

# FileHandler and shutdown
h.setFormatter(None)
fh = logging.FileHandler('app.log', mode='w')
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
top.addHandler(fh)
top.info('to file')
fh.close()
top.removeHandler(fh)
print(repr(open('app.log').read()), repr(fh).endswith('app.log (NOTSET)>'))
print(repr(logging.NullHandler()), isinstance(logging.lastResort,
                                              logging.Handler))


class Broken(logging.Handler):
    def emit(self, record):
        raise NotImplementedError


try:
    Broken().emit(rec)
except NotImplementedError:
    print('emit must be overridden')
logging.raiseExceptions = False
bad = logging.StreamHandler(io.StringIO())
bad.setFormatter(logging.Formatter('%(message)d'))
bad.handle(rec)
print('swallowed')


# at exit, logging.shutdown flushes and closes the handlers, newest first
class Loud(logging.Handler):
    def __init__(self, tag):
        logging.Handler.__init__(self)
        self.tag = tag

    def flush(self):
        print('flush', self.tag)

    def close(self):
        print('close', self.tag)
        logging.Handler.close(self)


keep = [Loud('first'), Loud('second')]
