# argparse: arguments read from files (fromfile_prefix_chars), parents
# with groups and mutually exclusive groups, registered types, formatter
# subclasses and settings, namespaces given in, the action objects.
import argparse
import os
import sys


def run(parser, args, namespace=None):
    try:
        print(parser.parse_args(args, namespace))
    except SystemExit as e:
        sys.stderr.flush()
        print('exit', e.code)


# arguments from files, one a line, also nested and via a subclass
inner = 'inner.txt'
outer = 'outer.txt'
with open(inner, 'w') as f:
    f.write('--level\n3\n')
with open(outer, 'w') as f:
    f.write('first\n@' + inner + '\n--name=x y\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('word')
ff.add_argument('--level', type=int)
ff.add_argument('--name')
run(ff, ['@' + outer])
run(ff, ['@missing.txt'])


class Words(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


with open(inner, 'w') as f:
    f.write('--level 4 second\n')
ws = Words(prog='ws', fromfile_prefix_chars='@')
ws.add_argument('word')
ws.add_argument('--level', type=int)
run(ws, ['@' + inner])
os.remove(inner)
os.remove(outer)

# parents: groups by title, mutually exclusive groups, defaults
common = argparse.ArgumentParser(add_help=False)
common.add_argument('--verbose', '-v', action='count', default=0)
net = common.add_argument_group('network', 'Where to connect.')
net.add_argument('--host', default='localhost')
net.add_argument('--port', type=int, default=80)
either = common.add_mutually_exclusive_group()
either.add_argument('--tcp', action='store_true')
either.add_argument('--udp', action='store_true')
common.set_defaults(retries=3)
tool = argparse.ArgumentParser(prog='tool', parents=[common],
                               formatter_class=argparse.ArgumentDefaultsHelpFormatter)
tool.add_argument('target')
tool.add_argument_group('network').add_argument('--timeout', type=float)
tool.print_help()
run(tool, ['t', '-vv', '--port', '8080', '--udp'])
run(tool, ['t', '--tcp', '--udp'])
try:
    argparse.ArgumentParser(prog='clash', parents=[common, tool], add_help=False,
                            conflict_handler='resolve')
except argparse.ArgumentError as err:
    print('clash:', err)
other = argparse.ArgumentParser(prog='other', parents=[tool], conflict_handler='resolve')
other.print_usage()
run(other, ['t', '--host', 'h'])

# registered types and a type given by name
reg = argparse.ArgumentParser(prog='reg')
reg.register('type', 'hex', lambda s: int(s, 16))
reg.add_argument('--mask', type='hex', default='ff')
try:
    reg.add_argument('--n', type='int')
except ValueError as err:
    print(err)
run(reg, ['--mask', '10'])
run(reg, [])
run(reg, ['--mask', 'zz'])


# formatter subclasses and settings
class Compact(argparse.HelpFormatter):
    def _format_action_invocation(self, action):
        if not action.option_strings or action.nargs == 0:
            return super()._format_action_invocation(action)
        metavar = self._format_args(action, action.dest.upper())
        return ', '.join(action.option_strings) + ' ' + metavar


cp = argparse.ArgumentParser(prog='cp', formatter_class=Compact)
cp.add_argument('-o', '--output', help='where to write')
cp.add_argument('-q', '--quiet', action='store_true', help='say less')
cp.add_argument('src', nargs='+', help='what to copy')
cp.print_help()
wide = argparse.ArgumentParser(
    prog='wide', formatter_class=lambda prog: argparse.HelpFormatter(
        prog, indent_increment=4, max_help_position=40, width=70))
wide.add_argument('--some-long-option', metavar='VALUE', help='fits beside it now')
wide.add_argument('--x', help='a help text long enough that it has to wrap '
                  'at the right-hand edge of the seventy columns')
wide.print_help()
tiny = argparse.ArgumentParser(prog='tiny', formatter_class=lambda prog:
                               argparse.HelpFormatter(prog, width=15))
tiny.add_argument('--flag', help='one two three four five six')
tiny.print_help()

# a namespace of the caller's, and the parser's own description of itself
class Config:
    pass


cfg = Config()
cfg.name = 'kept'
holder = argparse.ArgumentParser(prog='holder')
holder.add_argument('--name', default='unused')
holder.add_argument('--size', type=int, default=2)
print(holder.parse_args(['--size', '5'], cfg) is cfg)
print(cfg.name, cfg.size)
print(repr(holder).replace(repr(argparse.HelpFormatter), 'HF'))
acts = [(type(a).__name__, a.dest, a.option_strings) for a in holder._actions]
print(acts)
print(holder.format_usage() == holder.format_help().split('\n\n')[0] + '\n')
ns = argparse.Namespace(b=1, a=2)
print(ns, sorted(vars(ns)), 'a' in ns, 'c' in ns)
