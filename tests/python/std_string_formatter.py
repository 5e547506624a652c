# string.Formatter as CPython's: format/vformat, parse's tokens, get_field
# with attributes and items, conversions, nested specs, automatic and
# manual numbering, the parsing errors, and a subclass overriding hooks.
import string

f = string.Formatter()
print(f.format('{} and {}', 'a', 'b'), f.format('{1}{0}', 'x', 'y'),
      f.format('{name!r:>8}|{0:^5}|', 7, name='n'), f.format('{{lit}} {0[k]}', {'k': 3}))
print(f.format('{0.real} {0.imag:.1f} {x[1]}', 3 + 4j, x='ab'),
      f.format('{:{w}.{p}f}', 3.14159, w=10, p=2), f.format('{!a}', 'é'))
print(f.vformat('{a}-{b}', (), {'a': 1, 'b': 2}), f.format(''), f.format('plain'))
for text in ['', 'abc', 'a{{b', 'a}}b', '{}', '{0}', 'x{0!r}y', '{a:>{w}}',
             '{0[1].x}', '{!s:3}', '{:}', '{a[}', 'a{0}b{{c}}d{1:x}']:
    try:
        print(repr(text), list(f.parse(text)))
    except ValueError as e:
        print(repr(text), 'ValueError', e)
for text in ['{', '}', 'a{b', '{0!}', '{0!rx}', '{0!', '{0[}', '{0.}',
             '{0[]}', '{0]x}', '{0[0]x}', '{a{b}', '{0!z}']:
    try:
        print(repr(text), repr(f.format(text, [1], a=2)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(text), type(e).__name__, e)
for text in ['{}{0}', '{0}{}', '{:{}}', '{0:{1}}']:
    try:
        print(repr(text), repr(f.format(text, 5, 3)))
    except ValueError as e:
        print(repr(text), 'ValueError', e)
try:
    f.format('{:{:{:{}}}}', 1, 2, 3, 4)
except ValueError as e:
    print('ValueError', e)
print(f.get_field('0.real', (5,), {}), f.get_field('k[0]', (), {'k': 'xy'}),
      f.get_value(0, ('a',), {}), f.get_value('k', (), {'k': 1}),
      f.convert_field(1, 'r'), f.convert_field('é', 'a'), f.format_field(3.5, '>6'))
try:
    f.convert_field(1, 'x')
except ValueError as e:
    print('ValueError', e)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError('unused: %s' % sorted(unused, key=str))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s?>' % key
        return super().get_value(key, args, kwargs)

    def format_field(self, value, format_spec):
        if format_spec == 'up':
            return str(value).upper()
        return super().format_field(value, format_spec)


s = Strict()
print(s.format('{0} {who:up} {missing}', 1, who='me'))
try:
    s.format('{0}', 1, 2, extra=3)
except ValueError as e:
    print('ValueError', e)


class Shout(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def parse(self, format_string):
        for literal, name, spec, conv in super().parse(format_string):
            yield literal.replace('-', '_'), name, spec, conv


print(Shout().format('a-b {0!u} {1!r}', 'x', 'y'))
