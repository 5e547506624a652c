# Command line and standard input: sys.argv, input(), reading stdin lines.
# args: alpha 42 --flag
# stdin: first line
# stdin: second line
# stdin: 3 4 5
import sys
print(sys.argv[1:], len(sys.argv))
print(sys.argv[0].endswith("io_stdin_argv.py"))
line = input()
print("got:", line)
rest = sys.stdin.readlines()
print(rest)
nums = [int(x) for x in rest[-1].split()]
print(sum(nums))
try:
    input()
except EOFError as e:
    print("EOFError", e)
