# shlex: split() in POSIX mode (quotes, escapes inside and outside double
# quotes, empty quoted words, comments) and in compatibility mode, the
# lexer's tokens without whitespace_split, punctuation_chars, quote/join,
# and the errors for an open quote or a trailing backslash
import shlex

for s in ['a b  c', 'one "two three" four', "'it'\"'\"'s' 'a \\ b'",
          'a\\ b c\\\\d', '"a\\"b" "c\\d" \'e\\f\'', "'' \"\" x''y",
          'cmd # comment', 'x="1 2" y=3', 'a"b c"d', '\tlead trail \n',
          'caf\xe9 na\xefve', '']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True),
          shlex.split(s, posix=False))
for bad in ['"open', "it's", 'end\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
lex = shlex.shlex('foo = bar(1, "two"); # note\nnext_line 3.5')
print(list(lex), lex.lineno)
lex = shlex.shlex('foo = bar(1, "two")', posix=True)
print(list(lex))
lex = shlex.shlex('a && b || (c; d) > out.txt 2>&1', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('ls ~/x-y.txt|wc', posix=True, punctuation_chars='|')
lex.whitespace_split = True
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex('one two three')
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()),
      repr(shlex.shlex('', posix=True).get_token()))
for s in ['', 'plain', 'has space', "it's", 'a$b', 'x@y%z+=:,./-', 'tab\t']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['echo', 'hello world', "it's", '']))
print(shlex.split(shlex.join(['a b', "c'd", '$e'])))
print(shlex.shlex('x').error_leader(), shlex.shlex('x', 'f.sh').error_leader())
