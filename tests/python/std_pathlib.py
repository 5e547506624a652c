# pathlib as CPython's: pure paths (normalisation, parts, name/stem/suffix,
# parent(s), joining, with_*, relative_to, match, ordering, errors) and
# concrete paths on a directory the test makes and removes (mkdir, write_text,
# read_text, open, iterdir, glob, rglob, exists, is_dir, stat, unlink,
# rename, resolve, absolute, touch).
import os
from pathlib import Path, PurePath, PurePosixPath, PosixPath

for text in ['', '.', 'a', 'a/b', '/a/b/', '//a', '///a', 'a//b/./c/',
             '../x', '/', '//', 'a/..', 'x.tar.gz', '.bashrc', 'a/b.',
             'dir/..hidden', 'a/b.c.']:
    p = PurePath(text)
    print(repr(text), repr(p), str(p), p.parts, repr(p.name), repr(p.stem),
          repr(p.suffix), p.suffixes, p.parent, p.root, p.anchor,
          p.is_absolute(), list(p.parents), len(p.parents))
p = PurePosixPath('/usr/lib/python3/x.py')
print(p.parents[0], p.parents[-1], p.parents[1:3], repr(p.parents))
try:
    p.parents[4]
except IndexError as e:
    print('IndexError', e)
print(PurePath('a', 'b', '/c', 'd'), PurePath(PurePath('a'), 'b'), PurePath())
print(PurePath('a') / 'b' / 'c', 'x' / PurePath('y'), PurePath('a') / '/abs',
      PurePath('a').joinpath('b', 'c'))
print(p.with_name('y.txt'), p.with_suffix('.pyc'), p.with_suffix(''),
      p.with_stem('z'), PurePath('a.tar.gz').with_suffix('.bz2'))
for bad in ['', 'a/b', '/', '.', 'a/']:
    try:
        p.with_name(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in ['py', '.', 'a/b', '.a/b']:
    try:
        p.with_suffix(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    PurePath('/').with_name('x')
except ValueError as e:
    print('ValueError', e)
print(p.relative_to('/usr'), p.relative_to('/usr', 'lib'), p.relative_to('/'),
      PurePath('a/b').relative_to(''), p.is_relative_to('/usr'),
      p.is_relative_to('/etc'))
for a, b in [('/a/b', 'c'), ('a/b', '/a'), ('a/b', 'a/c')]:
    try:
        PurePath(a).relative_to(b)
    except ValueError as e:
        print('ValueError', e)
try:
    p.relative_to()
except TypeError as e:
    print('TypeError', e)
for pat in ['*.py', 'x.py', 'python3/*.py', '/usr/*/*/*.py', '/*.py', 'lib/*',
            '*/x.py', '*.PY']:
    print(pat, p.match(pat))
try:
    p.match('')
except ValueError as e:
    print('ValueError', e)
print(PurePath('a') == PurePath('a/'), PurePath('a') == 'a',
      PurePath('/a') < PurePath('a'), PurePath('a/b') > PurePath('a'),
      hash(PurePath('a//b')) == hash(PurePath('a/b')),
      sorted([PurePath('b'), PurePath('/z'), PurePath('a/c'), PurePath('a')]))
try:
    PurePath('a') < 'b'
except TypeError as e:
    print('TypeError', e)
try:
    PurePath(3)
except TypeError as e:
    print('TypeError', e)
print(type(PurePath('a')).__name__, type(Path('a')).__name__,
      isinstance(Path('a'), PurePath), isinstance(Path('a'), PurePosixPath),
      os.fspath(Path('a/b')), PurePath('/a/b').as_posix(), {PurePath('a'): 1})

top = Path('work')
top.mkdir()
print(top.exists(), top.is_dir(), top.is_file(), Path('nope').exists())
try:
    top.mkdir()
except FileExistsError as e:
    print('FileExistsError', e)
top.mkdir(exist_ok=True)
(top / 'd' / 'e').mkdir(parents=True)
try:
    (top / 'x' / 'y').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print((top / 'a.txt').write_text('hello\n'), (top / 'a.txt').read_text())
(top / 'b.py').write_text('print(1)\n')
(top / 'd' / 'c.py').write_text('')
(top / 'd' / 'e' / 'f.py').write_text('x')
with (top / 'a.txt').open() as f:
    print(f.readline().strip())
with open(top / 'a.txt', 'a') as f:
    f.write('more\n')
print((top / 'a.txt').read_text().splitlines(), (top / 'a.txt').stat().st_size)
print(sorted(top.iterdir()), sorted(p.name for p in top.iterdir()))
print(sorted(top.glob('*.py')), sorted(top.glob('*')), sorted(top.glob('*/')))
print(sorted(top.glob('**/*.py')), sorted(top.rglob('*.py')))
print(sorted(top.glob('**')), sorted(top.glob('d/*/f.py')), sorted(top.glob('nope/*')))
print(sorted(Path('nope').glob('*')), sorted(top.glob('a.txt')))
for bad in ['', '/x', 'a**']:
    try:
        list(top.glob(bad))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
try:
    (top / 'a.txt').write_text(3)
except TypeError as e:
    print('TypeError', e)
try:
    (top / 'nope.txt').read_text()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print(Path.cwd() == Path(os.getcwd()), top.absolute() == Path.cwd() / 'work',
      top.resolve() == Path.cwd() / 'work', (top / 'd' / '..').resolve().name)
t = top / 't.txt'
t.touch()
t.touch()
print(t.exists(), t.stat().st_size)
try:
    t.touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e)
moved = t.rename(top / 'u.txt')
print(repr(moved), t.exists(), moved.exists(), moved.is_symlink())
moved.unlink()
moved.unlink(missing_ok=True)
try:
    moved.unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print(top.samefile('work'), (top / 'a.txt').samefile(top / 'd' / '..' / 'a.txt'))
for p in sorted(top.rglob('*'), reverse=True):
    if p.is_dir():
        p.rmdir()
    else:
        p.unlink()
top.rmdir()
print(os.listdir())
