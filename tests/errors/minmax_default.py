# min()/max() default=: of the items' type or None, with one iterable only.
xs = [1, 2]
a = max(xs, default="none")
b = min(1, 2, default=0)
c = max(xs, key=lambda v: -v, default=1.5)

# expect error: 3:21: max() default has type 'str', the items have type 'int': give a default of the items' type, or None
# expect error: 4:23: Cannot specify a default for min() with multiple positional arguments
# expect error: 5:39: max() default has type 'float', the items have type 'int': give a default of the items' type, or None
