# string.Template: substitute and safe_substitute (mapping, keywords, both),
# $$ escapes, braces, invalid placeholders with their line and column,
# is_valid, get_identifiers, subclasses with another delimiter or pattern.
from string import Template
import string
t = Template('$who likes ${what} for $$5 $who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 1, 'what': 2}, who='x'))
print(t.get_identifiers(), t.is_valid(), Template('$').is_valid(), t.template)
for s, d in [('$a $b', {'a': 1}), ('x\n y $ z', {}), ('$', {}), ('${a', {'a':1}), ('$1', {}), ('$a_b1c', {'a_b1c': 'ok'})]:
    try: print(repr(Template(s).substitute(d)))
    except Exception as e: print(type(e).__name__, e)
    print(repr(Template(s).safe_substitute(d)))
class P(Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(P('%x and %% and %{y}').substitute(x=1, y=2))
class Q(Template):
    braceidpattern = r'[a-z.]+'
print(Q('${a.b} $c').safe_substitute({'a.b': 3}))
print(string.capwords('hello  world'), string.whitespace == ' \t\n\r\x0b\x0c')
