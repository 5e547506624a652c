# argparse on the program's own command line (prog is the script's
# name): a bad value ends the program with the usage, the message on
# stderr and exit status 2.
# args: --jobs 4 -v input.txt --mode fastest
import argparse

parser = argparse.ArgumentParser(description='Process some files.')
parser.add_argument('input')
parser.add_argument('--jobs', type=int, default=1)
parser.add_argument('-v', action='store_true')
parser.add_argument('--mode', choices=('fast', 'slow'), default='fast')
print('parsing')
args = parser.parse_args()
print('not reached', args)
