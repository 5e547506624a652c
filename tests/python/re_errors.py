# re: re.error for bad patterns and templates, with CPython's messages, positions, lineno/colno; the other
# exceptions (OverflowError, ValueError, TypeError, IndexError) that re raises for bad arguments
import re

PATTERNS = ['(', '(a', 'a)', '*', '+a', 'a**', 'a{2}{3}', '^*', '(?<x)', '(?<', '(?', '(?Px)', '(?P<a', '(?P<>x)',
            '(?P<1>a)', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P<a>(?P=a))', '(a)\\2', '(a\\1)', r'\q', '\\', r'[\q]',
            '[a', '[a-', '[z-a]', r'[\d-z]', 'a{3,1}', r'\x4', r'\u12', r'\U0011FFFF', r'\400', r'[\400]',
            r'[\A]', '(?#abc', '(?z)', '(?i', '(?iz)', '(?-)', '(?-z:a)', '(?i-i:a)', '(?a-a:x)', '(?-a:x)',
            '(?L)a', 'a(?i)', '(?(1)a|b|c)', '(?(x)a)', '(?(1x)a)', '(?(0)a)', '(?(2)a)(b)', '(?<=a+)b',
            '(?<=a|bc)d', '(?<=(a)\\1)b', 'x(?P<n>a\n', 'ab\ncd(', '(?P<n>a)(?P=n', '(?>', 'a{2,}{', '(?i:']
for p in PATTERNS:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), '->', type(e).__name__, e)
for p in [b'(', b'\\q', b'(?u)a', b'\\u1234', b'[\\d-z]']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(p, '->', e)
e = re.error('plain')
print(e, e.msg, e.pattern, e.pos, e.lineno, isinstance(e, Exception), re.error.__module__)
for args in [('a{4294967296}',), ('a', re.L), (b'a', re.U), ('a', re.A | re.U), (1,)]:
    try:
        re.compile(*args)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for repl in [r'\g', r'\g<', r'\g<1', r'\g<>', r'\g<a b>', r'\g<2>', r'\g<x>', r'\3', r'\q', '\\', r'\400', r'\g<-1>']:
    try:
        print(repr(re.sub('(a)', repl, 'a')))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
print(repr(re.sub('(a)', r'\0\07\101\1x\g<0>', 'a')))
for bad in [5, None]:
    try:
        re.sub('a', bad, 'a')
    except TypeError as e:
        print('TypeError:', e)
