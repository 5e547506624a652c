# argparse: every action kind and nargs kind, how option strings are
# matched (abbreviations, '=' and joined short options, '--', negative
# numbers, other prefix characters) and the errors each can give.
import argparse
import sys


def run(parser, args, known=False):
    try:
        if known:
            print(parser.parse_known_args(args))
        else:
            print(parser.parse_args(args))
    except SystemExit as e:
        sys.stderr.flush()
        print('exit', e.code)


def attempt(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)


k = argparse.ArgumentParser(prog='kinds')
k.add_argument('--store')
k.add_argument('--const', action='store_const', const=42)
k.add_argument('--yes', action='store_true')
k.add_argument('--no', action='store_false')
k.add_argument('--app', action='append', default=['base'])
k.add_argument('--appc', action='append_const', const='C', dest='cs')
k.add_argument('--cnt', '-c', action='count')
k.add_argument('--ext', action='extend', nargs='+', type=int)
k.add_argument('--pair', nargs=2, metavar=('K', 'V'))
k.add_argument('--one', nargs=1)
k.add_argument('--maybe', nargs='?', const='C', default='D')
k.add_argument('--many', nargs='*')
k.add_argument('--bool', action=argparse.BooleanOptionalAction)
k.add_argument('--ver', action='version', version='kinds 2.5')
run(k, [])
run(k, ['--store', 'x', '--const', '--yes', '--no', '--app', '1', '--app', '2',
        '--appc', '--appc', '-ccc', '--cnt', '--ext', '1', '2', '--ext', '3',
        '--pair', 'a', 'b', '--one', 'z', '--maybe', '--many', '--bool'])
run(k, ['--maybe', 'm', '--many', 'x', 'y', '--no-bool'])
run(k, ['--pair', 'a'])
run(k, ['--one'])
run(k, ['--ext'])
run(k, ['--store'])
run(k, ['--yes=1'])
run(k, ['--store=', '--maybe=q', '--many=r'])
run(k, ['--sto', 'abbrev', '--con'])
run(k, ['--m', 'x'])
run(k, ['--ver'])
run(k, ['--store', '--yes'])
run(k, ['extra', 'words'])
run(k, ['extra', '--yes', '--unknown', 'v', '--store=s', '-z'], known=True)
print(k.get_default('app'), k.get_default('store'), k.get_default('nothing'))

# positionals of every nargs, with '--' and REMAINDER
p = argparse.ArgumentParser(prog='pos')
p.add_argument('first')
p.add_argument('two', nargs=2, type=int)
p.add_argument('opt', nargs='?', default='dflt')
p.add_argument('rest', nargs='*')
p.add_argument('-f', action='store_true')
run(p, ['a', '1', '2'])
run(p, ['a', '1', '2', 'b', 'c', 'd', '-f'])
run(p, ['a', '-f', '1', '2', 'b'])
run(p, ['a', '1'])
run(p, ['a', '1', 'x'])
run(p, ['--', '-a', '1', '2', '--', '-f'])
run(p, ['-f', '--', '-x', '-3', '-4'])
r = argparse.ArgumentParser(prog='rem')
r.add_argument('-v', action='store_true')
r.add_argument('cmd')
r.add_argument('args', nargs=argparse.REMAINDER)
run(r, ['-v', 'ls', '-l', '--all', 'x'])
run(r, ['ls'])
run(r, ['-v'])
plus = argparse.ArgumentParser(prog='plus')
plus.add_argument('items', nargs='+', choices=['a', 'b', 'c'])
plus.add_argument('--n', type=int, choices=range(1, 4))
run(plus, ['a', 'b'])
run(plus, ['a', 'd'])
run(plus, ['a', '--n', '3'])
run(plus, ['a', '--n', '7'])
run(plus, [])

# negative numbers: arguments unless an option looks like one
neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-x', type=float)
neg.add_argument('num', nargs='?', type=int)
run(neg, ['-x', '-1.5', '-7'])
run(neg, ['-5'])
neg2 = argparse.ArgumentParser(prog='neg2')
neg2.add_argument('-1', dest='one', action='store_true')
neg2.add_argument('num', nargs='?')
run(neg2, ['-1'])
run(neg2, ['-2'])

# short options joined together and with their values
s = argparse.ArgumentParser(prog='short')
s.add_argument('-a', action='store_true')
s.add_argument('-b', action='store_true')
s.add_argument('-o')
s.add_argument('-long1')
run(s, ['-abo', 'file'])
run(s, ['-aofile'])
run(s, ['-o=v'])
run(s, ['-ax'])
run(s, ['-a=1'])
run(s, ['-long1', 'L', '-lo', 'M'])
run(s, ['-l', 'N'])

# other prefix characters, no abbreviations
pc = argparse.ArgumentParser(prog='plusopt', prefix_chars='+/', allow_abbrev=False)
pc.add_argument('+v', '++verbose', action='count', default=0)
pc.add_argument('/out', default='-')
pc.add_argument('word', nargs='?')
run(pc, ['+vv', '++verbose', '/out', 'f', '-w'])
run(pc, ['++verb'])
run(pc, ['+h'])
amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--alpha')
amb.add_argument('--alps')
run(amb, ['--al', '1'])
run(amb, ['--alp=2'])
run(amb, ['--alpha', '1', '--alph', '2'])

# mutually exclusive groups, required ones, in argument groups
mx = argparse.ArgumentParser(prog='mx')
g = mx.add_mutually_exclusive_group(required=True)
g.add_argument('--on', action='store_true')
g.add_argument('--off', action='store_true')
g.add_argument('level', nargs='?', type=int)
run(mx, ['--on'])
run(mx, ['--on', '--off'])
run(mx, ['--off', '3'])
run(mx, [])
run(mx, ['--on', '--on'])

# types: functions, ArgumentTypeError, defaults converted only when used
def even(text):
    n = int(text)
    if n % 2:
        raise argparse.ArgumentTypeError('%d is odd' % n)
    return n

t = argparse.ArgumentParser(prog='types')
t.add_argument('--even', type=even, default='4')
t.add_argument('--hex', type=lambda s: int(s, 16), default=0)
t.add_argument('--cplx', type=complex)
run(t, [])
run(t, ['--even', '6', '--hex', 'ff', '--cplx', '1+2j'])
run(t, ['--even', '3'])
run(t, ['--hex', 'zz'])
run(t, ['--cplx', 'j+'])

# defaults from set_defaults, argument_default, namespaces given in
d = argparse.ArgumentParser(prog='defs', argument_default=argparse.SUPPRESS)
d.add_argument('--a', type=int)
d.add_argument('--b', default=5)
d.set_defaults(cmd='go', b=6)
run(d, [])
run(d, ['--a', '1'])
ns = argparse.Namespace(a=9, z=1)
print(d.parse_args([], namespace=ns) is ns, ns)
print(argparse.Namespace(x=1, **{'not id': 2}), argparse.Namespace() == argparse.Namespace())
print(argparse.Namespace(a=1) == argparse.Namespace(a=2), argparse.Namespace(a=1) != argparse.Namespace(a=1))

# parents and conflicts
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--shared', default='s')
bg = base.add_argument_group('base group')
bg.add_argument('--deep', type=int)
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('thing')
run(child, ['t', '--shared', 'x', '--deep', '2'])
attempt(lambda: child.add_argument('--shared'))
res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-x', '--ex', help='old')
res.add_argument('-x', help='new')
run(res, ['-x', '1', '--ex', '2'])
res.print_help()

# building errors, and parse errors as exceptions
e = argparse.ArgumentParser(prog='errs', exit_on_error=False)
e.add_argument('--n', type=int)
e.add_argument('--c', choices='ab')
for bad in [['--n', 'x'], ['--c', 'z'], ['--n']]:
    attempt(lambda: e.parse_args(bad))
attempt(lambda: e.add_argument('--m', nargs='x'))
attempt(lambda: e.add_argument('--m', metavar=('A', 'B')))
attempt(lambda: e.add_argument('--m', type=argparse.FileType))
attempt(lambda: e.add_argument('--', dest=None))
attempt(lambda: e.add_argument('p', dest='q'))
attempt(lambda: e.add_argument('--m', action='count', nargs=1))
attempt(lambda: e.add_argument('--m', action='store_true', type=int))
attempt(lambda: e.add_argument('x', '-y'))
attempt(lambda: e.add_argument('--w', '-v', dest=None))
attempt(lambda: argparse.ArgumentParser(conflict_handler='odd').add_argument('-a'))
print(e.add_argument('--x', '-y', '--z'))
print(e.add_argument('pos', nargs='+', help='h'))
print(e.add_argument('--bo', action=argparse.BooleanOptionalAction, default=False, help='b'))
print(argparse.FileType('w'), argparse.FileType('rb', 0, 'latin-1', 'strict'))
print(argparse.ArgumentError(None, 'plain'), argparse.ArgumentTypeError('t'))
print(repr(argparse.SUPPRESS), argparse.OPTIONAL, argparse.ZERO_OR_MORE,
      argparse.ONE_OR_MORE, argparse.REMAINDER, argparse.PARSER)

# FileType: '-' is stdin/stdout; missing files are errors
f = argparse.ArgumentParser(prog='files')
f.add_argument('--out', type=argparse.FileType('w'))
f.add_argument('src', type=argparse.FileType('r'))
ns = f.parse_args(['-', '--out', '-'])
print(ns.src is sys.stdin, ns.out is sys.stdout)
run(f, ['/nonexistent/dir/file'])


# a user's own Action subclass
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper() + '!' + str(option_string))


u = argparse.ArgumentParser(prog='user')
u.add_argument('--shout', action=Upper)
u.add_argument('word', action=Upper)
run(u, ['hi', '--shout', 'there'])
print(u.parse_known_args(['a', 'b', '--c']))

# a positional named by a metavar tuple in messages
mt = argparse.ArgumentParser(prog='mt', exit_on_error=False)
mt.add_argument('pair', nargs=2, metavar=('A', 'B'), type=int)
attempt(lambda: mt.parse_args(['1', 'x']))
attempt(lambda: mt.parse_args(['1']))
