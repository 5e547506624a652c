# cli: -c {code} x
import sys
print("exiting", sys.argv[1:])
sys.exit("fatal: " + sys.argv[1])
