# re: a tokenizer (finditer over named alternatives, lastgroup), a scanner loop with match(pos), and patterns
# that backtrack exponentially or very deeply: the matcher's explicit stack, never the C stack
import re

TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[^\W\d]\w*)
  | (?P<STRING>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<OP>==|!=|<=|>=|\*\*|//|->|[-+*/%=<>()\[\]{}:,.])
  | (?P<NEWLINE>\n)
  | (?P<SKIP>[ \t]+|\#[^\n]*)
  | (?P<MISMATCH>.)
''', re.VERBOSE)

SOURCE = '''def f(x, y=2.5e-3):
    # a comment
    return x ** 2 // y != "a \\"q\\" b" + 'c'
\u00e9t\u00e9 = [1, 2.0, 3e10] @ ?
'''

def tokens(text):
    line = 1
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == 'NEWLINE':
            line += 1
        elif kind != 'SKIP':
            yield line, kind, m.group(), m.start()

for tok in tokens(SOURCE):
    print(tok)

# the same with an explicit position, as hand-written lexers do
pos = 0
words = []
ident = re.compile(r'\s*([A-Za-z_]\w*|\d+|\S)')
while True:
    m = ident.match('  alpha beta42 + 7 *gamma', pos)
    if not m:
        break
    words.append(m.group(1))
    pos = m.end()
print(words)

# a big source: counts per kind
big = SOURCE * 400
counts = {}
for _, kind, _, _ in tokens(big):
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()), len(big))

# exponential backtracking, kept small enough to finish: (a|a)*b fails after 2**n tries
print(re.match(r'(a|a)*b', 'a' * 16))
print(re.match(r'(a*)*b', 'a' * 18))
# deep: one stack entry per char over 200000 chars, and a long lazy scan
print(re.match(r'(?:a|b)*c', 'ab' * 100000 + 'c').end())
print(re.match(r'(a)*?c', 'a' * 100000 + 'c').span(1))
print(len(re.findall(r'\w+', 'word ' * 50000)))
print(re.search(r'x(?=y)', 'x' * 100000 + 'y').span())
