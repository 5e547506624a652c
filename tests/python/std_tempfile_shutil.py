# tempfile (gettempdir, mkdtemp, mktemp, TemporaryDirectory) and shutil
# (rmtree with its error handling, move) as CPython's.  Names are random:
# only their shape is printed.
import os
import shutil
import sys
import tempfile

os.environ['TMPDIR'] = os.getcwd()          # read by rtpython's os.environ
tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempprefix())
d = tempfile.mkdtemp()
print(os.path.dirname(d) == tmp, os.path.basename(d)[:3], len(os.path.basename(d)),
      os.path.isdir(d), oct(os.stat(d).st_mode & 0o777), os.listdir(d))
d2 = tempfile.mkdtemp(suffix='.x', prefix='pre_', dir=d)
print(os.path.dirname(d2) == d, os.path.basename(d2)[:4], d2.endswith('.x'))
m = tempfile.mktemp(dir=d)
print(os.path.dirname(m) == d, os.path.exists(m))
with tempfile.TemporaryDirectory(dir=d) as name:
    print(os.path.isdir(name), os.path.dirname(name) == d)
    os.makedirs(os.path.join(name, 'a', 'b'))
    with open(os.path.join(name, 'a', 'f.txt'), 'w') as f:
        f.write('x')
print(os.path.exists(name))
t = tempfile.TemporaryDirectory(prefix='q', dir=d)
print(repr(t).startswith('<TemporaryDirectory '), os.path.basename(t.name)[0])
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

os.makedirs(os.path.join(d, 'tree', 'x', 'y'))
for f in ['tree/a.txt', 'tree/x/b.txt', 'tree/x/y/c.txt']:
    with open(os.path.join(d, f), 'w') as fh:
        fh.write(f)
print(shutil.move(os.path.join(d, 'tree', 'a.txt'), os.path.join(d, 'tree', 'x')) ==
      os.path.join(d, 'tree', 'x', 'a.txt'))
print(sorted(os.listdir(os.path.join(d, 'tree', 'x'))))
shutil.rmtree(os.path.join(d, 'tree'))
print(os.path.exists(os.path.join(d, 'tree')))
os.chdir(d)
for bad in ['missing', 'file.txt']:
    with open('file.txt', 'w') as fh:
        fh.write('')
    try:
        shutil.rmtree(bad)
    except OSError as e:
        print(type(e).__name__, e)
    shutil.rmtree(bad, ignore_errors=True)
    shutil.rmtree(bad, onerror=lambda f, p, info: print(
        'onerror', p, info[0].__name__, info[1]))
os.chdir(tmp)
shutil.rmtree(d)
print(os.path.exists(d), sorted(os.listdir()))
