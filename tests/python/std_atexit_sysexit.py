# atexit after sys.exit(): the functions run, the exit status stays
import atexit
import sys

atexit.register(print, "registered print", 1, sep="-")
atexit.register(sys.stdout.write, "write ran\n")
print("exiting")
sys.exit(3)
