# print options, input(), sys.stdout.write, sys.stderr
# args: x y
# stdin: first line
# stdin: second
import sys
print("a", "b", sep="-", end="!\n")
print(1, 2, 3, sep="")
print()
print("no newline", end="")
print(" continued")
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
sys.stderr.write("err written\n")
print(*[1, 2, 3], sep=", ")
line = input()
print("got", repr(line))
line2 = input("prompt> ")
print("got", repr(line2))
try:
    input()
except EOFError as e:
    print("EOFError", repr(e))
print(sys.argv[0].endswith("io_print_input.py"), len(sys.argv))
print("flush", flush=True)
rest = sys.stdin.read()
print(repr(rest))
