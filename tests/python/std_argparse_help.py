# argparse help and usage layout: widths, wrapping of help and usage,
# sections and their descriptions, metavars of every nargs, the
# formatter classes, suppressed arguments, %(...)s in texts, version.
import argparse
import sys


def narrow(width):
    return lambda prog: argparse.HelpFormatter(prog, width=width)


h = argparse.ArgumentParser(prog='shape', formatter_class=narrow(60),
                            description='Draws %(prog)s outlines.   Spaces  '
                            'are collapsed and the text is filled to the width.',
                            epilog='See also: nothing at all, for now.')
h.add_argument('name', help='what to call it (%(type)s, %(default)s)')
h.add_argument('sizes', nargs='+', type=int, metavar='SIZE', help='one or more')
h.add_argument('extra', nargs='*', help='')
h.add_argument('maybe', nargs='?', choices=['x', 'y'], help='from %(choices)s')
h.add_argument('-c', '--colour', '--color', default='red', dest='colour',
               help='the pen (default %(default)r); a long help text that is '
               'wrapped onto more lines than one under the help column')
h.add_argument('--a-very-long-option-name-indeed', metavar='VALUE',
               help='starts on the next line')
h.add_argument('--pt', nargs=2, metavar=('X', 'Y'), help='a point')
h.add_argument('--star', nargs='*', help='star %(nargs)s')
h.add_argument('--plus', nargs='+', metavar=('P', 'Q'))
h.add_argument('--opt', nargs='?', help='q %(const)s')
h.add_argument('--three', nargs=3)
h.add_argument('--rest', nargs=argparse.REMAINDER)
h.add_argument('--hidden', help=argparse.SUPPRESS)
h.add_argument('--nohelp')
h.add_argument('--pct', help='100%% sure, %(dest)s / %(prog)s')
grp = h.add_argument_group('look', 'How it looks:  also filled.')
grp.add_argument('--dashed', action='store_true', help='dashes')
grp.add_argument('--width', type=float, default=1.0)
empty = h.add_argument_group('empty', 'Never shown: no arguments.')
titled = h.add_argument_group(description='A group with no title.')
titled.add_argument('--untitled', action='count')
ex = h.add_mutually_exclusive_group()
ex.add_argument('--fill', action='store_true')
ex.add_argument('--hollow', action='store_true')
h.print_help()
h.print_usage()
print(repr(h.format_usage()))

# required groups and positionals in groups; suppressed members
r = argparse.ArgumentParser(prog='req', formatter_class=narrow(50), add_help=False)
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument('--one', action='store_true')
rg.add_argument('--two', action='store_true', help=argparse.SUPPRESS)
rg.add_argument('--three', metavar='T')
r.add_argument('--need', required=True)
r.add_argument('pos', nargs='?')
r.add_argument('--tail', nargs='*', default=[])
r.print_help()

# custom usage, custom prefix, argument_default, help-less parser
c = argparse.ArgumentParser(prog='cust', usage='%(prog)s [opts] FILE ...',
                            description='Has its own usage line.')
c.add_argument('file', nargs='*')
c.print_help()
bare = argparse.ArgumentParser(prog='bare', add_help=False)
bare.print_help()
print(repr(bare.format_usage()), repr(bare.format_help()))
nopos = argparse.ArgumentParser(prog='x' * 70, formatter_class=narrow(70))
for i in range(6):
    nopos.add_argument('--option%d' % i, metavar='V%d' % i)
nopos.add_argument('first')
nopos.add_argument('second', nargs='+')
nopos.print_usage()
longprog = argparse.ArgumentParser(prog='p' * 30, formatter_class=narrow(70))
for i in range(5):
    longprog.add_argument('pos%d' % i, nargs='*', metavar=('A%d' % i, 'B%d' % i))
longprog.print_usage()
onlypos = argparse.ArgumentParser(prog='only', add_help=False, formatter_class=narrow(40))
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']:
    onlypos.add_argument(name)
onlypos.print_help()

# the formatter classes
text = 'first line\n  indented second\n\nthird after a blank'
for cls in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter]:
    f = argparse.ArgumentParser(prog=cls.__name__, formatter_class=cls,
                                description=text, epilog=text)
    f.add_argument('--num', type=int, default=3, help=text)
    f.add_argument('--s', type=str, help='plain')
    f.add_argument('--t', type=str, help='has %(default)s')
    f.add_argument('val', type=float, nargs='?', default=0.5)
    f.add_argument('--b', action=argparse.BooleanOptionalAction, default=True,
                   help='switch')
    f.print_help()
    print('--')

# help and version actions end the program; version text is filled
v = argparse.ArgumentParser(prog='ver')
v.add_argument('-V', action='version', version='%(prog)s 3.1  (built   today)')
v.add_argument('--info', action='help', help='same as -h')
try:
    v.parse_args(['-V'])
except SystemExit as e:
    print('exit', e.code)
try:
    v.parse_args(['--info'])
except SystemExit as e:
    print('exit', e.code)
v.print_usage(sys.stderr)
v.exit(3, 'bye\n')
