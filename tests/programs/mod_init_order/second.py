# Helper module for mod_init_order.
import first

print("second init, first.VALUE =", first.VALUE)
first.LOG.append("second")
VALUE = first.VALUE + 1
