# os's file-system calls as CPython's: listdir, scandir (DirEntry), stat and
# lstat (os.stat_result as a 10-tuple with named fields), walk top-down and
# bottom-up, makedirs/removedirs, chdir, readlink, fspath and PathLike, the
# os.path functions that stat; errors with errno, strerror and filename.
# Works in a directory it makes and removes.
import os
import os.path


def tree_remove(top):
    for where, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(where, name))
        for name in dirs:
            os.rmdir(os.path.join(where, name))
    os.rmdir(top)


def show_errors(path):
    for f in (os.stat, os.lstat, os.listdir, os.chdir, os.rmdir,
              os.readlink, os.scandir):
        try:
            f(path)
            print(f.__name__, 'no error')
        except OSError as e:
            print(f.__name__, type(e).__name__, e, e.errno, e.strerror,
                  e.filename, e.args)


os.mkdir('work')
os.chdir('work')
print(os.getcwd().endswith('/work'), os.listdir(), os.listdir('.'))
with open('a.txt', 'w') as f:
    f.write('hello\n')
os.makedirs('d/e/f')
os.makedirs('d/e', exist_ok=True)
os.makedirs('d/e/', exist_ok=True)
try:
    os.makedirs('d/e')
except FileExistsError as e:
    print('makedirs', e, e.errno, e.filename)
print(sorted(os.listdir()), os.listdir('d'), os.listdir(b'd'.decode()))

st = os.stat('a.txt')
print(type(st), type(st).__name__, len(st), st.st_size, st[6], st[0] == st.st_mode)
print(type(st.st_mtime).__name__, type(st[8]).__name__, st[8] == st.st_mtime_ns // 10**9)
print(st.st_nlink, st.st_ino == os.lstat('a.txt').st_ino, st.st_blksize > 0)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields,
      os.stat_result.n_unnamed_fields)
print(os.stat_result(range(10)))
print(os.stat_result(range(10))[3:6], os.stat_result(range(10)).st_atime)
try:
    st.st_size = 4
except AttributeError as e:
    print('AttributeError', e)

for e in sorted(os.scandir(), key=lambda e: e.name):
    print(e, e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          os.fspath(e), e.inode() == e.stat().st_ino)
with os.scandir('d') as it:
    print([(e.name, e.path) for e in it])
try:
    os.DirEntry()
except TypeError as e:
    print('TypeError', e)

for top, dirs, files in os.walk('.'):
    dirs.sort()
    print(top, dirs, sorted(files))
for top, dirs, files in os.walk('d', topdown=False):
    print(top, dirs, files)
for top, dirs, files in os.walk('.'):
    dirs.clear()                      # prunes the walk
    print('pruned', top)
print(list(os.walk('missing')))
errors = []
print(list(os.walk('missing', onerror=errors.append)), errors)

print(os.path.getsize('a.txt'), os.path.isdir('d'), os.path.isfile('d'))
print(os.path.islink('a.txt'), os.path.lexists('a.txt'), os.path.lexists('nope'))
print(type(os.path.getmtime('a.txt')).__name__, os.path.samefile('a.txt', './a.txt'))
cwd = os.getcwd()
print(os.path.realpath('d/../a.txt') == os.path.join(cwd, 'a.txt'),
      os.path.realpath('.') == cwd, os.path.realpath('/') == '/')
print(os.path.realpath('nope/../x') == os.path.join(cwd, 'x'))

show_errors('nope')
show_errors('a.txt')
try:
    os.rmdir('d')
except OSError as e:
    print(type(e).__name__, e, e.errno)
for bad in ['a.txt/x', 'nope/x', 'd', 'a.txt/y/z']:
    try:
        os.mkdir(bad)
    except OSError as e:
        print('mkdir', type(e).__name__, e, e.errno, e.filename)
for bad in (3.5, None, [1]):
    for f in (os.stat, os.listdir, os.fspath):
        try:
            f(bad)
            print(f.__name__, 'no error')
        except TypeError as e:
            print(f.__name__, 'TypeError', e)
try:
    os.stat('a\0b')
except ValueError as e:
    print('ValueError', e)


class P:
    def __fspath__(self):
        return 'a.txt'


class Bad:
    def __fspath__(self):
        return 3


print(os.stat(P()).st_size, os.path.exists(P()), os.path.join(P(), 'x'),
      os.fspath(P()), isinstance(P(), os.PathLike), isinstance(3, os.PathLike))
try:
    os.fspath(Bad())
except TypeError as e:
    print('TypeError', e)

os.rmdir('d/e/f')
os.removedirs('d/e')
print(os.listdir('.'))
os.chdir('..')
os.makedirs('work/x/y')
tree_remove('work')
print(os.listdir())
