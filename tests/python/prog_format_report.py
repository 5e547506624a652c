# A sales report exercising string formatting people use: format specs for
# width, alignment, sign, thousands separators, percentages, exponents,
# nested fields, str.format with indexes and attributes, %-formatting.
sales = [("north", 1234567.891, 0.1234, 42), ("south", -98765.4321, -0.05, 7),
         ("east", 0.5, 1.0, 1000), ("west", 1e-7, 0.00049, 0)]
print(f"{'region':<8}|{'amount':>16}|{'growth':>8}|{'units':>6}")
print("-" * 41)
for region, amount, growth, units in sales:
    print(f"{region:<8}|{amount:>16,.2f}|{growth:>+8.1%}|{units:>6d}")
total = sum(s[1] for s in sales)
print(f"{'total':<8}|{total:>16,.2f}|{'':>8}|{sum(s[3] for s in sales):>6}")
print(f"{total:e} {total:.3E} {total:g} {1e-7:g} {123456789:,} {255:#x} {255:#o} {5:#b}")
print(f"{'centre':^12}|{'left':*<8}|{'right':->9}|{42:=+8}|{3.14159:08.3f}")
width, prec = 10, 3
print(f"{total:{width}.{prec}f}|{'x':>{width}}|{sales[0][0]!r:>10}|{sales[0][0]!s:^9}")
print("{0} {1} {0}".format("a", "b"), "{name}-{n:03}".format(name="id", n=7))
print("{0[0]} {0[1]:.1f} {1.real}".format(sales[1], 3 + 4j))
print("{:>6}|{:<6}|{:^6}".format(1, 2, 3), "{{literal}}".format())
print("%s has %d units at %.2f (%5.1f%%) %r" % ("north", 42, 9.5, 12.345, "q"))
print("%-6s|%6s|%06.2f|%x|%o|%e|%+d" % ("ab", "cd", 3.14159, 255, 8, 12345.678, 5))
print("%(a)s and %(b)04d" % {"a": "dict", "b": 7})
print(format(1234.5, ",.1f"), format(0.25, ".0%"), format(-7, "05d"),
      format("txt", ">5"), format(10**20, ","), format(2.5, ".0f"), format(3.5, ".0f"))
print(str(1 / 3), repr(0.1 + 0.2), round(2.675, 2), round(1234.5678, -2), round(-0.5))
