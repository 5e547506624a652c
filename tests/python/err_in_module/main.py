# A traceback through an imported module: the module's file and lines.
import failing
print("calling")
failing.explode(3)
