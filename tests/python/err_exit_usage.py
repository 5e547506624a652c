# sys.exit(main()) with a usage message on stderr: exit status 2.
import sys
def main(args):
    if not args:
        print("usage: prog N", file=sys.stderr)
        return 2
    return 0
sys.exit(main(sys.argv[1:]))
