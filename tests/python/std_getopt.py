# getopt: short options (grouped, with values attached or next), long
# options (values after '=' or next, unique prefixes), '--', getopt()
# stopping at the first non-option and gnu_getopt() mixing them ('+'),
# and every GetoptError message with its opt
import getopt

argv = ['-a', '-bval', '-c', 'cval', '--alpha', '--beta=1', '--gam', 'g',
        'file', '-x', '--', '-y']
print(getopt.getopt(argv, 'ab:c:x', ['alpha', 'beta=', 'gamma=']))
print(getopt.gnu_getopt(argv, 'ab:c:x', ['alpha', 'beta=', 'gamma=']))
print(getopt.gnu_getopt(argv, '+ab:c:x', ['alpha', 'beta=', 'gamma=']))
print(getopt.getopt(['-abc', 'rest'], 'abc'), getopt.getopt(['-', 'x'], 'a'))
print(getopt.getopt(['--opt'], '', 'opt'), getopt.getopt(['--v='], '', ['v=']))
print(getopt.gnu_getopt(['a', '-a', 'b', '--', '-a'], 'a'))
for args, short, longs in ((['-z'], 'a', []), (['-b'], 'b:', []),
                           (['--zz'], '', ['aa']), (['--a'], '', ['ab', 'ac']),
                           (['--aa'], '', ['aa=']), (['--aa=1'], '', ['aa']),
                           (['-:'], 'a:', [])):
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print(repr(str(e)), repr(e.opt), e.msg == str(e), e.args)
print(getopt.error is getopt.GetoptError)
