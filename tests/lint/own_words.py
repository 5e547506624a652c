#!/usr/bin/env python3
"""The rtpython library in our own words: no module written in Python for
rtpython (the `NAME = '''...'''` sources of examples/python/pylib*.py) may
repeat CPython's own library.  The project writes its code itself; CPython
informs what a module must do, never its text.

For each module that has a CPython counterpart, this counts the runs of 4
or more consecutive lines (stripped; blank and comment lines left out) that
the module shares with the counterpart's source, when at least 3 of them
are more than a def/class line, a decorator or a bare return/pass.  A
signature is API, not text: a def's continuation lines are joined to its
def line, so a long signature (json.JSONEncoder's) counts as one def.  A
module may not have more runs than tests/lint/own_words.budget allows: the
budget records what older modules still repeat (to be rewritten, then set
to 0) and a module not named there is allowed none.

The translator's prelude (runtime/prelude/builtins.py, the rtrans
language's own library) is checked the same way, section by section: each
`# ---- NAME` section against the CPython files of PRELUDE_COUNTERPARTS,
as module `prelude:NAME` (no budget: none allowed).  A section missing
from that table fails the check, so that a new one gets its counterparts
named.  Run with a module name to print its runs.  Exit status 1 when a
module is over its budget."""
import difflib
import os
import re
import sys
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LIBDIR = sysconfig.get_paths()['stdlib']

# rtpython module -> the CPython library files it stands for
COUNTERPARTS = {
    'functools': ['functools.py'], 'operator': ['operator.py'],
    'string': ['string.py'], 'heapq': ['heapq.py'], 'bisect': ['bisect.py'],
    'copy': ['copy.py'], 'collections': ['collections/__init__.py'],
    'collections.abc': ['_collections_abc.py'],
    '_collections_user': ['collections/__init__.py'], 'typing': ['typing.py'],
    'abc': ['_py_abc.py', 'abc.py'], 'random': ['random.py'],
    'posixpath': ['posixpath.py', 'genericpath.py'],
    'dataclasses': ['dataclasses.py'], 'enum': ['enum.py'],
    'json': ['json/__init__.py', 'json/decoder.py', 'json/encoder.py'],
    'contextlib': ['contextlib.py'], 'io': ['_pyio.py'],
    'linecache': ['linecache.py'], 'traceback': ['traceback.py'],
    'types': ['types.py'], 'keyword': ['keyword.py'],
    'warnings': ['warnings.py'], 'textwrap': ['textwrap.py'],
    'statistics': ['statistics.py'], 'fractions': ['fractions.py'],
    'numbers': ['numbers.py'], 'timeit': ['timeit.py'],
    'datetime': ['datetime.py'], 'csv': ['csv.py'], 'pprint': ['pprint.py'],
    'argparse': ['argparse.py'], 'inspect': ['inspect.py'],
    '__future__': ['__future__.py'], 'threading': ['threading.py'],
    'queue': ['queue.py'], 'copyreg': ['copyreg.py'],
    'logging': ['logging/__init__.py'],
    'difflib': ['difflib.py'], 'fnmatch': ['fnmatch.py'],
    'getopt': ['getopt.py'], 'shlex': ['shlex.py'], 'stat': ['stat.py'],
    'errno': [], 'base64': ['base64.py'], 'reprlib': ['reprlib.py'],
    '_osfs': ['os.py'], 'glob': ['glob.py'], 'pathlib': ['pathlib.py'],
    'shutil': ['shutil.py'], 'tempfile': ['tempfile.py'],
    'calendar': ['calendar.py'],
    'weakref': ['weakref.py', '_weakrefset.py'],
    'unittest': ['unittest/%s.py' % f for f in (
        '__init__', 'case', 'result', 'runner', 'suite', 'loader', 'main',
        'util', 'signals')],
    'concurrent.futures': ['concurrent/futures/_base.py',
                           'concurrent/futures/thread.py'],
}
# prelude section title -> the CPython library files it stands for ([]:
# built in C there, nothing to compare with)
PRELUDE_COUNTERPARTS = {
    'exceptions': [], 'iterators': [], 'primitive types': [], 'list': [],
    'dict': [], 'set': [], 'math': [], 'itertools': [],
    'files, stdio': ['_pyio.py'], 'os, time': ['os.py'],
    'heapq': ['heapq.py'], 'bisect': ['bisect.py'], 'random': ['random.py'],
    'os.path': ['posixpath.py', 'genericpath.py'], 'string': ['string.py'],
    'threading, rtrans': ['threading.py'], 'queue': ['queue.py'],
    'rtrans.TDict, rtrans.TQueue': ['queue.py'],
    'collections': ['collections/__init__.py'],
    'functools': ['functools.py'],
    'weakref, gc': [],
    're': ['re/__init__.py', 're/_parser.py', 're/_compiler.py', 're/_constants.py'],
}
PRELUDE = os.path.join(ROOT, 'runtime/prelude/builtins.py')
SECTION = re.compile(r'^# -+ (.+)$', re.M)
TRIVIAL = re.compile(r'^(def |class |@|return NotImplemented$|return$|pass$|'
                     r'__slots__|else:$|try:$|raise$|return self$|'
                     r'return True$|return False$)')
REGISTRY = re.compile(r'^ +"([a-z0-9_.]+)": ([A-Z_0-9]+),$', re.M)
SOURCE = r"^%s = (r?)'''\n(.*?)\n'''\n"


def lines_of(text):
    out = []
    for ln in text.splitlines():
        ln = ln.strip()
        if not ln or ln.startswith('#'):
            continue
        last = out[-1] if out else ''
        if last.startswith('def ') and last.count('(') > last.count(')'):
            out[-1] += ' ' + ln
        else:
            out.append(ln)
    return out


def modules():
    """(name, source text) of every registered library module."""
    files = sorted(os.path.join(ROOT, 'examples/python', f)
                   for f in os.listdir(os.path.join(ROOT, 'examples/python'))
                   if f.startswith('pylib') and f.endswith('.py'))
    texts = [open(f, encoding='utf-8').read() for f in files]
    for text in texts:
        for name, var in REGISTRY.findall(text):
            for t in texts:
                m = re.search(SOURCE % var, t, re.M | re.S)
                if m:
                    body = m.group(2)
                    yield name, body if m.group(1) else body.replace('\\\\', '\\')
                    break


def prelude_sections():
    """(prelude:NAME, section text, CPython files or None if unmapped)."""
    parts = SECTION.split(open(PRELUDE, encoding='utf-8').read())
    for title, body in zip(parts[1::2], parts[2::2]):
        yield 'prelude:' + title, body, PRELUDE_COUNTERPARTS.get(title)


def checked_units():
    """(name, source text, CPython files or None) of every library module
    and prelude section."""
    for name, text in modules():
        yield name, text, COUNTERPARTS.get(name, [])
    yield from prelude_sections()


def shared_runs(ours, theirs):
    sm = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    for block in sm.get_matching_blocks():
        run = ours[block.a:block.a + block.size]
        if len(run) >= 4 and sum(not TRIVIAL.match(ln) for ln in run) >= 3:
            yield run


def budget():
    allowed = {}
    with open(os.path.join(HERE, 'own_words.budget')) as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                name, n = line.split()
                allowed[name] = int(n)
    return allowed


def main(argv):
    allowed, over, checked = budget(), 0, 0
    for name, text, files in checked_units():
        if files is None:
            over += 1
            print('FAIL %s: a prelude section with no entry in '
                  'PRELUDE_COUNTERPARTS (tests/lint/own_words.py)' % name)
            continue
        paths = [os.path.join(LIBDIR, p) for p in files]
        paths = [p for p in paths if os.path.exists(p)]
        if not paths:
            continue
        theirs = []
        for p in paths:
            theirs += lines_of(open(p, encoding='utf-8').read())
        runs = list(shared_runs(lines_of(text), theirs))
        checked += 1
        if name in argv:
            for run in runs:
                print('--- %s: a run of %d lines\n%s' % (name, len(run), '\n'.join(run)))
        limit = allowed.get(name, 0)
        if len(runs) > limit:
            over += 1
            print('FAIL %s: %d runs of CPython\'s lines (allowed %d): rewrite them in '
                  'our own words (tests/lint/own_words.py %s lists them)'
                  % (name, len(runs), limit, name))
        elif len(runs) < limit:
            print('note %s: %d runs, below its budget %d: lower the budget'
                  % (name, len(runs), limit))
    print('%d modules checked against %s, %d over budget' % (checked, LIBDIR, over))
    return 1 if over or not checked else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
