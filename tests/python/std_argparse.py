# argparse: parsers with positionals, options, types, defaults, choices,
# the store/count/append actions, nargs ?/*/+, groups; their help and
# usage (wrapped when long) and their error messages (exit status 2).
import argparse
import sys


def run(parser, args):
    try:
        ns = parser.parse_args(args)
    except SystemExit as e:
        print('exit', e.code)
        sys.stderr.flush()
        return None
    print(ns)
    return ns


p = argparse.ArgumentParser(prog='logscan', description='Scan log files for '
                            'errors and print a summary of what was found, '
                            'grouped by level.', epilog='Report bugs to nobody.')
p.add_argument('files', nargs='+', help='log files to read')
p.add_argument('-l', '--level', choices=['INFO', 'WARN', 'ERROR'],
               default='WARN', help='lowest level to report (default: %(default)s)')
p.add_argument('-n', '--top', type=int, default=10, metavar='N',
               help='show the N most common messages')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', '--quiet', action='store_true', help='print nothing')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('-x', '--exclude', action='append', help='skip messages '
               'matching this pattern; may be given many times, each one is '
               'applied in turn to every line')
p.add_argument('--ratio', type=float)
p.add_argument('--version', action='version', version='%(prog)s 1.0')
p.print_help()
p.print_usage()
print(p.format_usage(), end='')
run(p, ['a.log'])
run(p, ['a.log', 'b.log', '-l', 'ERROR', '-vvv', '-n5', '--top=7', '-x', 'foo',
        '--exclude', 'bar', '-q', '--no-color', '--ratio', '0.5'])
run(p, ['--verbose', 'a', '--', '-b'])
run(p, [])
run(p, ['a', '-l', 'DEBUG'])
run(p, ['a', '-n', 'x'])
run(p, ['a', '-n'])
run(p, ['a', '--bogus'])
run(p, ['a', '--rat', '2'])
run(p, ['a', '--ratio', 'abc'])
run(p, ['a', '-qv', '-qz'])
run(p, ['--version'])
run(p, ['a', '--top', '-5'])

g = argparse.ArgumentParser(prog='copy')
g.add_argument('src')
g.add_argument('dst', nargs='?', default='out')
g.add_argument('rest', nargs='*')
grp = g.add_argument_group('tuning', 'Options that change speed.')
grp.add_argument('--jobs', '-j', type=int, default=1, help='worker threads')
mx = g.add_mutually_exclusive_group()
mx.add_argument('--fast', action='store_true')
mx.add_argument('--safe', action='store_true')
g.print_help()
run(g, ['a'])
run(g, ['a', 'b', 'c', 'd', '-j', '3'])
run(g, ['a', '--fast', '--safe'])
run(g, ['a', '--jobs', '2', '--jobs=4'])
run(g, ['-h'])

# a long usage wraps
w = argparse.ArgumentParser(prog='a-rather-long-program-name')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta']:
    w.add_argument('--' + name, metavar=name.upper() + '_VALUE')
w.add_argument('first')
w.add_argument('second', nargs=2)
w.print_usage()
run(w, ['x'])
d = argparse.ArgumentParser(formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            prog='d')
d.add_argument('--size', type=int, default=3, help='how big')
d.add_argument('--name', default='bob')
d.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True,
               help='a switch')
d.print_help()
run(d, ['--no-flag', '--size', '4'])
ns, extra = d.parse_known_args(['--name', 'x', 'y', '--zz'])
print(ns, extra)
print(vars(ns), 'name' in ns, ns == argparse.Namespace(size=3, name='x', flag=True))
r = argparse.ArgumentParser(prog='req', add_help=False)
r.add_argument('--must', required=True)
m2 = r.add_mutually_exclusive_group(required=True)
m2.add_argument('--a', action='store_const', const=1)
m2.add_argument('--b', action='append_const', const=2)
r.print_help()
run(r, [])
run(r, ['--must', 'x'])
run(r, ['--must', 'x', '--b', '--b'])
for bad in [lambda: r.add_argument('--must'), lambda: r.add_argument('x', required=True),
            lambda: r.add_argument('y', action='nope'), lambda: r.add_argument('bad', nargs=0),
            lambda: r.add_argument('z', type=3),
            lambda: r.add_argument('--x', action='append', nargs=0),
            lambda: r.add_argument('--x', const=1),
            lambda: r.add_argument('--x', action='append', const=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--n', type=int)
try:
    e.parse_args(['--n', 'q'])
except argparse.ArgumentError as err:
    print('caught', err)
print(r.add_argument('--y', action='append', type=int))
print(r.parse_args(['--y', '1', '--must', 'm', '--y', '2', '--a']))
sys.exit(run(p, ['-l']) or 0)
