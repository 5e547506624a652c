# glob as CPython's: *, ?, [..] per component, hidden names only for
# patterns that start with a dot (or include_hidden), directories only for a
# trailing slash, '**' at any depth with recursive=True, root_dir, escape,
# literal paths, iglob.  Works in a directory it makes and removes.
import glob
import os
import shutil


def show(*args, **kw):
    print(args, kw, sorted(glob.glob(*args, **kw)))


os.mkdir('g')
os.chdir('g')
for d in ['a', 'a/b', 'a/b/c', '.hid', 'x[1]']:
    os.mkdir(d)
for f in ['one.py', 'two.py', 'three.txt', '.secret.py', 'a/four.py', 'a/b/five.py',
          'a/b/c/six.txt', '.hid/seven.py', 'x[1]/eight.py', 'a/.dot.py']:
    with open(f, 'w') as fh: fh.write(f)
def show(*args, **kw):
    print(args, kw, sorted(glob.glob(*args, **kw)))
show('*.py'); show('*'); show('.*'); show('*/'); show('a/*'); show('a/*/*.py')
show('**/*.py'); show('**/*.py', recursive=True); show('**', recursive=True)
show('**/', recursive=True); show('a/**', recursive=True); show('a/**/*.txt', recursive=True)
show('*.py', include_hidden=True); show('**/*.py', recursive=True, include_hidden=True)
show('x[1]/*'); show(glob.escape('x[1]') + '/*'); show('?n?.py'); show('[ot]*.py')
show('one.py'); show('nope.py'); show('a/'); show('nope/'); show('a/b/c/six.txt'); show('')
show('*.py', root_dir='a'); show('**', root_dir='a', recursive=True); show('*/*.py')
print(glob.escape('a*b?c[d]'), glob.escape('plain'), glob.has_magic('a[b'), glob.has_magic('ab'))
it = glob.iglob('*.txt'); print(type(it).__name__, sorted(it))
print(sorted(glob.glob('/nonexistent/*')), sorted(glob.glob(os.getcwd() + '/a/*.py')) == [os.getcwd() + '/a/four.py'])
show('g/**/*.py', root_dir='..', recursive=True)
show('**/*.py', root_dir=os.getcwd() + '/a', recursive=True)
os.chdir('..')
shutil.rmtree('g')
print(os.listdir())
