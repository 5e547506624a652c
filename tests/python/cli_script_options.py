# cli: {script} -c --flag -
# Words after the program's path are its arguments, even option-like ones
import sys
print(sys.argv[1:])
print(len(sys.argv))
