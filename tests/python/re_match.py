# re: Match objects - group(*), groups(default), groupdict, start/end/span(g), pos/endpos, lastindex, lastgroup,
# re, string, regs, expand, m[g], truth, repr (truncated match text) - and their errors
import re

m = re.search(r'(?P<key>\w+)=(?P<val>\d+)?(;)?', 'set width=;')
print(m, bool(m), m.re, m.string, m.pos, m.endpos)
print(m.group(), m.group(0), m.group(1), m.group('key', 2, 3), m[0], m['key'], m[2])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('val'), m.span(3), m.span('key'))
print(m.lastindex, m.lastgroup, m.regs)
print(m.expand(r'\g<key>:\1 [\g<val>] \\ \n.'))
for g in [4, -1, 'nope', 1.5, None]:
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError:', e)
try:
    m.expand(r'\g<zz>')
except IndexError as e:
    print('IndexError:', e)
m = re.match(r'((a)(b))', 'ab')
print(m.lastindex, m.lastgroup, m.groups())
m = re.match(r'(?P<o>(?P<i>a)b)c', 'abc')
print(m.lastindex, m.lastgroup)
m = re.match(r'(a)|(b)', 'b')
print(m.lastindex, m.groups(), m.span(1))
print(re.match('a', 'a').lastindex, re.match('a', 'a').lastgroup)
m = re.compile(r'\d+').search('ab 123456 cd', 2, 7)
print(m, m.pos, m.endpos)
print(re.match('.*', 'x' * 100))
print(re.match('.*', "it's \"q\" \\"))
print(re.match(b'.+', b'bytes\x00\xff'))
m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m[1], m[2], m.span(2), m.group(1, 2))
print(type(m).__name__, type(re.compile('')).__name__, re.Match is type(m), re.Pattern)
print([(m.pos, m.endpos, m.span()) for m in re.finditer('a', 'aaa')], [m.pos for m in re.compile('a').finditer('aaaa', 1, 3)])
s = re.compile('a').scanner('aaa')
print(s.search().pos, s.search().pos, s.pattern)
m = re.search('b', 'abc')
print(m.start(0), m.end(0), m.start(False))
for g in [0.0, '0']:
    try:
        m.start(g)
    except IndexError as e:
        print('IndexError:', e)
