# argparse sub-commands (add_subparsers): help listing the commands and
# their aliases, each command's own options, defaults and errors, the
# strings a command does not know, required commands, a titled group.
import argparse
import sys


def run(parser, args, read=None):
    """Prints what read (parse_args by default) makes of args, or the
    exit status when it ends the program."""
    try:
        print((read or parser.parse_args)(args))
    except SystemExit as e:
        sys.stderr.flush()
        print('exit', e.code)


git = argparse.ArgumentParser(prog='git', description='A tiny version control.')
git.add_argument('--verbose', '-v', action='count', default=0)
git.add_argument('--repo', default='.')
cmds = git.add_subparsers(dest='command', help='what to do')
clone = cmds.add_parser('clone', help='copy a repository', aliases=['cl'])
clone.add_argument('url')
clone.add_argument('--depth', type=int)
commit = cmds.add_parser('commit', help='record changes')
commit.add_argument('-m', '--message', required=True)
commit.add_argument('--amend', action='store_true')
commit.set_defaults(handler='do_commit', verbose=9)
cmds.add_parser('status')
git.print_help()
clone.print_help()
commit.print_usage()
run(git, ['clone', 'http://x', '--depth', '1'])
run(git, ['-vv', 'cl', 'u'])
run(git, ['commit', '-m', 'msg', '--amend'])
run(git, ['-v', 'commit', '-m', 'x'])
run(git, ['status'])
run(git, [])
run(git, ['push'])
run(git, ['commit'])
run(git, ['clone'])
run(git, ['status', '--bogus', 'x'])
run(git, ['status', '--bogus', 'x'], git.parse_known_args)
run(git, ['--repo', 'r', 'clone', 'u', '--repo', 's'])
run(git, ['clone', '-h'])
try:
    cmds.add_parser('cl')
except argparse.ArgumentError as err:
    print('error:', err)
try:
    cmds.add_parser('new', aliases=['status'])
except argparse.ArgumentError as err:
    print('error:', err)
run(git, ['clone', 'u', 'extra'])

# a required command, in a titled group, the parser named by prog,
# positionals before the commands
tool = argparse.ArgumentParser(prog='tool')
tool.add_argument('target')
sub = tool.add_subparsers(title='commands', description='One of these:',
                          required=True, metavar='COMMAND')
build = sub.add_parser('build', help='compile it')
build.add_argument('--jobs', type=int, default=1)
sub.add_parser('clean', help='remove outputs', aliases=['rm', 'del'])
tool.print_help()
build.print_help()
run(tool, ['t'])
run(tool, ['t', 'build', '--jobs', '4'])
run(tool, ['t', 'del'])
run(tool, ['t', 'nope'])
try:
    tool.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
print(sub.choices.keys(), type(sub).__name__)
