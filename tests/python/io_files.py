# Files: writing, appending and reading text files in the working
# directory, iteration over lines, with, errors for missing files.
with open("data.txt", "w") as f:
    f.write("line one\n")
    f.write("line two\n")
with open("data.txt", "a") as f:
    print("line three", file=f)
with open("data.txt") as f:
    print(repr(f.read()))
with open("data.txt") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
f = open("data.txt")
print(f.readline(), end="")
print(f.readlines())
f.close()
print(f.closed)
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
try:
    f.read()
except ValueError as e:
    print(e)
import sys
print("to stderr", file=sys.stderr)
sys.stdout.write("written directly\n")
