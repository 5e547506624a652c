# sys.exit with an integer status, after output.
import sys
print("bye")
sys.exit(3)
