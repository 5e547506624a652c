# os.path (posixpath) on tricky paths: split, basename, dirname, splitext
# (leading dots), normpath (// and ..), join, isabs, expanduser.
import posixpath as pp
for p in ['', '/', '//', '///', 'a', 'a/', 'a/b', '/a/b/', 'a//b', '//a', '/a/./b/../c', '../x/..', 'a/../..', '.bashrc', 'a/.b.c', 'a.tar.gz', '..', '...x', 'x/...', '/a.b/c', 'a/b.', '///a/../b//c/.']:
    print(repr(p), pp.split(p), pp.basename(p), repr(pp.dirname(p)), pp.splitext(p), pp.normpath(p), pp.isabs(p))
print(pp.join('a', 'b', 'c'), pp.join('a/', 'b'), pp.join('a', '/b', 'c'), pp.join('', 'x'), pp.join('a', ''), pp.join('/'))
import os
os.environ['HOME'] = '/home/u/'
print(pp.expanduser('~'), pp.expanduser('~/x'), pp.expanduser('~bob/x'), pp.expanduser('a~'))
os.environ['HOME'] = '/'
print(pp.expanduser('~'), pp.expanduser('~/x'))
