with (open(a) as f, open(b) as g,):
    pass
with (a, b) as c, d:
    pass
x = (a as b)
