# argparse: parse_intermixed_args and parse_known_intermixed_args (options
# between the positionals; their TypeErrors; errors that show the whole
# usage), and HelpFormatter subclasses overriding the private hooks real
# programs override (_format_usage, _format_action_invocation,
# _get_help_string, _split_lines, _fill_text, _metavar_formatter,
# _format_action to drop a sub-command metavar line).
import argparse
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
print(p.parse_known_args('doit 1 --foo bar 2 3'.split()))
print(p.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(p.parse_known_intermixed_args('doit 1 --foo bar 2 3 --zz'.split()))
print(p.usage)
try:
    p.parse_intermixed_args(['--foo', 'x'])
except SystemExit as e:
    print('exit', e.code)
q = argparse.ArgumentParser(prog='q')
q.add_argument('x', nargs=argparse.REMAINDER)
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print('TypeError', e)
r = argparse.ArgumentParser(prog='r')
g = r.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true')
r.add_argument('files', nargs='+')
print(r.parse_intermixed_args(['f1', '--a', 'f2']))
try:
    r.parse_intermixed_args(['f1'])
except SystemExit as e:
    print('exit', e.code)
try:
    r.parse_intermixed_args(['--b', 'f1', '1', '--zz'])
except SystemExit as e:
    print('exit', e.code)
class Fmt(argparse.HelpFormatter):
    def _format_usage(self, usage, actions, groups, prefix):
        return 'USAGE>> ' + super()._format_usage(usage, actions, groups, prefix)
    def _format_action_invocation(self, action):
        if action.option_strings and action.nargs != 0:
            return ', '.join(action.option_strings) + ' ' + self._format_args(action, action.dest.upper())
        return super()._format_action_invocation(action)
    def _get_help_string(self, action):
        return (action.help or '') + ' [hooked]'
    def _split_lines(self, text, width):
        return text.upper().split('|')
    def _fill_text(self, text, width, indent):
        return indent + '<<' + text + '>>'
    def _metavar_formatter(self, action, default_metavar):
        base = super()._metavar_formatter(action, default_metavar)
        return lambda n: tuple('<%s>' % (m,) for m in base(n))
h = argparse.ArgumentParser(prog='h', description='some words here', formatter_class=Fmt, epilog='the end')
h.add_argument('-o', '--output', help='where|to write', default='out.txt')
h.add_argument('-n', nargs=2, help='two')
h.add_argument('src', help='source')
sub = h.add_subparsers(title='commands', dest='command')
sub.add_parser('go', help='go there')
h.print_help()
class NoMeta(argparse.RawDescriptionHelpFormatter):
    def _format_action(self, action):
        parts = super()._format_action(action)
        if action.nargs == argparse.PARSER:
            parts = "\n".join(parts.split("\n")[1:])
        return parts
k = argparse.ArgumentParser(prog='k', formatter_class=NoMeta)
ks = k.add_subparsers(title='commands', metavar='<command>')
ks.add_parser('build', help='build it')
ks.add_parser('test', help='test it')
k.print_help()
