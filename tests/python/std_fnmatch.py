# fnmatch: translate()'s text (sets, ranges, empty and reversed ranges,
# escapes, runs of stars as atomic groups), fnmatch/fnmatchcase/filter on
# str and bytes
import fnmatch

for p in ['*a*b*c', '*.py', 'a?[!x-z]*', '[]]', '[!]', '[a-]', '[z-a]',
          'x[', '*', '**a', '[a&&b]', '[--0]', '[^x]', 'a\\b[\\]', '[!]x]',
          '[a-c-e]', '[a-b-a]', 'x*y*', '[[]', '[a-z0-9_]*.[ch]', '?*?',
          '[!a-]', 'a|b~c', '']:
    print(repr(p), fnmatch.translate(p))
names = ['main.py', 'Main.PY', 'setup.cfg', '.hidden.py', 'a.pyc', 'x.py.bak',
         'b[1].txt', 'abc', 'aXbYc']
for p in ['*.py', '*.[ch]', '?ain.*', '[!m]*', '*[[]1]*', '*a*b*c', '.*']:
    print(p, fnmatch.filter(names, p),
          [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('ab', 'a[]b'),
      fnmatch.fnmatchcase(b'data.bin', b'*.bin'),
      fnmatch.fnmatch('abc', 'a[b-]c'), fnmatch.fnmatch('a-c', 'a[b-]c'))
